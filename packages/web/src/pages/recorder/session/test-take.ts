import { LevelAccumulator, type LevelWarning } from '@furikaeri/core';
import type { CaptureGraph } from '../capture/capture-graph';

export interface TestResult {
  /** The microphone's channel, for playback. */
  samples: Float32Array;
  sampleRate: number;
  warnings: LevelWarning[];
  peakDb: number;
  speechDb: number;
}

interface Collecting {
  parts: Float32Array[];
  frames: number;
  target: number;
  done(): void;
}

/**
 * The rehearsal's test recording: a few seconds from the same capture graph as the real thing, kept in
 * memory only (never sent to the server), measured, and played back at once.
 */
export class TestTake {
  private collecting: Collecting | null = null;

  get running(): boolean {
    return this.collecting !== null;
  }

  /** Takes the chunk if a test is running (then it is not part of any recording). */
  take(pcm: Int16Array, frames: number, channels: number): boolean {
    const collecting = this.collecting;
    if (!collecting) return false;
    const mic = new Float32Array(frames);
    for (let frame = 0; frame < frames; frame += 1) mic[frame] = (pcm[frame * channels] ?? 0) / 32768;
    collecting.parts.push(mic);
    collecting.frames += frames;
    if (collecting.frames >= collecting.target) collecting.done();
    return true;
  }

  async record(graph: CaptureGraph, seconds: number): Promise<TestResult> {
    const sampleRate = graph.sampleRate;
    const parts: Float32Array[] = [];
    await new Promise<void>((resolve) => {
      this.collecting = { parts, frames: 0, target: Math.round(seconds * sampleRate), done: resolve };
      graph.setRecording(true);
    });
    graph.setRecording(false);
    this.collecting = null;
    const samples = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      samples.set(part, offset);
      offset += part.length;
    }
    const levels = new LevelAccumulator(sampleRate);
    levels.add(samples);
    return { samples, sampleRate, warnings: levels.warnings(), peakDb: levels.peakDb(), speechDb: levels.speechDb() };
  }
}

/** Plays a test recording through the default output; returns a function that stops it. */
export function playTest(result: TestResult, onEnded: () => void): () => void {
  const context = new AudioContext();
  const buffer = context.createBuffer(1, result.samples.length, result.sampleRate);
  buffer.copyToChannel(result.samples as Float32Array<ArrayBuffer>, 0);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  source.onended = () => {
    onEnded();
    void context.close();
  };
  source.start();
  return () => source.stop();
}
