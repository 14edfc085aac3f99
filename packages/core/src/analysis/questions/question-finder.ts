import { splitSentences } from '../text/sentences';
import { isBackchannel, isCompanySide, type Turn } from '../turns';
import { isInvitation, withoutPhraseSpaces } from './casual-forms';
import { statementLikeQuestion } from './hedged-forms';
import { namedTopicAsk } from './named-topic-forms';
import { type DetectedQuestion, detectQuestion, questionBody, sentenceBody } from './question-detector';
import { risingToneQuestion } from './rising-forms';
import { atSpokenQuestionEnds } from './spoken-sentences';

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

export function sentencesOfTurn(turn: Turn, splitSpokenQuestions = false): TurnSentence[] {
  return turn.segments.flatMap((segment) =>
    splitSentences(segment.text)
      .flatMap((sentence) => (splitSpokenQuestions ? atSpokenQuestionEnds(sentence) : [sentence]))
      .map((sentence) => ({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        segmentId: segment.id,
        segmentStartMs: segment.startMs,
        segmentEndMs: segment.endMs,
      })),
  );
}

/** The words of an invitation that asks for the candidate's own questions. */
const ASK_WORDS = /(質問|聞きたいこと|聞いておきたいこと|聞いときたいこと)/;

/**
 * In an interview the invitation to ask (「こちらに聞きたいことがあればどうぞ」) is the prompt for the candidate's own
 * questions; at an OB/OG visit or 座談会 the same words only open the talk, which the detector leaves out.
 */
function askInvitation(sentence: string): DetectedQuestion | null {
  const bare = sentenceBody(sentence);
  return isInvitation(bare) && ASK_WORDS.test(bare) ? { cue: 'reverse_prompt', evidence: bare.slice(-12) } : null;
}

/** Priority when a turn holds several cues: an invitation to ask outranks everything, then explicit asks. */
const CUE_RANK: Record<DetectedQuestion['cue'], number> = {
  reverse_prompt: 5,
  request: 4,
  question_mark: 3,
  sentence_final: 3,
  interrogative: 2,
  elliptical: 1,
  statement: 0,
};

/** Questions of one turn (null when it asks nothing); `replyExpected` admits a statement-like question at its end. */
export function questionOfTurn(turn: Turn, replyExpected = false, interview = false): QuestionDraft | null {
  const sentences = sentencesOfTurn(turn, true);
  const asked = sentences.map(
    (sentence) => detectQuestion(sentence.text) ?? (interview ? askInvitation(sentence.text) : null),
  );
  const lastAt = sentences.length - 1;
  const last = sentences[lastAt];
  if (replyExpected && last && !asked.some((detection) => detection !== null)) {
    const bare = questionBody(last.text);
    const joined = withoutPhraseSpaces(bare);
    const ending =
      statementLikeQuestion(bare) ??
      risingToneQuestion(bare) ??
      (joined === bare ? null : (statementLikeQuestion(joined) ?? risingToneQuestion(joined)));
    if (ending) asked[lastAt] = { cue: 'statement', evidence: ending };
    else {
      // 「じゃあ強み。」「数字。具体的に。」: a topic named alone, or a manner word after it (./named-topic-forms).
      for (const at of namedTopicAsk(sentences.map((sentence) => questionBody(sentence.text)))) {
        asked[at] = { cue: 'statement', evidence: questionBody(sentences[at]?.text ?? '').slice(-8) };
      }
    }
  }
  const first = asked.findIndex((detection) => detection !== null);
  if (first === -1) return null;
  const questionSentences = sentences.filter((_, index) => asked[index] !== null);
  const detection = asked
    .filter((item): item is DetectedQuestion => item !== null)
    .reduce((best, item) => (CUE_RANK[item.cue] > CUE_RANK[best.cue] ? item : best));
  const segmentIds = [...new Set(questionSentences.map((sentence) => sentence.segmentId))];
  const lastQuestion = questionSentences[questionSentences.length - 1];
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
    endMs: lastQuestion?.segmentEndMs ?? turn.endMs,
  };
}

const isCandidate = (turn: Turn | undefined): boolean => turn?.role === 'me' || turn?.role === 'candidate';

/**
 * Where a statement may be a question (see hedged-forms): right after a candidate's answer (not after a question
 * of theirs, which the statement would be answering) and right before a candidate replies with substance.
 */
function replyExpected(turns: readonly Turn[], at: number): boolean {
  const previous = turns[at - 1];
  const next = turns[at + 1];
  // The reply must take it up: a bare 「はい」 acknowledges a remark, it answers nothing.
  if (!previous || !isCandidate(previous) || !next || !isCandidate(next) || isBackchannel(next.text)) return false;
  const said = sentencesOfTurn(previous);
  const lastSaid = said[said.length - 1];
  return lastSaid !== undefined && detectQuestion(lastSaid.text) === null;
}

/**
 * Every question of the company side (interviewers, moderators), in order. `asks` picks the turns that may ask;
 * `statements` admits statement-like questions (off for the talk of an OB/OG visit or 座談会, where the company
 * side mostly tells).
 */
export function findQuestions(
  turns: readonly Turn[],
  asks: (turn: Turn) => boolean = (turn) => isCompanySide(turn.role),
  statements = true,
): QuestionDraft[] {
  return turns
    .filter(asks)
    .map((turn) => questionOfTurn(turn, statements && replyExpected(turns, turn.index), statements))
    .filter((draft): draft is QuestionDraft => draft !== null && !handedToCompanySide(turns, draft))
    .map((draft, index, drafts) => asksForMore(draft, drafts[index - 1]));
}

/** A bare 「他には」: the invitation to ask again after an invitation, else more of what was just asked. */
const MORE = /^(ほか|他)に(は|何か|なにか)?[、,\s]*(いかがですか|ありますか|ある|どうですか)?[？?。\s]*$/;

/**
 * 「具体的には何を変えたんですか」, then 「他には」: more examples of the same, a drill-down — not the invitation to
 * ask that a bare 「他には」 is after 「何か質問はありますか」.
 */
function asksForMore(draft: QuestionDraft, previous: QuestionDraft | undefined): QuestionDraft {
  if (!previous || previous.detection.cue === 'reverse_prompt' || draft.detection.cue !== 'reverse_prompt')
    return draft;
  if (!MORE.test(draft.text.trim())) return draft;
  return { ...draft, detection: { cue: 'elliptical', evidence: draft.text.trim() } };
}

/**
 * A request that another person of the company side takes up at once (「では社員のお二人から、自己紹介をお願いします」
 * at a 座談会, 「では次、田中さんからお願いします」 between interviewers) hands the floor over: the candidate is not
 * asked anything. A moderator who takes up a GD theme is a candidate, so only an interviewer counts.
 */
function handedToCompanySide(turns: readonly Turn[], draft: QuestionDraft): boolean {
  const next = turns[draft.turn.index + 1];
  return (
    draft.detection.cue === 'request' &&
    next !== undefined &&
    next.speaker !== draft.turn.speaker &&
    next.role === 'interviewer'
  );
}
