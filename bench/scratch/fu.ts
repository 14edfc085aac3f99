// throwaway: follow-up disagreements on seen sets, with texts
import { sharedMorphology } from '../../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../../packages/server/test/analysis/support/evaluate';
import { seenSets } from '../support/seen-sets';

const host = sharedMorphology();
const only = process.argv[2];
for (const [name, fixtures] of seenSets()) {
  if (only && !name.startsWith(only)) continue;
  for (const fixture of fixtures) {
    const { report } = await analyseFixture(fixture, host);
    const text = (seg: string | null | undefined) =>
      seg ? (fixture.content.segments.find((s) => s.id === seg)?.text ?? '?').slice(-60) : '-';
    const at = (q: (typeof report.questions)[number]) => q.question.segmentIds.at(-1) ?? '';
    const byId = new Map(report.questions.map((q) => [q.id, at(q)]));
    const bySeg = new Map(report.questions.map((q) => [at(q), q]));
    for (const label of fixture.labels.questions) {
      const found = bySeg.get(label.segment);
      if (!found) continue;
      const parent = found.followUpOf ? (byId.get(found.followUpOf) ?? null) : null;
      if (parent === label.followUpOf) continue;
      const cat = found.category.category === label.category ? 'cat ok' : `CAT ${found.category.category}≠${label.category}`;
      console.log(`${name}/${fixture.id} ${label.segment}: found ${parent ?? 'none'} labelled ${label.followUpOf ?? 'none'} [${cat}]`);
      console.log(`   Q: ${text(label.segment)}`);
      console.log(`   prev Q ${text(fixture.labels.questions[fixture.labels.questions.indexOf(label) - 1]?.segment)}`);
      if (label.followUpOf) console.log(`   L parent: ${text(label.followUpOf)}`);
    }
  }
}
