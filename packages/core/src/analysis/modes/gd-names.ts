import type { Turn } from '../turns';

/**
 * The names participants give themselves in a discussion (「僕井上が時間見ときます」, 「平野です」,
 * 「よろしくお願いします大野です」): an export labels them 話者3 or "iPad (3)", while the others build on
 * 「井上さんの案」 — so a name said in the room tells whose idea is meant. Only the opening of a turn is read
 * (where people introduce themselves), and only kanji (a family name, 々 included), so a phrase in kana is no name.
 */
const SELF_NAMED =
  /(?:^(?:(?:はい|えっと|あの)[、,\s]*)?(?:よろしくお願いします[。、,\s]*)?|[、,\s]|(?:私|僕|わたし|ぼく|自分)\s*)(?!私|僕|自分)(\p{sc=Han}{2,3})(?:が|です|と申します)/u;

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
    const name = SELF_NAMED.exec(turn.text.trim().slice(0, OPENING_CHARS))?.[1];
    if (!name || NOT_NAMES.test(name)) continue;
    const known = names.get(turn.speaker) ?? [];
    if (!known.includes(name)) names.set(turn.speaker, [...known, name]);
  }
  return names;
}
