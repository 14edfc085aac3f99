import fs from 'node:fs';
import path from 'node:path';
import { wavHeader } from '../../../src/media/wav-header';
import { FakeRecognizer, type FakeScriptLine } from '../../../src/speech/fake-recognizer';
import type { AudioWindow, Recognition, SpeechRecognizer } from '../../../src/speech/recognizer';
import type { RecognizerFactory } from '../../../src/speech/recognizer-factory';
import { fileBody } from '../../support/audio-files';
import type { TempContext } from '../../support/temp-context';
import { interviewTurns, type ReferenceTurn, SHARED_INTERVIEW_WAV } from './fixtures';

/** The fixture's turns as the fake engine's script: it "hears" the reference text where it was spoken. */
export function interviewScript(): FakeScriptLine[] {
  return interviewTurns().map((t) => ({ startMs: t.startMs, endMs: t.endMs, text: t.text }));
}

export interface Hooks {
  /** Called before each window is recognised; may wait (to cancel mid-way) or throw (to crash). */
  before?: (window: AudioWindow, count: number, signal: AbortSignal) => Promise<void> | void;
}

/** The fake engine behind the recogniser factory, with hooks to hold or break it at a chosen window. */
export function hookedFactory(
  script: FakeScriptLine[] | null,
  hooks: Hooks = {},
): RecognizerFactory & { calls: number } {
  const factory = {
    calls: 0,
    check() {},
    async create(): Promise<SpeechRecognizer> {
      const fake = new FakeRecognizer('ja', script);
      return {
        description: fake.description,
        recognize: async (audio: AudioWindow, signal: AbortSignal): Promise<Recognition> => {
          factory.calls += 1;
          await hooks.before?.(audio, factory.calls, signal);
          return fake.recognize(audio, signal);
        },
      };
    },
  };
  return factory;
}

export async function importRecording(env: TempContext, eventId: string, file: string): Promise<string> {
  const { recording } = await env.ctx.recordings.ingest({
    eventId,
    originalName: path.basename(file),
    body: fileBody(file),
  });
  await env.ctx.worker.drain();
  return recording.id;
}

let companies = 0;

export function newInterviewEvent(env: TempContext): string {
  companies += 1;
  const company = env.ctx.library.createCompany({ name: `株式会社サンプル${companies}` });
  return env.ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
}

/**
 * An online interview as the recorder writes it: the candidate (B) alone on the left channel (the
 * microphone), the interviewer (A) alone on the right — cut from the mono fixture.
 */
export function writeTwoChannelInterview(file: string, options: { same?: boolean } = {}): ReferenceTurn[] {
  const mono = fs.readFileSync(SHARED_INTERVIEW_WAV).subarray(44);
  const frames = mono.length / 2;
  const turns = interviewTurns();
  const speakerAt = new Array<string | null>(frames).fill(null);
  for (const turn of turns) speakerAt.fill(turn.speaker, turn.startMs * 16, Math.min(frames, turn.endMs * 16));
  const stereo = Buffer.alloc(frames * 4);
  for (let f = 0; f < frames; f++) {
    const sample = mono.readInt16LE(f * 2);
    const who = speakerAt[f];
    stereo.writeInt16LE(options.same || who === 'B' ? sample : 0, f * 4);
    stereo.writeInt16LE(options.same || who === 'A' ? sample : 0, f * 4 + 2);
  }
  fs.writeFileSync(file, Buffer.concat([wavHeader({ sampleRate: 16_000, channels: 2, bytes: stereo.length }), stereo]));
  return turns;
}
