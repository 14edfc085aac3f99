import { AppError } from '../domain/app-error';
import type { Message } from '../domain/message';
import { isPersonalName, sameOwnName } from '../transcript/roles/own-names';

/** Enough for the spellings one person uses across Zoom, Teams, Meet, in kanji and in romaji. */
export const MAX_OWN_NAMES = 10;
/** The longest speaker label the review lets one type (rename) is 40; exports with suffixes run longer. */
export const MAX_OWN_NAME_CHARS = 60;

/**
 * The names the user goes by in transcripts, from the settings form (`{ names: [...] }`): each a personal
 * name (not "Speaker 3" or 面接官) of at most 60 characters, at most 10; spellings of one name kept once.
 */
export function readOwnNames(input: unknown): string[] {
  const list = (input as { names?: unknown } | null)?.names;
  if (!Array.isArray(list)) throw invalid({ ja: '名前の一覧が必要です', en: 'A list of names is expected' });
  if (list.length > MAX_OWN_NAMES * 4) throw tooMany(list.length);
  const names: string[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'string') throw invalid({ ja: '名前は文字列で入力してください', en: 'Names must be text' });
    const name = item.normalize('NFC').trim();
    if (name === '') continue;
    if (name.length > MAX_OWN_NAME_CHARS) {
      throw invalid({
        ja: `名前は${MAX_OWN_NAME_CHARS}文字以内で入力してください: ${name.slice(0, 20)}…`,
        en: `A name is at most ${MAX_OWN_NAME_CHARS} characters: ${name.slice(0, 20)}…`,
      });
    }
    if (!isPersonalName(name)) {
      throw invalid({
        ja: `「${name}」は人の名前ではないため使えません（「Speaker 1」「話者2」のような番号や「面接官」などの肩書きは、どの文字起こしでも別の人を指します）`,
        en: `"${name}" is not a person's name ("Speaker 1", "話者2" or a title such as Interviewer mean someone else in every transcript)`,
      });
    }
    if (!names.some((kept) => sameOwnName(kept, name))) names.push(name);
  }
  if (names.length > MAX_OWN_NAMES) throw tooMany(names.length);
  return names;
}

/**
 * The list with a speaker label the user picked as themselves added: the newest last, the oldest dropped
 * past the limit. Null when there is nothing to add (a generic label, or a spelling already known).
 */
export function withRememberedName(names: readonly string[], label: string): string[] | null {
  const name = label.normalize('NFC').trim();
  if (name.length > MAX_OWN_NAME_CHARS || !isPersonalName(name)) return null;
  if (names.some((kept) => sameOwnName(kept, name))) return null;
  return [...names, name].slice(-MAX_OWN_NAMES);
}

/** The body of "remember this name": one label, as a transcript names the user (checked by withRememberedName). */
export function readRememberedLabel(input: unknown): string {
  const label = (input as { label?: unknown } | null)?.label;
  if (typeof label !== 'string' || label.length > MAX_OWN_NAME_CHARS * 4) {
    throw invalid({ ja: '覚える名前が必要です', en: 'A name to remember is expected' });
  }
  return label;
}

const tooMany = (count: number) =>
  invalid({
    ja: `名前は${MAX_OWN_NAMES}個までです（${count}個あります）`,
    en: `At most ${MAX_OWN_NAMES} names (${count} given)`,
  });

const invalid = (message: Message) => new AppError('validation', message, { field: 'names' });
