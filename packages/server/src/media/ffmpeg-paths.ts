import fs from 'node:fs';
import { createRequire } from 'node:module';

export interface FfmpegPaths {
  ffmpeg: string;
  ffprobe: string;
}

const require = createRequire(import.meta.url);

/**
 * ffmpeg and ffprobe come from npm packages that ship the binaries for each platform (no download at
 * install). FURIKAERI_FFMPEG / FURIKAERI_FFPROBE point at the system's instead, e.g. a newer build.
 */
export function resolveFfmpegPaths(env: NodeJS.ProcessEnv = process.env): FfmpegPaths {
  const ffmpeg = env.FURIKAERI_FFMPEG || (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  const ffprobe = env.FURIKAERI_FFPROBE || (require('@ffprobe-installer/ffprobe') as { path: string }).path;
  ensureExecutable(ffmpeg);
  ensureExecutable(ffprobe);
  return { ffmpeg, ffprobe };
}

// The installer packages set the executable bit in a postinstall script, which npm ≥ 11 may skip.
function ensureExecutable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
    } catch {
      // Reported with a clear message when the tool is first run.
    }
  }
}
