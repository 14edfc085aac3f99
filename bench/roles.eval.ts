/**
 * npm run eval:roles — role inference from what was said (issue #18 item 2), on labelled conversations in
 * their export layouts (packages/core/test/fixtures/roles): role accuracy, and the analysis' question
 * detection F1 and Q/A pairing with the inferred roles against the same with the true roles, for the tuned
 * and held-out halves apart. Then the same on the analysis fixtures with every name hidden ("Speaker N"),
 * so that only content counts. Target: F1 and pairing within 0.03 of the true roles.
 */
import { type SpeakerRole, withInferredRoles } from '@furikaeri/core';
import { sharedMorphology } from '../packages/server/src/morphology/kuromoji-host';
import { scoreFixture, totals } from '../packages/server/test/analysis/support/evaluate';
import { FIXTURE_DIR, HELDOUT_DIR, loadFixtures } from '../packages/server/test/analysis/support/fixtures';
import { loadRoleFixtures, type RoleFixture, withRoles } from '../packages/server/test/analysis/support/role-fixtures';

const host = sharedMorphology();
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;

/**
 * `userPicks`: the user answers the one question a group result asks (which speaker is me); the rest
 * stays inferred.
 */
async function report(name: string, fixtures: RoleFixture[], userPicks = false): Promise<void> {
  let right = 0;
  let speakers = 0;
  const truthScores = [];
  const inferredScores = [];
  const misses: string[] = [];
  for (const fixture of fixtures) {
    const me = [...fixture.truth].find(([, role]) => role === 'me')?.[0];
    // The true roles are hidden from the inference (a two-channel fixture would otherwise pass its "me" on).
    const unlabelled = withRoles(fixture.content, new Map());
    const { content, inference } = withInferredRoles(unlabelled, {
      eventType: fixture.eventType,
      participants: fixture.participants,
      mine: userPicks && me ? { key: me, by: 'user' } : null,
    });
    for (const speaker of content.speakers) {
      speakers += 1;
      const truth = fixture.truth.get(speaker.key);
      if (speaker.role === truth) right += 1;
      else
        misses.push(
          `${fixture.id}: ${speaker.label} → ${speaker.role} (${percent(speaker.confidence ?? 0)}), true ${truth}`,
        );
    }
    if (inference.note) misses.push(`${fixture.id}: asks — ${inference.note.en}`);
    truthScores.push((await scoreFixture(fixture, host)).score);
    inferredScores.push((await scoreFixture({ ...fixture, content }, host)).score);
  }
  const truth = totals(truthScores);
  const inferred = totals(inferredScores);
  const f1Gap = inferred.questionDetection.f1 - truth.questionDetection.f1;
  const pairGap = inferred.pairingAccuracy - truth.pairingAccuracy;
  const ok = (gap: number) => (gap >= -0.03 ? 'ok  ' : 'MISS');
  console.log(`\n${name}: ${fixtures.length} conversations, ${speakers} speakers, ${truth.counts.questions} questions`);
  console.log(`     role accuracy        ${percent(right / Math.max(1, speakers))} (${right}/${speakers})`);
  console.log(
    `${ok(f1Gap)} question F1          inferred ${percent(inferred.questionDetection.f1)}, true roles ${percent(truth.questionDetection.f1)} (${signed(f1Gap)})   target ≥ −0.03`,
  );
  console.log(
    `${ok(pairGap)} Q/A pairing          inferred ${percent(inferred.pairingAccuracy)}, true roles ${percent(truth.pairingAccuracy)} (${signed(pairGap)})   target ≥ −0.03`,
  );
  console.log(
    `     my questions F1      inferred ${percent(inferred.myQuestions.f1)}, true roles ${percent(truth.myQuestions.f1)}`,
  );
  for (const miss of misses) console.log(`  - ${miss}`);
}

/** The analysis fixtures with names hidden: what content alone tells. */
function anonymised(dir: string): RoleFixture[] {
  return loadFixtures(dir).map((fixture) => {
    const truth = new Map<string, SpeakerRole>(fixture.content.speakers.map((s) => [s.key, s.role]));
    const speakers = fixture.content.speakers.map((s, index) => ({
      key: s.key,
      label: `Speaker ${index + 1}`,
      role: s.role,
    }));
    return { ...fixture, content: { ...fixture.content, speakers }, participants: speakers.length, truth };
  });
}

const sets: Array<[string, () => RoleFixture[]]> = [
  ['Tuned (t1–t3: the rules were developed on these)', () => loadRoleFixtures('tuned')],
  ['Held out (h1–h3: written before the rules, not looked at while tuning)', () => loadRoleFixtures('heldout')],
  [
    'Analysis fixtures, names hidden (written before the rules)',
    () => [...anonymised(FIXTURE_DIR), ...anonymised(HELDOUT_DIR)],
  ],
];
console.log('A. Roles inferred from the transcript alone');
for (const [name, load] of sets) await report(name, load());
console.log(
  '\nB. The same after the user picks their own speaker where the result asks (groups), or a voiceprint does',
);
for (const [name, load] of sets) await report(name, load(), true);
await host.close();
