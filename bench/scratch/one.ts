import { sharedMorphology } from '../../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../../packages/server/test/analysis/support/evaluate';
import { seenSets } from '../support/seen-sets';
const [setName, id, seg] = process.argv.slice(2);
const host = sharedMorphology();
for (const [name, fixtures] of seenSets()) {
  if (name !== setName) continue;
  for (const f of fixtures) {
    if (!f.id.startsWith(id as string)) continue;
    const { report } = await analyseFixture(f, host);
    for (const q of report.questions) {
      if (seg && q.question.segmentIds.at(-1) !== seg) continue;
      console.log(q.id, q.question.segmentIds.at(-1), q.question.detection, q.followUpOf, q.followUpReason?.ja ?? '', q.category.category, q.category.reason.ja, '|', q.question.text);
    }
  }
}
await host.close();
