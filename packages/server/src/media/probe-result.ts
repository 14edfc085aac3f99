import { AppError, type MediaInfo } from '@furikaeri/core';

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  sample_rate?: string;
  channels?: number;
  duration?: string;
  bit_rate?: string;
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

function seconds(value: string | undefined): number | null {
  if (value === undefined) return null;
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
}

/**
 * Turns ffprobe's JSON into what we keep. Duration may be unknown (a browser's MediaRecorder webm has
 * none in its header): then it is 0 here and the decoded length decides.
 */
export function parseProbeOutput(json: string): MediaInfo {
  let output: ProbeOutput;
  try {
    output = JSON.parse(json) as ProbeOutput;
  } catch {
    throw notAudio();
  }
  const audio = output.streams?.find((stream) => stream.codec_type === 'audio');
  if (!audio) throw notAudio();
  const durationSeconds = seconds(audio.duration) ?? seconds(output.format?.duration) ?? 0;
  const bitRate = Number.parseInt(audio.bit_rate ?? output.format?.bit_rate ?? '', 10);
  return {
    durationMs: Math.round(durationSeconds * 1000),
    sampleRate: Number.parseInt(audio.sample_rate ?? '0', 10) || 0,
    channels: audio.channels ?? 0,
    codec: audio.codec_name ?? 'unknown',
    container: output.format?.format_name ?? 'unknown',
    bitRate: Number.isFinite(bitRate) ? bitRate : null,
  };
}

export function notAudio(): AppError {
  return new AppError('unsupported_media', {
    ja: '音声として読み込めないファイルです。録音アプリで保存した音声ファイル（m4a, mp3, wav など）を選んでください。',
    en: 'This file has no audio we can read. Choose an audio file saved by your recorder (m4a, mp3, wav, …).',
  });
}

/** ffprobe's own words for a file that starts like media but stops short. */
export function probeFailure(stderr: string): AppError {
  if (/moov atom not found|Truncated|end of file|partial file/i.test(stderr)) {
    return new AppError(
      'damaged_media',
      {
        ja: 'ファイルが途中で切れているか壊れているため読み込めません。録音アプリから保存し直してください。',
        en: 'The file is truncated or damaged and cannot be read. Export it again from your recorder.',
      },
      { detail: stderr.trim().split('\n').slice(-3).join('\n') },
    );
  }
  return notAudio();
}
