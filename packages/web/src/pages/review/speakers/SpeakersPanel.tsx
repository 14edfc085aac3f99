import type { TranscriptEdit, TranscriptSpeaker } from '@furikaeri/core';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { editText } from '../../../i18n/strings/review';
import { speakerColour } from '../player/speaker-colours';
import { AddSpeakerForm } from './AddSpeakerForm';
import { SpeakerRow } from './SpeakerRow';

interface SpeakersPanelProps {
  speakers: readonly TranscriptSpeaker[];
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
}

/** Who is who: 面接官, 自分, 他の候補者, or names. The colour matches the waveform and the transcript. */
export function SpeakersPanel({ speakers, busy, onApply }: SpeakersPanelProps) {
  const { t } = useLocale();
  return (
    <Section title={t(editText.speakers)} count={speakers.length} card testId="speakers">
      <p className="meta-text">{t(editText.speakersLead)}</p>
      <ul className="speaker-list">
        {speakers.map((speaker) => (
          <SpeakerRow
            key={speaker.key}
            speaker={speaker}
            colour={speakerColour(speakers, speaker.key)}
            busy={busy}
            onApply={onApply}
          />
        ))}
      </ul>
      <AddSpeakerForm busy={busy} onApply={onApply} />
    </Section>
  );
}
