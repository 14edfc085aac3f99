/** A stretch of time attributed to one speaker (reference or hypothesis). */
export interface SpeakerTurn {
  speaker: string;
  startMs: number;
  endMs: number;
}

export interface DerOptions {
  /** Time around every reference boundary that is not scored (NIST md-eval's collar; 250 ms is customary). */
  collarMs: number;
  /** Scoring grid; 10 ms is the frame rate of the features and far below any meaningful boundary error. */
  stepMs?: number;
}

export interface DerResult {
  /** (missed + false alarm + confusion) / scored reference speech; 0 when there is no reference speech. */
  der: number;
  scoredMs: number;
  missedMs: number;
  falseAlarmMs: number;
  confusionMs: number;
  /** Reference speaker → hypothesis speaker, chosen to maximise the time they agree. */
  mapping: Record<string, string>;
}

/**
 * Diarization error rate the way NIST scores it: frames near reference boundaries are excluded, speakers
 * are mapped one-to-one to maximise agreement, and overlapping speech counts once per speaker.
 */
export function diarizationErrorRate(
  reference: readonly SpeakerTurn[],
  hypothesis: readonly SpeakerTurn[],
  options: DerOptions,
): DerResult {
  const step = options.stepMs ?? 10;
  const endMs = Math.max(0, ...reference.map((t) => t.endMs), ...hypothesis.map((t) => t.endMs));
  const frames = Math.ceil(endMs / step);
  const refSpeakers = uniqueSpeakers(reference);
  const hypSpeakers = uniqueSpeakers(hypothesis);
  const refGrid = activity(reference, refSpeakers, frames, step);
  const hypGrid = activity(hypothesis, hypSpeakers, frames, step);
  const scored = scoredFrames(reference, frames, step, options.collarMs);

  const overlap = refSpeakers.map(() => hypSpeakers.map(() => 0));
  for (let f = 0; f < frames; f++) {
    if (!scored[f]) continue;
    refSpeakers.forEach((_, r) => {
      if (!refGrid[r]?.[f]) return;
      hypSpeakers.forEach((_, h) => {
        const row = overlap[r];
        if (row && hypGrid[h]?.[f]) row[h] = (row[h] ?? 0) + 1;
      });
    });
  }
  const assignment = bestAssignment(overlap);

  let total = 0;
  let missed = 0;
  let falseAlarm = 0;
  let confusion = 0;
  for (let f = 0; f < frames; f++) {
    if (!scored[f]) continue;
    const refActive = refSpeakers.map((_, r) => refGrid[r]?.[f] === 1);
    const hypActive = hypSpeakers.map((_, h) => hypGrid[h]?.[f] === 1);
    const nRef = refActive.filter(Boolean).length;
    const nHyp = hypActive.filter(Boolean).length;
    const correct = refActive.filter((on, r) => {
      const h = assignment[r];
      return on && h !== undefined && h >= 0 && hypActive[h];
    }).length;
    total += nRef;
    missed += Math.max(0, nRef - nHyp);
    falseAlarm += Math.max(0, nHyp - nRef);
    confusion += Math.min(nRef, nHyp) - correct;
  }
  const mapping: Record<string, string> = {};
  refSpeakers.forEach((speaker, r) => {
    const h = assignment[r];
    const mapped = h !== undefined && h >= 0 ? hypSpeakers[h] : undefined;
    if (mapped !== undefined) mapping[speaker] = mapped;
  });
  return {
    der: total === 0 ? 0 : (missed + falseAlarm + confusion) / total,
    scoredMs: total * step,
    missedMs: missed * step,
    falseAlarmMs: falseAlarm * step,
    confusionMs: confusion * step,
    mapping,
  };
}

function uniqueSpeakers(turns: readonly SpeakerTurn[]): string[] {
  return [...new Set(turns.map((t) => t.speaker))];
}

function activity(turns: readonly SpeakerTurn[], speakers: string[], frames: number, step: number): Uint8Array[] {
  const grids = speakers.map(() => new Uint8Array(frames));
  for (const turn of turns) {
    const grid = grids[speakers.indexOf(turn.speaker)];
    if (!grid) continue;
    for (let f = Math.floor(turn.startMs / step); f < Math.min(frames, Math.ceil(turn.endMs / step)); f++) {
      if ((f + 0.5) * step > turn.startMs && (f + 0.5) * step < turn.endMs) grid[f] = 1;
    }
  }
  return grids;
}

/** 1 where a frame is scored: everything except the collar around each reference start and end. */
function scoredFrames(reference: readonly SpeakerTurn[], frames: number, step: number, collarMs: number): Uint8Array {
  const scored = new Uint8Array(frames).fill(1);
  for (const turn of reference) {
    for (const boundary of [turn.startMs, turn.endMs]) {
      for (let f = Math.max(0, Math.floor((boundary - collarMs) / step)); f < frames; f++) {
        const centre = (f + 0.5) * step;
        if (centre > boundary + collarMs) break;
        if (centre > boundary - collarMs) scored[f] = 0;
      }
    }
  }
  return scored;
}

/**
 * One-to-one assignment of rows to columns maximising the summed weights (-1 = unassigned). Exhaustive
 * search over columns with memoisation on the set of used columns: exact, and fast for the handful of
 * speakers a conversation has.
 */
export function bestAssignment(weights: number[][]): number[] {
  const rows = weights.length;
  const cols = Math.max(0, ...weights.map((row) => row.length));
  if (cols > 16) throw new Error('too many speakers to score exactly');
  const memo = new Map<string, { score: number; picks: number[] }>();
  const solve = (row: number, used: number): { score: number; picks: number[] } => {
    if (row === rows) return { score: 0, picks: [] };
    const key = `${row}:${used}`;
    const known = memo.get(key);
    if (known) return known;
    const skip = solve(row + 1, used);
    let best = { score: skip.score, picks: [-1, ...skip.picks] };
    for (let c = 0; c < cols; c++) {
      if (used & (1 << c)) continue;
      const rest = solve(row + 1, used | (1 << c));
      const score = (weights[row]?.[c] ?? 0) + rest.score;
      if (score > best.score) best = { score, picks: [c, ...rest.picks] };
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, 0).picks;
}
