import type { Locale, Message } from '../../domain/message';
import { QUESTION_CATEGORY_LABELS } from '../categories';
import { reportReadiness, rolesUnknownMessage } from '../readiness';
import type { AnalysisReport, QuestionAnalysis } from '../report';
import { fairSelectionSection } from './markdown-fair-selection';
import { answerLine, conversationSection, groupSection, myQuestionsSection, stamp } from './markdown-sections';

export interface MarkdownOptions {
  locale?: Locale;
  /** Heading: the event's title and date, when the caller knows them. */
  title?: string;
}

const T = {
  heading: { ja: '振り返りレポート', en: 'Review report' },
  focus: { ja: '次に向けて重点的に取り組むこと', en: 'Top things to work on' },
  overview: { ja: '概要', en: 'Overview' },
  questions: { ja: '質問と回答', en: 'Questions and answers' },
  notes: { ja: '注記', en: 'Notes' },
  none: { ja: '特にありません。', en: 'Nothing stands out.' },
  noAnswer: { ja: '（自分の回答なし）', en: '(no answer of mine)' },
  followUp: { ja: 'の深掘り', en: 'follow-up of' },
} satisfies Record<string, Message>;

/** The report as Markdown, in Japanese by default (English on request): what the user downloads. */
export function renderReportMarkdown(report: AnalysisReport, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? 'ja';
  const t = (message: Message): string => message[locale];
  const lines: string[] = [`# ${t(T.heading)}${options.title ? ` — ${options.title}` : ''}`, ''];
  lines.push(`## ${t(T.overview)}`, '');
  for (const highlight of report.summary.highlights) lines.push(`- ${t(highlight)}`);
  const share = report.event.myTalkShare;
  if (share) {
    const norm = share.norm ? (locale === 'ja' ? `（${t(share.norm)}）` : ` (${t(share.norm)})`) : '';
    lines.push(`- ${locale === 'ja' ? '自分が話した割合' : 'My talk share'}: ${Math.round(share.value * 100)}%${norm}`);
  }
  if (report.event.charsPerMinute)
    lines.push(
      `- ${locale === 'ja' ? '平均の速さ' : 'Average pace'}: ${report.event.charsPerMinute.value} ${locale === 'ja' ? '字/分' : 'chars/min'}`,
    );
  if (report.event.fillersPerMinute)
    lines.push(
      `- ${locale === 'ja' ? 'フィラー' : 'Fillers'}: ${report.event.fillersPerMinute.value} /${locale === 'ja' ? '分' : 'min'}`,
    );
  const readiness = reportReadiness(report);
  lines.push('', `## ${t(T.focus)}`, '');
  // An analysis that could not run says so: "nothing stands out" would be false reassurance.
  if (readiness.state === 'roles_unknown') lines.push(t(rolesUnknownMessage(readiness.missing)));
  else if (report.summary.focus.length === 0) lines.push(t(T.none));
  report.summary.focus.forEach((point, index) => {
    const at = stamp(report, point.atMs);
    lines.push(`${index + 1}. ${t(point.message)}${at}`);
  });
  if (report.questions.length > 0) {
    lines.push('', `## ${t(T.questions)}`, '');
    for (const question of report.questions) lines.push(...questionSection(question, report, locale));
  }
  lines.push(
    ...fairSelectionSection(report, locale),
    ...myQuestionsSection(report, locale),
    ...groupSection(report, locale),
    ...conversationSection(report, locale),
  );
  if (report.notes.length > 0) {
    lines.push('', `## ${t(T.notes)}`, '');
    for (const note of report.notes) lines.push(`- ${t(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

function questionSection(question: QuestionAnalysis, report: AnalysisReport, locale: Locale): string[] {
  const t = (message: Message): string => message[locale];
  const category = t(QUESTION_CATEGORY_LABELS[question.category.category]);
  const followUp = question.followUpOf
    ? ` · ${locale === 'ja' ? `${question.followUpOf} ${t(T.followUp)}` : `${t(T.followUp)} ${question.followUpOf}`}`
    : '';
  const lines = [
    `### ${question.id}${stamp(report, question.question.startMs)} ${category}${followUp}`,
    '',
    `> ${question.question.text}`,
    '',
  ];
  lines.push(`- ${locale === 'ja' ? '分類の根拠' : 'Why this category'}: ${t(question.category.reason)}`);
  if (question.followUpReason)
    lines.push(`- ${locale === 'ja' ? '深掘りの根拠' : 'Why a follow-up'}: ${t(question.followUpReason)}`);
  const answer = question.answer;
  if (!answer) return [...lines, '', t(T.noAnswer), ''];
  lines.push('', `**${locale === 'ja' ? '回答' : 'Answer'}**${stamp(report, answer.startMs)}: ${answer.text}`, '');
  lines.push(`- ${answerLine(answer, report, locale)}`);
  const verdict = answer.relevance.flags.length > 0 ? '⚠ ' : '';
  lines.push(
    `- ${verdict}${locale === 'ja' ? '質問との対応' : 'Fit to the question'} (${answer.relevance.score}): ${t(answer.relevance.reason)}`,
  );
  for (const point of answer.feedback) lines.push(`- 💡 ${t(point.message)}`);
  return [...lines, ''];
}
