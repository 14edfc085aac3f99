import type { QuestionCategory } from '../categories';
import { TRAINING_PHRASINGS } from './corpus';
import {
  type Example,
  type SoftmaxModel,
  softmaxProbabilities,
  type TrainingOptions,
  trainSoftmax,
} from './softmax-regression';

/**
 * A statistically trained view of a question's category, next to the hand-written cues: a softmax (multinomial
 * logistic) regression over the character 1–3-grams of the normalised question (./softmax-regression.ts),
 * trained at first use from the phrasings in ./corpus. Character n-grams need no tokeniser and still match
 * inflected and unpunctuated wordings that no cue names (「どうしてうちなの」). It replaced a naive Bayes model
 * over the same grams: on the labelled conversations' own questions (never trained on) 86 % right against 79 %,
 * and 79 % against 72 % in 5-fold cross-validation of the corpus (`npm run eval:categories`).
 */

export interface CategoryProbability {
  category: QuestionCategory;
  probability: number;
}

export interface CategoryModel {
  categories: QuestionCategory[];
  /** The column of each n-gram seen in training. */
  grams: Map<string, number>;
  softmax: SoftmaxModel;
}

/**
 * Ten passes at step 1 with a light L2 penalty: chosen by 5-fold cross-validation of the corpus together with the
 * accuracy on every labelled set's own questions (more passes or a smaller penalty did not help either; fewer
 * lost a few points). Training takes 3.7–7 s on this 2-core machine with the thirteenth round's 4975 labelled
 * questions (3.1–3.3 s with 1989): the server does it in a worker thread (trainBuiltInCategoryModel below).
 */
export const TRAINING: TrainingOptions = { epochs: 10, learningRate: 1, l2: 1e-3 };
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

/**
 * A drill-down is learned and read with its parent's topic as one feature more beside its grams: the same words
 * (「そのときの周りの反応は」) stay on a hardship story's topic more often than they leave a success story's, and the
 * model can only weigh that if it knows the parent. The topic travels inside the text, marked off by a private-use
 * character no transcript holds, so that the corpus stays lists of wordings by category. Measured in the thirteenth
 * round (model-evidence.ts): four fresh sets 405 → 411 of 479 questions, the seen sets by leave-one-set-out 4483 → 4491
 * of 4980.
 */
const PARENT_MARK = '\uE000';
const MARKED = /^\uE000([a-z_]+)\uE000/;

/** A drill-down's wording with its parent's topic attached, as the model learns and reads it. */
export function withParentTopic(parent: QuestionCategory, text: string): string {
  return `${PARENT_MARK}${parent}${PARENT_MARK}${text}`;
}

/** The parent's topic and the wording of a text made by withParentTopic (no topic for any other text). */
export function splitParentTopic(text: string): { parent: string | null; wording: string } {
  const marked = MARKED.exec(text);
  return marked
    ? { parent: marked[1] ?? null, wording: text.slice(marked[0].length) }
    : { parent: null, wording: text };
}

/**
 * The character 1-, 2- and 3-grams of a normalised wording, each once, with start and end marked, and the parent's
 * topic of a drill-down as a feature of its own.
 */
export function characterGrams(text: string): string[] {
  const { parent, wording } = splitParentTopic(text);
  const padded = `^${normaliseForModel(wording)}$`;
  const grams = new Set<string>();
  if (parent) grams.add(`${PARENT_MARK}${parent}`);
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
  options: TrainingOptions = TRAINING,
): CategoryModel {
  const entries = (Object.entries(corpus) as Array<[QuestionCategory, readonly string[]]>).filter(
    ([, phrasings]) => phrasings.length > 0,
  );
  const grams = new Map<string, number>();
  const examples: Example[] = [];
  entries.forEach(([, phrasings], label) => {
    for (const phrasing of phrasings) {
      const features = characterGrams(phrasing).map((gram) => {
        let column = grams.get(gram);
        if (column === undefined) {
          column = grams.size;
          grams.set(gram, column);
        }
        return column;
      });
      examples.push({ features, label });
    }
  });
  return {
    categories: entries.map(([category]) => category),
    grams,
    softmax: trainSoftmax(examples, entries.length, grams.size, options),
  };
}

/** Probabilities of every category for a text, highest first (uniform for a text with no known gram). */
export function scoreWithModel(model: CategoryModel, text: string): CategoryProbability[] {
  const features = characterGrams(text)
    .map((gram) => model.grams.get(gram))
    .filter((column): column is number => column !== undefined);
  // No known gram, no evidence: the biases alone would favour whichever category the corpus fitted them to.
  const probabilities =
    features.length > 0
      ? softmaxProbabilities(model.softmax, features)
      : new Float64Array(model.categories.length).fill(1 / model.categories.length);
  return model.categories
    .map((category, index) => ({ category, probability: probabilities[index] ?? 0 }))
    .sort((a, b) => b.probability - a.probability || a.category.localeCompare(b.category));
}

let shared: CategoryModel | null = null;

/** The model trained on the built-in phrasings: 4–5 s on a quiet 2-core machine, so the server trains it off its
 * main thread (server/analysis/category-model-thread.ts) and installs it here. */
export function trainBuiltInCategoryModel(): CategoryModel {
  return trainCategoryModel(TRAINING_PHRASINGS);
}

/** The model trained on the built-in phrasings; trained here, on the calling thread, if none was installed. */
export function sharedCategoryModel(): CategoryModel {
  shared ??= trainBuiltInCategoryModel();
  return shared;
}

/** Whether the built-in model is ready (trained here or installed), so that using it costs no training. */
export function hasSharedCategoryModel(): boolean {
  return shared !== null;
}

/** Installs the built-in model trained elsewhere (a worker thread), unless one is already in place. */
export function installSharedCategoryModel(model: CategoryModel): void {
  shared ??= model;
}

/**
 * Puts another model in the place of the built-in one (null restores it). For evaluation only: leave-one-set-out
 * runs the whole analysis with a model that never learned from the set being measured (bench/categories-loso.eval.ts).
 */
export function replaceSharedCategoryModelForEvaluation(model: CategoryModel | null): void {
  shared = model;
}

export function categoryModelScores(text: string): CategoryProbability[] {
  return scoreWithModel(sharedCategoryModel(), text);
}
