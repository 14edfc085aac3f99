import type { Message } from '../domain/message';
import { formatDuration } from '../text/format';
import type { TranscriptContent } from '../transcript/model';
import type { TokenizedPrefix } from './morphology';

/**
 * Which part of the transcript a report covers. A report stopped by the time budget says so, with the part
 * it did analyse, so that its few findings are never read as "nothing to improve" about the whole.
 */
export interface AnalysisCoverage {
  complete: boolean;
  /** Why it stopped early: the job's time budget ran out. */
  reason: 'time_budget' | null;
  budgetMs: number | null;
  analysedCharacters: number;
  totalCharacters: number;
  /** End of the analysed part, in ms from the start of the recording. */
  untilMs: number;
}

/**
 * The part of a transcript that was tokenised before the budget ran out: the segments done, and of the
 * segment under way the characters done, with its end time interpolated by characters (ids are kept, so
 * the report's links into the transcript stay valid).
 */
export function coveredContent(
  content: TranscriptContent,
  prefix: TokenizedPrefix,
  budgetMs: number | null,
): { content: TranscriptContent; coverage: AnalysisCoverage } {
  const segments = content.segments.slice(0, prefix.segments);
  const partial = content.segments[prefix.segments];
  if (partial && prefix.characters > 0) {
    const share = prefix.characters / Math.max(1, partial.text.length);
    const endMs = Math.round(partial.startMs + (partial.endMs - partial.startMs) * share);
    segments.push({ ...partial, text: partial.text.slice(0, prefix.characters), endMs });
  }
  const count = (list: readonly { text: string }[]) => list.reduce((sum, segment) => sum + segment.text.length, 0);
  const untilMs = segments.reduce((latest, segment) => Math.max(latest, segment.endMs), 0);
  const coverage: AnalysisCoverage = {
    complete: prefix.complete,
    reason: prefix.complete ? null : 'time_budget',
    budgetMs,
    analysedCharacters: count(segments),
    totalCharacters: count(content.segments),
    untilMs,
  };
  if (prefix.complete) return { content, coverage };
  return {
    content: { ...content, segments, speechRegions: content.speechRegions.filter((r) => r.startMs < untilMs) },
    coverage,
  };
}

/** The note that opens a report cut short, in both languages: that it stopped, why, and what it covers. */
export function coverageNotes(coverage: AnalysisCoverage | null | undefined): Message[] {
  if (!coverage || coverage.complete) return [];
  const seconds = coverage.budgetMs === null ? null : Math.round(coverage.budgetMs / 1000);
  const percent = Math.floor((coverage.analysedCharacters / Math.max(1, coverage.totalCharacters)) * 100);
  const until = formatDuration(coverage.untilMs);
  const of = `${coverage.analysedCharacters.toLocaleString('en')} / ${coverage.totalCharacters.toLocaleString('en')}`;
  return [
    {
      ja: `分析は時間の上限${seconds === null ? '' : `（${seconds}秒）`}で打ち切りました。この結果は冒頭から ${until} まで（${of} 文字、${percent}%）だけを分析したもので、それより後の部分は含みません。指摘がないことは、問題がないことを意味しません。`,
      en: `The analysis stopped at its time limit${seconds === null ? '' : ` (${seconds} s)`}. This report covers only the start up to ${until} (${of} characters, ${percent}%); nothing after that was analysed, so the absence of a finding there means nothing.`,
    },
  ];
}
