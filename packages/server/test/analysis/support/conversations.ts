import fs from 'node:fs';
import path from 'node:path';
import type { EventType, SpeakerRole, TranscriptContent } from '@furikaeri/core';
import { FIXTURE_DIR, type InterviewLabels, type LabelledInterview } from './fixtures';

/**
 * The second labelled set (packages/core/test/fixtures/conversations, see its README): conversations written
 * as turns of "speaker label + text", timed here at a steady pace so that they read like an export. Labels add
 * question categories of the taxonomy, improper questions, group-discussion ideas and roles, and OB/OG facts.
 */
export const CONVERSATIONS_DIR = path.join(FIXTURE_DIR, '../conversations');
export const TUNING_DIR = path.join(CONVERSATIONS_DIR, 'tuning');
export const HELDOUT_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'heldout');
/** Written after the #16 rule changes and never used to change a rule: the blind figure. */
export const BLIND_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind');
/** Written by an author who never saw the rules, committed before its first run: the honest figure after #16. */
export const BLIND2_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind2');
/** A third author, who never read the rules nor any eval output; committed before its first run (see README). */
export const BLIND3_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind3');
/** A fourth author, who never read the rules, the model's corpus nor any eval output; committed before its first run. */
export const BLIND4_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind4');
/** A fifth author, blind like the fourth (only the category ids read); committed before its first run (see README). */
export const BLIND5_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind5');
/** A sixth author, blind like the fifth (only the category ids read); committed before its first run (see README). */
export const BLIND6_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind6');
/** A seventh author, blind like the sixth (only the category ids read); committed before its first run (see README). */
export const BLIND7_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind7');
/** A twenty-seventh author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND27_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind27');
/** A twenty-eighth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND28_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind28');
/** A twenty-ninth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND29_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind29');
/** A thirtieth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND30_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind30');
/** A thirty-first author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND31_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind31');
/** A thirty-second author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND32_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind32');
/** A thirty-third author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND33_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind33');
/** A thirty-fourth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND34_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind34');
/** A thirty-fifth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND35_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind35');
/** A thirty-sixth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND36_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind36');
/** A thirty-seventh author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND37_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind37');
/** A thirty-eighth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND38_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind38');
/** A thirty-ninth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND39_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind39');
/** A fortieth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND40_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind40');
/** A forty-first author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND41_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind41');
/** A forty-second author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND42_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind42');
/** A forty-third author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND43_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind43');
/** A forty-fifth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND45_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind45');
/** A forty-fourth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND44_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind44');
/** A forty-sixth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND46_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind46');
/** A forty-seventh author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND47_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind47');
/** A forty-eighth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND48_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind48');
/** A forty-ninth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND49_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind49');
/** A fiftieth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND50_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind50');
/** A fifty-first author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND51_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind51');
/** A fifty-second author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND52_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind52');
/** A fifty-third author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND53_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind53');
/** A fifty-fourth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND54_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind54');
/** A fifty-fifth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND55_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind55');
/** A fifty-sixth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND56_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind56');
/** A fifty-seventh author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND57_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind57');
/** A fifty-eighth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND58_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind58');
/** A fifty-ninth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND59_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind59');
/** A sixtieth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND60_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind60');
/** A sixty-first author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND61_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind61');
/** A sixty-second author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND62_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind62');
/** A sixty-third author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND63_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind63');
/** A sixty-fourth author, blind like the seventh (only the category ids read); held out from its first run (see README). */
export const BLIND64_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind64');
/** A sixty-fifth author, blind like the seventh (only the category ids read); held out from its first run (see README). */
export const BLIND65_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind65');
/** A twenty-fourth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND24_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind24');
/** A twenty-fifth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND25_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind25');
/** A twenty-sixth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND26_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind26');
/** A twenty-second author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND22_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind22');
export const BLIND23_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind23');
/** A twentieth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND20_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind20');
/** A twenty-first author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND21_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind21');
/** A nineteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND19_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind19');
/** An eighteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND18_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind18');
/** A seventeenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND17_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind17');
/** A sixteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND16_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind16');
/** A twelfth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND12_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind12');
/** A thirteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND13_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind13');
/** A fourteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND14_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind14');
/** A fifteenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND15_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind15');
/** An eleventh author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND11_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind11');
/** An eighth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND8_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind8');
/** A ninth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND9_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind9');
/** A tenth author, blind like the seventh (only the category ids read); committed before its first run (see README). */
export const BLIND10_CONVERSATIONS_DIR = path.join(CONVERSATIONS_DIR, 'blind10');
/** Written for the second round of category and follow-up rules, before they were changed: tuning data. */
export const TUNING2_DIR = path.join(CONVERSATIONS_DIR, 'tuning2');
/** Group discussions written for the GD builds-on rules before they were changed: tuning data (see README). */
export const TUNING3_DIR = path.join(CONVERSATIONS_DIR, 'tuning3');
/** GD and OB/座談会 conversations written blind for tuning the builds-on and fact rules (see its README). */
export const TUNING4_DIR = path.join(CONVERSATIONS_DIR, 'tuning4');
/** Group discussions written with tuning3, committed before any GD rule changed and never tuned on. */
export const HELDOUT3_DIR = path.join(CONVERSATIONS_DIR, 'heldout3');
/**
 * The sets nobody who changes the rules or trains the category model may read the labels or misses of: the eval
 * counts their disagreements without listing them, and no training phrasing may come from their turns.
 */
export const HELD_OUT_CONVERSATION_DIRS: readonly string[] = [
  HELDOUT3_DIR,
  BLIND5_CONVERSATIONS_DIR,
  BLIND6_CONVERSATIONS_DIR,
  BLIND10_CONVERSATIONS_DIR,
  BLIND11_CONVERSATIONS_DIR,
  BLIND14_CONVERSATIONS_DIR,
  BLIND15_CONVERSATIONS_DIR,
  BLIND19_CONVERSATIONS_DIR,
  BLIND24_CONVERSATIONS_DIR,
  BLIND25_CONVERSATIONS_DIR,
  BLIND31_CONVERSATIONS_DIR,
  BLIND32_CONVERSATIONS_DIR,
  BLIND35_CONVERSATIONS_DIR,
  BLIND38_CONVERSATIONS_DIR,
  BLIND41_CONVERSATIONS_DIR,
  BLIND46_CONVERSATIONS_DIR,
  BLIND47_CONVERSATIONS_DIR,
  BLIND64_CONVERSATIONS_DIR,
  BLIND65_CONVERSATIONS_DIR,
];

export interface ConversationLabels {
  questions: Array<{ segment: string; category: string; answer: string[] | null; followUpOf: string | null }>;
  reverseQuestions?: Array<{ segment: string; answer: string[] }>;
  /** Questions the MHLW fair-selection guidance says should not be asked, with the matter they touch. */
  improper?: Array<{ segment: string; category: string }>;
  /** Every idea of a group discussion: who, where, a quote of it, and whose proposal it builds on. */
  ideas?: Array<{ segment: string; speaker: string; quote: string; buildsOn: string | null }>;
  /** Every participant of a group discussion (moderating candidates included): turns and interruptions. */
  participants?: Record<string, { turns: number; interruptions: number }>;
  /** Roles taken in a group discussion: 司会, 書記, タイムキーパー. */
  gdRoles?: Record<string, string>;
  /** Company-side sentences worth keeping from an OB/OG visit or 座談会, and what they are about. */
  facts?: Array<{ segment: string; kind: string; quote: string }>;
}

export interface LabelledConversation extends LabelledInterview {
  extra: ConversationLabels;
}

type Turn = [speaker: string, text: string, timing?: { overlapMs?: number; pauseMs?: number }];

interface ConversationFile {
  id: string;
  title: string;
  eventType: EventType;
  speakers: Array<{ label: string; role: SpeakerRole }>;
  turns: Turn[];
  labels: ConversationLabels;
}

/** About 7.5 characters a second, the pace of calm speech (≈ 450 characters a minute with pauses). */
const MS_PER_CHARACTER = 133;
const GAP_MS = 600;

export function loadConversations(dir: string): LabelledConversation[] {
  return (
    fs
      .readdirSync(dir)
      .filter((name) => /^\d+-.*\.json$/.test(name))
      // By number, so that 100 comes after 99.
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
      .map((name) => toLabelled(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ConversationFile))
  );
}

function toLabelled(file: ConversationFile): LabelledConversation {
  let clock = 0;
  const segments = file.turns.map(([speaker, text, timing], index) => {
    if (!file.speakers.some((s) => s.label === speaker)) throw new Error(`${file.id}: unknown speaker ${speaker}`);
    const startMs = Math.max(0, clock + (timing?.pauseMs ?? GAP_MS) - (timing?.overlapMs ?? 0));
    const endMs = startMs + Math.max(800, text.length * MS_PER_CHARACTER);
    clock = Math.max(clock, endMs);
    return { id: `seg-${index + 1}`, speaker, startMs, endMs, text, confidence: null };
  });
  const content: TranscriptContent = {
    language: 'ja',
    source: { kind: 'asr', engine: 'fixture', model: file.id, diarization: 'none' },
    speakers: file.speakers.map(({ label, role }) => ({ key: label, label, role })),
    segments,
    speechRegions: [],
  };
  const labels: InterviewLabels = {
    questions: file.labels.questions.map((q) => ({ ...q, offTopic: false, noExample: false })),
    reverseQuestions: file.labels.reverseQuestions ?? [],
    fillers: {},
    referenceTimings: [],
  };
  return { id: file.id, title: file.title, eventType: file.eventType, content, labels, extra: file.labels };
}
