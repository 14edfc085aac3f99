import {
  AppError,
  type Message,
  type RecognizedWindow,
  type SpeakerCountHint,
  speakerCountHint,
  type Transcript,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { ModelLocator } from '../models/installed-model';
import type { Repositories } from '../repositories/repositories';
import type { CheckpointRepository } from './checkpoint-repository';
import { withRolesFromContent } from './content-roles';
import type { SpeechRecognizer } from './recognizer';
import type { RecognizerFactory } from './recognizer-factory';
import type { SpeechSettings } from './speech-settings';
import { SpeechSettingsStore } from './speech-settings';
import { transcriptContent } from './transcript-content';
import { planTranscription, type TranscriptionPlan } from './transcription-plan';
import { locateVadModel } from './vad-model';
import { VoiceprintStore } from './voiceprint-store';
import { windowAudio } from './window-audio';

/** Bump when a change makes checkpoints of older runs meaningless. */
const PIPELINE_VERSION = 1;
const PLAN = 'plan';
const WINDOW = 'window:';
/** Share of the progress bar the first pass takes; recognition takes the rest. */
const SCAN_SHARE = 0.15;

export interface TranscriberDeps {
  repos: Repositories;
  store: AudioStore;
  models: ModelLocator;
  recognizers: RecognizerFactory;
  checkpoints: CheckpointRepository;
  clock: Clock;
}

export interface RunContext {
  signal: AbortSignal;
  progress(fraction: number, message: Message): void;
}

/**
 * Recording → transcript: speech detection and voices (first pass), who spoke when, recognition window
 * by window (second pass), then one transaction that makes the new transcript current. Every finished
 * step is checkpointed, so a run that crashed or was shut down resumes with the next window.
 */
export class Transcriber {
  constructor(private readonly deps: TranscriberDeps) {}

  async run(recordingId: string, context: RunContext): Promise<Transcript> {
    const { repos } = this.deps;
    const recording = repos.recordings.find(recordingId);
    if (!recording) throw new AppError('not_found', { ja: '録音が見つかりません', en: 'Recording not found' });
    if (recording.audioDeletedAt || !recording.pcm) {
      throw new AppError('not_found', {
        ja: 'この録音の音声は削除されているため、文字起こしできません。',
        en: 'The audio of this recording was deleted, so it cannot be transcribed.',
      });
    }
    const settings = new SpeechSettingsStore(repos.settings).get();
    // Before any work: a missing model ends the job at once, with what to install.
    this.deps.recognizers.check(settings);
    const pcm = recording.pcm;
    const event = repos.events.find(recording.eventId);
    const speakerCount = event ? speakerCountHint(event.participants) : null;
    const runKey = JSON.stringify([PIPELINE_VERSION, settings, pcm.bytes, recording.contentHash, speakerCount]);
    this.deps.checkpoints.keepOnly(recordingId, runKey);

    const plan = await this.plan(recordingId, runKey, { settings, speakerCount }, pcm, context);
    const recognizer = await this.deps.recognizers.create(settings);
    const windows = await this.recognize(recordingId, runKey, plan, pcm.channels, recognizer, context);
    const eventType = repos.events.find(recording.eventId)?.type ?? null;
    const content = withRolesFromContent(transcriptContent(plan, windows, settings, recognizer.description), eventType);
    const transcript = repos.transcripts.insertAsCurrent(
      { id: newId('tr'), eventId: recording.eventId, recordingId, content },
      isoNow(this.deps.clock),
    );
    this.deps.checkpoints.clear(recordingId);
    return transcript;
  }

  private async plan(
    recordingId: string,
    runKey: string,
    { settings, speakerCount }: { settings: SpeechSettings; speakerCount: SpeakerCountHint | null },
    pcm: { channels: number; durationMs: number },
    context: RunContext,
  ): Promise<TranscriptionPlan> {
    const saved = this.deps.checkpoints.load<TranscriptionPlan>(recordingId, runKey, PLAN);
    if (saved) return saved;
    const message = { ja: '発話区間と話者を調べています', en: 'Finding speech and speakers' };
    context.progress(0, message);
    const plan = await planTranscription({
      stream: this.deps.store.createReadStream(recordingId, 'pcm'),
      channels: pcm.channels,
      durationMs: pcm.durationMs,
      vadModelPath: locateVadModel(this.deps.models).path,
      models: this.deps.models,
      settings,
      voiceprint: new VoiceprintStore(this.deps.repos.settings).get(),
      speakerCount,
      signal: context.signal,
      onProgress: (fraction) => context.progress(fraction * SCAN_SHARE, message),
    });
    this.deps.checkpoints.save(recordingId, runKey, PLAN, plan, isoNow(this.deps.clock));
    return plan;
  }

  private async recognize(
    recordingId: string,
    runKey: string,
    plan: TranscriptionPlan,
    channels: number,
    recognizer: SpeechRecognizer,
    context: RunContext,
  ): Promise<RecognizedWindow[]> {
    const done = new Map<number, RecognizedWindow>();
    for (const window of this.deps.checkpoints.loadAll<RecognizedWindow>(recordingId, runKey, WINDOW).values()) {
      done.set(window.index, window);
    }
    const todo = plan.windows.filter((w) => !done.has(w.index));
    const totalMs = Math.max(
      1,
      plan.windows.reduce((sum, w) => sum + w.endMs - w.startMs, 0),
    );
    let doneMs = [...done.values()].reduce((sum, w) => sum + w.endMs - w.startMs, 0);
    const message =
      recognizer.description.engine === 'fake'
        ? { ja: 'テスト用の偽エンジンで文字起こししています', en: 'Transcribing with the fake test engine' }
        : { ja: '文字起こししています', en: 'Transcribing' };
    context.progress(SCAN_SHARE + (1 - SCAN_SHARE) * (doneMs / totalMs), message);
    if (todo.length === 0) return [...done.values()];
    // A resumed run reads from the first window still to do, not from the start.
    const firstMs = Math.min(...todo.map((w) => w.startMs));
    const bytesPerMs = 32 * channels;
    const stream = this.deps.store.createReadStream(recordingId, 'pcm', {
      start: firstMs * bytesPerMs,
      end: Number.MAX_SAFE_INTEGER,
    });
    for await (const { window, samples } of windowAudio(stream, channels, todo, context.signal, firstMs * 16)) {
      const result = await recognizer.recognize({ samples, startMs: window.startMs }, context.signal);
      const recognized: RecognizedWindow = { ...window, ...result };
      this.deps.checkpoints.save(recordingId, runKey, `${WINDOW}${window.index}`, recognized, isoNow(this.deps.clock));
      done.set(window.index, recognized);
      doneMs += window.endMs - window.startMs;
      context.progress(SCAN_SHARE + (1 - SCAN_SHARE) * (doneMs / totalMs), message);
    }
    return [...done.values()];
  }
}
