import type { EventType } from '../domain/labels';
import type { TranscriptContent } from '../transcript/model';
import { CLOSED_CATEGORIES } from './categories';
import { type AnalysisCoverage, coverageNotes } from './coverage';
import { findImproperQuestions, improperMatterOf } from './fair-selection/improper-questions';
import { answerFeedback } from './feedback/answer-feedback';
import { summarise } from './feedback/summary';
import { measureAnswer } from './metrics/answer-metrics';
import type { PitchTrack } from './metrics/intonation';
import { conversationReport } from './modes/conversation';
import { eventMetrics } from './modes/event-metrics';
import { isCandidateModerator } from './modes/gd-roles';
import { groupDiscussion } from './modes/group-discussion';
import { summariseSpeakers } from './modes/speakers';
import { morphemesBetween, type SegmentMorphemes } from './morphology';
import { type AnalysisNorms, DEFAULT_NORMS } from './norms';
import { explainGaps } from './notes';
import { answersDirectly, answerTurns, spanOfTurns } from './pairing/answer-span';
import { questionsAskedBy } from './pairing/my-questions';
import { type LinkCandidate, linkFollowUp } from './questions/follow-up';
import { classifyQuestion } from './questions/question-classifier';
import { findQuestions, type QuestionDraft } from './questions/question-finder';
import { judgeRelevance } from './relevance/relevance';
import type { AnalysisMode, AnalysisReport, CategoryDecision, QuestionAnalysis } from './report';
import { transcriptRevision } from './revision';
import { contentWords } from './text/content-words';
import { buildTurns, isCompanySide, type Turn } from './turns';

export interface AnalysisInput {
  transcript: TranscriptContent & { id?: string };
  /** Morphemes of every segment (see Morphology / tokenizeSegments). */
  morphemes: SegmentMorphemes;
  eventType?: EventType | null;
  norms?: AnalysisNorms;
  /** F0 of my voice over my answers (from the recording), when there is audio. */
  pitch?: readonly PitchTrack[] | null;
  generatedAt: string;
  /** Set when only part of the transcript is analysed (see coveredContent); the report then says so first. */
  coverage?: AnalysisCoverage | null;
  /** Checked once per question: the job's cancellation. */
  signal?: AbortSignal;
}

/** A group discussion's theme and instructions are not interview questions of the taxonomy. */
const DISCUSSION_PROMPT: CategoryDecision = {
  category: 'other',
  confidence: 1,
  evidence: [],
  reason: {
    ja: 'グループディスカッションのテーマや進行の指示は、面接の質問の分類に当てはめません。',
    en: 'A group discussion’s theme and instructions are not classified as interview questions.',
  },
};

export function modeOf(eventType: EventType | null | undefined): AnalysisMode {
  if (eventType === 'group_discussion') return 'group_discussion';
  if (eventType === 'ob_og_visit' || eventType === 'roundtable') return 'conversation';
  return 'interview';
}

/**
 * The whole analysis of one transcript, pure: questions (detected, classified, linked), my answers with
 * their metrics, relevance and feedback, my own questions, event figures and the three things to work on,
 * plus the group-discussion or conversation view where the event calls for it.
 */
export function analyseTranscript(input: AnalysisInput): AnalysisReport {
  const { transcript, morphemes } = input;
  const norms = input.norms ?? DEFAULT_NORMS;
  const mode = modeOf(input.eventType);
  const source = transcript.source;
  const timing = source.kind === 'import' && source.estimatedTiming ? 'estimated' : 'measured';
  const turns = buildTurns(transcript);
  // In a group discussion a moderating candidate's 「どう思いますか」 is no interview question.
  const drafts = findQuestions(
    turns,
    (turn) =>
      isCompanySide(turn.role) &&
      (mode !== 'group_discussion' || turn.role !== 'moderator' || !isCandidateModerator(turns, turn.speaker)),
    mode === 'interview',
  );
  const answers = drafts.map((draft, index) =>
    answerTurns(turns, draft.turn.index, drafts[index + 1]?.turn.index ?? null),
  );
  const candidates: LinkCandidate[] = drafts.map((draft, index) => ({
    text: draft.text,
    turnText: draft.turn.text,
    isPrompt: draft.detection.cue === 'reverse_prompt',
    elliptical: draft.detection.cue === 'elliptical' || isBareQuestion(draft.text),
    questionWords: questionWords(draft, morphemes),
    answerWords: contentWords(
      (answers[index] ?? []).flatMap((turn) => turn.segments.flatMap((s) => morphemes[s.id] ?? [])),
    ),
    otherReplyWords: contentWords(
      otherReplies(turns, draft.turn.index, drafts[index + 1]?.turn.index ?? null).flatMap((turn) =>
        turn.segments.flatMap((s) => morphemes[s.id] ?? []),
      ),
    ),
    turnWords: contentWords(draft.turn.segments.flatMap((segment) => morphemes[segment.id] ?? [])),
    privateMatter: improperMatterOf(draft.text) !== null,
  }));
  const questions: QuestionAnalysis[] = [];
  drafts.forEach((draft, index) => {
    input.signal?.throwIfAborted();
    const rootOf = (at: number): number => {
      let root = at;
      for (let parentId = questions[root]?.followUpOf; parentId; parentId = questions[root]?.followUpOf)
        root = Number(parentId.slice(1)) - 1;
      return root;
    };
    const link = linkFollowUp(candidates, index, questions[index - 1]?.category.category ?? null, rootOf);
    const parent = link ? questions[link.parent] : undefined;
    const answerSpan = spanOfTurns(answers[index] ?? []);
    const category =
      mode === 'group_discussion'
        ? DISCUSSION_PROMPT
        : classifyQuestion({
            text: draft.text,
            context: draft.context,
            detection: draft.detection,
            // A question about a private matter (家族, 結婚…) does not carry on the topic it follows.
            parentCategory: improperMatterOf(draft.text) ? null : (parent?.category.category ?? null),
            previousCategory: link ? null : (questions[index - 1]?.category.category ?? null),
            answerText: answerSpan?.text,
          });
    const id = `q${index + 1}`;
    const firstAnswerTurn = answers[index]?.[0];
    let answer: QuestionAnalysis['answer'] = null;
    if (answerSpan && firstAnswerTurn) {
      const segments = (answers[index] ?? []).flatMap((turn: Turn) => turn.segments);
      const isFollowUp = parent !== undefined;
      const metrics = measureAnswer({
        segments,
        morphemes,
        speechRegions: transcript.speechRegions,
        timing,
        questionEndMs: answersDirectly(turns, draft.turn.index, firstAnswerTurn.index) ? draft.turn.endMs : null,
        // The one-minute guideline is for interview answers, not for the talk of an OB/OG visit or 座談会.
        open: mode !== 'conversation' && !CLOSED_CATEGORIES.has(category.category),
        isFollowUp: isFollowUp || category.category === 'other',
        norms,
        pitch: input.pitch ?? null,
      });
      const relevance = judgeRelevance({
        category: category.category,
        isFollowUp,
        questionWords: candidates[index]?.questionWords ?? [],
        answerText: answerSpan.text,
        answerWords: candidates[index]?.answerWords ?? [],
        answerMorphemes: segments.flatMap((segment) => morphemes[segment.id] ?? []),
      });
      const feedback = answerFeedback({
        questionId: id,
        category: category.category,
        answerStartMs: answerSpan.startMs,
        metrics,
        relevance,
        norms,
      });
      answer = { ...answerSpan, metrics, relevance, feedback };
    }
    questions.push({
      id,
      question: { segmentIds: draft.segmentIds, startMs: draft.startMs, endMs: draft.endMs, text: draft.text },
      speaker: draft.turn.speaker,
      detection: draft.detection,
      category,
      followUpOf: parent?.id ?? null,
      followUpReason: link?.reason ?? null,
      answer,
    });
  });
  const speakers = summariseSpeakers(transcript, turns, norms.pauses.minMs);
  const event = eventMetrics({ content: transcript, morphemes, mode, speakers, questions, timing, norms });
  return {
    version: 1,
    mode,
    eventType: input.eventType ?? null,
    transcriptId: transcript.id ?? null,
    transcriptRevision: transcriptRevision(transcript),
    generatedAt: input.generatedAt,
    timing,
    norms,
    speakers,
    questions,
    myQuestions: mode === 'group_discussion' ? [] : questionsAskedBy(turns, 'me'),
    event: event.metrics,
    summary: summarise(questions, event.points, event.metrics),
    groupDiscussion:
      mode === 'group_discussion' ? groupDiscussion(speakers, transcript.segments, turns, morphemes) : null,
    conversation: mode === 'conversation' ? conversationReport(turns, morphemes) : null,
    improperQuestions: findImproperQuestions(questions),
    notes: [
      ...coverageNotes(input.coverage),
      ...explainGaps({ transcript, timing, hasPitch: Boolean(input.pitch && input.pitch.length > 0), questions }),
    ],
    ...(input.coverage ? { coverage: input.coverage } : {}),
  };
}

/** A short question after an acknowledgement (「なるほどチームは何人くらい」): no room to name a new topic. */
function isBareQuestion(text: string): boolean {
  const body = text.replace(/^(はい|ええ|へえ|なるほど(ね)?|そうですか|そうなんですね)[、,\s]*/, '');
  return body.replace(/[、。,.?？!！\s]/g, '').length <= 10;
}

/** The other candidates' turns between a question and the next one (a group interview's other answers). */
function otherReplies(turns: readonly Turn[], questionTurn: number, nextQuestionTurn: number | null): Turn[] {
  return turns.slice(questionTurn + 1, nextQuestionTurn ?? turns.length).filter((turn) => turn.role === 'candidate');
}

/** Content words of the question sentences only (not of the acknowledgement before them). */
function questionWords(draft: QuestionDraft, morphemes: SegmentMorphemes): string[] {
  return contentWords(
    draft.sentences.flatMap((sentence) =>
      morphemesBetween(morphemes[sentence.segmentId] ?? [], sentence.start, sentence.end),
    ),
  );
}
