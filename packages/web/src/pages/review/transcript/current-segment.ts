/**
 * The segment being heard at `atMs`: the last one that has started (so a pause keeps the previous line lit),
 * or -1 before the first. Binary search: called on every time update of a 900-segment transcript.
 */
export function currentSegmentIndex(segments: readonly { startMs: number }[], atMs: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((segments[middle] as { startMs: number }).startMs <= atMs) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
