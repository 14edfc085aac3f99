import { spawn } from 'node:child_process';
import { AppError } from '@furikaeri/core';

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const MAX_CAPTURE = 1_000_000;

/** Runs a short-lived tool (ffprobe) and captures its output, bounded so a misbehaving tool cannot eat memory. */
export function runTool(command: string, args: readonly string[], signal?: AbortSignal): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += text;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') reject(cancelledError());
      else reject(toolMissing(command, error));
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function toolMissing(command: string, error: NodeJS.ErrnoException): AppError {
  return new AppError('unavailable', {
    ja: `音声処理ツールを起動できません（${command}: ${error.code ?? error.message}）。npm install をやり直すか、FURIKAERI_FFMPEG / FURIKAERI_FFPROBE でシステムの ffmpeg を指定してください。`,
    en: `Cannot start the audio tool (${command}: ${error.code ?? error.message}). Re-run npm install, or point FURIKAERI_FFMPEG / FURIKAERI_FFPROBE at the system's ffmpeg.`,
  });
}

export function cancelledError(): AppError {
  return new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' });
}
