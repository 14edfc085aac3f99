import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Morphology, Prediction, PrepEvent, SpeakerRole, TranscriptContent } from '@furikaeri/core';
import { loadFixtures, loadSharedInterview, sharedInterviewAvailable } from '../../analysis/support/fixtures';
import { analysedEvent } from './prep-events';

const DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface HistoryRef {
  shared?: string;
  fixture?: string;
  eventId: string;
  round: 'first';
  date: string;
}

export interface RoundTwoQuestion {
  segment: string;
  buildsOnRound1: boolean;
  on?: string;
  match: string[][];
}

export interface SecondRoundFixture {
  id: string;
  title: string;
  /** The application's role as a user would type it (from the first round's fixture and the title): which job's common questions apply. */
  role?: string;
  history: HistoryRef[];
  round2: { speakers: Record<string, SpeakerRole>; turns: Array<[string, string]> };
  labels: { questions: RoundTwoQuestion[]; sensible: string[][] };
  /** Written after the predictor was tuned on the others: reported on its own. */
  heldOut?: boolean;
}

export function loadSecondRounds(): SecondRoundFixture[] {
  return fs
    .readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as SecondRoundFixture);
}

/** Whether the fixture's round-1 history can be read here (the shared one lives in ../shared). */
export function historyAvailable(fixture: SecondRoundFixture): boolean {
  return fixture.history.every((ref) => !ref.shared || sharedInterviewAvailable());
}

function historyContent(ref: HistoryRef): TranscriptContent {
  if (ref.shared) return loadSharedInterview().content;
  const found = loadFixtures().find((fixture) => fixture.id === ref.fixture);
  if (!found) throw new Error(`no fixture ${ref.fixture}`);
  return found.content;
}

/** The round-1 history of a fixture, analysed with the real morphology. */
export function historyEvents(fixture: SecondRoundFixture, morphology: Morphology): Promise<PrepEvent[]> {
  return Promise.all(
    fixture.history.map((ref) =>
      analysedEvent(
        historyContent(ref),
        {
          eventId: ref.eventId,
          round: ref.round,
          date: ref.date,
          companyId: `co_${fixture.id}`,
          applicationId: `ap_${fixture.id}`,
        },
        morphology,
      ),
    ),
  );
}

/** Round 2 as a transcript (seg-N = the N-th turn, ten seconds each), for the question bank and tests. */
export function roundTwoContent(fixture: SecondRoundFixture): TranscriptContent {
  return {
    language: 'ja',
    source: { kind: 'import', format: 'json', fileName: `${fixture.id}.json`, estimatedTiming: true },
    speakers: Object.entries(fixture.round2.speakers).map(([key, role]) => ({ key, label: key, role })),
    segments: fixture.round2.turns.map(([speaker, text], index) => ({
      id: `seg-${index + 1}`,
      speaker,
      startMs: index * 10_000,
      endMs: index * 10_000 + 9_000,
      text,
      confidence: null,
    })),
    speechRegions: [],
  };
}

const matches = (prediction: Prediction, groups: string[][]) =>
  groups.some((group) => group.every((word) => prediction.text.ja.includes(word)));

export interface PrepScore {
  buildOn: number;
  buildOnPredicted: number;
  others: number;
  othersPredicted: number;
  predictions: number;
  askedInRound2: number;
  sensible: number;
  missed: RoundTwoQuestion[];
  notSensible: Prediction[];
}

/** Recall over the questions that build on round 1; precision as asked-in-round-2 and as sensible (labels). */
export function scorePredictions(fixture: SecondRoundFixture, predictions: readonly Prediction[]): PrepScore {
  const questions = fixture.labels.questions;
  const predicted = (q: RoundTwoQuestion) => predictions.some((p) => matches(p, q.match));
  const buildOn = questions.filter((q) => q.buildsOnRound1);
  const others = questions.filter((q) => !q.buildsOnRound1);
  const asked = (p: Prediction) => questions.some((q) => matches(p, q.match));
  return {
    buildOn: buildOn.length,
    buildOnPredicted: buildOn.filter(predicted).length,
    others: others.length,
    othersPredicted: others.filter(predicted).length,
    predictions: predictions.length,
    askedInRound2: predictions.filter(asked).length,
    sensible: predictions.filter((p) => asked(p) || matches(p, fixture.labels.sensible)).length,
    missed: buildOn.filter((q) => !predicted(q)),
    notSensible: predictions.filter((p) => !asked(p) && !matches(p, fixture.labels.sensible)),
  };
}
