import type { AnalysisReport, Message, Transcript } from '@furikaeri/core';
import { QUESTION_CATEGORY_LABELS } from '@furikaeri/core';
import { provisionalQuestions } from './provisional-questions';

/** A question as the review page, J/K and the company page use it, whichever way it was found. */
export interface ReviewQuestion {
  /** The segment it was asked in: notes are kept against it. */
  segmentId: string;
  startMs: number;
  text: string;
  /** The report's category, or null for the provisional detection. */
  category: Message | null;
}

export interface QuestionSource {
  questions: ReviewQuestion[];
  /** True while no analysis report exists and the heuristic stands in. */
  provisional: boolean;
}

/**
 * The analysis report's questions when there is a report for this transcript, else the provisional
 * heuristic (interviewer lines ending in ？ or か). One place, so every page switches over together.
 */
export function reviewQuestions(transcript: Transcript, report: AnalysisReport | null): QuestionSource {
  if (report && report.transcriptId === transcript.id) {
    const questions = report.questions.flatMap((question): ReviewQuestion[] => {
      // The span ends with the segment where the question was asked.
      const segmentId = question.question.segmentIds.at(-1);
      if (!segmentId) return [];
      return [
        {
          segmentId,
          startMs: question.question.startMs,
          text: question.question.text,
          category: QUESTION_CATEGORY_LABELS[question.category.category],
        },
      ];
    });
    return { questions, provisional: false };
  }
  const questions = provisionalQuestions(transcript.segments, transcript.speakers).map((segment) => ({
    segmentId: segment.id,
    startMs: segment.startMs,
    text: segment.text,
    category: null,
  }));
  return { questions, provisional: true };
}
