/**
 * npm run eval:roles — role inference from what was said (issue #18 item 2), on labelled conversations in
 * their export layouts (packages/core/test/fixtures/roles): role accuracy, and the analysis' question
 * detection F1 and Q/A pairing with the inferred roles against the same with the true roles, for the tuned
 * and held-out halves apart. Then the same on the analysis fixtures with every name hidden ("Speaker N"),
 * so that only content counts. Target: F1 and pairing within 0.03 of the true roles.
 * Modes: A content alone; B the user picks their speaker where the result asks; C the user's name is
 * remembered from a pick in an earlier event (issue #18: which speaker is "me" in a group).
 */
import { isPersonalName, type RoleContext, type SpeakerRole, withInferredRoles } from '@furikaeri/core';
import { sharedMorphology } from '../packages/server/src/morphology/kuromoji-host';
import { scoreFixture, totals } from '../packages/server/test/analysis/support/evaluate';
import { FIXTURE_DIR, HELDOUT_DIR, loadFixtures } from '../packages/server/test/analysis/support/fixtures';
import { loadRoleFixtures, type RoleFixture, withRoles } from '../packages/server/test/analysis/support/role-fixtures';

const host = sharedMorphology();
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;

type Mode = 'content' | 'userPicks' | 'rememberedName';

/**
 * The names mode C remembers: how the user's speaker was labelled where they picked it earlier (the
 * fixture's `rememberedAs`), else their label here when it is a personal name — never "Speaker 3".
 */
function rememberedNames(fixture: RoleFixture): string[] {
  const me = fixture.content.speakers.find((speaker) => fixture.truth.get(speaker.key) === 'me');
  return fixture.rememberedAs ?? (me && isPersonalName(me.label) ? [me.label] : []);
}

function contextFor(fixture: RoleFixture, mode: Mode): RoleContext {
  const me = [...fixture.truth].find(([, role]) => role === 'me')?.[0];
  return {
    eventType: fixture.eventType,
    participants: fixture.participants,
    mine: mode === 'userPicks' && me ? { key: me, by: 'user' } : null,
    ownNames: mode === 'rememberedName' ? rememberedNames(fixture) : [],
  };
}

/**
 * Group events (more than two speakers) where nothing tells which candidate is the user: no personal name to
 * remember. There a pick at random among the k non-company speakers is right 1/k of the time.
 */
function groupFloor(fixtures: RoleFixture[]): string {
  const groups = fixtures.filter((fixture) => fixture.content.speakers.length > 2);
  const blind = groups.filter((fixture) => rememberedNames(fixture).length === 0);
  const odds = blind.map((fixture) => {
    const k = [...fixture.truth.values()].filter((role) => role === 'me' || role === 'candidate').length;
    return `1/${k}`;
  });
  return `${groups.length} group events; ${blind.length} with no identifying signal (no name: a random pick is right ${odds.join(', ') || '—'})`;
}

/**
 * `mode`: 'content' infers from the transcript alone; 'userPicks' answers the one question a group result
 * asks (which speaker is me), the rest stays inferred; 'rememberedName' gives the user's remembered names.
 */
async function report(name: string, fixtures: RoleFixture[], mode: Mode = 'content'): Promise<void> {
  let right = 0;
  let speakers = 0;
  const truthScores = [];
  const inferredScores = [];
  const misses: string[] = [];
  for (const fixture of fixtures) {
    // The true roles are hidden from the inference (a two-channel fixture would otherwise pass its "me" on).
    const unlabelled = withRoles(fixture.content, new Map());
    const { content, inference } = withInferredRoles(unlabelled, contextFor(fixture, mode));
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
  if (mode === 'rememberedName') console.log(`     ${groupFloor(fixtures)}`);
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
  [
    'Held out (h1–h3 written before the rules; h4–h6, groups with names, before the name matcher)',
    () => loadRoleFixtures('heldout'),
  ],
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
for (const [name, load] of sets) await report(name, load(), 'userPicks');
console.log("\nC. With the user's name remembered from their pick in an earlier event (no pick here)");
for (const [name, load] of sets) await report(name, load(), 'rememberedName');
await host.close();
