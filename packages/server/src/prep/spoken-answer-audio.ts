import {
  type AnalysisNorms,
  measureSpokenDelivery,
  type SpeechRegion,
  type SpokenDelivery,
  type SpokenTranscriptState,
  type Transcript,
} from '@furikaeri/core';
import { extractPitch } from '../analysis/pitch-extractor';
import type { AudioStore } from '../audio/audio-store';
import type { Repositories } from '../repositories/repositories';

export interface SpokenAnswerAudioDeps {
  repos: Pick<Repositories, 'recordings' | 'transcripts' | 'jobs'>;
  store: AudioStore;
  /** The silero VAD pass the review uses for recordings without a transcript. */
  speechRegions(recordingId: string, signal?: AbortSignal): Promise<SpeechRegion[]>;
  /** Whether the selected speech model is installed (or the test engine is on). */
  modelReady(): boolean;
  norms(): AnalysisNorms;
}

/**
 * Reads a spoken practice answer from its recording with what exists on every machine: the decoded PCM's
 * length, the real VAD's speech regions and YIN pitch over them; and its transcript where a speech model
 * made one (the recording's own transcribe job, as for any recording).
 */
export class SpokenAnswerAudio {
  constructor(private readonly deps: SpokenAnswerAudioDeps) {}

  /** Null while the recording is still being decoded, or when its audio is gone. */
  async delivery(recordingId: string, targetMs: number, signal?: AbortSignal): Promise<SpokenDelivery | null> {
    const recording = this.deps.repos.recordings.find(recordingId);
    if (recording?.status !== 'ready' || !recording.pcm || recording.audioDeletedAt) return null;
    const regions = await this.deps.speechRegions(recordingId, signal);
    const { sampleRate, channels } = recording.pcm;
    const pitch = await extractPitch(
      { sampleRate, channels, read: (range) => this.deps.store.createReadStream(recordingId, 'pcm', range) },
      regions,
      signal,
    );
    return measureSpokenDelivery({
      takeMs: recording.pcm.durationMs,
      regions,
      pitch,
      targetMs,
      norms: this.deps.norms(),
    });
  }

  /** The newest transcript of this recording (its event, the day's practice event, holds other takes too). */
  transcript(recordingId: string): Transcript | null {
    const recording = this.deps.repos.recordings.find(recordingId);
    if (!recording) return null;
    const mine = this.deps.repos.transcripts
      .listForEvent(recording.eventId)
      .filter((transcript) => transcript.recordingId === recordingId);
    return mine[mine.length - 1] ?? null;
  }

  /** Where the transcript stands when there is none yet. */
  waitingState(recordingId: string): Exclude<SpokenTranscriptState, 'done'> {
    const recording = this.deps.repos.recordings.find(recordingId);
    if (!recording || recording.audioDeletedAt) return 'audio_deleted';
    const active = new Set(
      this.deps.repos.jobs
        .latestByRecording(recordingId)
        .filter((job) => job.status === 'queued' || job.status === 'running')
        .map((job) => job.type),
    );
    if (recording.status === 'importing') return 'pending';
    if (recording.status !== 'ready') return 'failed';
    // Without a model a queued transcription can only end "unavailable": say what is missing instead.
    if (!this.deps.modelReady()) return 'no_model';
    return active.has('transcribe') ? 'pending' : 'not_transcribed';
  }
}

/** The words of a take's transcript, in order (only my voice is on a practice take). */
export function transcriptText(transcript: Transcript): string {
  return transcript.segments.map((segment) => segment.text).join('');
}
