import {
  assignRoles,
  clusteringFor,
  type DetectedSegment,
  type DiarizationMethod,
  type Diarized,
  diarizeSlices,
  type FoundSpeaker,
  type KeyedRun,
  type Message,
  matchVoiceprint,
  type SpeakerCountHint,
  type TranscriptSpeaker,
  type Voiceprint,
  type VoiceSlice,
} from '@furikaeri/core';
import type { ScanResult } from './speech-scan';
import type { DiarizationChoice } from './speech-settings';

/** A speaker label per detected segment of channel 0, from the neural diarization. */
export type NeuralLabels = Map<number, number>;

export interface DiarizationInput {
  scan: ScanResult;
  choice: DiarizationChoice;
  voiceprint: Voiceprint | null;
  /** Present when the neural diarization ran; otherwise the model-free clustering is used. */
  neural: { labels: NeuralLabels; count: number } | null;
  /** Why the neural diarization did not run, when it was wanted. */
  neuralSkipped: Message | null;
  /** The event's participant count as a range for the model-free clustering (null: estimate freely). */
  speakerCount?: SpeakerCountHint | null;
}

export interface DiarizationResult {
  method: DiarizationMethod;
  runs: KeyedRun[];
  speakers: TranscriptSpeaker[];
  notes: Message[];
}

const MIC_KEY = 'mic';

/**
 * Who spoke when. Two different channels: the microphone (channel 0) is the user, the far side is split
 * by voice. One microphone: the neural models' speakers when they ran, else the model-free clustering.
 * The enrolled voiceprint then names the user's speaker.
 */
export function diarize(input: DiarizationInput): DiarizationResult {
  const { scan } = input;
  if (input.choice === 'none') return oneSpeaker(scan);
  if (scan.channels >= 2 && !scan.identicalChannels) return byChannel(scan);
  const mono = onlyChannel(scan, 0);
  const notes: Message[] = [];
  if (scan.channels >= 2) {
    notes.push({
      ja: '2チャンネルの録音ですが左右が同じ音声のため、1本のマイクとして話者を分けました。',
      en: 'The two channels carry the same sound, so speakers were separated as for one microphone.',
    });
  }
  if (input.neuralSkipped) notes.push(input.neuralSkipped);
  const diarized = input.neural
    ? fromNeural(mono.segments, mono.slices, input.neural.labels, input.neural.count)
    : diarizeSlices(mono.segments, mono.slices, clusteringFor(input.speakerCount ?? null));
  const keyed = keyClusters(diarized, (n) => `S${n}`);
  if (!input.neural && input.speakerCount) notes.push(countNote(input.speakerCount.max, diarized.count));
  const enrolled = input.voiceprint ? matchVoiceprint(input.voiceprint, diarized.slicesByCluster) : null;
  const enrolledKey = enrolled ? (keyed.keyOf.get(enrolled.cluster) ?? null) : null;
  if (input.voiceprint && !enrolledKey) {
    notes.push({
      ja: '登録した自分の声と一致する話者が見つかりませんでした。話者の役割を確認してください。',
      en: 'No speaker matched your enrolled voice. Please check the speaker roles.',
    });
  }
  return {
    method: input.neural ? 'neural' : 'fallback',
    runs: keyed.runs,
    speakers: assignRoles(keyed.found, { enrolledKey, byChannel: false }),
    notes,
  };
}

/** Says the event's count was used, so a wrong participant list can be seen and corrected. */
function countNote(expected: number, found: number): Message {
  return {
    ja: `イベントの参加者数（${expected}人）をもとに話者を分けました（${found}人を検出）。人数が違う場合は参加者を直してから再文字起こししてください。`,
    en: `Speakers were separated using the event's participant count (${expected}); ${found} found. If the count is wrong, correct the participants and transcribe again.`,
  };
}

function byChannel(scan: ScanResult): DiarizationResult {
  const mic = onlyChannel(scan, 0);
  const far = onlyChannel(scan, 1);
  const micRuns: KeyedRun[] = mic.segments.map((s) => ({ ...s, speaker: MIC_KEY }));
  const keyed = keyClusters(diarizeSlices(far.segments, far.slices), (n) => `S${n}`);
  const found: FoundSpeaker[] = [
    ...(micRuns.length > 0 ? [{ key: MIC_KEY, channel: 0, talkMs: talk(micRuns) }] : []),
    ...keyed.found,
  ];
  return {
    method: 'channels',
    runs: [...micRuns, ...keyed.runs],
    speakers: assignRoles(found, { enrolledKey: null, byChannel: true }),
    notes: [],
  };
}

function oneSpeaker(scan: ScanResult): DiarizationResult {
  const runs = scan.segments.map((s) => ({ ...s, speaker: 'S1' }));
  return {
    method: 'none',
    runs,
    speakers: assignRoles(runs.length ? [{ key: 'S1', channel: 0, talkMs: talk(runs) }] : [], {
      enrolledKey: null,
      byChannel: false,
    }),
    notes: [],
  };
}

/** One channel's segments, with the slices renumbered to point into that subset. */
function onlyChannel(scan: ScanResult, channel: number): { segments: DetectedSegment[]; slices: VoiceSlice[] } {
  const renumber = new Map<number, number>();
  const segments: DetectedSegment[] = [];
  scan.segments.forEach((segment, index) => {
    if (segment.channel !== channel) return;
    renumber.set(index, segments.length);
    segments.push(segment);
  });
  const slices = scan.slices.flatMap((slice) => {
    const segment = renumber.get(slice.segment);
    return segment === undefined ? [] : [{ ...slice, segment }];
  });
  return { segments, slices };
}

/** Neural labels per segment, with the voice vectors grouped the same way (for the voiceprint match). */
function fromNeural(segments: DetectedSegment[], slices: VoiceSlice[], labels: NeuralLabels, count: number): Diarized {
  const slicesByCluster: Float64Array[][] = Array.from({ length: Math.max(1, count) }, () => []);
  for (const slice of slices) slicesByCluster[labels.get(slice.segment) ?? 0]?.push(slice.vector);
  return {
    runs: segments.map((segment, index) => ({ ...segment, cluster: labels.get(index) ?? 0 })),
    count: Math.max(1, count),
    slicesByCluster,
  };
}

/** Speaker keys numbered by first appearance in time, so "S1" is whoever spoke first. */
function keyClusters(
  diarized: Diarized,
  key: (n: number) => string,
): { runs: KeyedRun[]; found: FoundSpeaker[]; keyOf: Map<number, string> } {
  const ordered = [...diarized.runs].sort((a, b) => a.startMs - b.startMs);
  const keyOf = new Map<number, string>();
  for (const run of ordered) if (!keyOf.has(run.cluster)) keyOf.set(run.cluster, key(keyOf.size + 1));
  const runs = ordered.map((run) => ({
    channel: run.channel,
    speaker: keyOf.get(run.cluster) ?? key(1),
    startMs: run.startMs,
    endMs: run.endMs,
  }));
  const found = [...keyOf.values()].map((speaker) => ({
    key: speaker,
    channel: runs.find((r) => r.speaker === speaker)?.channel ?? 0,
    talkMs: talk(runs.filter((r) => r.speaker === speaker)),
  }));
  return { runs, found, keyOf };
}

function talk(runs: readonly { startMs: number; endMs: number }[]): number {
  return runs.reduce((sum, r) => sum + r.endMs - r.startMs, 0);
}
