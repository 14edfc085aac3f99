import type { AnalysisReport, Transcript } from '@furikaeri/core';
import { useCallback, useMemo, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import { currentSegmentIndex } from '../transcript/current-segment';
import { nextQuestion, previousQuestion } from './question-navigation';
import { type ReviewQuestion, reviewQuestions } from './review-questions';

export interface QuestionNavigation {
  questions: ReviewQuestion[];
  /** False once the analysis report's questions are used. */
  provisional: boolean;
  /** Segments where a question was asked (the transcript marks them). */
  questionIds: ReadonlySet<string>;
  currentQuestionId: string | null;
  previous(): void;
  next(): void;
  /** What a screen reader should hear after a jump or an undo. */
  announcement: string;
  announce(text: string): void;
}

/** The questions of the transcript (the report's, else provisional), which one is being heard, and J/K jumps. */
export function useQuestionNavigation(
  transcript: Transcript,
  report: AnalysisReport | null,
  timeMs: number,
  seek: (ms: number) => void,
): QuestionNavigation {
  const { t } = useLocale();
  const [announcement, setAnnouncement] = useState('');
  const { questions, provisional } = useMemo(() => reviewQuestions(transcript, report), [transcript, report]);
  const questionIds = useMemo(() => new Set(questions.map((question) => question.segmentId)), [questions]);
  const currentQuestion = questions[currentSegmentIndex(questions, timeMs)] ?? null;

  const jump = useCallback(
    (target: ReviewQuestion | null) => {
      if (!target) {
        setAnnouncement(t(reviewText.noQuestionThere));
        return;
      }
      seek(target.startMs);
      const position = questions.indexOf(target) + 1;
      setAnnouncement(t(reviewText.questionAnnounce(position, questions.length, target.text)));
    },
    [questions, seek, t],
  );

  return {
    questions,
    provisional,
    questionIds,
    currentQuestionId: currentQuestion?.segmentId ?? null,
    previous: () => jump(previousQuestion(questions, timeMs)),
    next: () => jump(nextQuestion(questions, timeMs)),
    announcement,
    announce: setAnnouncement,
  };
}
