import { INDEFINITE } from './casual-forms';
import { INTERROGATIVE } from './question-detector';

/**
 * Questions that only the rising tone made, lost in an unpunctuated transcript: an interrogative with a plain or
 * polite ending (「DBは何を使ってました」「どこから見ていきます」「何書くつもりなの」), a request whose か was
 * dropped (「軽く教えてもらえます」), whether something is there (「直したいとこある」「譲れないポイントあります」
 * 「ほかも受けてたりします」), a confirmation (「他は辞退するということですね」) or a condition alone (「キャッシュが
 * 原因だったら」). Each is also an ordinary statement, so the finder takes one for a question only where the
 * candidate is expected to reply (see question-finder), as it does the hedged forms.
 */
const DROPPED_KA_REQUEST = /(て|で)(もらえ|いただけ|くれ)(ます|ません|る)$/;
const THERE_IS =
  /(こと|とこ|ところ|ポイント|もの|点|部分|何か|なにか|なんか)(は|って|とか|が|も)?(ある|あります|ありそう|あったりします|あったりする)$|(たり|だり)(します|する)$/;
const CONFIRMATION = /(ということ|ってこと|という(理解|認識))(で)?(よろしい|いい)?(です|でしょう|だ)?ね$/;
/** 「〜てみたら」 is advice (why not try), not a what-if. */
const CONDITION_ALONE = /(?<!(て|で)み)(たら|だら|なら|としたら|とすれば|場合は)$/;
/** The clause after a concession (「うちはGoが中心なんですけど…」): what is asked follows it. */
const LAST_CLAUSE = /^.*(けど|けれど|けれども|ですが|ますが)[、,\s]*/;
/** The speaker's own side (うちは, 弊社では, 私も) is told, not asked. */
const OWN_SIDE = /^(うち|弊社|当社|私|わたし|僕|我々|こちら)(は|が|も|では|でも|だと|って)/;

/**
 * The か that closes an indirect question: before a particle or a pause (「何を優先するかは」), or a verb of knowing
 * or deciding (「何を書いたか覚えてる」「どうすればいいか迷った」) — not the か inside 動かす or から.
 */
const INDIRECT_KA =
  /か(どうか)?(は|を|が|も|に|で|って|について|と|まで|[、,\s]|わか|分か|知|覚え|迷|悩|決め|考え|気にな|聞)/;

/** An interrogative in the last clause, not inside an indirect question (「どうすればいいか迷った」). */
function asksWithInterrogative(bare: string): string | null {
  const clause = bare.replace(LAST_CLAUSE, '');
  if (OWN_SIDE.test(clause)) return null;
  const masked = clause.replace(INDEFINITE, (word) => '・'.repeat(word.length));
  const found = INTERROGATIVE.exec(masked);
  if (!found || INDIRECT_KA.test(masked.slice(found.index + found[0].length))) return null;
  return found[0];
}

/** The rising-tone form of a sentence that may be a question, or null. */
export function risingToneQuestion(bare: string): string | null {
  const match =
    DROPPED_KA_REQUEST.exec(bare) ?? THERE_IS.exec(bare) ?? CONFIRMATION.exec(bare) ?? CONDITION_ALONE.exec(bare);
  if (match) return match[0];
  return asksWithInterrogative(bare);
}
