/**
 * Cue timestamps: WebVTT writes `hh:mm:ss.ttt` (hours optional), SRT `hh:mm:ss,ttt`. Zoom and Teams both
 * write hours; some tools omit them. Returns integer milliseconds, or null when the text is no timestamp.
 */
export function parseCueTimestamp(text: string): number | null {
  const match = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
  const millis = Number(fraction.padEnd(3, '0'));
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + millis;
}

export interface CueTiming {
  startMs: number;
  endMs: number;
}

/** `00:00:01.000 --> 00:00:04.000 align:start` → timing; null when the line is no timing line. */
export function parseTimingLine(line: string): CueTiming | 'invalid' | null {
  if (!line.includes('-->')) return null;
  const [left = '', right = ''] = line.split('-->');
  const startMs = parseCueTimestamp(left);
  // Cue settings (position, align…) follow the end time after whitespace.
  const endMs = parseCueTimestamp(right.trim().split(/\s+/)[0] ?? '');
  if (startMs === null || endMs === null) return 'invalid';
  return { startMs, endMs };
}

/** A timing line whose end comes before its start. */
export function isReversedLine(line: string): boolean {
  const timing = parseTimingLine(line);
  return timing !== null && timing !== 'invalid' && timing.endMs < timing.startMs;
}
