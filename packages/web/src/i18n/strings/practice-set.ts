import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the practice page's set chooser: whose predicted questions, for which round, and where they came from. */
export const practiceSetText = {
  target: { ja: '企業・応募', en: 'Company or application' },
  chooseTarget: { ja: '選んでください', en: 'Choose one' },
  wholeCompany: (name: string) => ({ ja: `${name}（会社全体）`, en: `${name} (whole company)` }),
  application: (company: string, role: string) => ({ ja: `${company} — ${role}`, en: `${company} — ${role}` }),
  round: { ja: '面接の段階', en: 'Round' },
  nextRound: { ja: '次の面接（自動）', en: 'The next round (automatic)' },
  genericFallback: (kind: string) => ({
    ja: `「${kind}」の質問はまだ聞かれた記録がないため、よく聞かれる定番の質問で練習します。`,
    en: `You have not been asked a “${kind}” question yet: practise with common generic ones.`,
  }),
  noGeneric: (kind: string) => ({
    ja: `「${kind}」の質問は、記録にも定番の質問にもありません。ほかの種類か「定番の質問」を選んでください。`,
    en: `No “${kind}” questions in your records or among the generic ones. Choose another kind, or “Generic questions”.`,
  }),
} satisfies Record<string, Text>;
