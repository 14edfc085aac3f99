import { splitSentences } from '../text/sentences';
import { isCompanySide, type Turn } from '../turns';
import { type DetectedQuestion, detectQuestion } from './question-detector';

/** One sentence of a turn, with the segment it was said in. */
export interface TurnSentence {
  text: string;
  /** Character offsets in the segment's text. */
  start: number;
  end: number;
  segmentId: string;
  segmentStartMs: number;
  segmentEndMs: number;
}

/** A question found in a turn, before it is classified, linked and paired. */
export interface QuestionDraft {
  turn: Turn;
  /** The question sentences of the turn (several sentences asked together form one question). */
  sentences: TurnSentence[];
  /** What the turn said before the first question sentence. */
  context: string;
  detection: DetectedQuestion;
  text: string;
  segmentIds: string[];
  startMs: number;
  endMs: number;
}

export function sentencesOfTurn(turn: Turn): TurnSentence[] {
  return turn.segments.flatMap((segment) =>
    splitSentences(segment.text).map((sentence) => ({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      segmentId: segment.id,
      segmentStartMs: segment.startMs,
      segmentEndMs: segment.endMs,
    })),
  );
}

/** Priority when a turn holds several cues: an invitation to ask outranks everything, then explicit asks. */
const CUE_RANK: Record<DetectedQuestion['cue'], number> = {
  reverse_prompt: 5,
  request: 4,
  question_mark: 3,
  sentence_final: 3,
  interrogative: 2,
  elliptical: 1,
};

/** Questions of one turn (null when it asks nothing). */
export function questionOfTurn(turn: Turn): QuestionDraft | null {
  const sentences = sentencesOfTurn(turn);
  const asked = sentences.map((sentence) => detectQuestion(sentence.text));
  const first = asked.findIndex((detection) => detection !== null);
  if (first === -1) return null;
  const questionSentences = sentences.filter((_, index) => asked[index] !== null);
  const detection = asked
    .filter((item): item is DetectedQuestion => item !== null)
    .reduce((best, item) => (CUE_RANK[item.cue] > CUE_RANK[best.cue] ? item : best));
  const segmentIds = [...new Set(questionSentences.map((sentence) => sentence.segmentId))];
  const last = questionSentences[questionSentences.length - 1];
  const firstSentence = questionSentences[0];
  return {
    turn,
    sentences: questionSentences,
    context: sentences
      .slice(0, first)
      .map((sentence) => sentence.text)
      .join(''),
    detection,
    text: questionSentences.map((sentence) => sentence.text).join(''),
    segmentIds,
    startMs: firstSentence?.segmentStartMs ?? turn.startMs,
    endMs: last?.segmentEndMs ?? turn.endMs,
  };
}

/** Every question of the company side (interviewers, moderators), in order. */
export function findQuestions(turns: readonly Turn[]): QuestionDraft[] {
  return turns
    .filter((turn) => isCompanySide(turn.role))
    .map(questionOfTurn)
    .filter((draft): draft is QuestionDraft => draft !== null);
}
