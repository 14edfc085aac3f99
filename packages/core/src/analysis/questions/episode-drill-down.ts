import type { CategoryEvidence } from '../report';

/**
 * An open how-question into an episode of the self-introduction — 「その農業体験ツアー、参加者はどうやって集めたんですか」
 * 「入れ替えの窓口というのは、どこまで関わられたんですか」「オンラインに変えたのって 窓口の反応どうでした」「それで何か
 * 変わりました？」 — asks what the candidate did and achieved there: the labelled sets file it under success, where a
 * yes/no or a count (「チームは何人くらい」「それで数字って変わりました？」) stays a fact. Returns the words that show
 * it, or null.
 */
const HOW_IT_WENT =
  /どうやって|どのように|どんなふうに|どこまで[^。]{0,6}(関わ|担当|任され|やっ|手がけ|携わ)|(反応|手応え|結果|評判)(は|って)?[、\s]*(どう|いかが)|もう少し[^。]{0,6}(聞かせ|教え|伺|話し)|(何か|なにか)(が)?変わ(った|りました)|どんなこと(を)?(やった|やりました|した|しました|やられ|され)|効いた(な)?(って|という)/;
/** A count or a figure is a fact however it is asked (「どのくらいの割合」「何件くらい」). */
const FIGURE = /何(人|件|社|名|年|回|時間|割|%|％)|どのくらい|どれくらい|どれぐらい|何割|割合|規模/;

/** How one gets somewhere (「大学までどうやって通っていた」) is no episode. */
const COMMUTE = /通(って|う|っ)|通勤|通学/;

/**
 * The lean it gives to success: it speaks only when no cue of 2 or more names a topic (the classifier's call), and a
 * model under 0.43 does not overrule it (once blind28–30 were learned, 「どこまで関わって」 read 0.37 as management).
 */
const EPISODE_WEIGHT = 3;

export function episodeDrillDown(text: string): string | null {
  if (FIGURE.test(text) || COMMUTE.test(text)) return null;
  return HOW_IT_WENT.exec(text)?.[0] ?? null;
}

/** The evidence for success of a drill-down into the self-introduction, or null when it asks no episode. */
export function episodeEvidence(text: string): CategoryEvidence | null {
  const words = episodeDrillDown(text);
  return words ? { kind: 'pattern', text: words, weight: EPISODE_WEIGHT } : null;
}
