import { decodeToPcm } from '../../packages/server/src/media/decode';
import { resolveFfmpegPaths } from '../../packages/server/src/media/ffmpeg-paths';

const ffmpeg = resolveFfmpegPaths().ffmpeg;

/** A whole file as 16 kHz mono s16le, through the same ffmpeg decode the import uses. */
export async function decodeMono(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await decodeToPcm({
    ffmpeg,
    input: file,
    channels: 1,
    signal: new AbortController().signal,
    onData: async (chunk) => {
      chunks.push(chunk);
    },
  });
  return Buffer.concat(chunks);
}
