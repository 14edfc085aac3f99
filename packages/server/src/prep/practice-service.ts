import {
  type AnalysisNorms,
  AppError,
  bankGroupScope,
  buildQuestionBank,
  genericQuestionsOf,
  type InterviewRound,
  type Morphology,
  type PracticeAttemptView,
  type PracticeQuestion,
  type PracticeSetKind,
  scorePracticeAnswer,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import { notFound } from '../services/errors';
import type { PracticeAttemptRepository } from './practice-attempt-repository';
import type { PrepHistory } from './prep-history';
import type { PrepService } from './prep-service';
import type { SpokenPractice } from './spoken-practice';

/**
 * Generic questions of the common 就活/転職 lists (the same sources as the round topics in core), for
 * practising before any interview was recorded.
 */
const GENERIC_BANK: readonly string[] = [
  '自己紹介をお願いします。',
  '当社を志望する理由を教えてください。',
  '学生時代に力を入れたこと（これまでの仕事で力を入れたこと）を教えてください。',
  'あなたの強みと弱みを教えてください。',
  'これまでで一番苦労したことと、どう乗り越えたかを教えてください。',
  'チームで意見が対立したとき、どう対応しましたか。',
  '5年後、どのようになっていたいですか。',
  '転職を考えた理由を教えてください。',
];

export interface PracticeAnswerInput {
  questionKey: string;
  question: string;
  answer: string;
  durationMs: number | null;
  keyPoints: string[];
  /** The company or application of a predicted question: the attempt goes with it. */
  scopeId?: string | null;
}

/** Practice sets, and each attempt analysed at once (length, pace when timed, fillers, key points) and kept. */
export class PracticeService {
  constructor(
    private readonly prep: PrepService,
    private readonly history: PrepHistory,
    private readonly attempts: PracticeAttemptRepository,
    private readonly morphology: Morphology,
    private readonly norms: () => AnalysisNorms,
    private readonly clock: Clock,
    readonly spoken: SpokenPractice,
  ) {}

  async questions(
    kind: PracticeSetKind,
    options: { target?: string; category?: string; round?: InterviewRound | null },
  ): Promise<PracticeQuestion[]> {
    const targetSeconds = Math.round(this.norms().length.targetMs / 1000);
    const question = (key: string, text: string, keyPoints: string[] = [], scopeId: string | null = null) => ({
      key,
      text,
      keyPoints,
      targetSeconds,
      scopeId,
    });
    if (kind === 'predicted') {
      if (!options.target)
        throw new AppError('validation', { ja: '企業か応募を選んでください。', en: 'Pick a company or application.' });
      // The round the prep page showed (its predictions), else the one after the latest held.
      const view = await this.prep.prepare(options.target, options.round ?? null);
      const points = new Map(view.notes.map((note) => [note.question, note.keyPoints]));
      return view.predictions.map((p) =>
        question(`predicted:${p.text.ja}`, p.text.ja, points.get(p.text.ja) ?? [], view.scopeId),
      );
    }
    if (kind === 'bank') return GENERIC_BANK.map((text) => question(`generic:${text}`, text));
    const bank = buildQuestionBank((await this.history.events()).events);
    const groups = bank.groups.filter((group) =>
      kind === 'category'
        ? group.category === options.category
        : group.entries.some((entry) => (entry.answer?.flags.length ?? 0) > 0),
    );
    // None of this kind asked yet: the generic questions of the kind, marked so, rather than an empty set.
    if (kind === 'category' && groups.length === 0) {
      return genericQuestionsOf(options.category ?? '').map((text) => ({
        ...question(`generic:${text.ja}`, text.ja),
        generic: true as const,
      }));
    }
    // A question asked at one company (or in one application) is practised for it: the attempts go with it.
    return groups.map((group) => question(group.key, group.text, [], bankGroupScope(group)));
  }

  async answer(input: PracticeAnswerInput): Promise<PracticeAttemptView> {
    if (input.answer.trim() === '') {
      throw new AppError('validation', { ja: '回答が空です。', en: 'The answer is empty.' });
    }
    const scopeId = this.prep.scopeOf(input.scopeId ?? null);
    // The key points too: said inflected or in kana, a point still counts (their dictionary forms and readings).
    const [morphemes = [], ...keyPointMorphemes] = await this.morphology.tokenize([input.answer, ...input.keyPoints]);
    const score = scorePracticeAnswer({
      text: input.answer,
      morphemes,
      durationMs: input.durationMs,
      keyPoints: input.keyPoints,
      keyPointMorphemes,
      norms: this.norms(),
    });
    const attempt = this.attempts.insert({
      id: newId('pa'),
      questionKey: input.questionKey,
      question: input.question,
      answer: input.answer,
      durationMs: input.durationMs,
      score,
      spoken: null,
      createdAt: isoNow(this.clock),
      scopeId,
    });
    return this.spoken.view(attempt);
  }

  /** Oldest first; spoken answers measured further where their recording allows it now. */
  async list(questionKey?: string, signal?: AbortSignal): Promise<PracticeAttemptView[]> {
    const views: PracticeAttemptView[] = [];
    for (const attempt of this.attempts.list(questionKey)) views.push(await this.spoken.view(attempt, signal));
    return views;
  }

  async get(id: string, signal?: AbortSignal): Promise<PracticeAttemptView> {
    const attempt = this.attempts.find(id);
    if (!attempt) throw notFound('practice attempt', id);
    return this.spoken.view(attempt, signal);
  }
}
