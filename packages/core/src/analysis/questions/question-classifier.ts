import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../categories';
import { improperMatterOf } from '../fair-selection/improper-questions';
import { ANSWER_CUES } from '../relevance/answer-cues';
import type { CategoryDecision, CategoryEvidence, QuestionCue } from '../report';
import { bigramSimilarity } from '../text/similarity';
import { type Cue, OPEN_FLOOR, PERSONAL_TOPIC, PROTOTYPES, QUESTION_CUES } from './category-lexicon';
import type { CategoryProbability } from './category-model';
import { episodeEvidence } from './episode-drill-down';
import { addModelEvidence } from './model-evidence';

type Scored = Exclude<QuestionCategory, 'other' | 'reverse_question_prompt'>;

/** Below this total a question is "other": no wording pointed anywhere clearly. */
const MIN_SCORE = 1.5;
/**
 * An open drill-down keeps its parent's topic (「どう乗り越えたんですか」 after a hardship question is hardship)
 * unless its own wording names another topic as clearly (ties go to its own words: 「一番しんどかったところ」 after
 * a ガクチカ question is hardship); a yes/no check of a detail (「あなたが言い出したんですか」) is a fact.
 */
const PARENT_BONUS = 2;
/** A closed drill-down's lean to "fact": below PARENT_BONUS, so a detail word (何人, ってこと) must join it. */
const CLOSED_WEIGHT = 1.5;
/**
 * A question linked to nothing that names no topic of its own (「実際にやったことあります」「で、どう確かめる？」)
 * most often stays on the topic of the question just before: a lean to it, below what a word of its own gives —
 * not after a self-introduction (a one-off request), and not for a question about the person's life or the floor
 * left open, which start afresh. Chosen on the seen sets (1 and 2 tried: +1 and the same as 1.5).
 */
const PREVIOUS_TOPIC_WEIGHT = 1.5;
/** 「話を変えます」「ところで」: the interviewer says the topic changes, so nothing leans to the one before. */
const TOPIC_CHANGE = /話(を|は|が)?(変え|変わ)|ところで|角度を変え|次の質問|別の(話|質問)/;
const NO_LEAN_AFTER: readonly QuestionCategory[] = ['other', 'reverse_question_prompt', 'fact', 'self_introduction'];
const CONTEXT_FACTOR = 0.5;
/** What the answer talks about counts a little, and only when the question's own words are weak. */
const ANSWER_FACTOR = 0.4;
const ANSWER_CAP = 1;

export interface ClassifyInput {
  /** The question sentences. */
  text: string;
  /** The rest of the turn before them ("それは大変でしたね。"), counted at half weight. */
  context: string;
  detection: { cue: QuestionCue; evidence: string };
  parentCategory: QuestionCategory | null;
  /** The category of the question just before, when this one follows up nothing (a weak lean, see above). */
  previousCategory?: QuestionCategory | null;
  /** My answer, when there is one: its topic is weak evidence for a question that names none. */
  answerText?: string;
  /**
   * The category model to consult; the one trained on the whole corpus when absent. An evaluation passes one
   * trained without the phrasings it tests (bench/categories.eval.ts), so the rules and the model are measured
   * together on wordings neither has seen.
   */
  modelScores?: (text: string) => CategoryProbability[];
}

/**
 * A topic named only to be put aside — 「志望動機はあとで聞くので」「苦労話じゃなくて」「自己紹介は結構ですので」 — is
 * not the one asked about: what follows the cue's word (a few characters of it, 動機, 話) says so. So is one already
 * dealt with (「強みの話は出たんで」「ストレスの発散方法は分かりました。では」「就活の軸とは別に」「失敗の内容そのものより」), or left out (「給料以外で」).
 */
const PUT_ASIDE =
  /^[^。、,？?]{0,6}?(とか)?(は\s*(あと|後)(で|ほど|から)|じゃなく|ではなく|でなく|は結構|はいい(ので|から|です)|は(もう)?大丈夫(なので|です|だから)|(というの|っていうの)?は(もう|よく|十分)?(分かり|わかり|分か|わか)(りました|った|ってる|っている)|(は|を)?(もう|さっき|先ほど)?\s*(聞いた|伺った|伺いました|聞きました|出た|出ました)(ので|んで(?!す)|から|けど)|とは別に|(その)?ものより|以外(で|に|では|だと))/;

/** The keywords of each category found in a text, with their weights (each cue counted once). */
export function keywordScores(text: string): Map<Scored, CategoryEvidence[]> {
  const found = new Map<Scored, CategoryEvidence[]>();
  for (const [category, cues] of Object.entries(QUESTION_CUES) as Array<[Scored, Cue[]]>) {
    for (const { pattern, weight } of cues) {
      const match = pattern.exec(text);
      if (!match || PUT_ASIDE.test(text.slice(match.index + match[0].length))) continue;
      const list = found.get(category) ?? [];
      list.push({ kind: 'keyword', text: match[0], weight });
      found.set(category, list);
    }
  }
  return found;
}

/** The heaviest single keyword of a text outside "fact": is this a textbook question of its own? */
export function strongestTopic(text: string): { category: Scored; weight: number } | null {
  let best: { category: Scored; weight: number } | null = null;
  for (const [category, evidence] of keywordScores(text)) {
    if (category === 'fact') continue;
    for (const item of evidence) if (!best || item.weight > best.weight) best = { category, weight: item.weight };
  }
  return best;
}

/** Prompt wordings differ in strength: 質問はありますか is unmistakable, 気になってること may be about a topic. */
function promptWeight(evidence: string, text: string): number {
  // 「技術的な質問は以上ですが、何か気になることは」: the interviewer's questions are over, so it is the prompt.
  if (
    /質問|questions/i.test(evidence) ||
    /(質問|お聞きしたいこと|伺いたいこと)は(以上|これで(終わり|おしまい))/.test(text)
  )
    return 5;
  if (/聞きたい|聞いておきたい|聞いてみたい|確認しておきたい/.test(evidence)) return 4;
  return 2;
}

/**
 * A transparent classifier: keyword weights (question wording, plus half for the turn's context), the
 * parent's topic for follow-ups, a closed-question rule, and similarity to model questions as a tie-breaker.
 * The decision keeps every piece of evidence and a sentence saying why.
 */
export function classifyQuestion(input: ClassifyInput): CategoryDecision {
  // A matter of fair selection (家族, 結婚の予定, 出身…) is no interview topic, whatever words it shares with one
  // (「今後ご結婚の予定は」 is no career plan): it is "other"; 座右の銘 and 尊敬する人 are read as values.
  if (isPrivateMatter(input.text)) return PRIVATE_MATTER_DECISION;
  const totals = new Map<QuestionCategory, number>();
  const evidence = new Map<QuestionCategory, CategoryEvidence[]>();
  const add = (category: QuestionCategory, item: CategoryEvidence): void => {
    totals.set(category, (totals.get(category) ?? 0) + item.weight);
    evidence.set(category, [...(evidence.get(category) ?? []), item]);
  };
  const own = keywordScores(input.text);
  const strongTopic = [...own].some(([category, items]) => category !== 'fact' && items.some((i) => i.weight >= 3));
  const hasParent =
    input.parentCategory !== null && !['other', 'reverse_question_prompt'].includes(input.parentCategory);
  const closedDrillDown = hasParent && isClosedQuestion(input.text);
  // A drill-down into a self-introduction asks about a topic of its own (「営業として、数字はどうでした」 is success,
  // 「そこを離れてまで外に出たい事情は」 the reason for leaving): the labelled sets never give it the introduction's.
  const inheritsTopic = hasParent && input.parentCategory !== 'self_introduction';
  for (const [category, items] of own) {
    for (const item of items) {
      // "希望の年収はどのくらい" is about conditions: a quantity word only decides when no topic is named.
      add(category, category === 'fact' && strongTopic ? { ...item, weight: 1.5 } : item);
    }
  }
  for (const [category, items] of keywordScores(input.context)) {
    for (const item of items) add(category, { ...item, weight: item.weight * CONTEXT_FACTOR });
  }
  if (input.detection.cue === 'reverse_prompt') {
    add('reverse_question_prompt', {
      kind: 'pattern',
      text: input.detection.evidence,
      weight: promptWeight(input.detection.evidence, input.text),
    });
  }
  const { weight: ownMax, category: ownTop } = heaviestCue(own);
  // A yes/no check leans to "fact", but less than the parent's topic: it needs a detail word (何人, ってこと).
  if (ownMax < 2 && closedDrillDown)
    add('fact', { kind: 'closed_question', text: input.text.slice(-8), weight: CLOSED_WEIGHT });
  const episode = input.parentCategory === 'self_introduction' && ownMax < 2 ? episodeEvidence(input.text) : null;
  if (episode) add('success', episode); // a how-question into an episode the introduction told (episode-drill-down)
  if (input.parentCategory && inheritsTopic) {
    add(input.parentCategory, {
      kind: 'follow_up',
      text: QUESTION_CATEGORY_LABELS[input.parentCategory].ja,
      weight: PARENT_BONUS,
    });
  }
  // A private matter (「ご家族はどんなお仕事を」) is no interview topic however it is worded: no likeness to a model
  // question or to the corpus speaks for one (「お仕事をされて」 would read as 自己紹介).
  // The floor left open (「伝えきれなかったことは」) names no topic: nothing but a cue may place it.
  const privateMatter = isPrivateMatter(input.text) || OPEN_FLOOR.test(input.text);
  if (!hasParent && ownMax < 2 && !privateMatter) addPreviousTopic(input, add);
  if (ownMax < 2 && !privateMatter) {
    // A closed drill-down already leans to "fact"; a model fact question would count that twice.
    addNearestPrototype(input.text, add, closedDrillDown ? 'fact' : null);
    if (input.answerText) addAnswerTopic(input.answerText, add);
  }
  // The model is held back for a drill-down (its parent's topic speaks) and for a yes/no check after a
  // self-introduction (「それで売上の数字は変わりました？」 is a fact); an open one after it (「担当エリアは」) it may read.
  const heldBack = inheritsTopic || closedDrillDown;
  if (!privateMatter)
    addModelEvidence(
      input.text,
      { ownMax, ownTop, isFollowUp: heldBack, parent: inheritsTopic ? input.parentCategory : null },
      add,
      input.modelScores,
    );
  return decide(totals, evidence);
}

/** The heaviest cue of the question's own words, fact included (weight 0 and no category when none). */
function heaviestCue(own: Map<Scored, CategoryEvidence[]>): { weight: number; category: QuestionCategory | null } {
  let heaviest: { weight: number; category: QuestionCategory | null } = { weight: 0, category: null };
  for (const [category, items] of own) {
    for (const item of items) if (item.weight > heaviest.weight) heaviest = { weight: item.weight, category };
  }
  return heaviest;
}

const PRIVATE_MATTER_DECISION: CategoryDecision = {
  category: 'other',
  confidence: 0.9,
  evidence: [],
  reason: {
    ja: '公正な採用選考で尋ねるべきでないとされる事柄についての質問で、面接の話題ではないため「その他」としました。',
    en: 'It asks about a matter fair-selection guidance says should not be asked, which is no interview topic: "other".',
  },
};

/** The lean to the topic just before, for a question linked to nothing that names none (see PREVIOUS_TOPIC_WEIGHT). */
function addPreviousTopic(
  input: ClassifyInput,
  add: (category: QuestionCategory, item: CategoryEvidence) => void,
): void {
  const previous = input.previousCategory;
  if (!previous || NO_LEAN_AFTER.includes(previous) || PERSONAL_TOPIC.test(input.text)) return;
  if (TOPIC_CHANGE.test(`${input.context}${input.text}`)) return;
  add(previous, { kind: 'previous_topic', text: QUESTION_CATEGORY_LABELS[previous].ja, weight: PREVIOUS_TOPIC_WEIGHT });
}

/** Family, origin, home, religion…: the fair-selection matters that are not a value (座右の銘, 尊敬する人 are). */
function isPrivateMatter(text: string): boolean {
  const matter = improperMatterOf(text)?.matter;
  return matter !== undefined && matter !== 'beliefs' && matter !== 'respected_person';
}

/** A yes/no question about what happened (言い出したんですか, 変わりました？), not an open one. */
function isClosedQuestion(text: string): boolean {
  const bare = text.replace(/[。.\s]+$/, '');
  // "エピソードはありますか" asks for an episode, "どう思いますか" for an opinion: both are open.
  if (/(なぜ|どうして|どう|どんな|どのよう|何を|何が|いかが|どこ|what|why|how)/i.test(bare)) return false;
  if (/(エピソード|具体|例えば|詳しく)|(あります|ある|思います|思う|考えます)[か？?]*$/.test(bare)) return false;
  // 「それ、本当にあなたがやったんですか」: a doubt presses the topic of the story, it checks no detail.
  if (/本当に|ほんとに|ほんまに|代表して/.test(bare)) return false;
  return /(ました|でした|んです|のです|ます|です)?(か|？|\?)$/.test(bare);
}

/**
 * Answer words of topics the relevance check does not cover: an answer about other companies' selections
 * (「二社の選考が進んでいます」) tells that the question was about the job search.
 */
const TOPIC_ONLY_ANSWER_CUES: Partial<Record<QuestionCategory, Cue[]>> = {
  job_search: [
    {
      pattern: /他社|選考(が|は|を)?(進ん|受け)|内定|最終面接|(業界|メーカー|企業|会社)を(中心に)?(見て|受けて)/,
      weight: 2,
    },
  ],
};

/** The topics my answer names (私の強みは, 御社を志望), at a small weight: a hint, never the decision alone. */
function addAnswerTopic(answer: string, add: (category: QuestionCategory, item: CategoryEvidence) => void): void {
  const cueLists = { ...ANSWER_CUES, ...TOPIC_ONLY_ANSWER_CUES };
  for (const [category, cues] of Object.entries(cueLists) as Array<[QuestionCategory, Cue[]]>) {
    const found = cues.map((item) => ({ match: item.pattern.exec(answer), weight: item.weight }));
    const matched = found.filter((item) => item.match !== null);
    if (matched.length === 0) continue;
    const weight = Math.min(
      ANSWER_CAP,
      matched.reduce((sum, item) => sum + item.weight * ANSWER_FACTOR, 0),
    );
    add(category, { kind: 'answer', text: matched.map((item) => item.match?.[0] ?? '').join('・'), weight });
  }
}

function addNearestPrototype(
  text: string,
  add: (category: QuestionCategory, item: CategoryEvidence) => void,
  skip: Scored | null,
): void {
  let best: { category: Scored; model: string; similarity: number } | null = null;
  for (const [category, models] of Object.entries(PROTOTYPES) as Array<[Scored, string[]]>) {
    if (category === skip) continue;
    for (const model of models) {
      const similarity = bigramSimilarity(text, model);
      if (!best || similarity > best.similarity) best = { category, model, similarity };
    }
  }
  if (best && best.similarity >= 0.35) {
    add(best.category, { kind: 'similar_question', text: best.model, weight: Math.round(best.similarity * 20) / 10 });
  }
}

function decide(
  totals: Map<QuestionCategory, number>,
  evidence: Map<QuestionCategory, CategoryEvidence[]>,
): CategoryDecision {
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_SCORE) {
    return {
      category: 'other',
      confidence: first ? 0.3 : 0.5,
      evidence: first ? (evidence.get(first[0]) ?? []) : [],
      reason: {
        ja: '決め手になる言葉がないため「その他」としました。',
        en: 'No wording pointed to a category, so it is "other".',
      },
    };
  }
  const [category, score] = first;
  const items = evidence.get(category) ?? [];
  const confidence = Math.round(Math.min(1, (score - (second?.[1] ?? 0)) / score + 0.2) * 100) / 100;
  const words = items.map((item) =>
    item.kind === 'follow_up'
      ? `直前の質問（${item.text}）の深掘り`
      : item.kind === 'previous_topic'
        ? `直前の質問（${item.text}）の話題の続き`
        : item.kind === 'answer'
          ? `回答の内容（「${item.text}」）`
          : item.kind === 'model'
            ? `質問例から学んだ統計モデル（${item.text}）`
            : `「${item.text}」`,
  );
  const wordsEn = items.map((item) =>
    item.kind === 'follow_up'
      ? `follows up a ${QUESTION_CATEGORY_LABELS[category].en} question`
      : item.kind === 'previous_topic'
        ? `goes on from a ${QUESTION_CATEGORY_LABELS[category].en} question`
        : item.kind === 'answer'
          ? `the answer speaks of "${item.text}"`
          : item.kind === 'model'
            ? `a model trained on example questions (${item.text})`
            : `"${item.text}"`,
  );
  return {
    category,
    confidence,
    evidence: items,
    reason: {
      ja: `${words.join('、')}から「${QUESTION_CATEGORY_LABELS[category].ja}」と判断しました。`,
      en: `${QUESTION_CATEGORY_LABELS[category].en}: ${wordsEn.join(', ')}.`,
    },
  };
}
