/**
 * npm run eval:prep — how well the next-round predictions anticipate real second rounds. For each second
 * round written for a company whose first round is in the fixtures (packages/server/test/prep/fixtures), the
 * first round is analysed with the real kuromoji, the predictions are made from it alone, and compared with
 * the labelled questions of round 2: recall = share of the questions that build on round 1 which a prediction
 * stands for; precision = share of predictions asked in round 2, and share that are sensible by the labels.
 */
import { predictNextRound } from '@furikaeri/core';
import { sharedMorphology } from '../packages/server/src/morphology/kuromoji-host';
import {
  historyAvailable,
  historyEvents,
  loadSecondRounds,
  type PrepScore,
  scorePredictions,
} from '../packages/server/test/prep/support/second-rounds';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const host = sharedMorphology();
const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)} %`);
const scores: Array<PrepScore & { heldOut: boolean }> = [];

for (const fixture of loadSecondRounds()) {
  if (!historyAvailable(fixture)) {
    console.log(`${fixture.id}: skipped (its round-1 history in ../shared is absent)`);
    continue;
  }
  const { predictions } = predictNextRound({ events: await historyEvents(fixture, host), role: fixture.role ?? null });
  const score = scorePredictions(fixture, predictions);
  scores.push({ ...score, heldOut: fixture.heldOut === true });
  console.log(`\n${fixture.title} (${fixture.id})${fixture.heldOut ? ' — held out' : ''}`);
  console.log(
    `  recall (builds on round 1)  ${score.buildOnPredicted}/${score.buildOn} = ${percent(score.buildOnPredicted, score.buildOn)}`,
  );
  console.log(`  other questions predicted   ${score.othersPredicted}/${score.others}`);
  console.log(
    `  precision: asked in round 2 ${score.askedInRound2}/${score.predictions} = ${percent(score.askedInRound2, score.predictions)}; sensible ${score.sensible}/${score.predictions} = ${percent(score.sensible, score.predictions)}`,
  );
  for (const missed of score.missed) console.log(`  missed: ${missed.segment} (on 「${missed.on ?? ''}」)`);
  for (const p of score.notSensible) console.log(`  not sensible: ${p.text.ja}`);
  if (verbose) for (const p of predictions) console.log(`    ${p.score} [${p.kind}] ${p.text.ja}`);
}

function summary(label: string, group: readonly PrepScore[]): void {
  const sum = (pick: (s: PrepScore) => number) => group.reduce((total, s) => total + pick(s), 0);
  console.log(`\n${label} (${group.length} second rounds):`);
  console.log(
    `  recall ${percent(
      sum((s) => s.buildOnPredicted),
      sum((s) => s.buildOn),
    )} (${sum((s) => s.buildOnPredicted)}/${sum((s) => s.buildOn)} questions that build on round 1)`,
  );
  console.log(
    `  precision: asked in round 2 ${percent(
      sum((s) => s.askedInRound2),
      sum((s) => s.predictions),
    )}, sensible ${percent(
      sum((s) => s.sensible),
      sum((s) => s.predictions),
    )} (${sum((s) => s.predictions)} predictions)`,
  );
}

summary(
  'Developed on',
  scores.filter((s) => !s.heldOut),
);
summary(
  'Held out',
  scores.filter((s) => s.heldOut),
);
await host.close();
