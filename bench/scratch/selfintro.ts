import { sharedMorphology } from '../../packages/server/src/morphology/kuromoji-host';
import { analyseFixture } from '../../packages/server/test/analysis/support/evaluate';
import { seenSets } from '../support/seen-sets';
const host = sharedMorphology();
for (const [name, fixtures] of seenSets()) {
  for (const fixture of fixtures) {
    const { report } = await analyseFixture(fixture, host);
    const at = (q: (typeof report.questions)[number]) => q.question.segmentIds.at(-1) ?? '';
    const byId = new Map(report.questions.map((q) => [q.id, at(q)]));
    const bySeg = new Map(report.questions.map((q) => [at(q), q]));
    const qs = fixture.labels.questions;
    qs.forEach((l, i) => {
      const prev = qs[i - 1];
      if (!prev || prev.category !== 'self_introduction') return;
      const f = bySeg.get(l.segment);
      const fp = f?.followUpOf ? byId.get(f.followUpOf) : null;
      console.log(`${name}/${fixture.id} ${l.segment} [${l.category}] lab-fu ${l.followUpOf === prev.segment ? 'YES' : l.followUpOf ?? '-'} found-fu ${fp === prev.segment ? 'YES' : fp ?? '-'} found-cat ${f?.category.category}  ${f?.question.text.slice(-50)}`);
    });
  }
}
