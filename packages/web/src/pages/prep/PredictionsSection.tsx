import { type PrepView, ROUND_LABELS } from '@furikaeri/core';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { PredictionCard } from './PredictionCard';

/** The questions predicted for the target round, each with why, my earlier answers and my notes. */
export function PredictionsSection({ data, onNotes }: { data: PrepView; onNotes(): void }) {
  const { t } = useLocale();
  const events = new Map(data.events.map((event) => [event.id, event]));
  const notes = new Map(data.notes.map((note) => [note.question, note]));
  return (
    <Section
      title={`${t(prepText.predictions)} — ${t(prepText.targetRound)} ${t(ROUND_LABELS[data.targetRound])}`}
      count={data.predictions.length}
      testId="predictions"
    >
      {data.withoutTranscript > 0 && (
        <Notice tone="info">
          <p>{t(prepText.withoutTranscript(data.withoutTranscript))}</p>
        </Notice>
      )}
      {data.predictions.length === 0 && <p className="empty">{t(prepText.noPredictions)}</p>}
      <ol className="plain-list stack">
        {data.predictions.map((prediction) => (
          <PredictionCard
            key={`${data.scopeId}:${prediction.text.ja}`}
            target={data.scopeId}
            prediction={prediction}
            events={events}
            note={notes.get(prediction.text.ja)}
            onNotes={onNotes}
          />
        ))}
      </ol>
    </Section>
  );
}
