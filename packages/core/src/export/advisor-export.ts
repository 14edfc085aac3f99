import { QUESTION_CATEGORY_LABELS } from '../analysis/categories';
import type { AnalysisReport } from '../analysis/report';
import type { Locale, Message } from '../domain/message';

export interface AdvisorExportInput {
  report: AnalysisReport;
  /** Hides names in one piece of text (see maskNames); the caller holds the morphemes. */
  mask: (text: string) => string;
  /** What kind of event it was ("1次面接"), never which company. */
  eventKind: string;
  locale: Locale;
}

const T = {
  heading: { ja: '面接の質問と自分の回答（添削用）', en: 'Interview questions and my answers (for review)' },
  reminder: {
    ja: [
      '> この文書には、面接の質問と自分の回答の文字だけが入っています。録音や面接官の発言の全文は含みません。',
      '> 企業名・人名・地名は自動で「〇〇」に置き換えています。送る前に、残っている名前がないか必ず読み返してください。',
      '> 添削をお願いする相手（キャリアセンターや信頼できる人）にだけ渡し、SNS などに公開しないでください。面接の内容の公開は、名誉毀損やプライバシーの侵害になることがあります。',
    ],
    en: [
      '> This document holds only the text of the interview questions and my answers — no audio, and nothing else the interviewer said.',
      '> Company, person and place names were replaced with "〇〇" automatically. Read it again for any name left before sending it.',
      '> Give it only to the person reviewing it (a career centre, someone you trust), and never post it publicly: publishing an interview can be defamation or an invasion of privacy.',
    ],
  },
  question: { ja: '質問', en: 'Question' },
  answer: { ja: '自分の回答', en: 'My answer' },
  noAnswer: { ja: '（回答なし）', en: '(no answer)' },
  myQuestions: { ja: '自分からの質問（逆質問）', en: 'My questions to them' },
  reply: { ja: '回答', en: 'Their answer' },
} satisfies Record<string, Message | { ja: string[]; en: string[] }>;

/**
 * The "advisor" export of the privacy issue: only the questions and my own answers, names masked, with the
 * rules repeated on top. Pure: the caller supplies the masking (it needs the morphological analyser).
 */
export function renderAdvisorExport(input: AdvisorExportInput): string {
  const { report, mask, locale } = input;
  const t = (message: Message): string => message[locale];
  const lines = [`# ${t(T.heading)}`, '', `${input.eventKind}`, '', ...T.reminder[locale], ''];
  report.questions.forEach((question, index) => {
    const category = t(QUESTION_CATEGORY_LABELS[question.category.category]);
    lines.push(`## ${t(T.question)} ${index + 1}（${category}）`, '', mask(question.question.text), '');
    lines.push(`**${t(T.answer)}**`, '', question.answer ? mask(question.answer.text) : t(T.noAnswer), '');
  });
  if (report.myQuestions.length > 0) {
    lines.push(`## ${t(T.myQuestions)}`, '');
    for (const mine of report.myQuestions) {
      lines.push(`- ${mask(mine.question.text)}`);
      if (mine.answer) lines.push(`  - ${t(T.reply)}: ${mask(mine.answer.text)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every text the export will contain, so the caller can tokenise them in one round trip. */
export function advisorExportTexts(report: AnalysisReport): string[] {
  const texts: string[] = [];
  for (const question of report.questions) {
    texts.push(question.question.text);
    if (question.answer) texts.push(question.answer.text);
  }
  for (const mine of report.myQuestions) {
    texts.push(mine.question.text);
    if (mine.answer) texts.push(mine.answer.text);
  }
  return texts;
}
