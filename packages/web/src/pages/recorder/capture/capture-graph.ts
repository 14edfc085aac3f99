import { CHUNK_MS, RECORDER_SAMPLE_RATE } from '@furikaeri/core';
import workletUrl from './pcm-capture.worklet.ts?worker&url';

export interface LevelReading {
  /** Per channel, 0…1 of full scale, over the last ~50 ms. */
  peak: number[];
  rms: number[];
}

export interface CaptureListeners {
  onChunk(pcm: Int16Array, frames: number): void;
  onLevel(level: LevelReading): void;
  /** A source track ended by itself: the microphone was unplugged, or the tab stopped being shared. */
  onTrackEnded(which: 'microphone' | 'remote'): void;
}

type WorkletMessage =
  | { type: 'chunk'; pcm: ArrayBuffer; frames: number }
  | { type: 'level'; peak: number[]; rms: number[] }
  | { type: 'flushed'; id: number };

/**
 * The Web Audio graph: microphone → channel 0, shared tab/system audio → channel 1 (online mode), each
 * mixed down to mono, into the capture worklet. The context runs at 16 kHz where the browser allows it
 * (Chromium resamples the microphone itself, with proper filtering).
 */
export class CaptureGraph {
  readonly channels: 1 | 2;
  private readonly flushes = new Map<number, () => void>();
  private flushId = 0;
  private closed = false;
  private micSource: MediaStreamAudioSourceNode;

  private constructor(
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    private readonly merger: ChannelMergerNode,
    private mic: MediaStream,
    remote: MediaStream | null,
    public listeners: CaptureListeners,
  ) {
    this.channels = remote ? 2 : 1;
    this.micSource = this.connect(mic, 0, 'microphone');
    if (remote) this.connect(remote, 1, 'remote');
    node.port.onmessage = (event: MessageEvent<WorkletMessage>) => this.receive(event.data);
  }

  static async open(mic: MediaStream, remote: MediaStream | null, listeners: CaptureListeners): Promise<CaptureGraph> {
    const context = createContext();
    await context.audioWorklet.addModule(workletUrl);
    const channels = remote ? 2 : 1;
    const node = new AudioWorkletNode(context, 'pcm-capture', {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: channels,
      channelCountMode: 'explicit',
      channelInterpretation: 'discrete',
      processorOptions: { channels, chunkFrames: Math.round((context.sampleRate * CHUNK_MS) / 1000) },
    });
    const merger = context.createChannelMerger(channels);
    merger.connect(node);
    const graph = new CaptureGraph(context, node, merger, mic, remote, listeners);
    if (context.state !== 'running') await context.resume();
    return graph;
  }

  get sampleRate(): number {
    return this.context.sampleRate;
  }

  get state(): AudioContextState {
    return this.context.state;
  }

  /** Chunks flow only while recording; the level meter runs always. */
  setRecording(on: boolean): void {
    this.node.port.postMessage({ type: 'record', on });
  }

  /** Emits the part-filled chunk now (before a pause or the stop), and resolves once it was delivered. */
  flush(): Promise<void> {
    const id = ++this.flushId;
    return new Promise((resolve) => {
      this.flushes.set(id, resolve);
      this.node.port.postMessage({ type: 'flush', id });
    });
  }

  /** Continues on another microphone (after one was unplugged) without starting a new recording. */
  replaceMicrophone(mic: MediaStream): void {
    this.micSource.disconnect();
    stopTracks(this.mic);
    this.mic = mic;
    this.micSource = this.connect(mic, 0, 'microphone');
  }

  async resume(): Promise<void> {
    if (this.context.state === 'suspended') await this.context.resume();
  }

  /** Stops the microphone; the shared tab's stream belongs to whoever opened it (it outlives a mic switch). */
  async close(): Promise<void> {
    this.closed = true;
    stopTracks(this.mic);
    this.node.port.onmessage = null;
    await this.context.close().catch(() => undefined);
  }

  private connect(stream: MediaStream, channel: number, which: 'microphone' | 'remote'): MediaStreamAudioSourceNode {
    const source = this.context.createMediaStreamSource(stream);
    source.connect(this.merger, 0, channel);
    for (const track of stream.getAudioTracks()) {
      track.addEventListener('ended', () => {
        if (!this.closed && (stream === this.mic || which === 'remote')) this.listeners.onTrackEnded(which);
      });
    }
    return source;
  }

  private receive(message: WorkletMessage): void {
    if (message.type === 'chunk') this.listeners.onChunk(new Int16Array(message.pcm), message.frames);
    else if (message.type === 'level') this.listeners.onLevel({ peak: message.peak, rms: message.rms });
    else {
      this.flushes.get(message.id)?.();
      this.flushes.delete(message.id);
    }
  }
}

/** 16 kHz where supported; otherwise the device's own rate, which the server accepts too. */
function createContext(): AudioContext {
  try {
    return new AudioContext({ sampleRate: RECORDER_SAMPLE_RATE, latencyHint: 'interactive' });
  } catch {
    return new AudioContext({ latencyHint: 'interactive' });
  }
}

export function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
