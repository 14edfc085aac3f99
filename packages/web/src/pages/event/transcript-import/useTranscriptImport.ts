import type { SpeakerRole, TranscriptPreview } from '@furikaeri/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberOwnName } from '../../../api/own-names';
import { type TranscriptImported, transcriptImportApi } from '../../../api/transcripts';
import type { UploadHandle } from '../../../api/upload';
import { faultLine, readLine } from './line-at-fault';
import { guessedMeToRemember } from './names-to-remember';

export type ImportPhase =
  | { kind: 'reading'; progress: number | null }
  | { kind: 'preview'; preview: TranscriptPreview }
  | { kind: 'saving'; preview: TranscriptPreview; progress: number | null }
  | { kind: 'saved'; result: TranscriptImported }
  /** The transcript is saved; the roles (or the name to remember) that go with it could not be. */
  | { kind: 'rolesFailed'; result: TranscriptImported; preview: TranscriptPreview; error: unknown }
  | { kind: 'failed'; error: unknown; line: number | null; lineText: string | null; preview: TranscriptPreview | null };

export interface TranscriptImportState {
  phase: ImportPhase;
  /** The role the user picked for each speaker key (starting from the file's guess). */
  roles: Record<string, SpeakerRole>;
  setRole(key: string, role: SpeakerRole): void;
  /** Whether the speaker picked as "me" has its name remembered for later transcripts (on by default). */
  remember: boolean;
  setRemember(remember: boolean): void;
  save(recordingId: string | null): void;
  cancel(): void;
}

const fraction = (loaded: number, total: number): number | null => (total > 0 ? loaded / total : null);

/**
 * One dropped transcript file: parsed by the server for a preview (nothing saved), then saved on the user's
 * word with the roles they picked. A failure keeps the line at fault and its text from the user's own file.
 */
export function useTranscriptImport(
  eventId: string,
  file: File,
  onSaved: (result: TranscriptImported) => void,
): TranscriptImportState {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'reading', progress: null });
  const [roles, setRoles] = useState<Record<string, SpeakerRole>>({});
  const [remember, setRemember] = useState(true);
  const active = useRef<UploadHandle<unknown> | null>(null);
  /** Once the transcript is on the server, a retry sends only the roles: it must not import the file twice. */
  const stored = useRef<TranscriptImported | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const fail = useCallback(
    async (error: unknown, preview: TranscriptPreview | null) => {
      const line = faultLine(error);
      const lineText = line === null ? null : await readLine(file, line).catch(() => null);
      setPhase({ kind: 'failed', error, line, lineText, preview });
    },
    [file],
  );

  useEffect(() => {
    let live = true;
    const handle = transcriptImportApi.preview(eventId, file, (loaded, total) => {
      if (live) setPhase({ kind: 'reading', progress: fraction(loaded, total) });
    });
    active.current = handle;
    handle.done.then(
      (preview) => {
        if (!live) return;
        setRoles(Object.fromEntries(preview.speakers.map((speaker) => [speaker.key, speaker.role])));
        setPhase({ kind: 'preview', preview });
      },
      (error: unknown) => {
        if (live) void fail(error, null);
      },
    );
    return () => {
      live = false;
      handle.abort();
    };
  }, [eventId, file, fail]);

  const save = useCallback(
    (recordingId: string | null) => {
      if (phase.kind !== 'preview' && phase.kind !== 'failed' && phase.kind !== 'rolesFailed') return;
      const preview = phase.preview;
      if (!preview) return;
      void (async () => {
        let result = stored.current;
        if (!result) {
          const handle = transcriptImportApi.save(eventId, file, recordingId, (loaded, total) =>
            setPhase({ kind: 'saving', preview, progress: fraction(loaded, total) }),
          );
          active.current = handle;
          setPhase({ kind: 'saving', preview, progress: 0 });
          try {
            result = await handle.done;
          } catch (error) {
            await fail(error, preview);
            return;
          }
          stored.current = result;
          // The event page shows the saved transcript at once, whatever happens to the roles next.
          onSavedRef.current(result);
        } else setPhase({ kind: 'saving', preview, progress: null });
        try {
          result = await saveRoles(eventId, preview, roles, remember, result);
          setPhase({ kind: 'saved', result });
          onSavedRef.current(result);
        } catch (error) {
          setPhase({ kind: 'rolesFailed', result, preview, error });
        }
      })();
    },
    [phase, eventId, file, roles, remember, fail],
  );

  const setRole = useCallback((key: string, role: SpeakerRole) => {
    setRoles((current) => ({ ...current, [key]: role }));
  }, []);

  const cancel = useCallback(() => active.current?.abort(), []);

  return { phase, roles, setRole, remember, setRemember, save, cancel };
}

/**
 * The roles step after a saved transcript: only the roles the user changed are sent (those become confirmed,
 * the rest stay guesses), and a "me" the file's guess already made has its name remembered if the box is ticked.
 */
async function saveRoles(
  eventId: string,
  preview: TranscriptPreview,
  roles: Record<string, SpeakerRole>,
  remember: boolean,
  saved: TranscriptImported,
): Promise<TranscriptImported> {
  const changed = preview.speakers
    .filter((speaker) => roles[speaker.key] !== undefined && roles[speaker.key] !== speaker.role)
    .map((speaker) => {
      const role = roles[speaker.key] as SpeakerRole;
      return { key: speaker.key, role, remember: role === 'me' && remember };
    });
  const result = changed.length > 0 ? await transcriptImportApi.setRoles(eventId, changed) : saved;
  for (const label of guessedMeToRemember(preview.speakers, roles, remember)) await rememberOwnName(label);
  return result;
}
