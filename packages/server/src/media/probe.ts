import type { MediaInfo } from '@furikaeri/core';
import { parseProbeOutput, probeFailure } from './probe-result';
import { runTool } from './run-tool';

/** What is in a media file: duration, channels, sample rate, codec. Reads only the headers it needs. */
export async function probeMedia(ffprobe: string, filePath: string, signal?: AbortSignal): Promise<MediaInfo> {
  const result = await runTool(
    ffprobe,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', filePath],
    signal,
  );
  if (result.code !== 0) throw probeFailure(result.stderr);
  return parseProbeOutput(result.stdout);
}
