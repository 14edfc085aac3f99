import type { AudioProcessing, CaptureMode, StopReason } from '@furikaeri/core';
import { toMessage } from '../../../api/errors';
import { recorderApi } from '../../../api/recorder';
import { MediaAccessError } from '../capture/media-access';
import { ChunkSender, faultOf } from '../upload/chunk-sender';
import type { Outbox, TakeRecord } from '../upload/outbox';
import { ActivityWatch, SILENCE_WARNING_MS } from './activity-watch';
import { CaptureDevices } from './capture-devices';
import { Observable } from './observable';
import { PageGuards } from './page-guards';
import { initialSnapshot, isActive, type RecorderSnapshot } from './recorder-state';
import { continueTake, startTake, stopSession } from './take-api';
import { TestTake } from './test-take';

const HEARTBEAT_MS = 15_000;

/**
 * One recorder screen: the devices, the take being recorded and its upload. Every chunk goes to the
 * outbox (IndexedDB) first and is deleted once the server has it on disk, so nothing captured depends on
 * this page staying open.
 */
export class RecorderController {
  readonly state: Observable<RecorderSnapshot>;
  readonly devices: CaptureDevices;
  readonly test = new TestTake();
  private sender: ChunkSender | null = null;
  private nextSeq = 0;
  private nextOffset = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private readonly guards = new PageGuards();
  private readonly watch: ActivityWatch;

  constructor(
    eventId: string,
    private readonly outbox: Outbox,
  ) {
    this.state = new Observable(initialSnapshot(eventId));
    this.devices = new CaptureDevices({
      onChunk: (pcm, frames) => void this.chunk(pcm, frames),
      onTrackEnded: (which) => void this.deviceLost(which),
    });
    this.devices.onLevel((level) => this.watch.level(level.peak[0] ?? 0));
    this.watch = new ActivityWatch({
      onStall: (stalled) => {
        if (stalled) void this.devices.graph?.resume();
        this.setFault(stalled ? { kind: 'stalled' } : null, 'stalled');
      },
      onReturn: (hiddenMs) => this.state.update({ backgroundMs: hiddenMs }),
    });
  }

  private get snapshot(): RecorderSnapshot {
    return this.state.get();
  }

  /** Opens the microphone for the meter (the browser asks for permission the first time). */
  async prepare(changes: { deviceId?: string | null; processing?: AudioProcessing; mode?: CaptureMode } = {}) {
    const next = { ...this.snapshot, ...changes };
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
  async configure(changes: { processing?: AudioProcessing; mode?: CaptureMode }): Promise<void> {
    if (this.snapshot.monitoring) await this.prepare(changes);
    else this.state.update(changes);
  }

  async chooseRemote(): Promise<void> {
    try {
      await this.devices.chooseRemote();
      await this.prepare({ mode: 'online' });
    } catch (error) {
      this.state.update({ captureFault: accessFault(error) });
    }
  }

  /** One action starts the recording; the microphone is opened first if the rehearsal did not. */
  async start(practice = false): Promise<void> {
    if (this.snapshot.phase !== 'setup' && this.snapshot.phase !== 'stopped') return;
    this.state.update({ phase: 'starting', practice, result: null, capturedMs: 0, bookmarks: [], continued: 0 });
    if (this.snapshot.mode === 'online' && !this.devices.hasRemote()) await this.chooseRemote();
    if (!this.devices.graph || (this.snapshot.mode === 'online') !== (this.devices.graph.channels === 2)) {
      await this.prepare();
    }
    const graph = this.devices.graph;
    if (!graph || this.snapshot.captureFault) {
      this.state.update({ phase: 'setup' });
      return;
    }
    try {
      const take = await startTake(this.outbox, this.snapshot, graph, practice);
      this.sender = new ChunkSender(this.outbox, take, {
        onStatus: (send) => this.state.update({ send }),
        onSessionClosed: (closed) => this.continued(closed),
      });
      this.nextSeq = 0;
      this.nextOffset = 0;
      this.guards.engage(take.takeId);
      graph.setRecording(true);
      this.watch.start();
      this.state.update({ phase: 'recording', eventId: take.eventId, send: this.sender.status() });
    } catch (error) {
      this.state.update({ phase: 'setup', captureFault: { kind: 'failed', message: toMessage(error) } });
    }
  }

  async pause(): Promise<void> {
    if (this.snapshot.phase !== 'recording') return;
    await this.holdCapture();
    this.state.update({ phase: 'paused' });
  }

  resume(): void {
    if (this.snapshot.phase !== 'paused') return;
    this.stopHeartbeat();
    this.devices.graph?.setRecording(true);
    this.watch.start();
    this.state.update({ phase: 'recording' });
  }

  bookmark(): void {
    const { phase, capturedMs, bookmarks } = this.snapshot;
    if ((phase !== 'recording' && phase !== 'paused') || !this.sender) return;
    this.state.update({ bookmarks: [...bookmarks, capturedMs] });
    void this.sender.addBookmark(capturedMs);
  }

  /** After the microphone went away: carry on in the same recording with another one. */
  async continueWith(deviceId: string | null): Promise<void> {
    try {
      await this.devices.replaceMicrophone(deviceId, this.snapshot.processing);
      this.state.update({ deviceId, captureFault: null, microphones: await this.devices.microphones() });
      this.stopHeartbeat();
      this.devices.graph?.setRecording(true);
      this.watch.start();
      this.state.update({ phase: 'recording' });
    } catch (error) {
      this.state.update({ captureFault: accessFault(error) });
    }
  }

  /** Stops and saves; asks nothing. Waits for every chunk to be on the server first. */
  async stop(reason: StopReason = 'user'): Promise<void> {
    const sender = this.sender;
    if (!isActive(this.snapshot.phase) || this.snapshot.phase === 'stopping' || !sender) return;
    this.state.update({ phase: 'stopping' });
    await this.holdCapture();
    this.stopHeartbeat();
    await this.devices.close();
    this.state.update({ monitoring: false, remoteReady: false });
    await this.outbox.putTake({ ...sender.take, ended: true });
    await sender.whenIdle();
    const result = await stopSession(sender.take.sessionId, reason, (error) => {
      const { send } = this.snapshot;
      this.state.update({ send: { ...send, fault: faultOf(error), faultSince: send.faultSince ?? Date.now() } });
    });
    await this.outbox.deleteTake(sender.take.takeId);
    this.guards.release();
    this.sender = null;
    this.state.update({ phase: 'stopped', result, captureFault: null, send: { ...sender.status(), fault: null } });
  }

  /** Back to the rehearsal screen after a recording was saved. */
  reset(): void {
    if (this.snapshot.phase !== 'stopped') return;
    this.state.update({ phase: 'setup', result: null, capturedMs: 0, bookmarks: [], continued: 0, backgroundMs: null });
  }

  dismissBackgroundNotice(): void {
    this.state.update({ backgroundMs: null });
  }

  /** Leaving the screen mid-recording saves the recording rather than losing the microphone silently. */
  async dispose(): Promise<void> {
    if (isActive(this.snapshot.phase)) await this.stop('user');
    else await this.devices.close();
  }

  private async chunk(pcm: Int16Array, frames: number): Promise<void> {
    if (this.test.take(pcm, frames, this.devices.graph?.channels ?? 1)) return;
    const sender = this.sender;
    const rate = this.devices.graph?.sampleRate;
    if (!sender || !rate) return;
    this.watch.chunkArrived();
    const seq = this.nextSeq;
    const offset = this.nextOffset;
    this.nextSeq += 1;
    this.nextOffset += pcm.byteLength;
    this.state.update({
      capturedMs: this.snapshot.capturedMs + (frames / rate) * 1000,
      silent: this.watch.silentForMs() > SILENCE_WARNING_MS,
    });
    await sender.enqueue(seq, offset, pcm.buffer as ArrayBuffer);
  }

  private async deviceLost(which: 'microphone' | 'remote'): Promise<void> {
    const { phase, capturedMs } = this.snapshot;
    if (which === 'remote') {
      // The microphone carries on; channel 1 is silent from here on.
      this.state.update({ captureFault: { kind: 'device_lost', which, atMs: capturedMs }, remoteReady: false });
      return;
    }
    if (phase === 'recording' || phase === 'paused') {
      await this.holdCapture();
      this.state.update({ phase: 'interrupted' });
    }
    this.state.update({
      captureFault:
        this.snapshot.phase === 'interrupted'
          ? { kind: 'device_lost', which, atMs: capturedMs }
          : { kind: 'access', fault: 'no_device' },
      monitoring: false,
      microphones: await this.devices.microphones(),
    });
  }

  /** Flushes the part-filled chunk and stops the flow of chunks; the session stays open (heartbeats). */
  private async holdCapture(): Promise<void> {
    const graph = this.devices.graph;
    if (graph) {
      graph.setRecording(false);
      await graph.flush();
    }
    this.watch.stop();
    // While no chunks flow, the server hears "still here" instead (it recovers sessions that went quiet).
    this.heartbeat ??= setInterval(() => {
      const sessionId = this.sender?.take.sessionId;
      if (sessionId) void recorderApi.heartbeat(sessionId, true).catch(() => undefined);
    }, HEARTBEAT_MS);
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private async continued(take: TakeRecord): Promise<{ sessionId: string }> {
    const next = await continueTake(take);
    this.state.update({ continued: this.snapshot.continued + 1 });
    return next;
  }

  private setFault(fault: RecorderSnapshot['captureFault'], clears: 'stalled'): void {
    const current = this.snapshot.captureFault;
    if (fault) this.state.update({ captureFault: current ?? fault });
    else if (current?.kind === clears) this.state.update({ captureFault: null });
  }
}

function accessFault(error: unknown): RecorderSnapshot['captureFault'] {
  if (error instanceof MediaAccessError) return { kind: 'access', fault: error.fault };
  return { kind: 'failed', message: toMessage(error) };
}
