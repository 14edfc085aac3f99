import type { TranscriptContent } from '../model';
import { isPlausibleName, isTimeColon, speakerName } from './cue-speaker';
import { numberedLines } from './lines';
import { invalidFile, invalidLine } from './parse-error';
import { parseCueTimestamp } from './timestamps';
import { buildTranscript, type ParsedCue } from './transcript-builder';

/**
 * Plain text in `話者: 発言` lines (half- or full-width colon), as people type notes and as Google Meet's
 * transcript document reads ("Name: text" under timestamp lines), or in name lines with a time and the
 * speech below (Teams' Word export, Otter, Notta). Lines without a name continue the speaker above; lines
 * before the first named line (a title, a date, 出席者) are a preamble and skipped; a time inside speech
 * ("集合は10:30") names nobody. Times are estimated
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
      if (stamped.timeMs < lastAnchor) throw timeGoesBack(line.number);
      lastAnchor = stamped.timeMs;
      anchor = stamped.timeMs;
    }
    if (stamped.rest === '') continue;
    const nameLine = speakerLineWithTime(trimmed);
    if (nameLine) {
      if (nameLine.timeMs < lastAnchor) throw timeGoesBack(line.number);
      lastAnchor = nameLine.timeMs;
      turns.push({ speaker: nameLine.speaker, text: '', anchorMs: nameLine.timeMs });
      anchor = null;
      continue;
    }
    const colon = /^([^:：]{0,40})[:：]\s*(.*)$/.exec(stamped.rest);
    const named = colon && !isTimeColon(colon) ? colon : null;
    if (named?.[1] !== undefined && HEADER_WORDS.test(named[1].trim())) continue;
    if (named?.[1] !== undefined && named[1].trim() === '') {
      throw invalidLine(
        'text',
        line.number,
        '話者名が空です（「話者: 発言」の形で書いてください）。',
        'the speaker name is empty (write "Speaker: text").',
      );
    }
    if (named?.[1] !== undefined && isSpeakerName(named[1])) {
      turns.push({ speaker: speakerName(named[1]), text: (named[2] ?? '').trim(), anchorMs: anchor });
      anchor = null;
      continue;
    }
    const current = turns[turns.length - 1];
    if (current) current.text = joinLines(current.text, stamped.rest);
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

function timeGoesBack(line: number) {
  return invalidLine('text', line, '時刻が前の行より前に戻っています。', 'the time goes back before the previous one.');
}

/**
 * Headings of meeting documents, never speakers: Google Meet's 出席者/Attendees line, minutes' 日時/場所.
 * Text before the first speaker is skipped anyway; these are skipped wherever they stand.
 */
const HEADER_WORDS = /^(出席者|参加者|欠席者|日時|場所|件名|議題|Attendees|Participants|Date|Title|Transcript)$/i;

/**
 * A line that only names a speaker and when they began, the speech following on the next lines: Teams'
 * Word export (`山田 太郎   0:03`), Otter (`Speaker 1  0:00`), Notta (`山田 太郎 00:00:03`), Zoom's saved
 * captions (`[山田 太郎] 10:05:30`).
 */
function speakerLineWithTime(line: string): { speaker: string; timeMs: number } | null {
  const match = /^[[【]?(.{1,40}?)[\]】]?\s+[[(（]?(\d{1,2}:\d{2}(?::\d{2})?)[\])）]?$/u.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const timeMs = parseCueTimestamp(match[2]);
  if (timeMs === null || !isSpeakerName(match[1]) || /[:：]/.test(match[1])) return null;
  return { speaker: speakerName(match[1]), timeMs };
}

/** Japanese lines join without a space; Latin words need one. */
function joinLines(left: string, right: string): string {
  if (left === '') return right;
  return /[A-Za-z0-9,.!?]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : `${left}${right}`;
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

/** "山田: …" names a speaker; "ポイントは: …" or "集合は 10:30" is speech. */
function isSpeakerName(candidate: string): boolean {
  const name = candidate.trim();
  return name.length <= 20 && isPlausibleName(name) && !/[はがをにでともへ]$/.test(name);
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
