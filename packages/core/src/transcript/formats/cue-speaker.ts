import { plainCueText } from './cue-text';

export interface SpokenLine {
  /** Null when the line names nobody (a continuation, or a file without speakers). */
  speaker: string | null;
  text: string;
}

/** Names are short; a "name" with sentence punctuation or a very long one is part of the speech instead. */
const MAX_NAME_LENGTH = 32;
const NOT_IN_NAMES = /[。、！？!?「」]/;

/** `<v Name>` or `<v.class Name>` (Teams, WebVTT voice spans). */
const VOICE_TAG = /^<v(?:\.[^\s>]+)*\s+([^>]+)>/;
/** `Name: text` / `Name：text` (Zoom, Google Meet, plain text). The colon may be full-width. */
const NAME_COLON = /^([^:：]{1,64})[:：]\s*(.*)$/s;
/** `[Name] text` or `(Name) text`, as some caption tools write. */
const BRACKETED = /^[[【(（]([^\]】)）]{1,64})[\]】)）]\s*(.+)$/s;

/** Splits who speaks from what is said, in any of the shapes the supported exporters write. */
export function splitSpeaker(raw: string): SpokenLine {
  const voice = VOICE_TAG.exec(raw.trim());
  if (voice?.[1]) return { speaker: voice[1].trim(), text: plainCueText(raw.trim().slice(voice[0].length)) };
  const text = plainCueText(raw);
  const named = NAME_COLON.exec(text) ?? BRACKETED.exec(text);
  if (named?.[1] !== undefined && isPlausibleName(named[1])) {
    return { speaker: named[1].trim(), text: (named[2] ?? '').trim() };
  }
  return { speaker: null, text };
}

export function isPlausibleName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) return false;
  if (NOT_IN_NAMES.test(trimmed)) return false;
  // "10:30" or "https://…" are not names.
  return !/^\d+$/.test(trimmed) && !/^https?$/i.test(trimmed);
}
