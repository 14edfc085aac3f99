import { roleFromNameTitle } from './name-titles';

/**
 * The user's own name as transcripts show it ("佐藤 一郎", "Ichiro Sato", "sato ichiro (Guest)"), reduced to
 * what stays the same between exports: width (NFKC), case, kana script, the spaces inside, the order of family
 * and given name, and the suffixes meeting apps add to a participant.
 */
export interface OwnNameKey {
  /** The name's words, sorted: "Kevin Lee" and "Lee Kevin" give the same. */
  words: string[];
  /** The words run together in their order: "佐藤一郎" and "佐藤 一郎" give the same. */
  joined: string;
}

/**
 * Suffixes Zoom, Teams and Meet append to a participant's name: Teams marks people from outside the
 * organisation "(ゲスト)/(Guest)" or "(外部)/(External)" and unverified ones "(未確認)/(Unverified)"; Zoom
 * marks the host roles. Only these are dropped: other brackets (a department, "（OB）") belong to the name.
 */
const MEETING_SUFFIX =
  /\s*[([]\s*(ゲスト|guest|外部|external|未確認|unverified|ホスト|host|共同ホスト|co-host|cohost)\s*[)\]]\s*$/i;

/** Labels a transcript gives when it does not know the person: never remembered as anyone's name. */
const GENERIC =
  /^(speaker|話者|スピーカー|participant|参加者|guest|ゲスト|unknown|不明|話者不明|user|ユーザー|zoom user|attendee|出席者)\s*[0-9a-z]{0,3}$/i;

const SEPARATORS = /[\s,、・･·]+/u;

/** Katakana for hiragana, so さとう and サトウ read the same. */
const toKatakana = (text: string): string =>
  text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

/** The name without width, case, script, order and meeting-suffix differences; null for an empty name. */
export function ownNameKey(label: string): OwnNameKey | null {
  let name = toKatakana(label.normalize('NFKC')).toLowerCase().trim();
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(MEETING_SUFFIX, '').trim();
  }
  const words = name.split(SEPARATORS).filter((word) => word !== '');
  if (words.length === 0) return null;
  return { words: [...words].sort(), joined: words.join('') };
}

/**
 * True when a label names a person: not a number the transcript gave ("Speaker 3", "話者2", "ゲスト"), not a
 * title (面接官, 自分, Interviewer), not digits alone. Only such labels are remembered or matched.
 */
export function isPersonalName(label: string): boolean {
  const key = ownNameKey(label);
  if (!key) return false;
  const name = key.words.join(' ');
  if (GENERIC.test(key.joined) || GENERIC.test(name) || /^[0-9\s]+$/.test(name)) return false;
  return roleFromNameTitle(label) === null;
}

/**
 * Whether two labels are the same person's whole name. Never a fragment: "Taro" is not "Kobayashi Taro",
 * and "佐藤" is not "佐藤 一郎" (family names are shared); the same words in another order, spacing or width are.
 */
export function sameOwnName(a: string, b: string): boolean {
  const left = ownNameKey(a);
  const right = ownNameKey(b);
  if (!left || !right || !isPersonalName(a) || !isPersonalName(b)) return false;
  if (left.joined === right.joined) return true;
  return left.words.length > 1 && left.words.join(' ') === right.words.join(' ');
}

/**
 * The one speaker whose label is one of the user's own names, with the name it matched; null when none is,
 * or when more than one is (two speakers cannot both be the user: the result then asks).
 */
export function speakerByOwnName(
  speakers: ReadonlyArray<{ key: string; label: string }>,
  ownNames: readonly string[],
): { key: string; label: string; name: string } | null {
  const matching = speakers.flatMap((speaker) => {
    const name = ownNames.find((own) => sameOwnName(speaker.label, own));
    return name === undefined ? [] : [{ key: speaker.key, label: speaker.label, name }];
  });
  return matching.length === 1 && matching[0] ? matching[0] : null;
}
