import type { Turn } from '../turns';

/**
 * The names participants give themselves in a discussion (「僕井上が時間見ときます」, 「平野です」,
 * 「よろしくお願いします大野です」): an export labels them 話者3 or "iPad (3)", while the others build on
 * 「井上さんの案」 — so a name said in the room tells whose idea is meant. Only the opening of a turn is read
 * (where people introduce themselves), and only kanji (a family name, 々 included), so a phrase in kana is no name.
 */
const SELF_NAMED =
  /(?:^(?:(?:はい|えっと|あの)[、,\s]*)?(?:よろしくお願いします[。、,\s]*)?|[、,\s]|(?:私|僕|わたし|ぼく|自分)\s*)(?!私|僕|自分)(\p{sc=Han}{2,3})(?:が|です|と申します)/u;

/**
 * A one-kanji family name (原, 森, 林) only as the whole of an introduction at the very opening of a turn
 * (「原です」, 「えっと森です」): anywhere else one kanji before です is a word (「案です」).
 */
const SELF_NAMED_ONE =
  /^(?:(?:はい|えっと|えー|あの|あ)[、,\s]*)?(?:よろしくお願いします[。、,\s]*)?(\p{sc=Han})(?:です|と申します)/u;
const NOT_ONE_KANJI_NAMES = /^(私|僕|俺|案|次|逆|前|後|今|皆|誰|何|私)$/;

/** Kanji words that sit where a name would (「賛成です」「以上です」「結論が」) but name nobody. */
const NOT_NAMES =
  /^(以上|結論|賛成|反対|同感|大丈夫|了解|確認|質問|意見|提案|司会|書記|発表|時間|最後|最初|今日|本日)$/;

/** How much of a turn's opening an introduction can take. */
const OPENING_CHARS = 30;

/** Participant key → the family names they called themselves (a speaker may say theirs more than once). */
export function selfIntroducedNames(turns: readonly Turn[], participants: ReadonlySet<string>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const turn of turns) {
    if (!participants.has(turn.speaker)) continue;
    const opening = turn.text.trim().slice(0, OPENING_CHARS);
    const one = SELF_NAMED_ONE.exec(opening)?.[1];
    const name = SELF_NAMED.exec(opening)?.[1] ?? (one && !NOT_ONE_KANJI_NAMES.test(one) ? one : undefined);
    if (!name || NOT_NAMES.test(name)) continue;
    const known = names.get(turn.speaker) ?? [];
    if (!known.includes(name)) names.set(turn.speaker, [...known, name]);
  }
  return names;
}
