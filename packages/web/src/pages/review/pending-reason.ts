import type { Job, Message, RecordingView } from '@furikaeri/core';
import { pendingText } from '../../i18n/strings/review';

export interface PendingReason {
  tone: 'info' | 'warning' | 'error';
  message: Message;
  detail?: Message | null;
}

/** Why a recording has no transcript yet, in the words of its import and transcription jobs. */
export function pendingReason(
  recording: Pick<RecordingView, 'status' | 'error' | 'audioDeletedAt'>,
  transcribe: Job | null,
): PendingReason {
  if (recording.status === 'importing') return { tone: 'info', message: pendingText.importing };
  if (recording.status === 'failed' || recording.status === 'cancelled') {
    return { tone: 'error', message: pendingText.importFailed, detail: recording.error };
  }
  if (recording.audioDeletedAt !== null && transcribe?.status !== 'running') {
    return { tone: 'info', message: pendingText.audioDeleted };
  }
  if (!transcribe) return { tone: 'info', message: pendingText.notStarted };
  switch (transcribe.status) {
    case 'queued':
      return { tone: 'info', message: pendingText.queued };
    case 'running':
      return { tone: 'info', message: pendingText.running };
    case 'unavailable':
      return { tone: 'warning', message: pendingText.unavailable, detail: transcribe.message };
    case 'failed':
      return { tone: 'error', message: pendingText.failed, detail: transcribe.message };
    case 'cancelled':
      return { tone: 'info', message: pendingText.cancelled };
    case 'succeeded':
      return { tone: 'warning', message: pendingText.doneWithoutTranscript };
  }
}
