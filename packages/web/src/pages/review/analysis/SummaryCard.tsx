import { type AnalysisReport, coverageNotes } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';
import { FeedbackList } from './FeedbackList';
import { formatMeasure } from './measure-format';

/** The event at a glance: the three things to work on first, the key counts, and what could not be measured. */
export function SummaryCard({ report, onSeek }: { report: AnalysisReport; onSeek(ms: number): void }) {
  const { t, locale } = useLocale();
  const { event, summary } = report;
  const share = event.myTalkShare;
  // A report cut short by the time limit says so before anything else: its few findings are not the whole.
  const [partial] = coverageNotes(report.coverage);
  const notes = partial ? report.notes.filter((note) => note.en !== partial.en) : report.notes;
  return (
    <section className="qa-summary" data-testid="qa-summary" aria-labelledby="qa-summary-title">
      <h3 id="qa-summary-title">{t(analysisText.summaryTitle)}</h3>
      {partial && (
        <p className="qa-summary__partial" role="status" data-testid="summary-partial">
          {t(partial)}
        </p>
      )}
      <dl className="qa-summary__figures">
        {share && (
          <div className={`qa-summary__figure measure--${share.verdict}`} data-testid="summary-talk-share">
            <dt>{t(analysisText.talkShare)}</dt>
            <dd>
              <strong>{formatMeasure(share, locale)}</strong>
              {share.norm && <span className="qa-summary__norm">{t(share.norm)}</span>}
            </dd>
          </div>
        )}
        <div className="qa-summary__figure" data-testid="summary-question-count">
          <dt>{t(analysisText.questionCount)}</dt>
          <dd>
            <strong>{event.questionCount}</strong>
            <span className="qa-summary__norm">{t(analysisText.answered(event.answeredCount))}</span>
          </dd>
        </div>
        <div
          className={`qa-summary__figure ${event.flaggedAnswers > 0 ? 'measure--high' : 'measure--ok'}`}
          data-testid="summary-flagged"
        >
          <dt>{t(analysisText.flagged)}</dt>
          <dd>
            <strong>{event.flaggedAnswers}</strong>
          </dd>
        </div>
      </dl>
      <h4 className="qa-card__subtitle">{t(analysisText.focusTitle)}</h4>
      {summary.focus.length === 0 ? (
        <p className="meta-text">{t(analysisText.noFocus)}</p>
      ) : (
        <FeedbackList points={summary.focus} onSeek={onSeek} testId="summary-focus" />
      )}
      {summary.highlights.length > 0 && (
        <ul className="qa-summary__highlights">
          {summary.highlights.map((line) => (
            <li key={line.en}>{t(line)}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <div className="qa-summary__notes" data-testid="summary-notes">
          <h4 className="qa-card__subtitle">{t(analysisText.notesTitle)}</h4>
          <ul>
            {notes.map((note) => (
              <li key={note.en}>{t(note)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
