/**
 * npm run eval:categories — the category model (packages/core/src/analysis/questions/category-model.ts) alone on
 * every labelled question of the analysis sets, per set: trained on our corpus only (the sets never seen), and
 * leave-one-conversation-out (corpus + the labelled questions of every other conversation). Drill-downs are
 * counted apart: the analysis reads them with their parent's topic, here the model sees their words only. Also the
 * training time and the most frequent confusions, a 5-fold cross-validation of the corpus itself, and the whole
 * classifier (rules + model) on the corpus phrasings the rules never saw (UNSEEN_BY_RULES): the nearest we have to
 * wordings nobody tuned on without opening a held-out set. The question text is the one the analysis detects (real
 * kuromoji).
 */
import type { QuestionCategory } from '../packages/core/src/analysis/categories';
import {
  replaceSharedCategoryModelForEvaluation,
  scoreWithModel,
  trainCategoryModel,
} from '../packages/core/src/analysis/questions/category-model';
import { CATEGORY_CORPUS, UNSEEN_BY_RULES } from '../packages/core/src/analysis/questions/corpus';
import { classifyQuestion } from '../packages/core/src/analysis/questions/question-classifier';
import { detectQuestion } from '../packages/core/src/analysis/questions/question-detector';
import { sharedMorphology } from '../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../packages/server/test/analysis/support/evaluate';
import { seenSets } from './support/seen-sets';

interface Item {
  set: string;
  conversation: string;
  text: string;
  label: QuestionCategory;
  drillDown: boolean;
  rules: QuestionCategory;
}

const host = sharedMorphology();
// The analysis classifies with a model of the written corpus alone here: the built-in one also learned these sets
// (npm run corpus:labelled), and npm run eval:categories:loso measures what that adds on a set it did not learn.
replaceSharedCategoryModelForEvaluation(trainCategoryModel(CATEGORY_CORPUS));
const sets = seenSets();
const items: Item[] = [];
for (const [set, fixtures] of sets) {
  for (const fixture of fixtures) {
    const { report } = await analyseFixture(fixture, host);
    for (const label of fixture.labels.questions) {
      const found = report.questions.find((q) => q.question.segmentIds.at(-1) === label.segment);
      if (!found || fixture.eventType === 'group_discussion') continue;
      items.push({
        set,
        conversation: `${set}/${fixture.id}`,
        text: found.question.text,
        label: label.category as QuestionCategory,
        drillDown: label.followUpOf !== null,
        rules: found.category.category,
      });
    }
  }
}
await host.close();

const started = performance.now();
const model = trainCategoryModel(CATEGORY_CORPUS);
const trainMs = performance.now() - started;
const warmStarted = performance.now();
trainCategoryModel(CATEGORY_CORPUS);
console.log(
  `training: ${trainMs.toFixed(1)} ms cold, ${(performance.now() - warmStarted).toFixed(1)} ms warm (${Object.values(CATEGORY_CORPUS).reduce((n, l) => n + (l?.length ?? 0), 0)} phrasings)\n`,
);

/** 5-fold cross-validation of the corpus itself (every fifth phrasing held out in turn): how the model generalises. */
function corpusCrossValidation(folds = 5): { right: number; all: number } {
  const phrasings = Object.entries(CATEGORY_CORPUS).flatMap(([category, list]) =>
    (list ?? []).map((text) => ({ category: category as QuestionCategory, text })),
  );
  let right = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const training: Partial<Record<QuestionCategory, string[]>> = {};
    phrasings.forEach((item, index) => {
      if (index % folds !== fold) training[item.category] = [...(training[item.category] ?? []), item.text];
    });
    const foldModel = trainCategoryModel(training);
    phrasings.forEach((item, index) => {
      if (index % folds === fold && scoreWithModel(foldModel, item.text)[0]?.category === item.category) right += 1;
    });
  }
  return { right, all: phrasings.length };
}
const pct = (good: number, all: number) => (all === 0 ? '   - ' : `${((good / all) * 100).toFixed(1).padStart(5)} %`);
const crossValidation = corpusCrossValidation();
console.log(
  `corpus 5-fold cross-validation: ${((crossValidation.right / crossValidation.all) * 100).toFixed(1)} % of ${crossValidation.all} phrasings\n`,
);

/**
 * The whole classifier (rules + model) on the corpus phrasings the rules never saw (UNSEEN_BY_RULES), 5-fold: the
 * model trained without the fold it is tested on. Own questions only (no parent, no context), so a proxy for
 * wordings nobody tuned on, next to the rules alone and the model alone.
 */
function classifierOnUnseenWordings(folds = 5): { rules: number; combined: number; model: number; all: number } {
  const unseen = Object.entries(UNSEEN_BY_RULES).flatMap(([category, list]) =>
    (list ?? []).map((text) => ({ category: category as QuestionCategory, text })),
  );
  const tested = new Set(unseen.map((item) => item.text));
  const counts = { rules: 0, combined: 0, model: 0, all: unseen.length };
  for (let fold = 0; fold < folds; fold += 1) {
    const training: Partial<Record<QuestionCategory, string[]>> = {};
    for (const [category, list] of Object.entries(CATEGORY_CORPUS))
      training[category as QuestionCategory] = (list ?? []).filter((text) => !tested.has(text));
    unseen.forEach((item, index) => {
      if (index % folds !== fold) training[item.category] = [...(training[item.category] ?? []), item.text];
    });
    const foldModel = trainCategoryModel(training);
    unseen.forEach((item, index) => {
      if (index % folds !== fold) return;
      const detection = detectQuestion(item.text) ?? { cue: 'sentence_final' as const, evidence: '' };
      const input = { text: item.text, context: '', detection, parentCategory: null };
      if (classifyQuestion({ ...input, modelScores: () => [] }).category === item.category) counts.rules += 1;
      const scores = (text: string) => scoreWithModel(foldModel, text);
      if (classifyQuestion({ ...input, modelScores: scores }).category === item.category) counts.combined += 1;
      if (scores(item.text)[0]?.category === item.category) counts.model += 1;
    });
  }
  return counts;
}
const unseenWordings = classifierOnUnseenWordings();
console.log(
  `classifier on unseen wordings (${unseenWordings.all} phrasings the rules never saw, 5-fold): rules alone ${pct(unseenWordings.rules, unseenWordings.all)}, rules + model ${pct(unseenWordings.combined, unseenWordings.all)}, model alone ${pct(unseenWordings.model, unseenWordings.all)}\n`,
);

const predictOutside = (item: Item): QuestionCategory => {
  const corpus: Partial<Record<QuestionCategory, string[]>> = {};
  for (const [category, list] of Object.entries(CATEGORY_CORPUS))
    corpus[category as QuestionCategory] = [...(list ?? [])];
  for (const other of items) {
    if (other.conversation === item.conversation || other.drillDown) continue;
    corpus[other.label] = [...(corpus[other.label] ?? []), other.text];
  }
  return scoreWithModel(trainCategoryModel(corpus), item.text)[0]?.category ?? 'other';
};
const confusions = new Map<string, number>();
console.log('set                 n (own)  classifier model own-questions  model all  leave-one-conversation-out');
for (const [set] of sets) {
  const of = items.filter((item) => item.set === set);
  const own = of.filter((item) => !item.drillDown);
  const model0 = own.filter((item) => scoreWithModel(model, item.text)[0]?.category === item.label).length;
  const modelAll = of.filter((item) => scoreWithModel(model, item.text)[0]?.category === item.label).length;
  const loo = own.filter((item) => predictOutside(item) === item.label).length;
  const rules = of.filter((item) => item.rules === item.label).length;
  for (const item of own) {
    const predicted = scoreWithModel(model, item.text)[0]?.category;
    if (predicted !== item.label)
      confusions.set(`${item.label} → ${predicted}`, (confusions.get(`${item.label} → ${predicted}`) ?? 0) + 1);
  }
  console.log(
    `${set.padEnd(19)} ${String(of.length).padStart(3)} (${String(own.length).padStart(3)})  ${pct(rules, of.length)}  ${pct(model0, own.length)}          ${pct(modelAll, of.length)}  ${pct(loo, own.length)}`,
  );
}
console.log('\nmost frequent confusions of the model (own questions, label → model):');
for (const [pair, count] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${count}× ${pair}`);
