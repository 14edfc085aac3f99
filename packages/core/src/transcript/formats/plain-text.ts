import type { TranscriptContent } from '../model';
import { isPlausibleName } from './cue-speaker';
import { numberedLines } from './lines';
import { invalidFile, invalidLine } from './parse-error';
import { parseCueTimestamp } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

/**
 * Plain text in `話者: 発言` lines (half- or full-width colon), as people type notes and as Google Meet's
 * transcript document reads ("Name: text" under timestamp lines). Lines without a name continue the speaker
 * above; lines before the first named line (a title, 出席者) are a preamble and skipped. Times are estimated
 * from text length at a nominal pace and anchored to timestamps when the file has them; the transcript says
 * so (`estimatedTiming`), and the analysis then reports no pace or pauses.
 */
export function parsePlainText(text: string, fileName: string): TranscriptContent {
  const turns: Turn[] = [];
  let anchor: number | null = null;
  let lastAnchor = -1;
  for (const line of numberedLines(text)) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const stamped = leadingTimestamp(trimmed, line.number);
    if (stamped.timeMs !== null) {
      if (stamped.timeMs < lastAnchor) {
        throw invalidLine(
          'text',
          line.number,
          '時刻が前の行より前に戻っています。',
          'the time goes back before the previous one.',
        );
      }
      lastAnchor = stamped.timeMs;
      anchor = stamped.timeMs;
    }
    if (stamped.rest === '') continue;
    const named = /^([^:：]{0,40})[:：]\s*(.*)$/.exec(stamped.rest);
    if (named?.[1] !== undefined && named[1].trim() === '') {
      throw invalidLine(
        'text',
        line.number,
        '話者名が空です（「話者: 発言」の形で書いてください）。',
        'the speaker name is empty (write "Speaker: text").',
      );
    }
    if (named?.[1] !== undefined && isSpeakerName(named[1])) {
      turns.push({ speaker: named[1].trim(), text: (named[2] ?? '').trim(), anchorMs: anchor });
      anchor = null;
      continue;
    }
    const current = turns[turns.length - 1];
    if (current) current.text += stamped.rest;
    // Before the first named line: a title or attendee list, not speech.
  }
  if (turns.length === 0) {
    throw invalidLine(
      'text',
      1,
      '「話者: 発言」の形の行が見つかりません。',
      'no line of the form "Speaker: text" was found.',
    );
  }
  if (!turns.some((turn) => turn.text.length > 0)) {
    throw invalidFile('text', '発言が一つもありません。', 'the file contains no speech.');
  }
  return buildTranscript(estimateTimes(turns), { format: 'text', fileName, estimatedTiming: true });
}

interface Turn {
  speaker: string;
  text: string;
  anchorMs: number | null;
}

/** `[00:01:23] …`, `(00:01:23) …`, `00:01:23 …` or a line that is only a time (Google Meet documents). */
function leadingTimestamp(line: string, number: number): { timeMs: number | null; rest: string } {
  const match = /^[[(（]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])）]?(?:\s+|$)(.*)$/.exec(line);
  if (!match?.[1]) return { timeMs: null, rest: line };
  const timeMs = parseCueTimestamp(match[1]);
  if (timeMs === null)
    throw invalidLine('text', number, `時刻が読めません: 「${match[1]}」`, `cannot read the time "${match[1]}".`);
  return { timeMs, rest: (match[2] ?? '').trim() };
}

/** "山田: …" names a speaker; "ポイントは: …" is speech with a colon in it. */
function isSpeakerName(candidate: string): boolean {
  const name = candidate.trim();
  return name.length <= 20 && isPlausibleName(name) && !/[はがを]$/.test(name);
}

/** DESIGN.md's broadcast pace (≈300 characters/min) gives a plausible length to each untimed turn. */
const ESTIMATED_MS_PER_CHARACTER = 200;
const ESTIMATED_GAP_MS = 500;

function estimateTimes(turns: Turn[]): ParsedCue[] {
  const cues: ParsedCue[] = [];
  let cursor = 0;
  const nextAnchors = anchorsAfter(turns);
  turns.forEach((turn, index) => {
    const startMs = Math.max(turn.anchorMs ?? cursor, cursor);
    let endMs = startMs + Math.max(1, turn.text.length) * ESTIMATED_MS_PER_CHARACTER;
    const nextAnchor = nextAnchors[index];
    if (nextAnchor !== undefined && nextAnchor !== null && nextAnchor > startMs) endMs = Math.min(endMs, nextAnchor);
    cues.push({ speaker: turn.speaker, startMs, endMs, text: turn.text });
    cursor = endMs + ESTIMATED_GAP_MS;
  });
  return cues;
}

/** For each turn, the anchor of the first later turn that has one: one pass from the end, not a search per turn. */
function anchorsAfter(turns: readonly Turn[]): (number | null)[] {
  const after: (number | null)[] = new Array(turns.length).fill(null);
  let next: number | null = null;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    after[index] = next;
    next = turns[index]?.anchorMs ?? next;
  }
  return after;
}
