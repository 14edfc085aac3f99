import fs from 'node:fs';
import path from 'node:path';
import { type EventType, parseTranscriptFile, type SpeakerRole, type TranscriptContent } from '@furikaeri/core';
import { FIXTURE_DIR, type InterviewLabels, type LabelledInterview } from './fixtures';

/** The role-inference eval set (packages/core/test/fixtures/roles, see its README). */
export const ROLE_FIXTURE_DIR = path.join(FIXTURE_DIR, '../roles');

export interface RoleFixture extends LabelledInterview {
  participants: number;
  /** The true role of every speaker key. */
  truth: Map<string, SpeakerRole>;
  /** How the user's own speaker was labelled in an earlier event where they picked it (see the README). */
  rememberedAs?: string[];
}

interface RoleFixtureFile {
  id: string;
  title: string;
  eventType: EventType;
  participants: number;
  file: string;
  roles: Record<string, SpeakerRole>;
  rememberedAs?: string[];
  labels: InterviewLabels;
}

/** The conversations of one half (`tuned` or `heldout`), imported through the real parsers. */
export function loadRoleFixtures(half: 'tuned' | 'heldout'): RoleFixture[] {
  const dir = path.join(ROLE_FIXTURE_DIR, half);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const fixture = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as RoleFixtureFile;
      const content = parseTranscriptFile(fixture.file, fs.readFileSync(path.join(dir, fixture.file), 'utf8'));
      const truth = new Map(
        content.speakers.map((speaker) => {
          const role = fixture.roles[speaker.label];
          if (!role) throw new Error(`${fixture.id}: no true role for speaker "${speaker.label}"`);
          return [speaker.key, role] as const;
        }),
      );
      return { ...fixture, content: withRoles(content, truth), truth };
    });
}

/** The transcript with the given roles and no guess markers. */
export function withRoles(content: TranscriptContent, roles: Map<string, SpeakerRole>): TranscriptContent {
  return {
    ...content,
    speakers: content.speakers.map((speaker) => ({
      key: speaker.key,
      label: speaker.label,
      role: roles.get(speaker.key) ?? 'unknown',
    })),
  };
}
