/** A stretch of one speaker on one channel, as diarization found it. */
export interface KeyedRun {
  channel: number;
  speaker: string;
  startMs: number;
  endMs: number;
}

/** One piece of audio handed to the recogniser. */
export interface AsrWindow {
  index: number;
  channel: number;
  speaker: string;
  startMs: number;
  endMs: number;
}

export interface WindowOptions {
  /** Context added at both ends (never reaching into another speaker's run). */
  padMs: number;
  /** SenseVoice and Whisper are trained on ≤ 30 s utterances, and Whisper drops what is beyond 30 s. */
  maxMs: number;
  /** Runs of one speaker separated by less than this are recognised together (more context). */
  joinGapMs: number;
  totalMs: number;
}

/** 28 s of speech + 2 × 0.4 s of padding stays under Whisper's 30 s. */
export const DEFAULT_WINDOWS: Omit<WindowOptions, 'totalMs'> = { padMs: 400, maxMs: 28_000, joinGapMs: 1_500 };

/**
 * Groups a channel's runs into recogniser windows: consecutive runs of the same speaker are joined while
 * the gap is short and the window stays under the limit; each window is padded into the silence around it.
 * Windows are numbered in time order (channel breaks ties), and that number is their identity for resuming.
 */
export function planWindows(runs: readonly KeyedRun[], options: WindowOptions): AsrWindow[] {
  const channels = [...new Set(runs.map((r) => r.channel))];
  const planned: Omit<AsrWindow, 'index'>[] = [];
  for (const channel of channels) {
    const own = runs.filter((r) => r.channel === channel).sort((a, b) => a.startMs - b.startMs);
    const groups: KeyedRun[][] = [];
    for (const run of own) {
      const group = groups[groups.length - 1];
      const first = group?.[0];
      const last = group?.[group.length - 1];
      const joinable =
        first &&
        last &&
        last.speaker === run.speaker &&
        run.startMs - last.endMs <= options.joinGapMs &&
        run.endMs - first.startMs <= options.maxMs;
      if (group && joinable) group.push(run);
      else groups.push([run]);
    }
    groups.forEach((group, g) => {
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) return;
      const previousEnd = groups[g - 1]?.at(-1)?.endMs ?? 0;
      const nextStart = groups[g + 1]?.[0]?.startMs ?? options.totalMs;
      planned.push({
        channel,
        speaker: first.speaker,
        startMs: Math.max(previousEnd, first.startMs - options.padMs, 0),
        endMs: Math.min(nextStart, last.endMs + options.padMs, options.totalMs),
      });
    });
  }
  planned.sort((a, b) => a.startMs - b.startMs || a.channel - b.channel);
  return planned.map((w, index) => ({ index, ...w }));
}
