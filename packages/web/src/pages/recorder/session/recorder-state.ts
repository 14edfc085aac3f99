import {
  type AudioProcessing,
  type CaptureMode,
  FAITHFUL_PROCESSING,
  type LiveStopResult,
  type Message,
} from '@furikaeri/core';
import type { AccessFault, Microphone } from '../capture/media-access';
import type { SenderStatus } from '../upload/chunk-sender';

/**
 * setup: rehearsal, nothing recorded. recording / paused: a take is running. interrupted: the microphone
 * went away mid-recording (what was captured is kept; continue with another one or stop). stopping: the
 * last chunks go out and the server saves. stopped: saved (or, if it failed, the reason).
 */
export type Phase = 'setup' | 'starting' | 'recording' | 'paused' | 'interrupted' | 'stopping' | 'stopped';

export type CaptureFault =
  | { kind: 'access'; fault: AccessFault }
  | { kind: 'device_lost'; which: 'microphone' | 'remote'; atMs: number }
  | { kind: 'stalled' }
  | { kind: 'failed'; message: Message };

export interface RecorderSnapshot {
  phase: Phase;
  mode: CaptureMode;
  processing: AudioProcessing;
  deviceId: string | null;
  microphones: Microphone[];
  /** The microphone is open and the level meter live. */
  monitoring: boolean;
  /** Online mode: the other side's audio (a tab or the screen) is being captured. */
  remoteReady: boolean;
  sampleRate: number | null;
  /** Recorded audio of this take (pauses excluded): the elapsed time shown. */
  capturedMs: number;
  send: SenderStatus;
  captureFault: CaptureFault | null;
  /** The tab was in the background this long while recording (shown once it is back). */
  backgroundMs: number | null;
  /** The microphone has been silent for a while during the recording. */
  silent: boolean;
  bookmarks: number[];
  /** How often the server had to save the take early and it continued as a new recording. */
  continued: number;
  /** The event the take goes to (a practice run's own practice event once started). */
  eventId: string;
  practice: boolean;
  result: LiveStopResult | null;
}

export function initialSnapshot(eventId: string): RecorderSnapshot {
  return {
    phase: 'setup',
    mode: 'in_person',
    processing: FAITHFUL_PROCESSING,
    deviceId: null,
    microphones: [],
    monitoring: false,
    remoteReady: false,
    sampleRate: null,
    capturedMs: 0,
    send: { savedMs: 0, pendingChunks: 0, fault: null, faultSince: null },
    captureFault: null,
    backgroundMs: null,
    silent: false,
    bookmarks: [],
    continued: 0,
    eventId,
    practice: false,
    result: null,
  };
}

export function isActive(phase: Phase): boolean {
  return phase === 'recording' || phase === 'paused' || phase === 'interrupted' || phase === 'stopping';
}
