import { EventEmitter } from 'node:events';
import type { ImportRefusal, Job, Recording } from '@furikaeri/core';

export type LibraryChange =
  | { kind: 'job'; job: Job }
  | { kind: 'recording'; recording: Recording }
  | { kind: 'recording-deleted'; recordingId: string; refused?: ImportRefusal };

/** In-process fan-out of job progress and library changes to SSE clients and the CLI's progress bar. */
export class ChangeBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open browser tab holds one listener; the default cap of 10 would warn for no reason.
    this.emitter.setMaxListeners(0);
  }

  publish(change: LibraryChange): void {
    this.emitter.emit('change', change);
  }

  subscribe(listener: (change: LibraryChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
