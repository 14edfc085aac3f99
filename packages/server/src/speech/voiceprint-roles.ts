import {
  type Message,
  matchVoiceprint,
  type PcmInfo,
  type Transcript,
  type TranscriptSpeaker,
  VoiceVectorizer,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import type { Repositories } from '../repositories/repositories';
import { readPcmBlocks } from './pcm-channels';
import { VoiceprintStore } from './voiceprint-store';

/** Up to a minute of each speaker is enough for a mean voice vector (the enrolment reads at most two). */
const MAX_SPEECH_MS_PER_SPEAKER = 60_000;
/** 1.5 s slices, as the enrolment cuts them, so both vectors average the same kind of pieces. */
const SLICE_SAMPLES = 24_000;
const BYTES_PER_MS_PER_CHANNEL = 32;

const VOICE_EVIDENCE: Message = { ja: '登録した自分の声と一致', en: 'matches your enrolled voice' };

/**
 * A transcript imported for a recording of the event (a Zoom VTT of the Zoom recording) says who spoke when,
 * not which of several candidates is the user. The enrolled voiceprint can tell, as it does in the app's own
 * transcriptions: each speaker's voice vector is taken from their segments' audio and the closest one, if it
 * is clearly closest (matchVoiceprint's distance and margin), becomes a guessed "me".
 */
export class VoiceprintRoles {
  constructor(
    private readonly repos: Repositories,
    private readonly store: AudioStore,
    private readonly clock: Clock,
  ) {}

  /** Guesses the user's speaker of the event's current transcript; true when it changed the transcript. */
  async guessMine(eventId: string, signal: AbortSignal): Promise<boolean> {
    const transcript = this.repos.transcripts.findCurrent(eventId);
    if (!transcript?.recordingId || transcript.source.kind !== 'import' || !needsMine(transcript.speakers)) {
      return false;
    }
    const voiceprint = new VoiceprintStore(this.repos.settings).get();
    const recording = this.repos.recordings.find(transcript.recordingId);
    if (!voiceprint || !recording?.pcm || recording.audioDeletedAt) return false;
    const vectors: Float64Array[][] = [];
    for (const speaker of transcript.speakers) {
      vectors.push(await this.voiceOf(transcript, speaker.key, recording.pcm, signal));
    }
    const match = matchVoiceprint(voiceprint, vectors);
    const mine = match ? transcript.speakers[match.cluster] : undefined;
    // Only a candidate (or a speaker nothing is known about) can be the user; the company side stays as it is.
    if (!mine || (mine.role !== 'candidate' && mine.role !== 'unknown')) return false;
    const speakers = transcript.speakers.map(
      (speaker): TranscriptSpeaker =>
        speaker.key === mine.key
          ? {
              key: speaker.key,
              label: speaker.label,
              role: 'me',
              guessed: true,
              confidence: 0.8,
              evidence: [VOICE_EVIDENCE],
            }
          : speaker,
    );
    this.repos.transcripts.updateContent(transcript.id, speakers, transcript.segments, isoNow(this.clock));
    return true;
  }

  /** Voice vectors of one speaker's longest segments (channel 0: the microphone of a two-channel recording). */
  private async voiceOf(transcript: Transcript, key: string, pcm: PcmInfo, signal: AbortSignal) {
    const vectorizer = new VoiceVectorizer();
    const vectors: Float64Array[] = [];
    const segments = transcript.segments
      .filter((segment) => segment.speaker === key)
      .map((segment) => ({ startMs: segment.startMs, endMs: Math.min(segment.endMs, pcm.durationMs) }))
      .filter((segment) => segment.endMs - segment.startMs >= 1_000)
      .sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs));
    let taken = 0;
    for (const segment of segments) {
      if (taken >= MAX_SPEECH_MS_PER_SPEAKER) break;
      taken += segment.endMs - segment.startMs;
      const perMs = BYTES_PER_MS_PER_CHANNEL * pcm.channels;
      const stream = this.store.createReadStream(transcript.recordingId ?? '', 'pcm', {
        start: segment.startMs * perMs,
        end: segment.endMs * perMs - 1,
      });
      const parts: Float32Array[] = [];
      for await (const block of readPcmBlocks(stream, pcm.channels, signal)) {
        parts.push(block.channels[0] ?? new Float32Array(0));
      }
      const samples = joined(parts);
      for (let at = 0; at + SLICE_SAMPLES / 2 <= samples.length; at += SLICE_SAMPLES) {
        const vector = vectorizer.vectorOf(samples.subarray(at, at + SLICE_SAMPLES));
        if (vector) vectors.push(vector);
      }
    }
    return vectors;
  }
}

/**
 * Worth asking the voice only while nobody is the user, several speakers could be, and the user has not
 * settled every role themselves (a role they chose is never overridden).
 */
function needsMine(speakers: readonly TranscriptSpeaker[]): boolean {
  if (speakers.some((speaker) => speaker.role === 'me')) return false;
  const open = speakers.filter((speaker) => speaker.role === 'candidate' || speaker.role === 'unknown');
  return open.length >= 2 && speakers.some((speaker) => speaker.guessed === true || speaker.role === 'unknown');
}

function joined(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
