import type { AudioProcessing, CaptureMode } from '@furikaeri/core';
import { toMessage } from '../../../api/errors';
import { MediaAccessError } from '../capture/media-access';
import type { CaptureDevices } from './capture-devices';
import type { Observable } from './observable';
import type { CaptureFault, RecorderSnapshot } from './recorder-state';

export interface DeviceChanges {
  deviceId?: string | null;
  processing?: AudioProcessing;
  mode?: CaptureMode;
}

export function accessFault(error: unknown): CaptureFault {
  if (error instanceof MediaAccessError) return { kind: 'access', fault: error.fault };
  return { kind: 'failed', message: toMessage(error) };
}

/** The rehearsal's side of the devices: opening the microphone (and the shared audio) and switching them. */
export class DeviceSetup {
  constructor(
    private readonly state: Observable<RecorderSnapshot>,
    private readonly devices: CaptureDevices,
  ) {}

  /** Opens the microphone for the meter (the browser asks for permission the first time). */
  async prepare(changes: DeviceChanges = {}): Promise<void> {
    const next = { ...this.state.get(), ...changes };
    this.state.update({ ...changes, captureFault: null });
    try {
      await this.devices.open(next.deviceId, next.processing, next.mode);
      this.state.update({
        monitoring: true,
        remoteReady: next.mode === 'online' && this.devices.hasRemote(),
        sampleRate: this.devices.graph?.sampleRate ?? null,
        microphones: await this.devices.microphones(),
      });
    } catch (error) {
      this.state.update({ monitoring: false, captureFault: accessFault(error) });
    }
  }

  /** Mode or processing chosen: applied at once if the microphone is open, else when it opens. */
  async configure(changes: Omit<DeviceChanges, 'deviceId'>): Promise<void> {
    if (this.state.get().monitoring) await this.prepare(changes);
    else this.state.update(changes);
  }

  /** Asks the browser for the tab or screen whose audio is "them". */
  async chooseRemote(): Promise<void> {
    try {
      await this.devices.chooseRemote();
      await this.prepare({ mode: 'online' });
    } catch (error) {
      this.state.update({ captureFault: accessFault(error) });
    }
  }
}
