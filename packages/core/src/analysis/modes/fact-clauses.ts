/**
 * The clauses of one sentence an OB/OG or a 座談会 speaker says, for telling the selection process from advice.
 * A single sentence often holds both (「面接では〜を見ているので、〜しておくといい」), and speech without
 * punctuation (ASR) runs several spoken sentences into one (「締め切りは三月末だから早めに出してね」); one kind
 * for the whole would lose one of them. Offsets are into the sentence, so a fact keeps its own words.
 */
export interface Clause {
  start: number;
  end: number;
}

/** Where a clause ends: a reason (ので, verb/adjective + から, だから) — what the selection does, then what to do. */
const REASON = /(?:ので|[るたいだすくうつむぐぶ]から)[、,]?/g;
/**
 * Where an unpunctuated spoken sentence ends: a polite ending (ます, です, ました…), a plain いい or ない, or a sentence-final particle
 * after a plain form (〜よ, 〜ね, 〜かな), when a new sentence follows — one opening with a connective (あと,
 * それと, ただ…) or an interrogative (何, どう…), which a sentence-final form is never followed by inside a clause,
 * or with the speaker's company as a new topic (「刺さると思うようちの二次って…」).
 */
const NEXT =
  '(?=あと(?![でのからに])|それと|それから|ただ|でも|なので|だから|例年|何|どう|どこ|いつ|なんで|なぜ|じゃあ|うち(?:の|は|って|で|だと))';
const SPOKEN_END = new RegExp(
  `(?:ます|です|ました|でした|ません|ますね|ですね|ますよ|ですよ|よね|だよ|だね|るよ|うよ|たよ|いよ|かな|いい|ない)${NEXT}` +
    // A request in the て-form (〜してみて, 〜出しといて) ends a sentence only before a connective: 〜してあとで is one clause.
    '|(?:て|で)(?=あと(?![でのからに])|それと|それから)',
  'g',
);

/**
 * A pause: ASR output that carries no punctuation often marks where the speaker paused with a space
 * (「面接は三回だよ 説明会は五月かな あと…」). A pause ends a spoken unit, so it may end a clause; units
 * of one kind are joined again, so nothing of one kind is split by it. A pause after a topic or case particle, or
 * before one, is inside a sentence (「大事なのは なぜこの業界か って点」): cut there, the embedded question would
 * read as a question of its own and be dropped.
 */
const PAUSE = /(?<![はをがもに])\s+(?!って|を|まで|みたいな|は(?![いじっ])|が(?!ん))/g;
/**
 * A continuative with a comma (〜で、〜て、, not 〜まで、) lists the next point: 「休みは年に百二十日で、週末は出勤なので
 * 平日に休む」. A figure on either side stays with the point it details (conversation.ts), so this cut only keeps
 * apart points of two kinds. A contrast (〜けど) is not cut: 「忙しい月は五十時間だけど、翌月は早く帰れる」 is one fact.
 */
const STEP = /(?<!ま)[てで][、,]/g;

/** Clauses of at least `minChars` characters each; a shorter piece stays with its neighbour. */
export function clausesOfFact(text: string, minChars = 6): Clause[] {
  const cuts = new Set<number>();
  for (const pattern of [REASON, SPOKEN_END, PAUSE, STEP]) {
    for (const match of text.matchAll(pattern)) cuts.add((match.index ?? 0) + match[0].length);
  }
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    // Too short on either side: a clause that short names nothing of its own (「だから」 alone, 「〜からです」).
    if (cut - start < minChars || text.length - cut < minChars) continue;
    clauses.push({ start, end: cut });
    start = cut;
  }
  clauses.push({ start, end: text.length });
  return clauses;
}
