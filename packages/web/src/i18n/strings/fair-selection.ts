/** Texts of the card listing questions that fair selection (公正な採用選考) advises against. */
export const fairSelectionText = {
  title: { ja: '公正な採用選考の観点で気になる質問', en: 'Questions fair selection advises against' },
  lead: {
    ja: '厚生労働省の指針では、本人の適性・能力と関係のない事柄や、思想・信条にかかわる事柄は面接で尋ねないよう求めています。次の質問がそれにあたる可能性があります。',
    en: 'Japan’s Ministry of Health, Labour and Welfare asks interviewers not to ask about matters unrelated to aptitude and ability, or about beliefs. These questions may be such.',
  },
  source: { ja: '出典', en: 'Source' },
  evidenceWhere: {
    ja: '「証拠用に書き出す」は、予定のページの録音の欄にあります。',
    en: '“Export as evidence” is in the recording panel of the event page.',
  },
} as const;
