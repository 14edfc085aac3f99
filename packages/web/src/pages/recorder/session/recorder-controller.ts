import type { PracticeTake, StopReason } from '@furikaeri/core';
import { toMessage } from '../../../api/errors';
import { ChunkSender } from '../upload/chunk-sender';
import type { Outbox, TakeRecord } from '../upload/outbox';
import { faultOf } from '../upload/send-fault';
import { ActivityWatch, SILENCE_WARNING_MS } from './activity-watch';
import { CaptureDevices } from './capture-devices';
import { accessFault, DeviceSetup } from './device-setup';
import { Observable } from './observable';
import { PageGuards } from './page-guards';
import { type CaptureFault, initialSnapshot, isActive, type RecorderSnapshot } from './recorder-state';
import { continueTake, startTake, stopSession } from './take-api';
import { TakeStream } from './take-stream';
import { TestTake } from './test-take';

/**
 * One recorder screen: the devices, the take being recorded and its upload. Every chunk goes to the
 * outbox (IndexedDB) first and is deleted once the server has it on disk, so nothing captured depends on
 * this page staying open.
 */
export class RecorderController {
  readonly state: Observable<RecorderSnapshot>;
  readonly devices: CaptureDevices;
  readonly setup: DeviceSetup;
  readonly test = new TestTake();
  private stream: TakeStream | null = null;
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
    this.setup = new DeviceSetup(this.state, this.devices);
    this.devices.onLevel((level) => this.watch.level(level.peak[0] ?? 0));
    this.watch = new ActivityWatch({
      onStall: (stalled) => {
        if (stalled) void this.devices.graph?.resume();
        const current = this.snapshot.captureFault;
        if (stalled && !current) this.state.update({ captureFault: { kind: 'stalled' } });
        if (!stalled && current?.kind === 'stalled') this.state.update({ captureFault: null });
      },
      onReturn: (hiddenMs) => this.state.update({ backgroundMs: hiddenMs }),
    });
  }

  private get snapshot(): RecorderSnapshot {
    return this.state.get();
  }

  /** One action starts the recording; the microphone (and the shared audio) are opened first if needed. */
  /** `practiceAttempt`: the practice question a take answers, kept with its session (server-side) from the start. */
  async start(practice = false, practiceAttempt: PracticeTake | null = null): Promise<void> {
    if (this.snapshot.phase !== 'setup' && this.snapshot.phase !== 'stopped') return;
    this.state.update({ phase: 'starting', practice, result: null, capturedMs: 0, bookmarks: [], continued: 0 });
    const online = this.snapshot.mode === 'online';
    if (online && !this.devices.hasRemote()) await this.setup.chooseRemote();
    if (!this.devices.graph || online !== (this.devices.graph.channels === 2)) await this.setup.prepare();
    const graph = this.devices.graph;
    if (!graph || this.snapshot.captureFault) return this.state.update({ phase: 'setup' });
    try {
      const take = await startTake(this.outbox, this.snapshot, graph, { practice, practiceAttempt });
      const sender = new ChunkSender(this.outbox, take, {
        onStatus: (send) => this.state.update({ send }),
        onSessionClosed: (closed) => this.continued(closed),
      });
      this.stream = new TakeStream(sender);
      this.guards.engage(take.takeId);
      this.flow();
      this.state.update({ phase: 'recording', eventId: take.eventId, send: sender.status() });
    } catch (error) {
      this.state.update({ phase: 'setup', captureFault: { kind: 'failed', message: toMessage(error) } });
    }
  }

  async pause(): Promise<void> {
    if (this.snapshot.phase !== 'recording') return;
    await this.hold();
    this.state.update({ phase: 'paused' });
  }

  resume(): void {
    if (this.snapshot.phase !== 'paused') return;
    this.flow();
    this.state.update({ phase: 'recording' });
  }

  bookmark(): void {
    const { phase, capturedMs, bookmarks } = this.snapshot;
    if ((phase !== 'recording' && phase !== 'paused') || !this.stream) return;
    this.state.update({ bookmarks: [...bookmarks, capturedMs] });
    void this.stream.sender.addBookmark(capturedMs);
  }

  /** After the microphone went away: carry on in the same recording with another one. */
  async continueWith(deviceId: string | null): Promise<void> {
    try {
      await this.devices.replaceMicrophone(deviceId, this.snapshot.processing);
      this.state.update({ deviceId, captureFault: null, microphones: await this.devices.microphones() });
      this.flow();
      this.state.update({ phase: 'recording' });
    } catch (error) {
      this.state.update({ captureFault: accessFault(error) });
    }
  }

  /** Stops and saves; asks nothing. Waits for every chunk to be on the server first. */
  async stop(reason: StopReason = 'user'): Promise<void> {
    const stream = this.stream;
    if (!isActive(this.snapshot.phase) || this.snapshot.phase === 'stopping' || !stream) return;
    this.state.update({ phase: 'stopping' });
    await this.hold();
    stream.quiet(false);
    await this.devices.close();
    this.state.update({ monitoring: false, remoteReady: false });
    await this.outbox.putTake({ ...stream.take, ended: true });
    await stream.sender.whenIdle();
    const result = await stopSession(stream.take.sessionId, reason, (error) => {
      const { send } = this.snapshot;
      this.state.update({ send: { ...send, fault: faultOf(error), faultSince: send.faultSince ?? Date.now() } });
    });
    await this.outbox.deleteTake(stream.take.takeId);
    this.guards.release();
    this.stream = null;
    this.state.update({
      phase: 'stopped',
      result,
      captureFault: null,
      send: { ...stream.sender.status(), fault: null },
    });
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
    const rate = this.devices.graph?.sampleRate;
    if (!this.stream || !rate) return;
    this.watch.chunkArrived();
    this.state.update({
      capturedMs: this.snapshot.capturedMs + (frames / rate) * 1000,
      silent: this.watch.silentForMs() > SILENCE_WARNING_MS,
    });
    await this.stream.push(pcm);
  }

  private async deviceLost(which: 'microphone' | 'remote'): Promise<void> {
    const { phase, capturedMs } = this.snapshot;
    if (which === 'remote') {
      // The microphone carries on; channel 1 is silent from here on.
      this.state.update({ captureFault: { kind: 'device_lost', which, atMs: capturedMs }, remoteReady: false });
      return;
    }
    if (phase === 'recording' || phase === 'paused') {
      await this.hold();
      this.state.update({ phase: 'interrupted' });
    }
    const fault: CaptureFault =
      this.snapshot.phase === 'interrupted'
        ? { kind: 'device_lost', which, atMs: capturedMs }
        : { kind: 'access', fault: 'no_device' };
    this.state.update({ captureFault: fault, monitoring: false, microphones: await this.devices.microphones() });
  }

  /** Chunks flow: recording (again). */
  private flow(): void {
    this.stream?.quiet(false);
    this.devices.graph?.setRecording(true);
    this.watch.start();
  }

  /** Chunks stop, the part-filled one flushed first; heartbeats keep the session open meanwhile. */
  private async hold(): Promise<void> {
    const graph = this.devices.graph;
    if (graph) {
      graph.setRecording(false);
      await graph.flush();
    }
    this.watch.stop();
    this.stream?.quiet(true);
  }

  private async continued(take: TakeRecord): Promise<{ sessionId: string }> {
    const next = await continueTake(take);
    this.state.update({ continued: this.snapshot.continued + 1 });
    return next;
  }
}
