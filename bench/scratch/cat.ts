// throwaway: category misses on seen sets, with texts and reasons
import { sharedMorphology } from '../../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../../packages/server/test/analysis/support/evaluate';
import { seenSets } from '../support/seen-sets';

const host = sharedMorphology();
const only = process.argv.slice(2);
for (const [name, fixtures] of seenSets()) {
  if (only.length && !only.includes(name)) continue;
  for (const fixture of fixtures) {
    if (fixture.eventType === 'group_discussion') continue;
    const { report } = await analyseFixture(fixture, host);
    const text = (seg: string | null | undefined) =>
      seg ? (fixture.content.segments.find((s) => s.id === seg)?.text ?? '?').slice(-70) : '-';
    const at = (q: (typeof report.questions)[number]) => q.question.segmentIds.at(-1) ?? '';
    const byId = new Map(report.questions.map((q) => [q.id, at(q)]));
    const bySeg = new Map(report.questions.map((q) => [at(q), q]));
    const labelOf = new Map(fixture.labels.questions.map((l) => [l.segment, l]));
    for (const label of fixture.labels.questions) {
      const found = bySeg.get(label.segment);
      if (!found) {
        console.log(`${name}/${fixture.id} ${label.segment} MISSED [${label.category}] ${text(label.segment)}`);
        continue;
      }
      if (found.category.category === label.category) continue;
      const parent = found.followUpOf ? (byId.get(found.followUpOf) ?? null) : null;
      const lp = label.followUpOf;
      console.log(`${name}/${fixture.id} ${label.segment}: ${found.category.category} ≠ ${label.category}  fu found ${parent ?? '-'} lab ${lp ?? '-'}${lp ? ` (${labelOf.get(lp)?.category})` : ''}`);
      console.log(`   Q: ${found.question.text.slice(-90)}`);
      if (lp) console.log(`   P: ${text(lp)}`);
      console.log(`   why: ${found.category.reason.ja.slice(0, 140)}`);
    }
  }
}
