/**
 * Runs on the audio thread. Turns the (1- or 2-channel) input into 16-bit interleaved PCM chunks of a fixed
 * number of frames and posts them to the page, and posts the level (peak and RMS per channel) every ~50 ms
 * for the meter. Raw PCM rather than MediaRecorder: every prefix of it is valid audio, so whatever reached
 * the server before a crash is playable as it is (docs/decisions.md).
 */

// The AudioWorklet global scope is not part of TypeScript's DOM library; these are the parts used here.
declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: { processorOptions?: unknown });
}
declare function registerProcessor(name: string, processor: new (options: never) => AudioWorkletProcessor): void;
declare const sampleRate: number;

interface CaptureOptions {
  channels: number;
  chunkFrames: number;
}

type Command = { type: 'record'; on: boolean } | { type: 'flush'; id: number };

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly channels: number;
  private readonly chunkFrames: number;
  private buffer: Int16Array;
  private filled = 0;
  private recording = false;
  private readonly levelFrames = Math.round(sampleRate / 20);
  private levelCount = 0;
  private readonly peak: number[];
  private readonly sumSquares: number[];

  constructor(options: { processorOptions: CaptureOptions }) {
    super();
    this.channels = options.processorOptions.channels;
    this.chunkFrames = options.processorOptions.chunkFrames;
    this.buffer = new Int16Array(this.chunkFrames * this.channels);
    this.peak = new Array<number>(this.channels).fill(0);
    this.sumSquares = new Array<number>(this.channels).fill(0);
    this.port.onmessage = (event: MessageEvent<Command>) => this.command(event.data);
  }

  private command(command: Command): void {
    if (command.type === 'record') {
      this.recording = command.on;
      this.filled = 0;
    } else {
      this.postChunk();
      this.port.postMessage({ type: 'flushed', id: command.id });
    }
  }

  process(inputs: Float32Array[][]): boolean {
    const input = inputs[0] ?? [];
    const frames = input[0]?.length ?? 0;
    for (let frame = 0; frame < frames; frame += 1) {
      for (let channel = 0; channel < this.channels; channel += 1) {
        // A missing channel (the remote side not connected yet) records as silence, never as noise.
        const value = Math.max(-1, Math.min(1, input[channel]?.[frame] ?? 0));
        const magnitude = Math.abs(value);
        if (magnitude > (this.peak[channel] ?? 0)) this.peak[channel] = magnitude;
        this.sumSquares[channel] = (this.sumSquares[channel] ?? 0) + value * value;
        if (this.recording) this.buffer[this.filled * this.channels + channel] = Math.round(value * 32767);
      }
      if (this.recording) {
        this.filled += 1;
        if (this.filled === this.chunkFrames) this.postChunk();
      }
      this.levelCount += 1;
      if (this.levelCount === this.levelFrames) this.postLevel();
    }
    return true;
  }

  private postChunk(): void {
    if (this.filled === 0) return;
    const chunk = this.buffer.slice(0, this.filled * this.channels);
    this.port.postMessage({ type: 'chunk', pcm: chunk.buffer, frames: this.filled }, [chunk.buffer]);
    this.filled = 0;
  }

  private postLevel(): void {
    const rms = this.sumSquares.map((sum) => Math.sqrt(sum / this.levelCount));
    this.port.postMessage({ type: 'level', peak: [...this.peak], rms });
    this.peak.fill(0);
    this.sumSquares.fill(0);
    this.levelCount = 0;
  }
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
