import type { Morpheme } from '../morphology';
import type { GdRole } from '../report';

/**
 * Who a sentence names when it builds on someone («遠藤さんの案», «3番の方の», «司会の方が言った»). Exports label
 * people in many ways — "Riku Endo", "話者3", "iPad (3)" — while the room calls them by a kanji family name, the
 * number they were given or the role they took, so each person is known by all of these.
 */
export interface Person {
  key: string;
  /** Family names in kanji or kana (from the label or from the room). */
  names: string[];
  /** Latin tokens of the label, folded (see fold). */
  latin: string[];
  /** The only number in the label, if any ("Speaker 3", "話者3", "iPad (3)"). */
  number: string | null;
  roles: GdRole[];
}

const KANA =
  'アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヲン';
const ROMAJI =
  'a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to da ji zu de do na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo ya yu yo ra ri ru re ro wa o n'.split(
    ' ',
  );

/** Katakana (or hiragana) to plain romaji: エンドウ → endou, キョウ → kyou, ハットリ → hattori. */
export function romajiOf(kana: string): string {
  let out = '';
  let double = false;
  for (const char of kana.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))) {
    if (char === 'ッ') {
      double = true;
      continue;
    }
    const small = 'ャュョ'.indexOf(char);
    if (small >= 0) {
      const vowel = 'auo'[small] ?? '';
      out = out.endsWith('i') ? out.slice(0, -1) : out;
      out += /(sh|ch|j)$/.test(out) ? vowel : `y${vowel}`;
      continue;
    }
    const index = KANA.indexOf(char);
    const syllable = index >= 0 ? (ROMAJI[index] ?? '') : '';
    out += double ? `${syllable.charAt(0)}${syllable}` : syllable;
    double = false;
  }
  return out;
}

/** One spelling for the ways a name is romanised: Endou/Endo/Endoh, Oono/Ohno/Ono, Nanba/Namba. */
export function fold(romaji: string): string {
  return romaji
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/oh(?![aiueo])/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/m(?=[bp])/g, 'n');
}

/** 「〜の方」 for a person, not 方法・方向・方面 (「進行の方法」 names no one). */
const PERSON = '(?:の方(?![法向面])|さん|役の人|の人)';
const ROLE_WORDS: ReadonlyArray<[GdRole, RegExp]> = [
  ['moderator', new RegExp(`(司会|進行|ファシリ(テーター)?)${PERSON}`)],
  ['note_taker', new RegExp(`書記${PERSON}`)],
  ['timekeeper', new RegExp(`タイムキーパー${PERSON}`)],
  ['presenter', new RegExp(`発表(者|役)${PERSON}`)],
];
const NUMBER_WORDS =
  /([0-9０-９])番(目)?(の方(?![法向面])|さん|の人)|(?:話者|スピーカー|[Ss]peaker\s?)([0-9０-９])さん/;

/** The person a sentence names (never its own speaker), or null. */
export function mentionedPerson(
  text: string,
  morphemes: readonly Morpheme[],
  speaker: string,
  people: readonly Person[],
): string | null {
  const others = people.filter((person) => person.key !== speaker);
  // 「山下さんと田中さんの案を合わせて」 builds first on the one named first: the earliest name wins.
  let byName: { key: string; at: number } | null = null;
  for (const person of others) {
    const at = Math.min(...person.names.map((name) => nameAt(text, name)));
    if (at < (byName?.at ?? Number.POSITIVE_INFINITY)) byName = { key: person.key, at };
  }
  if (byName) return byName.key;
  const readings = readingsBeforeSan(morphemes);
  const byReading = others.find((person) => person.latin.some((token) => readings.has(token)));
  if (byReading) return byReading.key;
  const number = NUMBER_WORDS.exec(text);
  const digit = (number?.[1] ?? number?.[4])?.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xfee0));
  const byNumber = digit ? others.filter((person) => person.number === digit) : [];
  if (byNumber.length === 1 && byNumber[0]) return byNumber[0].key;
  for (const [role, pattern] of ROLE_WORDS) {
    if (!pattern.test(text)) continue;
    const holder = others.find((person) => person.roles.includes(role));
    if (holder) return holder.key;
  }
  return null;
}

/**
 * Where a family name is called (〇〇さん, 〇〇くん, 〇〇君), or Infinity. A one-kanji name (原, 森) counts only when
 * no kanji comes before it, so that 原さん is not found inside 野原さん.
 */
function nameAt(text: string, name: string): number {
  if (name.length === 0 || (name.length === 1 && !/\p{sc=Han}/u.test(name))) return Number.POSITIVE_INFINITY;
  const before = name.length === 1 ? '(?<!\\p{sc=Han})' : '';
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`${before}${escaped}(さん|くん|君)`, 'u').exec(text)?.index;
  return at ?? Number.POSITIVE_INFINITY;
}

/** Folded readings of the word (or two) before さん/くん: 遠藤さん → endo. */
function readingsBeforeSan(morphemes: readonly Morpheme[]): Set<string> {
  const readings = new Set<string>();
  morphemes.forEach((morpheme, index) => {
    if (!/^(さん|くん|君)$/.test(morpheme.surface)) return;
    const one = morphemes[index - 1]?.reading ?? '';
    const two = `${morphemes[index - 2]?.reading ?? ''}${one}`;
    for (const reading of [one, two]) if (reading) readings.add(fold(romajiOf(reading)));
  });
  return readings;
}

/**
 * A person as the export labels them (kanji family name, Latin tokens, the label's only number), with the names
 * they gave in the room and the roles they took.
 */
export function personOf(key: string, label: string, roles: GdRole[], roomNames: readonly string[] = []): Person {
  const digits = label.match(/[0-9０-９]+/g) ?? [];
  const family = label.split(/[\s　（(,、]/)[0] ?? '';
  return {
    key,
    names: [family, ...roomNames],
    latin: (label.match(/[A-Za-z]{2,}/g) ?? []).map(fold).filter((token) => token.length >= 2),
    number: digits.length === 1 ? (digits[0] ?? '').replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xfee0)) : null,
    roles,
  };
}
