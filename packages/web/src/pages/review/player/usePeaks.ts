import { fetchPeaks, type WaveformPeaks } from '../../../api/peaks';
import { type Resource, useResource } from '../../../hooks/useResource';

/** Enough bars for a wide screen; wavesurfer merges them down to the pixels it has. */
const BUCKETS = 2_000;

export function usePeaks(recordingId: string): Resource<WaveformPeaks> {
  return useResource(`peaks:${recordingId}`, () => fetchPeaks(recordingId, BUCKETS));
}
