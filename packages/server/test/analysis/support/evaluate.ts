import {
  type AnalysisReport,
  analyseTranscript,
  DEFAULT_NORMS,
  findFillers,
  type Morphology,
  type QuestionAnalysis,
  tokenizeSegments,
} from '@furikaeri/core';
import type { LabelledInterview } from './fixtures';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratio {
  good: number;
  total: number;
}

/** How one analysed fixture compares with its labels; `errors` say what went wrong, for the eval script. */
export interface FixtureScore {
  id: string;
  questions: Counts;
  pairing: Ratio;
  followUps: Counts;
  fillers: Ratio;
  pace: Ratio & { worst: number };
  offTopic: Counts;
  noExample: Counts;
  categories: Ratio;
  myQuestions: Counts & { answered: Ratio };
  errors: string[];
}

export async function analyseFixture(
  fixture: LabelledInterview,
  morphology: Morphology,
): Promise<{ report: AnalysisReport; morphemes: Awaited<ReturnType<typeof tokenizeSegments>> }> {
  const morphemes = await tokenizeSegments(fixture.content.segments, morphology);
  const report = analyseTranscript({
    transcript: fixture.content,
    morphemes,
    eventType: fixture.eventType,
    generatedAt: '2026-01-01T00:00:00.000Z',
  });
  return { report, morphemes };
}

const askedAt = (question: QuestionAnalysis): string =>
  question.question.segmentIds[question.question.segmentIds.length - 1] ?? '';
const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

export async function scoreFixture(
  fixture: LabelledInterview,
  morphology: Morphology,
): Promise<{ score: FixtureScore; report: AnalysisReport }> {
  const { report, morphemes } = await analyseFixture(fixture, morphology);
  const { labels } = fixture;
  const errors: string[] = [];
  const note = (message: string) => errors.push(`${fixture.id}: ${message}`);
  const bySegment = new Map(report.questions.map((question) => [askedAt(question), question]));
  const idToSegment = new Map(report.questions.map((question) => [question.id, askedAt(question)]));
  const labelled = new Set(labels.questions.map((q) => q.segment));
  const score: FixtureScore = {
    id: fixture.id,
    questions: { tp: 0, fp: 0, fn: 0 },
    pairing: { good: 0, total: 0 },
    followUps: { tp: 0, fp: 0, fn: 0 },
    fillers: { good: 0, total: 0 },
    pace: { good: 0, total: 0, worst: 0 },
    offTopic: { tp: 0, fp: 0, fn: 0 },
    noExample: { tp: 0, fp: 0, fn: 0 },
    categories: { good: 0, total: 0 },
    myQuestions: { tp: 0, fp: 0, fn: 0, answered: { good: 0, total: 0 } },
    errors,
  };
  for (const question of report.questions) {
    if (!labelled.has(askedAt(question))) {
      score.questions.fp += 1;
      note(`not a question: ${askedAt(question)} 「${question.question.text}」`);
    }
  }
  for (const label of labels.questions) {
    const found = bySegment.get(label.segment);
    if (!found) {
      score.questions.fn += 1;
      note(`missed question ${label.segment}`);
    } else score.questions.tp += 1;
    score.categories.total += 1;
    if (found?.category.category === label.category) score.categories.good += 1;
    else if (found) note(`category of ${label.segment}: ${found.category.category}, labelled ${label.category}`);
    if (label.answer !== null) {
      score.pairing.total += 1;
      const predicted = found?.answer?.segmentIds ?? [];
      if (found && same(predicted, label.answer)) score.pairing.good += 1;
      else note(`answer of ${label.segment}: [${predicted.join(',')}], labelled [${label.answer.join(',')}]`);
    }
    const parent = found?.followUpOf ? (idToSegment.get(found.followUpOf) ?? null) : null;
    if (label.followUpOf && parent === label.followUpOf) score.followUps.tp += 1;
    else {
      if (label.followUpOf) score.followUps.fn += 1;
      if (parent) score.followUps.fp += 1;
      if (label.followUpOf || parent)
        note(`follow-up of ${label.segment}: ${parent ?? 'none'}, labelled ${label.followUpOf ?? 'none'}`);
    }
    if (label.answer && label.answer.length > 0) {
      countFlag(score.offTopic, label.offTopic, found?.answer?.relevance.flags.includes('off_topic') ?? false, () =>
        note(
          `off-topic of ${label.segment}: ${!label.offTopic}, labelled ${label.offTopic} — ${found?.answer?.relevance.reason.ja ?? ''}`,
        ),
      );
      countFlag(
        score.noExample,
        label.noExample,
        found?.answer?.relevance.flags.includes('no_concrete_example') ?? false,
        () => note(`no-example of ${label.segment}: ${!label.noExample}, labelled ${label.noExample}`),
      );
    }
  }
  for (const [segmentId, expected] of Object.entries(labels.fillers)) {
    const segment = fixture.content.segments.find((s) => s.id === segmentId);
    if (!segment) throw new Error(`${fixture.id}: no segment ${segmentId}`);
    const found = findFillers(segment, morphemes[segmentId] ?? [], DEFAULT_NORMS.fillers);
    score.fillers.total += 1;
    if (found.length === expected) score.fillers.good += 1;
    else
      note(
        `fillers in ${segmentId}: ${found.length} (${found.map((f) => f.word).join(' ')}), labelled ${expected} — ${segment.text}`,
      );
  }
  for (const reference of labels.referenceTimings) {
    score.pace.total += 1;
    const expected = reference.characters / (reference.speechMs / 60_000);
    const measured = bySegment.get(reference.question)?.answer?.metrics.charsPerMinute?.value ?? null;
    const error = measured === null ? 1 : Math.abs(measured - expected) / expected;
    score.pace.worst = Math.max(score.pace.worst, error);
    if (error <= 0.03) score.pace.good += 1;
    else
      note(
        `pace of the answer to ${reference.question}: ${measured ?? 'none'} chars/min, reference ${expected.toFixed(0)}`,
      );
  }
  scoreMyQuestions(report, fixture, score, note);
  return { score, report };
}

function countFlag(counts: Counts, labelled: boolean, flagged: boolean, onError: () => void): void {
  if (labelled && flagged) counts.tp += 1;
  else if (labelled) counts.fn += 1;
  else if (flagged) counts.fp += 1;
  if (labelled !== flagged) onError();
}

function scoreMyQuestions(
  report: AnalysisReport,
  fixture: LabelledInterview,
  score: FixtureScore,
  note: (message: string) => void,
): void {
  const predicted = new Map(
    report.myQuestions.map((item) => [item.question.segmentIds[item.question.segmentIds.length - 1] ?? '', item]),
  );
  for (const label of fixture.labels.reverseQuestions) {
    const found = predicted.get(label.segment);
    if (!found) {
      score.myQuestions.fn += 1;
      note(`missed my question ${label.segment}`);
      continue;
    }
    score.myQuestions.tp += 1;
    score.myQuestions.answered.total += 1;
    if (same(found.answer?.segmentIds ?? [], label.answer)) score.myQuestions.answered.good += 1;
    else
      note(
        `answer to my question ${label.segment}: [${found.answer?.segmentIds.join(',') ?? ''}], labelled [${label.answer.join(',')}]`,
      );
    predicted.delete(label.segment);
  }
  for (const [segment, item] of predicted) {
    score.myQuestions.fp += 1;
    note(`not my question: ${segment} 「${item.question.text}」`);
  }
}

export interface Totals {
  questionDetection: { precision: number; recall: number; f1: number };
  pairingAccuracy: number;
  followUps: { precision: number; recall: number; f1: number };
  fillerExact: number;
  paceWithin3Percent: number;
  paceWorstError: number;
  offTopic: { precision: number; recall: number; f1: number };
  noExample: { precision: number; recall: number; f1: number };
  categoryAccuracy: number;
  myQuestions: { precision: number; recall: number; f1: number; answerAccuracy: number };
  counts: {
    fixtures: number;
    questions: number;
    answers: number;
    followUps: number;
    fillerSegments: number;
    paceAnswers: number;
    offTopic: number;
  };
}

export function totals(scores: readonly FixtureScore[]): Totals {
  const sum = (pick: (score: FixtureScore) => Counts): Counts =>
    scores.map(pick).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  const ratio = (pick: (score: FixtureScore) => Ratio): Ratio =>
    scores.map(pick).reduce((a, b) => ({ good: a.good + b.good, total: a.total + b.total }), { good: 0, total: 0 });
  const prf = (counts: Counts) => {
    const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
    const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  const share = (value: Ratio) => (value.total === 0 ? 1 : value.good / value.total);
  const questions = sum((s) => s.questions);
  const followUps = sum((s) => s.followUps);
  const offTopic = sum((s) => s.offTopic);
  return {
    questionDetection: prf(questions),
    pairingAccuracy: share(ratio((s) => s.pairing)),
    followUps: prf(followUps),
    fillerExact: share(ratio((s) => s.fillers)),
    paceWithin3Percent: share(ratio((s) => s.pace)),
    paceWorstError: Math.max(0, ...scores.map((s) => s.pace.worst)),
    offTopic: prf(offTopic),
    noExample: prf(sum((s) => s.noExample)),
    categoryAccuracy: share(ratio((s) => s.categories)),
    myQuestions: { ...prf(sum((s) => s.myQuestions)), answerAccuracy: share(ratio((s) => s.myQuestions.answered)) },
    counts: {
      fixtures: scores.length,
      questions: questions.tp + questions.fn,
      answers: ratio((s) => s.pairing).total,
      followUps: followUps.tp + followUps.fn,
      fillerSegments: ratio((s) => s.fillers).total,
      paceAnswers: ratio((s) => s.pace).total,
      offTopic: offTopic.tp + offTopic.fn,
    },
  };
}
