import type { IngestResult, RecordingView } from '@furikaeri/core';
import { type DragEvent, useRef, useState } from 'react';
import type { TranscriptImported } from '../../api/transcripts';
import { Section } from '../../components/Section';
import { useLocale } from '../../i18n/LocaleContext';
import { importArea } from '../../i18n/strings/event';
import { href } from '../../router/routes';
import { splitByContent } from './transcript-import/split-by-content';
import { TranscriptImportCard } from './transcript-import/TranscriptImportCard';
import { UploadRow } from './UploadRow';
import { useUploads } from './useUploads';
import './ImportArea.css';

/** What the file picker offers; the content decides what a file is (audio: ffprobe; text: the transcript parsers). */
export const ACCEPTED_FILES =
  'audio/*,video/*,.m4a,.mp3,.wav,.ogg,.opus,.webm,.flac,.aac,.3gp,.amr,.vtt,.srt,.txt,.json,text/*';

interface ImportAreaProps {
  eventId: string;
  /** Once the event has recordings, the zone shrinks to one row so the recordings come first. */
  compact: boolean;
  /** The event's recordings, which an imported transcript can belong to. */
  recordings: readonly RecordingView[];
  onUploaded(result: IngestResult): void;
  onTranscriptSaved(result: TranscriptImported): void;
}

/**
 * Drag-and-drop zone and file picker for recordings and transcripts alike (sorted by content); each recording
 * uploads with a progress bar, each transcript is previewed before it is saved; errors say what to do.
 * Not shown for an event whose consent was declined (ConsentDeclinedPanel takes its place).
 */
export function ImportArea({ eventId, compact, recordings, onUploaded, onTranscriptSaved }: ImportAreaProps) {
  const { t } = useLocale();
  const uploads = useUploads(eventId, onUploaded);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [transcripts, setTranscripts] = useState<Array<{ key: number; file: File }>>([]);
  const nextKey = useRef(1);

  const take = async (files: File[]) => {
    const sorted = await splitByContent(files);
    if (sorted.audio.length > 0) uploads.add(sorted.audio);
    const added = sorted.transcripts.map((file) => ({ key: nextKey.current++, file }));
    if (added.length > 0) setTranscripts((current) => [...current, ...added]);
  };
  const dismissTranscript = (key: number) => setTranscripts((current) => current.filter((item) => item.key !== key));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void take(files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  return (
    <Section title={t(importArea.title)} card testId="import-area">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the button below is the keyboard path. */}
      <div
        className={`dropzone${compact ? ' dropzone--compact' : ''}${dragging ? ' dropzone--active' : ''}`}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <span className="dropzone__icon" aria-hidden="true">
          ♪
        </span>
        <p className="dropzone__title">{t(importArea.dropHere)}</p>
        <p className="dropzone__or">{t(importArea.or)}</p>
        <button
          type="button"
          className="button button--primary dropzone__button"
          onClick={() => input.current?.click()}
          data-testid="choose-file"
        >
          {t(importArea.choose)}
        </button>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept={ACCEPTED_FILES}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          data-testid="file-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) void take(files);
          }}
        />
        <p className="dropzone__hint dropzone__hint--formats">{t(importArea.formats)}</p>
        <p className="dropzone__hint dropzone__hint--privacy">
          {t(importArea.privacy)}{' '}
          <a className="nowrap" href={href.guide()} data-testid="import-guide-link">
            {t(importArea.guide)}
          </a>
        </p>
      </div>
      {transcripts.length > 0 && (
        <ul className="transcript-imports">
          {transcripts.map((item) => (
            <TranscriptImportCard
              key={item.key}
              eventId={eventId}
              file={item.file}
              recordings={recordings}
              onSaved={onTranscriptSaved}
              onDismiss={() => dismissTranscript(item.key)}
            />
          ))}
        </ul>
      )}
      {uploads.items.length > 0 && (
        <ul className="upload-list" aria-live="polite">
          {uploads.items.map((item) => (
            <UploadRow
              key={item.key}
              item={item}
              eventId={eventId}
              onCancel={() => uploads.cancel(item.key)}
              onDismiss={() => uploads.dismiss(item.key)}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}
