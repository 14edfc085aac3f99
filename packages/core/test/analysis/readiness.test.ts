import { describe, expect, it } from 'vitest';
import { analyseTranscript, renderReportMarkdown, reportReadiness, type TranscriptContent } from '../../src/index';
import { morphemesFor, transcript } from './support';

const ROWS: Array<[string, number, number, string]> = [
  ['A', 0, 3, '本日はよろしくお願いします。'],
  ['B', 3.5, 5, 'よろしくお願いします。'],
  ['A', 6, 9, '自己紹介をお願いします。'],
  ['B', 10, 40, '山田と申します。大学では情報工学を専攻し、アルバイトでは塾講師をしていました。'],
];

const analyse = (content: TranscriptContent) =>
  analyseTranscript({
    transcript: content,
    morphemes: morphemesFor(content),
    eventType: 'interview',
    generatedAt: '2026-01-01T00:00:00Z',
  });

describe('a report whose roles are unknown says it could not analyse', () => {
  it('is not ready when nobody is me or nobody asks, and names what is missing', () => {
    const unknown = analyse(transcript({ A: 'unknown', B: 'unknown' }, ROWS));
    expect(reportReadiness(unknown)).toEqual({ state: 'roles_unknown', missing: ['me', 'asker'] });
    const noAsker = analyse(transcript({ A: 'candidate', B: 'me' }, ROWS));
    expect(reportReadiness(noAsker)).toEqual({ state: 'roles_unknown', missing: ['asker'] });
    expect(reportReadiness(analyse(transcript({ A: 'interviewer', B: 'me' }, ROWS)))).toEqual({ state: 'ready' });
  });

  it('the Markdown report leads with "could not analyse", never "nothing stands out"', () => {
    const markdown = renderReportMarkdown(analyse(transcript({ A: 'unknown', B: 'unknown' }, ROWS)));
    expect(markdown).toContain('分析できませんでした');
    expect(markdown).not.toContain('特にありません');
    const english = renderReportMarkdown(analyse(transcript({ A: 'unknown', B: 'unknown' }, ROWS)), { locale: 'en' });
    expect(english).toContain('Could not analyse');
  });
});
