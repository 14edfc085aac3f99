import type { AudioProcessing } from '@furikaeri/core';

/** Why the browser gave no audio; each has its own message on the recording screen. */
export type AccessFault = 'permission_denied' | 'no_device' | 'device_busy' | 'no_remote_audio' | 'unsupported';

export class MediaAccessError extends Error {
  constructor(
    readonly fault: AccessFault,
    detail: string,
  ) {
    super(detail);
  }
}

function classify(error: unknown): MediaAccessError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'NotAllowedError' || name === 'SecurityError') return new MediaAccessError('permission_denied', detail);
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new MediaAccessError('no_device', detail);
  if (name === 'NotReadableError' || name === 'AbortError') return new MediaAccessError('device_busy', detail);
  return new MediaAccessError('unsupported', detail);
}

/** The microphone, with the browser's voice processing as chosen (all off by default: faithful audio). */
export async function openMicrophone(deviceId: string | null, processing: AudioProcessing): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new MediaAccessError('unsupported', 'getUserMedia missing');
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: {
        ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
        echoCancellation: processing.echoCancellation,
        noiseSuppression: processing.noiseSuppression,
        autoGainControl: processing.autoGainControl,
        channelCount: { ideal: 1 },
      },
    });
  } catch (error) {
    throw classify(error);
  }
}

/**
 * The other side of an online interview: a browser tab (Zoom/Teams/Meet on the web) or the whole screen
 * with system audio where the OS allows it. Browsers only share audio together with video, so the video
 * track is stopped at once; no picture is ever kept.
 */
export async function openRemoteAudio(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getDisplayMedia) throw new MediaAccessError('unsupported', 'getDisplayMedia missing');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getDisplayMedia({
      video: true,
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (error) {
    throw classify(error);
  }
  for (const track of stream.getVideoTracks()) track.stop();
  const audio = stream.getAudioTracks();
  if (audio.length === 0) throw new MediaAccessError('no_remote_audio', 'shared without audio');
  return new MediaStream(audio);
}

export interface Microphone {
  deviceId: string;
  label: string;
}

/** Microphones the browser reports; labels appear once the page was allowed to use one. */
export async function listMicrophones(): Promise<Microphone[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'audioinput' && device.deviceId !== '')
    .map((device, index) => ({ deviceId: device.deviceId, label: device.label || `Microphone ${index + 1}` }));
}
