// throwaway: whole classifier (rules + shared model) on a blind list, before it is learned from
import type { QuestionCategory } from '../../packages/core/src/analysis/categories';
import { classifyQuestion } from '../../packages/core/src/analysis/questions/question-classifier';
import { detectQuestion } from '../../packages/core/src/analysis/questions/question-detector';

const [file, name, verbose] = process.argv.slice(2);
const mod = (await import(file as string)) as Record<string, Record<string, readonly string[]>>;
const list = mod[name as string] ?? {};
let right = 0;
let all = 0;
const lines: string[] = [];
const misses: string[] = [];
for (const [category, items] of Object.entries(list)) {
  let good = 0;
  for (const text of items) {
    const detection = detectQuestion(text) ?? { cue: 'sentence_final' as const, evidence: '' };
    const found = classifyQuestion({ text, context: '', detection, parentCategory: null }).category;
    if (found === (category as QuestionCategory)) good += 1;
    else misses.push(`  ${category} → ${found}: ${text}`);
  }
  right += good;
  all += items.length;
  lines.push(`  ${category} ${good}/${items.length}`);
}
console.log(`${name}: ${right}/${all} = ${((right / all) * 100).toFixed(1)} %`);
console.log(lines.join('\n'));
if (verbose) console.log(misses.join('\n'));
