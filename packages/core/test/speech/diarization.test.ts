import { describe, expect, it } from 'vitest';
import {
  absorbSingles,
  assignRoles,
  type DetectedSegment,
  diarizeSlices,
  matchVoiceprint,
  meanVector,
  planSlices,
  VOICE_VECTOR_VERSION,
  type Voiceprint,
  type VoiceSlice,
  VoiceVectorizer,
} from '../../src/index';
import { HIGH_VOICE, LOW_VOICE, type SyntheticVoice, speak } from './support/synthetic-voice';

const vectorizer = new VoiceVectorizer();

/** A conversation of alternating segments; returns segments, sliced and vectorised, and who spoke. */
function conversation(turns: { voice: SyntheticVoice; seconds: number }[]) {
  const segments: DetectedSegment[] = [];
  let t = 500;
  for (const turn of turns) {
    segments.push({ channel: 0, startMs: t, endMs: t + turn.seconds * 1000 });
    t += turn.seconds * 1000 + 800;
  }
  const slices: VoiceSlice[] = planSlices(segments, 1500).flatMap((slice, i) => {
    const turn = turns[slice.segment];
    const vector = turn ? vectorizer.vectorOf(speak(turn.voice, (slice.endMs - slice.startMs) / 1000, 7 + i)) : null;
    return vector ? [{ ...slice, vector }] : [];
  });
  return { segments, slices };
}

describe('model-free diarization', () => {
  it('cuts segments into slices of about the requested length', () => {
    const slices = planSlices(
      [
        { channel: 0, startMs: 0, endMs: 4_000 },
        { channel: 1, startMs: 5_000, endMs: 5_600 },
      ],
      1_500,
    );
    expect(slices.map((s) => [s.segment, s.startMs, s.endMs])).toEqual([
      [0, 0, 1_333],
      [0, 1_333, 2_666],
      [0, 2_666, 4_000],
      [1, 5_000, 5_600],
    ]);
  });

  it('absorbs one-slice flickers into their neighbours', () => {
    expect(absorbSingles([0, 0, 1, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(absorbSingles([0, 0, 1, 1, 1])).toEqual([0, 0, 1, 1, 1]);
    expect(absorbSingles([0, 0, 0, 1])).toEqual([0, 0, 0, 0]);
    expect(absorbSingles([1])).toEqual([1]);
  });

  it('labels an alternating two-voice conversation turn by turn', () => {
    const voices = [LOW_VOICE, HIGH_VOICE, LOW_VOICE, HIGH_VOICE, LOW_VOICE, HIGH_VOICE, LOW_VOICE, HIGH_VOICE];
    const { segments, slices } = conversation(voices.map((voice, i) => ({ voice, seconds: 3 + (i % 3) })));
    const result = diarizeSlices(segments, slices);
    expect(result.count).toBe(2);
    expect(result.runs).toHaveLength(segments.length);
    const clusters = result.runs.map((r) => r.cluster);
    expect(clusters).toEqual(voices.map((v) => (v === LOW_VOICE ? clusters[0] : clusters[1])));
    expect(clusters[0]).not.toBe(clusters[1]);
  });

  it('gives a segment too short for a vector the speaker of its nearest neighbour', () => {
    const { segments, slices } = conversation([
      { voice: LOW_VOICE, seconds: 4 },
      { voice: HIGH_VOICE, seconds: 4 },
      { voice: LOW_VOICE, seconds: 4 },
      { voice: HIGH_VOICE, seconds: 4 },
    ]);
    const tiny: DetectedSegment = { channel: 0, startMs: 4_550, endMs: 4_600 };
    const result = diarizeSlices([...segments, tiny], slices);
    const last = result.runs[result.runs.length - 1];
    expect(last?.startMs).toBe(4_550);
    expect(last?.cluster).toBe(result.runs[0]?.cluster);
  });
});

describe('speaker roles', () => {
  it('takes the microphone channel as me on a two-channel recording', () => {
    const speakers = assignRoles(
      [
        { key: 'mic', channel: 0, talkMs: 10 },
        { key: 'S1', channel: 1, talkMs: 50 },
        { key: 'S2', channel: 1, talkMs: 50 },
      ],
      { enrolledKey: null, byChannel: true },
    );
    expect(speakers).toEqual([
      { key: 'mic', label: '自分', role: 'me' },
      { key: 'S1', label: '面接官1', role: 'interviewer' },
      { key: 'S2', label: '面接官2', role: 'interviewer' },
    ]);
  });

  it('prefers the enrolled voice, and otherwise takes the bigger talker of two as the candidate', () => {
    const found = [
      { key: 'S1', channel: 0, talkMs: 60_000 },
      { key: 'S2', channel: 0, talkMs: 80_000 },
    ];
    expect(assignRoles(found, { enrolledKey: null, byChannel: false }).map((s) => s.role)).toEqual([
      'interviewer',
      'me',
    ]);
    expect(assignRoles(found, { enrolledKey: 'S1', byChannel: false }).map((s) => s.role)).toEqual([
      'me',
      'interviewer',
    ]);
  });

  it('marks roles taken from talk time alone as guesses with their evidence, not those from a voiceprint', () => {
    const found = [
      { key: 'S1', channel: 0, talkMs: 60_000 },
      { key: 'S2', channel: 0, talkMs: 80_000 },
    ];
    const byTalk = assignRoles(found, { enrolledKey: null, byChannel: false });
    expect(byTalk.map((s) => [s.guessed, s.evidence?.[0]?.en])).toEqual([
      [true, 'talks less'],
      [true, 'talks more (in interviews candidates hold 50–70 % of the talk)'],
    ]);
    expect(assignRoles(found, { enrolledKey: 'S1', byChannel: false }).some((s) => s.guessed)).toBe(false);
  });

  it('guesses nobody among several voices without an enrolment', () => {
    const found = [1, 2, 3].map((n) => ({ key: `S${n}`, channel: 0, talkMs: n }));
    expect(assignRoles(found, { enrolledKey: null, byChannel: false }).map((s) => s.label)).toEqual([
      '話者1',
      '話者2',
      '話者3',
    ]);
  });
});

describe('voiceprint', () => {
  const clusterOf = (voice: SyntheticVoice, seed: number) =>
    Array.from({ length: 8 }, (_, i) => vectorizer.vectorOf(speak(voice, 1.5, seed + i))).filter(
      (v): v is Float64Array => v !== null,
    );
  const enrol = (voice: SyntheticVoice): Voiceprint => ({
    version: VOICE_VECTOR_VERSION,
    vector: [...meanVector(clusterOf(voice, 900))],
    speechMs: 12_000,
    source: { recordingId: 'rec_x', startMs: 0, endMs: 12_000 },
    createdAt: '2026-11-24T00:00:00.000Z',
  });

  it('finds the enrolled voice among the clusters of another recording', () => {
    const clusters = [clusterOf(HIGH_VOICE, 10), clusterOf(LOW_VOICE, 20)];
    expect(matchVoiceprint(enrol(LOW_VOICE), clusters)?.cluster).toBe(1);
    expect(matchVoiceprint(enrol(HIGH_VOICE), clusters)?.cluster).toBe(0);
  });

  it('matches nothing when the enrolled voice is absent or the print is of another version', () => {
    const clusters = [clusterOf(HIGH_VOICE, 10)];
    expect(matchVoiceprint(enrol(LOW_VOICE), [clusterOf(HIGH_VOICE, 10), clusterOf(HIGH_VOICE, 40)])).toBeNull();
    expect(matchVoiceprint({ ...enrol(HIGH_VOICE), version: VOICE_VECTOR_VERSION + 1 }, clusters)).toBeNull();
  });
});
