import { EXAMPLE_EXPECTED, QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../categories';
import type { Morpheme } from '../morphology';
import type { Relevance, RelevanceFlag } from '../report';
import { sharedWords } from '../text/content-words';
import { ANSWER_CUES, type CheckedCategory, CONFLICTS, cuesIn, onlyNegated } from './answer-cues';
import { concreteDetails } from './concreteness';

export interface RelevanceInput {
  category: QuestionCategory;
  isFollowUp: boolean;
  questionWords: string[];
  answerText: string;
  answerWords: string[];
  answerMorphemes: readonly Morpheme[];
}

/** Another topic must be named this clearly before an answer is called off topic: a wrong flag costs trust. */
const OFF_TOPIC_MIN = 2;
/** A follow-up asks something specific; its answer is flagged only on stronger evidence. */
const OFF_TOPIC_MIN_FOLLOW_UP = 3;

function isChecked(category: QuestionCategory): category is CheckedCategory {
  return category in CONFLICTS;
}

/**
 * Does the answer address the question? Evidence for the asked topic (its words in the answer, words
 * shared with the question) against evidence for a conflicting topic (strengths when a hardship was asked).
 * An answer is flagged off topic only when it has none of the former and clear evidence of the latter;
 * answers to categories that call for an episode are flagged when they hold no concrete detail.
 */
export function judgeRelevance(input: RelevanceInput): Relevance {
  const asked = QUESTION_CATEGORY_LABELS[input.category];
  if (!isChecked(input.category)) {
    return {
      score: 1,
      flags: [],
      reason: {
        ja: `「${asked.ja}」の質問は話題の判定をしません。`,
        en: `${asked.en} questions are not checked for topic.`,
      },
      evidence: [],
      answeredInstead: null,
    };
  }
  const onTopic = cuesIn(input.answerText, input.category);
  const shared = sharedWords(input.questionWords, input.answerWords).filter(
    (word) => !onlyNegated(input.answerText, word),
  );
  const onWeight = onTopic.reduce((sum, item) => sum + item.weight, 0) + shared.length;
  const rival = strongestRival(input.answerText, input.category);
  const threshold = input.isFollowUp ? OFF_TOPIC_MIN_FOLLOW_UP : OFF_TOPIC_MIN;
  const flags: RelevanceFlag[] = [];
  if (onWeight === 0 && rival && rival.weight >= threshold) {
    flags.push('off_topic');
    const instead =
      rival.category === 'self_introduction'
        ? { ja: '現在や過去の説明', en: 'a description of the present or past' }
        : QUESTION_CATEGORY_LABELS[rival.category];
    const words = rival.cues.map((cue) => `「${cue}」`).join('');
    return {
      score: Math.max(0, Math.round((0.3 - rival.weight * 0.05) * 100) / 100),
      flags,
      reason: {
        ja: `「${asked.ja}」を聞かれましたが、回答は${instead.ja}の話になっています（${words}）。「${asked.ja}」を示す言葉がありません。`,
        en: `The question asked about ${asked.en.toLowerCase()}, but the answer talks about ${instead.en.toLowerCase()} (${rival.cues.join(', ')}), with no words about ${asked.en.toLowerCase()}.`,
      },
      evidence: rival.cues,
      answeredInstead: rival.category === 'self_introduction' ? 'self_introduction' : rival.category,
    };
  }
  const evidence = [...onTopic.map((item) => item.text), ...shared];
  const details = concreteDetails(input.answerText, input.answerMorphemes);
  if (EXAMPLE_EXPECTED.has(input.category) && !input.isFollowUp && details.length === 0)
    flags.push('no_concrete_example');
  const score = Math.round(Math.min(1, 0.5 + 0.12 * onWeight - 0.08 * (rival?.weight ?? 0)) * 100) / 100;
  const exampleNote = flags.includes('no_concrete_example')
    ? {
        ja: '数字・時期・場面などの具体的なエピソードがありません。',
        en: ' It gives no concrete episode (numbers, a time, a situation).',
      }
    : { ja: '', en: '' };
  return {
    score: Math.max(0.3, score),
    flags,
    reason:
      evidence.length > 0
        ? {
            ja: `「${asked.ja}」に答えています（${evidence
              .slice(0, 4)
              .map((e) => `「${e}」`)
              .join('')}）。${exampleNote.ja}`,
            en: `It answers the ${asked.en.toLowerCase()} question (${evidence.slice(0, 4).join(', ')}).${exampleNote.en}`,
          }
        : { ja: `話題のずれは見当たりません。${exampleNote.ja}`, en: `No sign of a different topic.${exampleNote.en}` },
    evidence,
    answeredInstead: null,
  };
}

function strongestRival(
  text: string,
  category: CheckedCategory,
): { category: keyof typeof ANSWER_CUES; weight: number; cues: string[] } | null {
  let best: { category: keyof typeof ANSWER_CUES; weight: number; cues: string[] } | null = null;
  for (const rival of CONFLICTS[category]) {
    const found = cuesIn(text, rival);
    const weight = found.reduce((sum, item) => sum + item.weight, 0);
    if (weight > 0 && (!best || weight > best.weight))
      best = { category: rival, weight, cues: found.map((item) => item.text) };
  }
  return best;
}

export { ANSWER_CUES };
