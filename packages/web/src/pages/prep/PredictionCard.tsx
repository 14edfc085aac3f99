import type { Prediction, PrepEventRef, PrepNote, PrepNoteView } from '@furikaeri/core';
import { useState } from 'react';
import { Badge, type Tone } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepScopeText } from '../../i18n/strings/prep-scope';
import { NoteForm } from './NoteForm';
import { SourceLink } from './SourceLink';

const TONES: Record<Prediction['kind'], Tone> = {
  follow_up: 'accent',
  repeat_weak: 'warning',
  round_category: 'neutral',
  company_info: 'info',
};

interface PredictionCardProps {
  target: string;
  prediction: Prediction;
  events: ReadonlyMap<string, PrepEventRef>;
  note: PrepNoteView | undefined;
  onNotes(notes: PrepNote[]): void;
}

/** One predicted question: why it is expected, where it came from, and my prepared answer. */
export function PredictionCard({ target, prediction, events, note, onNotes }: PredictionCardProps) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <li className="prediction card" data-testid="prediction" data-kind={prediction.kind}>
      <div className="prediction__head">
        <Badge tone={TONES[prediction.kind]}>{t(prepText.kinds[prediction.kind])}</Badge>
        {note?.draft && !note.companyWide && (
          <Badge tone="success" plain>
            ✓ {t(prepText.saved)}
          </Badge>
        )}
        {note?.companyWide && (
          <Badge tone="info" plain testId="company-wide-badge">
            {t(prepScopeText.companyWideNote)}
          </Badge>
        )}
      </div>
      {/* Worded from what I said (its topic in my words): user content, whatever the language. */}
      <p className="prediction__text" data-testid="prediction-text" data-user-content>
        {t(prediction.text)}
      </p>
      <p className="prediction__why">
        <span className="meta-text">{t(prepText.why)}: </span>
        {t(prediction.why)}
      </p>
      {prediction.source && <SourceLink source={prediction.source} event={events.get(prediction.source.eventId)} />}
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="prepare-toggle"
      >
        {t(prepText.prepareAnswer)}
      </button>
      {open && <NoteForm target={target} question={prediction.text.ja} note={note} onSaved={onNotes} />}
    </li>
  );
}
