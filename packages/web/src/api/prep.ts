import type {
  GdPrepView,
  InterviewRound,
  JobChoice,
  JobEvent,
  PracticeAttemptView,
  PracticeQuestion,
  PracticeSetKind,
  PrepNote,
  PrepView,
  QuestionBankView,
} from '@furikaeri/core';
import { request } from './http';

const id = (value: string) => encodeURIComponent(value);

/** The next round (#17): predictions and preparation, the question bank, practice and GD preparation. */
export const prepApi = {
  prepare: (target: string, round?: InterviewRound | null) =>
    request<PrepView>('GET', `/prep/${id(target)}${round ? `?round=${round}` : ''}`),
  saveNote: (target: string, note: PrepNote) => request<PrepNote[]>('PUT', `/prep/${id(target)}/notes`, note),
  saveJobChoice: (target: string, choice: JobChoice) => request<JobChoice>('PUT', `/prep/${id(target)}/job`, choice),
  saveReverseQuestions: (target: string, questions: string[]) =>
    request<string[]>('PUT', `/prep/${id(target)}/reverse-questions`, { questions }),
  bank: () => request<QuestionBankView>('GET', '/question-bank'),
  markBest: (groupKey: string, eventId: string | null, questionId: string | null) =>
    request<QuestionBankView>('PUT', '/question-bank/best', { groupKey, eventId, questionId }),
  groupDiscussions: () => request<GdPrepView>('GET', '/gd-prep'),
  practiceQuestions: (
    set: PracticeSetKind,
    options: { target?: string; category?: string; round?: InterviewRound | null },
  ) => {
    const query = new URLSearchParams({ set });
    for (const [name, value] of Object.entries(options)) if (value) query.set(name, value);
    return request<PracticeQuestion[]>('GET', `/practice/questions?${query}`);
  },
  attempts: (questionKey?: string) =>
    request<PracticeAttemptView[]>('GET', `/practice/attempts${questionKey ? `?question=${id(questionKey)}` : ''}`),
  answer: (input: {
    questionKey: string;
    question: string;
    answer: string;
    durationMs: number | null;
    keyPoints: string[];
    scopeId: string | null;
  }) => request<PracticeAttemptView>('POST', '/practice/attempts', input),
  /** The day's practice event spoken answers are recorded into (made on first use). */
  practiceEvent: () => request<JobEvent>('POST', '/practice/recording-event'),
  answerSpoken: (input: {
    questionKey: string;
    question: string;
    recordingId: string;
    keyPoints: string[];
    scopeId: string | null;
  }) => request<PracticeAttemptView>('POST', '/practice/attempts/spoken', input),
  attempt: (attemptId: string) => request<PracticeAttemptView>('GET', `/practice/attempts/${id(attemptId)}`),
  reanalyse: (attemptId: string) => request<PracticeAttemptView>('POST', `/practice/attempts/${id(attemptId)}/analyse`),
};
