import type { SegmentMorphemes } from '../morphology';
import { sentencesOfTurn, type TurnSentence } from '../questions/question-finder';
import type { KeyPoint } from '../report';
import { contentWords, sharedWords } from '../text/content-words';
import type { Turn } from '../turns';
import { ideaClauses } from './gd-clauses';
import { IDEA_KINDS, isBareAgreement, isProceduralLine } from './gd-forms';
import { mentionedPerson, type Person, personOf } from './gd-mentions';
import { selfIntroducedNames } from './gd-names';
import { type Objection, objectionOf } from './gd-objections';
import { type Recall, recallOf } from './gd-references';
import { rolesTaken } from './gd-roles';

export { isProceduralLine };

/**
 * Explicit building on someone's proposal: 〜の案に付け加えると・付け足すと, それに加えて, 〜に足すなら,
 * 〜とも組み合わせ, 〜に関連して, 〜を活かして, 〜を踏まえて.
 */
const BUILDS_ON =
  /^[^、,]{1,12}(について|に関して)は[、,]|付け加え|付け足|に関連して|を(活|生)かして|を踏まえて|に加えて|に足すなら|に足すと|に足して|乗っかって|乗っかる|に便乗|を(ベース|土台|参考|元|もと)に|を組み合わせ|と組み合わせ|とも(つなが|組み合わせ)|を(発展|広げ)|さんの(案|アイデア|意見|提案|話)/;
/**
 * 「それに加えて」「その案を広げると」「それに関連して」「それなら、」「それ、〜」: building on the idea just said,
 * whoever's it was (「それ、」 alone points at it to change or extend it; unpunctuated, なら/たら run on).
 */
const BUILDS_ON_LAST =
  /^((あ|えっと|じゃあ)[、,\s]*)?((それ|その(案|アイデア|意見))(に|と)?(加えて|付け加え|付け足|足す|足して|乗っか|関連して|関連する|を(発展|広げ|活かし|生かし|応用|ベースに|参考に|元に|もとに))|(それ|だっ|それだっ)(なら|たら)([、,\s]|(?=[^ぁ-ん]))|それ[、,])/;
/**
 * 「夜に開けるなら、…」: an idea that opens on a condition repeating someone's idea takes it as given — it builds
 * on it (a word of the condition must be the other's; see takenAsGiven). Unpunctuated, the next word may start
 * with an honorific お before kanji (「クーポンならお店の」).
 */
const TAKEN_AS_GIVEN =
  /^([^、,。\s]{2,20}?)(なら|ならば|のであれば|んだったら|だったら|でしたら)([、,\s]|(?=[^ぁ-ん、,。\s])|(?=お[^ぁ-ん]))/;
/**
 * What a speaker says before starting the sentence proper (「あ、すみません、」「えっと」), and a take-up of the
 * idea just said (「それいいですね」, which ASR runs into the sentence): set aside before reading how it opens.
 */
const LEAD_IN =
  /^((あ|あっ|あの|あのー|えっと|えー|えーと|すみません|すいません|はい|うーん|ええ|うん)[、,\s]+|(あ|えっと|はい)(?=[ぁ-んァ-ヶ一-龯])(?![ぁ-ん]{0,2}(る|た|て|ない))|(それ|その案)(めっちゃ|すごく|とても)?(いい|良い)(です)?ね[、,\s]*|(賛成|いいですね|良いですね|なるほど)(です)?[、,。\s]*)+/;
/** A sentence that adds a separate idea: あと, それから, 別の案として. */
const ANOTHER = /^(あと|それから|あとは|別の|ほかに|他に|もう一つ)/;
/** A turn that opens by taking up what was said: 賛成です, いいですね, なるほど. */
const TAKES_UP =
  /^((はい|あー?|えっと|うん|おー)[、,]?\s*)?(賛成|いいですね|良いですね|なるほど|確かに|その(案|アイデア|意見)|それ(めっちゃ|すごく|とても|は)?(いい|良い))/;
const CONDITION = /(もし|仮に)|(なら|ならば|れば|たら|場合は)[、,]/;

export interface IdeaInput {
  turns: readonly Turn[];
  morphemes: SegmentMorphemes;
  /** Who takes part in the discussion (speaker keys); others' sentences are not ideas. */
  participants: ReadonlySet<string>;
  /** Speaker key → the name to show in "builds on". */
  names: ReadonlyMap<string, string>;
}

interface Found extends KeyPoint {
  words: string[];
}

/**
 * Every idea of every participant, sentence by sentence (several per turn), including ideas stated as a
 * condition (予算が取れるなら…) and ideas that build on another's proposal — with whose: the person named, or
 * else the latest idea of someone else that shares a content word with it.
 */
export function ideasOf(input: IdeaInput): KeyPoint[] {
  const ideas: Found[] = [];
  const people = peopleOf(input);
  let objection: Objection | null = null;
  // The staff's call to present now (「時間です。それでは発表してください」) — not the theme's 「最後に…発表」.
  let presenting = false;
  for (const turn of input.turns) {
    if (!input.participants.has(turn.speaker)) {
      presenting = PRESENT_NOW.test(turn.text) && !/テーマ|お題|最後に/.test(turn.text);
      continue;
    }
    const presentation = presenting;
    presenting = false;
    const takesUp = TAKES_UP.test(turn.text.trim());
    const before = ideas.length;
    // 「池田さんの〜の件、賛成です。ただ、…」: the idea recalled in a sentence that is no idea itself is what the
    // turn's next ideas build on.
    let carried: string | null = null;
    for (const sentence of sentencesOfTurn(turn).flatMap(ideaClauses)) {
      const kind = kindOf(sentence.text);
      // 「あと、…」 adds another idea: what the turn built on before it is not this one's.
      const another = ANOTHER.test(sentence.text.trim());
      const pointer = another ? null : recallOf(sentence.text);
      // 「その〜を」 recalls an idea only when one holds the word; otherwise it points at nothing said.
      const strictMiss =
        pointer?.strict && !recalledIdea(sentence, pointer, input.morphemes, turn.speaker, ideas, people);
      const recall = strictMiss ? null : pointer;
      if (!kind) {
        if (recall) carried = recalledIdea(sentence, recall, input.morphemes, turn.speaker, ideas, people);
        continue;
      }
      const words = wordsOf(sentence, input.morphemes);
      const buildsOnLast = BUILDS_ON_LAST.test(withoutLeadIn(sentence.text));
      const builds =
        BUILDS_ON.test(sentence.text) ||
        (!another && BUILDS_ON.test(turn.text)) ||
        buildsOnLast ||
        takesUp ||
        recall !== null;
      const given =
        kind !== 'conclusion' ? takenAsGiven(sentence.text, turn.speaker, ideas, input.morphemes, sentence) : null;
      const recalled = recall && kind !== 'conclusion';
      const named =
        builds && kind !== 'conclusion'
          ? recall
            ? recalledIdea(sentence, recall, input.morphemes, turn.speaker, ideas, people)
            : buildsOnLast
              ? lastIdeaOfOthers(turn.speaker, ideas)
              : (parentOf(sentence, input.morphemes, turn.speaker, words, ideas, people) ??
                // 「賛成です。ただ、…も必要」 adds to the proposal just made; 「いいですね。あと、…」 starts another.
                (takesUp && !another ? lastIdeaOfOthers(turn.speaker, ideas) : null))
          : null;
      // The first idea after an objection fixes the problem found in an idea, unless it names whose it takes up.
      const fix =
        objection &&
        !another &&
        !recalled &&
        kind !== 'conclusion' &&
        !namesSomeone(sentence, turn.speaker, input, people)
          ? objection.target
          : null;
      if (kind !== 'conclusion') objection = null;
      const carriedHere = another || kind === 'conclusion' ? null : carried;
      const buildsOn = (recalled ? named : null) ?? carriedHere ?? fix ?? named ?? given;
      ideas.push({
        speaker: turn.speaker,
        segmentId: sentence.segmentId,
        atMs: sentence.segmentStartMs,
        text: sentence.text,
        kind,
        buildsOn: buildsOn === turn.speaker ? null : buildsOn,
        conditional: CONDITION.test(sentence.text),
        words,
      });
    }
    // The presentation restates what the group settled on: one conclusion, no new ideas of the presenter.
    if (presentation) {
      const [first] = ideas.splice(before);
      if (first) ideas.push({ ...first, kind: 'conclusion', buildsOn: null });
      continue;
    }
    const proposes = ideas.slice(before).some((idea) => idea.kind === 'proposal');
    const raised = objectionOf(turn, proposes, ideas.slice(0, before), input.morphemes);
    if (raised) objection = raised;
    else if (objection && ideas.length === before && --objection.turnsLeft <= 0) objection = null;
  }
  return ideas.map(({ words: _words, ...idea }) => idea);
}

const PRESENT_NOW = /発表(を|して|お願い)?[^。]{0,4}(お願い|ください|どうぞ)/;

/** Whether a sentence calls a person by name, number or role (then it says itself whose idea it takes up). */
function namesSomeone(sentence: TurnSentence, speaker: string, input: IdeaInput, people: readonly Person[]): boolean {
  const own = (input.morphemes[sentence.segmentId] ?? []).filter(
    (m) => m.start >= sentence.start && m.start < sentence.end,
  );
  return mentionedPerson(sentence.text, own, speaker, people) !== null;
}

/**
 * Everyone who may be named as the one an idea builds on: by their label, by a name they gave in the room
 * (話者3 → 井上さん), by the reading of a romanised label (Kenta Endo → 遠藤さん), by the number in their label
 * (3番の方) or by the role they took (司会の方の案). Roles are read without ideas: 発案 names nobody.
 */
function peopleOf(input: IdeaInput): Person[] {
  const roomNames = selfIntroducedNames(input.turns, input.participants);
  const roles = rolesTaken(input.turns, input.participants, []);
  return [...input.names].map(([key, label]) =>
    personOf(
      key,
      label,
      roles.filter((taken) => taken.speaker === key).map((taken) => taken.role),
      roomNames.get(key),
    ),
  );
}

/**
 * Whose idea a condition at the start repeats (「夜に開けるなら」 after 「夜十時まで開ける」), if any: the idea just
 * said by someone else, or an earlier one (「土日にやるなら」 after another's idea came between).
 */
function takenAsGiven(
  text: string,
  speaker: string,
  earlier: readonly Found[],
  morphemes: SegmentMorphemes,
  sentence: TurnSentence,
): string | null {
  const opening = withoutLeadIn(text);
  const condition = TAKEN_AS_GIVEN.exec(opening)?.[1];
  if (!condition) return null;
  const from = sentence.start + text.length - opening.length;
  const words = contentWords(
    (morphemes[sentence.segmentId] ?? []).filter((m) => m.start >= from && m.start < from + condition.length),
  );
  // Nouns, or a verb's kanji and kana (開け in 「開けるなら」 and 「開けるのがいい」): time words are no nouns here.
  const pieces = [...condition]
    .map((_, at) => condition.slice(at, at + 2))
    .filter((piece) => /^[一-龯][一-龯ぁ-ん]$/.test(piece));
  const shares = (idea: Found) => sharedWords(words, idea.words).length > 0;
  const last = earlier.findLast((idea) => idea.speaker !== speaker);
  if (last && (shares(last) || pieces.some((piece) => last.text.includes(piece)))) return last.speaker;
  // Further back a verb's two characters (来る, 使う) are too common to tell: a word or two kanji must be the other's.
  const kanji = [...new Set(condition.match(/\p{sc=Han}/gu) ?? [])];
  const repeats = (idea: Found) => shares(idea) || kanji.filter((k) => idea.text.includes(k)).length >= 2;
  return earlier.findLast((idea) => idea.speaker !== speaker && repeats(idea))?.speaker ?? null;
}

function withoutLeadIn(text: string): string {
  return text.trim().replace(LEAD_IN, '');
}

function kindOf(text: string): KeyPoint['kind'] | null {
  if (text.length < 10) return null;
  const kind = IDEA_KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  if (kind === 'conclusion') return kind;
  return isProceduralLine(text) || isBareAgreement(text) ? null : kind;
}

function wordsOf(sentence: TurnSentence, morphemes: SegmentMorphemes): string[] {
  return contentWords(
    (morphemes[sentence.segmentId] ?? []).filter((m) => m.start >= sentence.start && m.start < sentence.end),
  );
}

/**
 * Whose idea a sentence recalls (see gd-references): the person named in the recalled part, the idea just said
 * for 「今の案」, the latest idea of someone else sharing a word of the recalled part (「さっきの定期便の話」), and
 * failing all that the idea just said — recalling an idea is never building on one's own.
 */
function recalledIdea(
  sentence: TurnSentence,
  recall: Recall,
  morphemes: SegmentMorphemes,
  speaker: string,
  earlier: readonly Found[],
  people: readonly Person[],
): string | null {
  const from = sentence.start + recall.start;
  const to = sentence.start + recall.end;
  const own = (morphemes[sentence.segmentId] ?? []).filter((m) => m.start >= from && m.start < to);
  const referent = sentence.text.slice(recall.start, recall.end);
  const named = mentionedPerson(referent, own, speaker, people);
  if (named) return named;
  if (recall.justSaid) return lastIdeaOfOthers(speaker, earlier);
  const words = contentWords(own);
  const others = earlier.filter((idea) => idea.speaker !== speaker);
  const recalled =
    others.findLast((idea) => sharedWords(words, idea.words).length > 0) ??
    // 「さっき袋に詰めるって言ってた方の」 names the idea by its verb: a verb's stem (詰め) found in the idea tells.
    others.findLast((idea) => verbStems(referent).some((stem) => idea.text.includes(stem)));
  return recalled?.speaker ?? (recall.strict ? null : lastIdeaOfOthers(speaker, earlier));
}

/** Verbs of saying (言って, 話して, 思って) name no idea; a kanji with its okurigana (詰め, 置い) may. */
const SAYING = /^(言|話|思|考|出|挙|聞)/;

function verbStems(text: string): string[] {
  return (text.match(/\p{sc=Han}(?=[ぁ-ん])(?![のにがをはとでもへや])[ぁ-ん]/gu) ?? []).filter(
    (stem) => !SAYING.test(stem),
  );
}

function lastIdeaOfOthers(speaker: string, earlier: readonly Found[]): string | null {
  return earlier.findLast((idea) => idea.speaker !== speaker)?.speaker ?? null;
}

function parentOf(
  sentence: TurnSentence,
  morphemes: SegmentMorphemes,
  speaker: string,
  words: readonly string[],
  earlier: readonly Found[],
  people: readonly Person[],
): string | null {
  const text = sentence.text;
  const own = (morphemes[sentence.segmentId] ?? []).filter((m) => m.start >= sentence.start && m.start < sentence.end);
  const named = mentionedPerson(text, own, speaker, people);
  if (named) return named;
  // The idea whose word comes first in the sentence (「AとBを組み合わせる」 builds on A's), the latest on ties.
  let best: { speaker: string; at: number } | null = null;
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const idea = earlier[index];
    if (!idea || idea.speaker === speaker) continue;
    const shared = sharedWords(words, idea.words);
    if (shared.length === 0) continue;
    const at = Math.min(...shared.map((word) => text.indexOf(word)).filter((position) => position >= 0));
    if (!best || at < best.at) best = { speaker: idea.speaker, at };
  }
  return best?.speaker ?? null;
}
