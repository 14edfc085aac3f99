import type { QuestionCategory } from '../categories';
import { CATEGORY_CORPUS } from './corpus';

/**
 * A statistically trained view of a question's category, next to the hand-written cues: a multinomial naive
 * Bayes over the character 1–3-grams of the normalised question (Manning, Raghavan & Schütze, "Introduction to
 * Information Retrieval", ch. 13), trained at first use from the phrasings in ./corpus. Character n-grams need
 * no tokeniser and still match inflected and unpunctuated wordings that no cue names (「どうしてうちなの」).
 */

export interface CategoryProbability {
  category: QuestionCategory;
  probability: number;
}

export interface CategoryModel {
  categories: QuestionCategory[];
  /** log P(category). */
  priors: number[];
  /** log P(n-gram | category) per category; unseen n-grams fall back to `unseen`. */
  likelihoods: Array<Map<string, number>>;
  unseen: number[];
}

/** Laplace-style smoothing: small, because many n-grams of a category appear in only one phrasing. */
const SMOOTHING = 0.3;
/**
 * Naive Bayes treats overlapping n-grams as independent, so raw posteriors are near 0 or 1. Dividing the log
 * scores by this temperature before normalising softens them; set by hand so that unseen clear phrasings get
 * about 0.4–0.8 and vague ones below 0.3 — not yet fitted by cross-validation (a known gap).
 */
export const TEMPERATURE = 12;
/** Spoken fillers and hesitations carry no topic. */
const FILLERS = /(えーっと|えっと|えーと|ええと|えー|あのー|あの|そのー|まあ|まぁ|うーん|なんか|ちょっと)/g;

/** NFKC, katakana folded to hiragana (ASR writes either), lower case, punctuation, spaces and fillers removed. */
export function normaliseForModel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60))
    .replace(FILLERS, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The character 1-, 2- and 3-grams of a normalised text, each once, with start and end marked. */
export function characterGrams(text: string): string[] {
  const padded = `^${normaliseForModel(text)}$`;
  const grams = new Set<string>();
  for (let size = 1; size <= 3; size += 1) {
    for (let at = 0; at + size <= padded.length; at += 1) {
      const gram = padded.slice(at, at + size);
      if (gram !== '^' && gram !== '$') grams.add(gram);
    }
  }
  return [...grams];
}

export function trainCategoryModel(
  corpus: Readonly<Partial<Record<QuestionCategory, readonly string[]>>>,
): CategoryModel {
  const entries = (Object.entries(corpus) as Array<[QuestionCategory, readonly string[]]>).filter(
    ([, phrasings]) => phrasings.length > 0,
  );
  const vocabulary = new Set<string>();
  const counted = entries.map(([, phrasings]) => {
    const count = new Map<string, number>();
    let total = 0;
    for (const phrasing of phrasings) {
      for (const gram of characterGrams(phrasing)) {
        count.set(gram, (count.get(gram) ?? 0) + 1);
        vocabulary.add(gram);
        total += 1;
      }
    }
    return { count, total };
  });
  const likelihoods: Array<Map<string, number>> = [];
  const unseen: number[] = [];
  for (const { count, total } of counted) {
    const denominator = Math.log(total + SMOOTHING * vocabulary.size);
    const likelihood = new Map<string, number>();
    for (const [gram, n] of count) likelihood.set(gram, Math.log(n + SMOOTHING) - denominator);
    likelihoods.push(likelihood);
    unseen.push(Math.log(SMOOTHING) - denominator);
  }
  return {
    categories: entries.map(([category]) => category),
    // Uniform priors: the corpus's sizes say how much we wrote, not how often a category is asked.
    priors: entries.map(() => Math.log(1 / entries.length)),
    likelihoods,
    unseen,
  };
}

/** Probabilities of every category for a text, highest first (uniform for a text with no letters). */
export function scoreWithModel(model: CategoryModel, text: string, temperature = TEMPERATURE): CategoryProbability[] {
  const grams = characterGrams(text).filter((gram) => model.likelihoods.some((likelihood) => likelihood.has(gram)));
  const logits = model.categories.map((_, index) => {
    const likelihood = model.likelihoods[index] ?? new Map<string, number>();
    const unseen = model.unseen[index] ?? 0;
    let sum = model.priors[index] ?? 0;
    for (const gram of grams) sum += likelihood.get(gram) ?? unseen;
    return sum / temperature;
  });
  const top = Math.max(...logits);
  const weights = logits.map((logit) => Math.exp(logit - top));
  const norm = weights.reduce((sum, weight) => sum + weight, 0);
  return model.categories
    .map((category, index) => ({ category, probability: (weights[index] ?? 0) / norm }))
    .sort((a, b) => b.probability - a.probability || a.category.localeCompare(b.category));
}

let shared: CategoryModel | null = null;

/** The model trained on the built-in corpus (once, at first use: a few milliseconds). */
export function sharedCategoryModel(): CategoryModel {
  shared ??= trainCategoryModel(CATEGORY_CORPUS);
  return shared;
}

export function categoryModelScores(text: string): CategoryProbability[] {
  return scoreWithModel(sharedCategoryModel(), text);
}
