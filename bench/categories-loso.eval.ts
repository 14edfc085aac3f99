/**
 * npm run eval:categories:loso — the whole classifier (rules + model) on each seen labelled set, with a model that
 * never learned from that set: trained on the written corpus alone ("corpus"), and on the corpus plus the
 * labelled questions of every OTHER seen set ("+ other sets", what `npm run corpus:labelled` adds for real).
 * The rules were tuned on these sets, so both columns overstate what unseen wording gets; the difference between
 * them is the honest part — what learning from other authors' conversations adds on a set it did not learn from.
 * Held-out sets are never read (see bench/support/labelled-questions.ts).
 */
import type { AnalysisReport } from '@furikaeri/core';
import {
  replaceSharedCategoryModelForEvaluation,
  trainCategoryModel,
} from '../packages/core/src/analysis/questions/category-model';
import { CATEGORY_CORPUS, joinCorpora } from '../packages/core/src/analysis/questions/corpus';
import { sharedMorphology } from '../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../packages/server/test/analysis/support/evaluate';
import type { LabelledInterview } from '../packages/server/test/analysis/support/fixtures';
import { byCategory, trainableQuestions } from './support/labelled-questions';
import { seenSets } from './support/seen-sets';

const host = sharedMorphology();
const sets = seenSets().filter(([, fixtures]) => fixtures.some((f) => f.eventType !== 'group_discussion'));
const questions = await trainableQuestions(sets, host);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

const categoryOf = (report: AnalysisReport, segment: string) =>
  report.questions.find((q) => q.question.segmentIds.at(-1) === segment)?.category.category;

/** Right and total category labels of a set's detected questions, the analysis using the current shared model. */
async function scoreSet(fixtures: readonly LabelledInterview[]): Promise<{ right: number; total: number }> {
  let right = 0;
  let total = 0;
  for (const fixture of fixtures) {
    if (fixture.eventType === 'group_discussion') continue;
    const { report } = await analyseFixture(fixture, host);
    for (const label of fixture.labels.questions) {
      const found = categoryOf(report, label.segment);
      if (found === undefined) continue;
      total += 1;
      if (found === label.category) right += 1;
    }
  }
  return { right, total };
}

const corpusOnly = trainCategoryModel(CATEGORY_CORPUS);
const sum = { corpus: 0, others: 0, total: 0 };
console.log(`${questions.length} trainable questions in ${sets.length} seen sets\n`);
console.log('set                  n      corpus   + other sets');
for (const [name, fixtures] of sets) {
  replaceSharedCategoryModelForEvaluation(corpusOnly);
  const base = await scoreSet(fixtures);
  const others = questions.filter((q) => q.set !== name);
  replaceSharedCategoryModelForEvaluation(trainCategoryModel(joinCorpora(CATEGORY_CORPUS, byCategory(others))));
  const withOthers = await scoreSet(fixtures);
  sum.corpus += base.right;
  sum.others += withOthers.right;
  sum.total += base.total;
  console.log(
    `${name.padEnd(20)} ${String(base.total).padStart(4)}   ${percent(base.right / base.total).padStart(7)}   ${percent(withOthers.right / withOthers.total).padStart(7)}`,
  );
}
replaceSharedCategoryModelForEvaluation(null);
console.log(
  `${'all'.padEnd(20)} ${String(sum.total).padStart(4)}   ${percent(sum.corpus / sum.total).padStart(7)}   ${percent(sum.others / sum.total).padStart(7)}`,
);
await host.close();
