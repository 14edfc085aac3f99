import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the practice page's set chooser: whose predicted questions, for which round, . */
export const practiceSetText = {
  target: { ja: '企業・応募', en: 'Company or application' },
  chooseTarget: { ja: '選んでください', en: 'Choose one' },
  wholeCompany: (name: string) => ({ ja: `${name}（会社全体）`, en: `${name} (whole company)` }),
  application: (company: string, role: string) => ({ ja: `${company} — ${role}`, en: `${company} — ${role}` }),
  round: { ja: '面接の段階', en: 'Round' },
  nextRound: { ja: '次の面接（自動）', en: 'The next round (automatic)' },
} satisfies Record<string, Text>;
