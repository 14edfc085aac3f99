import {
  type AnalysisNorms,
  AppError,
  isAppError,
  type JobEvent,
  type Morphology,
  type PracticeAttemptView,
  type PracticeTake,
  scorePracticeAnswer,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { PracticeTakes } from '../live/practice-takes';
import type { Repositories } from '../repositories/repositories';
import { notFound } from '../services/errors';
import type { PracticeAttempt, PracticeAttemptRepository } from './practice-attempt-repository';
import { type SpokenAnswerAudio, transcriptText } from './spoken-answer-audio';

export interface SpokenPracticeDeps {
  repos: Pick<Repositories, 'recordings' | 'events'>;
  attempts: PracticeAttemptRepository;
  audio: SpokenAnswerAudio;
  morphology: Morphology;
  norms(): AnalysisNorms;
  /** The day's practice event the page records into. */
  practiceEvent(): JobEvent;
  /** Starts the recording's transcription (a new transcribe job), as "transcribe again" does. */
  transcribe(recordingId: string): void;
  clock: Clock;
  /** The checked company or application a predicted question was made for (PrepService.scopeOf). */
  scopeOf(scopeId: string | null): string | null;
  /** How long an answer waits for its recording to be decoded before it is returned as still pending. */
  importWaitMs?: number;
}

export interface SpokenAnswerInput extends PracticeTake {
  recordingId: string;
}

/**
 * Spoken practice answers: the recorder's recording attached to an attempt, its audio measured as soon as it
 * is decoded (length, speech and silence, intonation), its words scored like a typed answer once a speech
 * model transcribed it. Every read completes what became possible since (decoded, transcribed).
 */
export class SpokenPractice implements PracticeTakes {
  constructor(private readonly deps: SpokenPracticeDeps) {}

  check(take: PracticeTake): PracticeTake {
    return { ...take, scopeId: this.deps.scopeOf(take.scopeId) };
  }

  /**
   * A take the page started with its question is the attempt as soon as its recording is saved — also when
   * the tab crashed and the take was recovered, so the question's progress has it. A take whose company or
   * application was deleted meanwhile answers nothing that is left: no attempt.
   */
  saved(take: PracticeTake, recordingId: string, durationMs: number): void {
    if (this.deps.attempts.findByRecording(recordingId)) return;
    let scopeId: string | null;
    try {
      scopeId = this.deps.scopeOf(take.scopeId);
    } catch (error) {
      if (isAppError(error) && error.code === 'not_found') return;
      throw error;
    }
    this.insert({ ...take, scopeId }, recordingId, durationMs);
  }

  recordingEvent(): JobEvent {
    return this.deps.practiceEvent();
  }

  async answer(input: SpokenAnswerInput): Promise<PracticeAttemptView> {
    const recording = this.deps.repos.recordings.find(input.recordingId);
    const event = recording ? this.deps.repos.events.find(recording.eventId) : null;
    if (!recording || event?.type !== 'practice') {
      throw new AppError('validation', {
        ja: '練習モードで録音した回答だけを練習の記録にできます。',
        en: 'Only an answer recorded in practice mode can be kept as a practice attempt.',
      });
    }
    const kept = this.deps.attempts.findByRecording(recording.id);
    // Started with its question, the take became its attempt when it was saved: the page's answer is that one.
    if (kept && kept.questionKey !== input.questionKey) {
      throw new AppError('conflict', {
        ja: 'この録音はすでに練習の記録になっています。',
        en: 'This recording is already kept as a practice attempt.',
      });
    }
    const attempt = kept ?? this.insert(this.check(input), recording.id, recording.media?.durationMs ?? null);
    await this.decoded(recording.id);
    return this.view(attempt);
  }

  /** The attempt as the page shows it, measured further first where its recording allows it now. */
  async view(attempt: PracticeAttempt, signal?: AbortSignal): Promise<PracticeAttemptView> {
    const { spoken } = attempt;
    const { recordingId: _recordingId, ...rest } = attempt;
    if (!spoken) return { ...rest, spoken: null };
    const { audio } = this.deps;
    let changed = false;
    if (!spoken.delivery && attempt.recordingId) {
      spoken.delivery = await audio.delivery(attempt.recordingId, spoken.targetMs, signal);
      changed = spoken.delivery !== null;
    }
    const transcript = attempt.recordingId ? audio.transcript(attempt.recordingId) : null;
    if (transcript && spoken.delivery && (!attempt.score || attempt.answer !== transcriptText(transcript))) {
      attempt.answer = transcriptText(transcript);
      const [morphemes = [], ...keyPointMorphemes] = await this.deps.morphology.tokenize([
        attempt.answer,
        ...spoken.keyPoints,
      ]);
      attempt.score = scorePracticeAnswer({
        text: attempt.answer,
        morphemes,
        durationMs: spoken.delivery.speakingMs,
        keyPoints: spoken.keyPoints,
        keyPointMorphemes,
        norms: this.deps.norms(),
      });
      changed = true;
    }
    if (changed) this.deps.attempts.update(attempt);
    const state = attempt.score
      ? 'done'
      : attempt.recordingId
        ? audio.waitingState(attempt.recordingId)
        : 'audio_deleted';
    return {
      ...rest,
      answer: attempt.answer,
      score: attempt.score,
      spoken: { recordingId: spoken.recordingId, delivery: spoken.delivery, transcript: state },
    };
  }

  /**
   * Re-analysis once a speech model is installed: transcribes the take (its text measures follow when the
   * job is done) and measures its audio again with the current norms.
   */
  async reanalyse(id: string): Promise<PracticeAttemptView> {
    const attempt = this.deps.attempts.find(id);
    if (!attempt) throw notFound('practice attempt', id);
    if (attempt.spoken && attempt.recordingId) {
      if (this.deps.audio.waitingState(attempt.recordingId) === 'not_transcribed') {
        this.deps.transcribe(attempt.recordingId);
      }
      attempt.spoken.delivery = null;
      attempt.answer = '';
      attempt.score = null;
      this.deps.attempts.update(attempt);
    }
    return this.view(attempt);
  }

  private insert(take: PracticeTake, recordingId: string, durationMs: number | null): PracticeAttempt {
    return this.deps.attempts.insert({
      scopeId: take.scopeId,
      id: newId('pa'),
      questionKey: take.questionKey,
      question: take.question,
      answer: '',
      durationMs,
      score: null,
      spoken: { recordingId, keyPoints: take.keyPoints, targetMs: this.deps.norms().length.targetMs, delivery: null },
      createdAt: isoNow(this.deps.clock),
    });
  }

  /** Waits (a little) for the recorder's recording to be decoded, so the first answer already has its audio. */
  private async decoded(recordingId: string): Promise<void> {
    const until = Date.now() + (this.deps.importWaitMs ?? 20_000);
    while (Date.now() < until && this.deps.repos.recordings.find(recordingId)?.status === 'importing') {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
