import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EventType, parseTranscriptFile, type SpeakerRole, type TranscriptContent } from '@furikaeri/core';

/** Labels as written in packages/core/test/fixtures/interviews (see its README). */
export interface InterviewLabels {
  questions: Array<{
    segment: string;
    category: string;
    answer: string[] | null;
    followUpOf: string | null;
    offTopic: boolean;
    noExample: boolean;
  }>;
  reverseQuestions: Array<{ segment: string; answer: string[] }>;
  fillers: Record<string, number>;
  referenceTimings: Array<{ question: string; speechMs: number; characters: number }>;
  facts?: string[];
  participants?: Record<string, { speechMs: number; turns: number; interruptions: number }>;
}

export interface LabelledInterview {
  id: string;
  title: string;
  eventType: EventType;
  content: TranscriptContent;
  labels: InterviewLabels;
}

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const FIXTURE_DIR = path.join(ROOT, 'packages/core/test/fixtures/interviews');
/** Conversations written after the analysis was built: reported on their own (see heldout/README.md). */
export const HELDOUT_DIR = path.join(FIXTURE_DIR, 'heldout');
export const SHARED_DIR = path.join(ROOT, '../shared/fixtures/audio/interview-ja-synth');

interface FixtureFile {
  id: string;
  title: string;
  eventType: EventType;
  transcript?: TranscriptContent;
  file?: string;
  roles?: Record<string, SpeakerRole>;
  labels: InterviewLabels;
}

/** Our fourteen labelled conversations; file-based ones go through the real import parsers. */
export function loadFixtures(dir = FIXTURE_DIR): LabelledInterview[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d+-.*\.json$/.test(name))
    .sort()
    .map((name) => {
      const fixture = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as FixtureFile;
      const content = fixture.transcript ?? importFile(fixture, dir);
      return { id: fixture.id, title: fixture.title, eventType: fixture.eventType, content, labels: fixture.labels };
    });
}

function importFile(fixture: FixtureFile, dir: string): TranscriptContent {
  if (!fixture.file) throw new Error(`${fixture.id}: no transcript and no file`);
  const content = parseTranscriptFile(fixture.file, fs.readFileSync(path.join(dir, fixture.file), 'utf8'));
  // The roles the user sets after importing (the guess is only a start).
  const speakers = content.speakers.map((speaker) => ({
    ...speaker,
    role: fixture.roles?.[speaker.label] ?? speaker.role,
  }));
  return { ...content, speakers };
}

interface SharedTurn {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

interface SharedLabels {
  roles: Record<string, SpeakerRole>;
  questions: Array<{
    turn: number;
    answerTurns: number[];
    category: string;
    answerOffTopic?: boolean;
    followUpOf?: number;
  }>;
  candidateQuestions: Array<{ turn: number; answeredByTurns: number[] }>;
  fillersByTurn: Record<string, number>;
}

export function sharedInterviewAvailable(): boolean {
  return fs.existsSync(path.join(SHARED_DIR, 'interview_public.labels.json'));
}

/** The shared synthesized interview (read in place, never copied), in our transcript and label shapes. */
export function loadSharedInterview(): LabelledInterview {
  const data = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'interview_public.json'), 'utf8')) as {
    turns: SharedTurn[];
  };
  const labels = JSON.parse(
    fs.readFileSync(path.join(SHARED_DIR, 'interview_public.labels.json'), 'utf8'),
  ) as SharedLabels;
  const seg = (turn: number) => `seg-${turn + 1}`;
  const segments = data.turns.map((turn, index) => ({
    id: seg(index),
    speaker: turn.speaker,
    startMs: Math.round(turn.start * 1000),
    endMs: Math.round(turn.end * 1000),
    text: turn.text,
    confidence: null,
  }));
  const content: TranscriptContent = {
    language: 'ja',
    source: { kind: 'asr', engine: 'fixture', model: 'interview_public', diarization: 'none' },
    speakers: Object.entries(labels.roles).map(([key, role]) => ({ key, label: key, role })),
    segments,
    speechRegions: [],
  };
  const spoken = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return {
    id: 'shared-interview_public',
    title: 'interview_public (shared)',
    eventType: 'interview',
    content,
    labels: {
      questions: labels.questions.map((q) => ({
        segment: seg(q.turn),
        category: q.category,
        answer: q.answerTurns.map(seg),
        followUpOf: q.followUpOf === undefined ? null : seg(q.followUpOf),
        offTopic: q.answerOffTopic === true,
        noExample: false,
      })),
      reverseQuestions: labels.candidateQuestions.map((q) => ({
        segment: seg(q.turn),
        answer: q.answeredByTurns.map(seg),
      })),
      fillers: Object.fromEntries(
        Object.entries(labels.fillersByTurn).map(([turn, count]) => [seg(Number(turn)), count]),
      ),
      referenceTimings: labels.questions.map((q) => ({
        question: seg(q.turn),
        speechMs: q.answerTurns.reduce((sum, t) => sum + ((segments[t]?.endMs ?? 0) - (segments[t]?.startMs ?? 0)), 0),
        characters: q.answerTurns.reduce((sum, t) => sum + spoken(data.turns[t]?.text ?? ''), 0),
      })),
    },
  };
}
