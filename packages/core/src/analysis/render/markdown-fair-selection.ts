import type { Locale } from '../../domain/message';
import { MATTER_INFO } from '../fair-selection/matters';
import type { AnalysisReport } from '../report';
import { stamp } from './markdown-sections';

/** The questions touching matters of fair selection, each with its moment, explanation, source and evidence hint. */
export function fairSelectionSection(report: AnalysisReport, locale: Locale): string[] {
  if (report.improperQuestions.length === 0) return [];
  const ja = locale === 'ja';
  const lines = [
    '',
    `## ${ja ? '公正な採用選考の観点で気になる質問' : 'Questions fair selection advises against'}`,
    '',
  ];
  for (const item of report.improperQuestions) {
    const source = item.sourceUrl ? `${item.source[locale]} (${item.sourceUrl})` : item.source[locale];
    lines.push(
      `- **${MATTER_INFO[item.matter].label[locale]}**${stamp(report, item.atMs)} ${item.questionId}: 「${item.text}」`,
      `  - ${item.explanation[locale]}`,
      `  - ${ja ? '出典' : 'Source'}: ${source}`,
      `  - ${item.keepEvidence[locale]}`,
    );
  }
  return lines;
}
