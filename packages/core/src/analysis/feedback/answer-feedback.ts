import { formatDuration } from '../../text/format';
import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../categories';
import type { AnalysisNorms } from '../norms';
import type { AnswerMetrics, FeedbackPoint, Relevance } from '../report';

export interface AnswerFeedbackInput {
  questionId: string;
  category: QuestionCategory;
  answerStartMs: number;
  metrics: AnswerMetrics;
  relevance: Relevance;
  norms: AnalysisNorms;
}

/** A first sentence that answers the question head-on, per category. */
const OPENINGS: Partial<Record<QuestionCategory, { ja: string; en: string }>> & { other: { ja: string; en: string } } =
  {
    motivation: { ja: '「御社を志望する理由は〜です」', en: '"I want to join you because…"' },
    reason_for_change: { ja: '「転職を考えた理由は〜です」', en: '"I am changing jobs because…"' },
    strengths: { ja: '「私の強みは〜です」', en: '"My strength is…"' },
    weaknesses: { ja: '「私の短所は〜です」', en: '"My weakness is…"' },
    success: { ja: '「学生時代に（これまでに）一番力を入れたのは〜です」', en: '"What I put the most into was…"' },
    hardship: { ja: '「一番苦労したのは〜です」', en: '"The hardest thing was…"' },
    teamwork: { ja: '「チームでは〜を大切にしています。例えば〜」', en: '"In a team I… For example…"' },
    career_plan: { ja: '「5年後には〜になっていたいです」', en: '"In five years I want to…"' },
    technical: { ja: '聞かれた技術の名前を出して「〜は〜のようにしています」', en: 'name the technique asked about' },
    other: { ja: '聞かれたことを繰り返す形で', en: 'echo the question' },
  };

/** At most this many points per answer: a review should say what matters most, not everything. */
const MAX_POINTS = 3;

/**
 * Specific, actionable points for one answer, each tied to the metric and the moment it is about. The
 * content comes first (an answer that missed the question), then delivery beyond its norm.
 */
export function answerFeedback(input: AnswerFeedbackInput): FeedbackPoint[] {
  const { metrics, relevance, norms, questionId } = input;
  const asked = QUESTION_CATEGORY_LABELS[input.category];
  const at = (ms: number | null) => ms;
  const points: FeedbackPoint[] = [];
  const push = (point: Omit<FeedbackPoint, 'questionId'>) => points.push({ ...point, questionId });
  if (relevance.flags.includes('off_topic')) {
    const instead = relevance.answeredInstead ? QUESTION_CATEGORY_LABELS[relevance.answeredInstead] : null;
    const opening = OPENINGS[input.category] ?? OPENINGS.other;
    push({
      kind: 'off_topic',
      severity: 3,
      atMs: at(input.answerStartMs),
      message: {
        ja: `質問は「${asked.ja}」でしたが、回答は${instead ? `「${instead.ja}」` : '別'}の話になっていました。最初の一文で${opening.ja}と直接答え、そのあとに理由とエピソードを続けましょう。`,
        en: `The question was about ${asked.en.toLowerCase()}, but the answer was about ${instead ? instead.en.toLowerCase() : 'something else'}. Answer it in your first sentence (${opening.en}), then give the reason and an episode.`,
      },
    });
  }
  if (relevance.flags.includes('no_concrete_example')) {
    push({
      kind: 'no_example',
      severity: 2,
      atMs: at(input.answerStartMs),
      message: {
        ja: '具体的なエピソードを一つ加えましょう：いつ・何が起き・自分が何をして・結果はどうだったか（できれば数字で）。',
        en: 'Add one concrete episode: when, what happened, what you did, and the result (with a number if you can).',
      },
    });
  }
  const length = metrics.length;
  if (length?.verdict === 'high') {
    push({
      kind: 'too_long',
      severity: 2,
      atMs: at(input.answerStartMs),
      message: {
        ja: `回答が${length.value}字・話した時間${formatDuration(metrics.speakingMs.value)}と長めです（目安は約1分・${norms.length.targetChars}字）。結論→理由→具体例→まとめの順で1分に収めましょう。`,
        en: `The answer runs ${length.value} characters, ${formatDuration(metrics.speakingMs.value)} of speech (aim for about one minute, ~${norms.length.targetChars} characters). Go conclusion → reason → example → wrap-up.`,
      },
    });
  } else if (length?.verdict === 'low') {
    push({
      kind: 'too_short',
      severity: 1,
      atMs: at(input.answerStartMs),
      message: {
        ja: `回答が${length.value}字と短く、伝わる情報が少なめです。結論に理由か具体例を一つ足しましょう。`,
        en: `At ${length.value} characters the answer says little. Add a reason or an example to your conclusion.`,
      },
    });
  }
  const fillers = metrics.fillers;
  if (fillers.perMinute && fillers.perMinute.verdict === 'high') {
    const harmful = fillers.perMinute.value >= norms.fillers.harmfulPerMinute;
    const words = fillers.byWord.map((item) => `${item.word}×${item.count}`).join('、');
    push({
      kind: 'fillers',
      severity: harmful ? 2 : 1,
      atMs: at(fillers.items[0]?.atMs ?? null),
      message: {
        ja: `フィラーが1分あたり${fillers.perMinute.value}回（${words}）。${norms.fillers.okPerMinute}回以下を目指し、言葉に詰まったら「えーと」の代わりに一拍黙りましょう。`,
        en: `${fillers.perMinute.value} fillers per minute (${words}). Aim for ${norms.fillers.okPerMinute} or fewer: when stuck, pause silently instead.`,
      },
    });
  }
  const pace = metrics.charsPerMinute;
  if (pace && pace.verdict === 'high') {
    push({
      kind: 'too_fast',
      severity: 1,
      atMs: at(input.answerStartMs),
      message: {
        ja: `話す速さが${pace.value}字/分と速めです（目安${norms.pace.targetCharsPerMinute}字/分）。文の区切りで一呼吸置きましょう。`,
        en: `You spoke at ${pace.value} characters/min (about ${norms.pace.targetCharsPerMinute} is clear). Breathe at each sentence end.`,
      },
    });
  } else if (pace && pace.verdict === 'low') {
    push({
      kind: 'too_slow',
      severity: 1,
      atMs: at(input.answerStartMs),
      message: {
        ja: `話す速さが${pace.value}字/分とゆっくりです。要点を先に言うと、自然にテンポが上がります。`,
        en: `You spoke at ${pace.value} characters/min, on the slow side. Leading with the point picks the pace up.`,
      },
    });
  }
  const longest = [...metrics.pauses].sort((a, b) => b.durationMs - a.durationMs)[0];
  if (longest) {
    push({
      kind: 'pauses',
      severity: 1,
      atMs: at(longest.startMs),
      message: {
        ja: `回答の途中で${(longest.durationMs / 1000).toFixed(1)}秒の沈黙があります（${formatDuration(longest.startMs)}）。考える時間が要るときは「少し考えさせてください」と一言添えましょう。`,
        en: `A ${(longest.durationMs / 1000).toFixed(1)} s silence at ${formatDuration(longest.startMs)}. If you need time, say so ("let me think for a moment").`,
      },
    });
  }
  if (metrics.latencyMs?.verdict === 'high') {
    push({
      kind: 'slow_start',
      severity: 1,
      atMs: at(input.answerStartMs),
      message: {
        ja: `答え始めるまで${(metrics.latencyMs.value / 1000).toFixed(1)}秒かかっています。よく聞かれる質問は結論の一文を準備しておきましょう。`,
        en: `It took ${(metrics.latencyMs.value / 1000).toFixed(1)} s to start answering. Prepare a first sentence for common questions.`,
      },
    });
  }
  if (metrics.intonation?.monotone) {
    push({
      kind: 'monotone',
      severity: 1,
      atMs: at(input.answerStartMs),
      message: {
        ja: `声の高さの変化が小さく単調に聞こえます（PVQ ${metrics.intonation.pvq.value} < ${norms.intonation.monotonePvq}）。伝えたい言葉で少し声を上げましょう。`,
        en: `Your pitch varies little and may sound monotone (PVQ ${metrics.intonation.pvq.value} < ${norms.intonation.monotonePvq}). Lift your voice on the words that matter.`,
      },
    });
  }
  return points.sort((a, b) => b.severity - a.severity).slice(0, MAX_POINTS);
}
