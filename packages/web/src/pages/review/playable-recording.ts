import type { RecordingView, Transcript } from '@furikaeri/core';

function playable(recording: RecordingView): boolean {
  return recording.status === 'ready' && recording.audioDeletedAt === null && recording.pcm !== null;
}

/**
 * The audio that goes with the transcript: the recording it was made from, or — for a transcript imported
 * beside a single recording — that one. None for imported text alone, or once retention deleted the audio.
 */
export function playableRecording(transcript: Transcript, recordings: readonly RecordingView[]): RecordingView | null {
  if (transcript.recordingId !== null) {
    const own = recordings.find((recording) => recording.id === transcript.recordingId);
    return own && playable(own) ? own : null;
  }
  const candidates = recordings.filter(playable);
  return candidates.length === 1 ? (candidates[0] as RecordingView) : null;
}
