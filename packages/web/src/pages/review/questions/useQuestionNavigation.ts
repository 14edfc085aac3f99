import type { Transcript, TranscriptSegment } from '@furikaeri/core';
import { useCallback, useMemo, useState } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import { currentSegmentIndex } from '../transcript/current-segment';
import { provisionalQuestions } from './provisional-questions';
import { nextQuestion, previousQuestion } from './question-navigation';

export interface QuestionNavigation {
  questions: TranscriptSegment[];
  questionIds: ReadonlySet<string>;
  currentQuestionId: string | null;
  previous(): void;
  next(): void;
  /** What a screen reader should hear after a jump or an undo. */
  announcement: string;
  announce(text: string): void;
}

/** The questions of the transcript (provisional detection), which one is being heard, and J/K jumps. */
export function useQuestionNavigation(
  transcript: Transcript,
  timeMs: number,
  seek: (ms: number) => void,
): QuestionNavigation {
  const { t } = useLocale();
  const [announcement, setAnnouncement] = useState('');
  const questions = useMemo(
    () => provisionalQuestions(transcript.segments, transcript.speakers),
    [transcript.segments, transcript.speakers],
  );
  const questionIds = useMemo(() => new Set(questions.map((question) => question.id)), [questions]);
  const currentQuestion = questions[currentSegmentIndex(questions, timeMs)] ?? null;

  const jump = useCallback(
    (target: TranscriptSegment | null) => {
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
    questionIds,
    currentQuestionId: currentQuestion?.id ?? null,
    previous: () => jump(previousQuestion(questions, timeMs)),
    next: () => jump(nextQuestion(questions, timeMs)),
    announcement,
    announce: setAnnouncement,
  };
}
