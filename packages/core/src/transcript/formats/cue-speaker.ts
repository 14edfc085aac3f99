import { readCueLine } from './cue-line';

export interface SpokenLine {
  /** Null when the line names nobody (a continuation, or a file without speakers). */
  speaker: string | null;
  text: string;
}

/** Names are short; a "name" with sentence punctuation or a very long one is part of the speech instead. */
const MAX_NAME_LENGTH = 32;
const NOT_IN_NAMES = /[。、！？!?「」]/;

/** `Name: text` / `Name：text` (Zoom, Google Meet, plain text). The colon may be full-width. */
const NAME_COLON = /^([^:：]{1,64})[:：]\s*(.*)$/s;
/** `[Name] text` or `(Name) text`, as some caption tools write. */
const BRACKETED = /^[[【(（]([^\]】)）]{1,64})[\]】)）]\s*(.+)$/s;
/** Zoom prefixes some names with the participant's numeric user id ("16778240 佐藤 一郎"). */
const USER_ID_PREFIX = /^[([]?\d{6,}[)\]]?[\s_-]+(?=\S)/;

/** Splits who speaks from what is said, in any of the shapes the supported exporters write. */
export function splitSpeaker(raw: string): SpokenLine {
  const line = readCueLine(raw);
  if (line.voice !== null) return { speaker: speakerName(line.voice), text: line.text };
  const colon = NAME_COLON.exec(line.text);
  const named = (colon && !isTimeColon(colon) ? colon : null) ?? BRACKETED.exec(line.text);
  if (named?.[1] !== undefined && isPlausibleName(named[1])) {
    return { speaker: speakerName(named[1]), text: (named[2] ?? '').trim() };
  }
  return { speaker: null, text: line.text };
}

/** "集合は10:30です": the colon is a time's (a digit before it, two after), not a name's. */
export function isTimeColon(match: RegExpExecArray): boolean {
  return /\d$/.test(match[1] ?? '') && /^\d{2}/.test(match[2] ?? '');
}

/** The name as people know it: trimmed, without an exporter's numeric user id. */
export function speakerName(name: string): string {
  const trimmed = name.trim();
  return trimmed.replace(USER_ID_PREFIX, '') || trimmed;
}

export function isPlausibleName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) return false;
  if (NOT_IN_NAMES.test(trimmed)) return false;
  // "10:30", "2024/05/01 10" or "https://…" are not names; a name has a letter.
  if (!/\p{L}/u.test(trimmed) || /^\d{2,4}[/年.-]\d{1,2}/.test(trimmed)) return false;
  return !/^https?$/i.test(trimmed);
}
