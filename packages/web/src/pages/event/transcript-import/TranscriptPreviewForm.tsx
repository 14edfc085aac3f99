import {
  formatDuration,
  type JapaneseEncoding,
  type RecordingView,
  type SpeakerRole,
  type TranscriptPreview,
} from '@furikaeri/core';
import { type FormEvent, useId, useState } from 'react';
import { Notice } from '../../../components/Notice';
import { anyPersonalName, RememberName } from '../../../components/RememberName';
import { RoleGuess } from '../../../components/RoleGuess';
import { RoleSelect } from '../../../components/RoleSelect';
import { useLocale } from '../../../i18n/LocaleContext';
import { FORMAT_LABELS, transcriptImportText as T } from '../../../i18n/strings/transcript-import';

const ENCODING_NAMES: Record<JapaneseEncoding, string> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
};

interface TranscriptPreviewFormProps {
  preview: TranscriptPreview;
  roles: Record<string, SpeakerRole>;
  recordings: readonly RecordingView[];
  busy: boolean;
  onRole(key: string, role: SpeakerRole): void;
  remember: boolean;
  onRemember(remember: boolean): void;
  onSave(recordingId: string | null): void;
  onCancel(): void;
}

/** Recordings a transcript can belong to: imported, with audio the times can refer to. */
function attachable(recordings: readonly RecordingView[]): RecordingView[] {
  return recordings.filter((recording) => recording.status === 'ready' && recording.audioDeletedAt === null);
}

/** Speakers with their roles, the first lines, and which recording the file belongs to — before anything is saved. */
export function TranscriptPreviewForm(props: TranscriptPreviewFormProps) {
  const { preview, roles, busy, onRole, onSave, onCancel } = props;
  const { t } = useLocale();
  const recordings = attachable(props.recordings);
  // One recording on the event: its transcript, most likely (a Zoom recording and its captions).
  const [recordingId, setRecordingId] = useState(recordings.length === 1 ? (recordings[0]?.id ?? '') : '');
  const attachId = useId();
  const labels = new Map(preview.speakers.map((speaker) => [speaker.key, speaker.label]));
  const chosen = new Set(Object.values(roles));
  const rolesMissing = !chosen.has('me') || (!chosen.has('interviewer') && !chosen.has('moderator'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(recordingId === '' ? null : recordingId);
  };

  return (
    <form className="transcript-preview" onSubmit={submit} data-testid="transcript-preview">
      <p className="meta-text">{t(T.previewLead)}</p>
      <p className="transcript-preview__facts" data-testid="transcript-preview-facts">
        {t(T.facts(t(FORMAT_LABELS[preview.format]), ENCODING_NAMES[preview.encoding], preview.segmentCount))}
        {' · '}
        {preview.durationMs === null ? t(T.noTimes) : t(T.length(formatDuration(preview.durationMs)))}
      </p>
      <h4 className="transcript-preview__subtitle">{t(T.speakersTitle)}</h4>
      <ul className="transcript-preview__speakers">
        {preview.speakers.map((speaker) => (
          <li key={speaker.key} className="transcript-preview__speaker" data-testid="preview-speaker">
            <span className="transcript-preview__speaker-name">{speaker.label}</span>
            <span className="meta-text">{t(T.lineCount(speaker.segmentCount))}</span>
            <RoleSelect
              className="transcript-preview__role"
              value={roles[speaker.key] ?? speaker.role}
              onChange={(role) => onRole(speaker.key, role)}
              label={t(T.role(speaker.label))}
              testId="preview-role"
            />
            {speaker.guessed && speaker.role !== 'unknown' && roles[speaker.key] === speaker.role && (
              <RoleGuess role={speaker.role} evidence={speaker.evidence} />
            )}
            <q className="transcript-preview__first">{speaker.firstLine}</q>
          </li>
        ))}
      </ul>
      {Object.values(roles).includes('me') && anyPersonalName(preview.speakers) && (
        <RememberName checked={props.remember} onChange={props.onRemember} />
      )}
      {rolesMissing && (
        <Notice tone="warning" testId="preview-roles-unknown">
          <p>{t(preview.rolesNote ?? T.rolesUnknown)}</p>
        </Notice>
      )}
      {preview.warnings && preview.warnings.length > 0 && (
        <Notice tone="warning" testId="preview-warnings">
          <p>{t(T.skipped(preview.warnings.length))}</p>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={`${warning.line}-${warning.message.en}`}>{t(warning.message)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <h4 className="transcript-preview__subtitle">{t(T.firstLinesTitle)}</h4>
      <ol className="transcript-preview__lines" data-testid="preview-lines">
        {preview.firstLines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed excerpt that never reorders.
          <li key={index}>
            {preview.durationMs !== null && <span className="meta-text">{formatDuration(line.startMs)} </span>}
            <strong>{labels.get(line.speaker) ?? line.speaker}</strong>: {line.text}
          </li>
        ))}
      </ol>
      <div className="field transcript-preview__attach">
        <label htmlFor={attachId}>{t(T.attachLabel)}</label>
        <select
          id={attachId}
          className="input"
          value={recordingId}
          onChange={(event) => setRecordingId(event.target.value)}
          data-testid="preview-recording"
        >
          <option value="">{t(T.standAlone)}</option>
          {recordings.map((recording) => (
            <option key={recording.id} value={recording.id}>
              {t(T.attachTo(recording.originalName))}
            </option>
          ))}
        </select>
      </div>
      <div className="transcript-preview__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="preview-save">
          {t(T.save)}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy} data-testid="preview-cancel">
          {t(T.cancel)}
        </button>
      </div>
    </form>
  );
}
