import {
  AppError,
  buildQuestionBank,
  type GdPrepView,
  groupDiscussionPrep,
  type QuestionBankView,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import type { BestAnswerRepository } from './best-answer-repository';
import type { PrepHistory } from './prep-history';

/** Every question across recordings and imported transcripts, grouped, with the answer I marked as my best. */
export class QuestionBankService {
  constructor(
    private readonly history: PrepHistory,
    private readonly best: BestAnswerRepository,
    private readonly clock: Clock,
  ) {}

  async bank(): Promise<QuestionBankView> {
    const { events } = await this.history.events();
    const bank = buildQuestionBank(events);
    const marks = new Map(this.best.all().map((mark) => [mark.groupKey, mark]));
    return {
      ...bank,
      groups: bank.groups.map((group) => {
        const mark = marks.get(group.key);
        const stillThere =
          mark && group.entries.some((e) => e.eventId === mark.eventId && e.questionId === mark.questionId);
        return { ...group, best: stillThere ? { eventId: mark.eventId, questionId: mark.questionId } : null };
      }),
    };
  }

  /** Marks one of my answers in a group as my best; null clears the mark. */
  async markBest(groupKey: string, answer: { eventId: string; questionId: string } | null): Promise<QuestionBankView> {
    if (answer === null) this.best.clear(groupKey);
    else {
      const bank = await this.bank();
      const group = bank.groups.find((g) => g.key === groupKey);
      const entry = group?.entries.find((e) => e.eventId === answer.eventId && e.questionId === answer.questionId);
      if (!entry?.answer) {
        throw new AppError(
          'not_found',
          { ja: 'その質問への回答が見つかりません。', en: 'No such answer to this question.' },
          { groupKey, ...answer },
        );
      }
      this.best.mark({ groupKey, ...answer }, isoNow(this.clock));
    }
    return this.bank();
  }

  async groupDiscussions(): Promise<GdPrepView> {
    const { events } = await this.history.events();
    return groupDiscussionPrep(
      events
        .filter((event) => event.report.groupDiscussion)
        .map((event) => ({ event, mySegments: this.history.mySegments(event.eventId) })),
    );
  }
}
