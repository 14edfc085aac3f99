import type { AudioProcessing, CaptureMode } from '@furikaeri/core';
import { CaptureGraph, type LevelReading, stopTracks } from '../capture/capture-graph';
import { listMicrophones, type Microphone, openMicrophone, openRemoteAudio } from '../capture/media-access';

export interface DeviceEvents {
  onChunk(pcm: Int16Array, frames: number): void;
  onTrackEnded(which: 'microphone' | 'remote'): void;
}

/**
 * The open microphone (and, online, the shared tab's audio) and the capture graph over them. Switching the
 * microphone, the processing or the mode rebuilds the graph; the level meter listens here.
 */
export class CaptureDevices {
  graph: CaptureGraph | null = null;
  private remote: MediaStream | null = null;
  private readonly levelListeners = new Set<(level: LevelReading) => void>();

  constructor(private readonly events: DeviceEvents) {}

  /** Stable (an arrow property), so a component can pass it around without re-subscribing. */
  readonly onLevel = (listener: (level: LevelReading) => void): (() => void) => {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  };

  /** Opens the microphone (asking for permission the first time) and starts the meter. */
  async open(deviceId: string | null, processing: AudioProcessing, mode: CaptureMode): Promise<void> {
    const mic = await openMicrophone(deviceId, processing);
    await this.graph?.close();
    this.graph = null;
    try {
      const remote = mode === 'online' ? this.remote : null;
      this.graph = await CaptureGraph.open(mic, remote, {
        onChunk: (pcm, frames) => this.events.onChunk(pcm, frames),
        onLevel: (level) => {
          for (const listener of this.levelListeners) listener(level);
        },
        onTrackEnded: (which) => this.events.onTrackEnded(which),
      });
    } catch (error) {
      stopTracks(mic);
      throw error;
    }
  }

  /** Asks the browser for a tab or screen to capture the other side from. */
  async chooseRemote(): Promise<void> {
    const remote = await openRemoteAudio();
    if (this.remote) stopTracks(this.remote);
    this.remote = remote;
  }

  hasRemote(): boolean {
    return this.remote?.getAudioTracks().some((track) => track.readyState === 'live') ?? false;
  }

  dropRemote(): void {
    if (this.remote) stopTracks(this.remote);
    this.remote = null;
  }

  async replaceMicrophone(deviceId: string | null, processing: AudioProcessing): Promise<void> {
    if (!this.graph) throw new Error('no capture graph');
    this.graph.replaceMicrophone(await openMicrophone(deviceId, processing));
  }

  microphones(): Promise<Microphone[]> {
    return listMicrophones();
  }

  async close(): Promise<void> {
    await this.graph?.close();
    this.graph = null;
    this.dropRemote();
  }
}
