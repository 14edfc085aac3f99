import type { EventType } from '../domain/labels';
import type { Message } from '../domain/message';
import type { QuestionCategory } from './categories';
import type { AnalysisCoverage } from './coverage';
import type { ImproperMatter } from './fair-selection/matters';
import type { AnalysisNorms } from './norms';

/**
 * The analysis of one event's transcript: what the UI shows and what the Markdown export renders.
 * Times are milliseconds from the start of the recording; segment ids point into the transcript, so the UI
 * can jump to and highlight every moment the report talks about. Every judgement carries its reason.
 */
export interface AnalysisReport {
  version: 1;
  /** interview (one-to-one or group interview), group_discussion, or conversation (OB/OG visit, roundtable). */
  mode: AnalysisMode;
  eventType: EventType | null;
  transcriptId: string | null;
  /** The fingerprint of the transcript it was made from (see transcriptRevision); absent in older reports. */
  transcriptRevision?: string;
  generatedAt: string;
  /** 'estimated' for plain-text imports: pace, pauses and latency are then not measured. */
  timing: 'measured' | 'estimated';
  /** The norms the figures were compared with (defaults plus the user's overrides). */
  norms: AnalysisNorms;
  speakers: SpeakerSummary[];
  questions: QuestionAnalysis[];
  /** My own questions to the other side (逆質問) and what they answered. */
  myQuestions: MyQuestion[];
  event: EventMetrics;
  summary: ReportSummary;
  groupDiscussion: GroupDiscussionReport | null;
  conversation: ConversationReport | null;
  /** Questions touching matters the MHLW fair-selection guidance says not to ask (see fair-selection/). */
  improperQuestions: ImproperQuestion[];
  /** What could not be measured and why (no audio, estimated timing, no "me" speaker…). */
  notes: Message[];
  /** Which part of the transcript was analysed; absent in reports made before it was recorded (all of it). */
  coverage?: AnalysisCoverage;
}

export type AnalysisMode = 'interview' | 'group_discussion' | 'conversation';

export interface SpeakerSummary {
  key: string;
  label: string;
  role: string;
  speakingMs: number;
  characters: number;
  turns: number;
  /** Share of all speaking time, 0…1. */
  share: number;
}

/** Where in the transcript something was said. */
export interface Span {
  segmentIds: string[];
  startMs: number;
  endMs: number;
  text: string;
}

/**
 * `elliptical`: a topic left open for the other to fill in (「転職を考えたきっかけは。」, 「その結果は」).
 * `statement`: a statement left for the candidate to take up (「〜と思うんですが」「〜ありますよね」), right after
 * their answer and answered by them.
 */
export type QuestionCue =
  | 'question_mark'
  | 'sentence_final'
  | 'interrogative'
  | 'request'
  | 'reverse_prompt'
  | 'elliptical'
  | 'statement';

export interface QuestionAnalysis {
  /** "q1", "q2"… in order. */
  id: string;
  /** The question sentences; `segmentIds` ends with the segment where it was asked. */
  question: Span;
  speaker: string;
  /** Why this was taken for a question, with the words that showed it. */
  detection: { cue: QuestionCue; evidence: string };
  category: CategoryDecision;
  followUpOf: string | null;
  followUpReason: Message | null;
  /** Null when I did not answer (the question went to someone else, or the conversation moved on). */
  answer: AnswerAnalysis | null;
}

export interface CategoryDecision {
  category: QuestionCategory;
  /** 0…1: how clearly the words point to this category rather than the runner-up. */
  confidence: number;
  /** The keywords, the most similar model question, and whether the parent question decided it. */
  evidence: CategoryEvidence[];
  reason: Message;
}

export interface CategoryEvidence {
  kind:
    | 'keyword'
    | 'similar_question'
    | 'follow_up'
    | 'previous_topic'
    | 'closed_question'
    | 'pattern'
    | 'answer'
    | 'model';
  text: string;
  weight: number;
}

export interface AnswerAnalysis extends Span {
  metrics: AnswerMetrics;
  relevance: Relevance;
  feedback: FeedbackPoint[];
}

/** A measured value next to the norm it is judged against. */
export interface Measure {
  value: number;
  unit: 'ms' | 'chars' | 'morae' | 'chars_per_min' | 'morae_per_s' | 'per_min' | 'count' | 'semitones' | 'ratio';
  /** The norm in words ("≈300字/分 (NHK)") or null when there is none. */
  norm: Message | null;
  verdict: 'ok' | 'low' | 'high' | 'info';
}

export interface AnswerMetrics {
  /** From the first to the last of my segments in the answer. */
  durationMs: Measure;
  /** My speaking time: the answer's segments minus pauses ≥ the pause norm inside them. */
  speakingMs: Measure;
  characters: Measure;
  morae: Measure;
  charsPerMinute: Measure | null;
  moraePerSecond: Measure | null;
  fillers: FillerMetrics;
  pauses: Pause[];
  /** End of the question → start of my answer; negative when I started before it ended. */
  latencyMs: Measure | null;
  /** Length against the ~1 minute / ~300 characters guideline (open questions only). */
  length: Measure | null;
  intonation: Intonation | null;
}

export interface FillerMetrics {
  count: number;
  perMinute: Measure | null;
  /** Each filler with where it was said (segment, character offset, estimated time). */
  items: FillerOccurrence[];
  /** Most frequent first: [{word: 'えーと', count: 3}, …]. */
  byWord: Array<{ word: string; count: number }>;
}

export interface FillerOccurrence {
  word: string;
  segmentId: string;
  offset: number;
  atMs: number;
}

export interface Pause {
  startMs: number;
  endMs: number;
  durationMs: number;
}

export interface Intonation {
  /** 5th–95th percentile of F0, in semitones. */
  rangeSemitones: Measure;
  /** Mean of the per-window pitch variation quotients. */
  pvq: Measure;
  windows: Array<{ startMs: number; endMs: number; pvq: number }>;
  monotone: boolean;
  meanHz: number;
}

export type RelevanceFlag = 'off_topic' | 'no_concrete_example';

export interface Relevance {
  /** 0…1: how well the answer's words fit what was asked. */
  score: number;
  flags: RelevanceFlag[];
  /** Why, in words: what the question asked, what the answer talked about, which words showed it. */
  reason: Message;
  /** The answer's words that decided it (on-topic cues, or the other topic's cues). */
  evidence: string[];
  /** What the answer talked about instead, when off topic. */
  answeredInstead: QuestionCategory | null;
}

export type FeedbackKind =
  | 'off_topic'
  | 'no_example'
  | 'too_long'
  | 'too_short'
  | 'too_fast'
  | 'too_slow'
  | 'fillers'
  | 'pauses'
  | 'slow_start'
  | 'monotone'
  | 'talk_share_low'
  | 'talk_share_high';

export interface FeedbackPoint {
  kind: FeedbackKind;
  /** 3 = the content missed the question; 2 = clearly beyond a norm; 1 = worth polishing. */
  severity: 1 | 2 | 3;
  message: Message;
  /** The moment it refers to (for the player), and the question it belongs to. */
  atMs: number | null;
  questionId: string | null;
}

export interface MyQuestion {
  id: string;
  question: Span;
  answer: Span | null;
}

export interface EventMetrics {
  durationMs: number;
  myTalkShare: Measure | null;
  questionCount: number;
  answeredCount: number;
  flaggedAnswers: number;
  fillersPerMinute: Measure | null;
  charsPerMinute: Measure | null;
  medianLatencyMs: number | null;
}

export interface ReportSummary {
  /** The (at most) three most important things to work on, most important first. */
  focus: FeedbackPoint[];
  /** Short factual lines: how many questions, what went well. */
  highlights: Message[];
}

export interface GroupDiscussionReport {
  participants: ParticipantStats[];
  /** My share of speaking time next to an equal share (1 / number of participants). */
  myShare: number | null;
  equalShare: number;
  /** The other candidates' ideas (extractive), every one of them. */
  othersIdeas: KeyPoint[];
  /** The roles participants took: 司会, 書記, タイムキーパー, 発表, 発案. */
  roles: GdRoleTaken[];
}

export type GdRole = 'moderator' | 'note_taker' | 'timekeeper' | 'presenter' | 'idea_generator';

export interface GdRoleTaken {
  speaker: string;
  role: GdRole;
  /** Where it showed (the volunteering turn, or the first idea). */
  segmentId: string;
  atMs: number;
}

export interface ParticipantStats extends SpeakerSummary {
  /** Times this participant started while someone else was still speaking. */
  interruptions: number;
  /** Times someone started while this participant was speaking. */
  interrupted: number;
  keyPoints: KeyPoint[];
}

export interface KeyPoint {
  speaker: string;
  segmentId: string;
  atMs: number;
  text: string;
  /** Why it was picked: a proposal, an opinion with a reason, a conclusion. */
  kind: 'proposal' | 'opinion' | 'conclusion' | 'fact';
  /** The speaker whose proposal this idea builds on (group discussions). */
  buildsOn?: string | null;
  /** Stated as a condition: 予算が取れるなら…, もし人数が足りないなら…. */
  conditional?: boolean;
}

/** A question about a matter of fair selection (本籍, 家族, 宗教…), with its moment and a plain explanation. */
export interface ImproperQuestion {
  questionId: string;
  /** The segment where it was asked, and when. */
  segmentId: string;
  atMs: number;
  text: string;
  matter: ImproperMatter;
  /** The words that showed the matter. */
  evidence: string;
  explanation: Message;
  source: Message;
  sourceUrl: string | null;
  /** How to keep the recording as evidence (the event's evidence export). */
  keepEvidence: Message;
}

export interface ConversationReport {
  /** Facts about the company and the job said by its people: numbers, culture, work, selection, advice. */
  facts: CompanyFact[];
  /** Questions other participants asked (roundtables), with the answers. */
  othersQuestions: MyQuestion[];
}

export interface CompanyFact {
  /** selection: the selection process (steps, what is looked at); advice: what to do or prepare for it. */
  kind: 'number' | 'culture' | 'work' | 'selection' | 'advice';
  speaker: string;
  segmentId: string;
  atMs: number;
  text: string;
}
