import { useState } from 'react';
import { analysisMarkdownUrl } from '../../../api/analysis';
import { useLocale } from '../../../i18n/LocaleContext';
import { exportText } from '../../../i18n/strings/export';
import { AdvisorExportDialog } from './AdvisorExportDialog';
import './export.css';

/**
 * Keeping the report: the Markdown file (Japanese or English), a printout (the browser's print dialog also
 * saves a PDF; print.css keeps only the summary and the cards), and the masked advisor export behind its
 * rules. Nothing here sends anything anywhere: there are no share buttons.
 */
export function ExportPanel({ eventId }: { eventId: string }) {
  const { t, locale } = useLocale();
  const [advisorOpen, setAdvisorOpen] = useState(false);
  return (
    <div className="export-panel" data-testid="export-panel">
      <a
        className="button button--small"
        href={analysisMarkdownUrl(eventId, locale)}
        download
        data-testid="export-markdown"
      >
        {t(exportText.markdown)}
      </a>
      <a
        className="button button--small button--quiet"
        href={analysisMarkdownUrl(eventId, locale === 'ja' ? 'en' : 'ja')}
        download
        data-testid="export-markdown-other"
      >
        {t(exportText.markdownOther)}
      </a>
      <button type="button" className="button button--small" onClick={() => window.print()} data-testid="export-print">
        {t(exportText.print)}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => setAdvisorOpen(true)}
        data-testid="export-advisor"
      >
        {t(exportText.advisor)}
      </button>
      {advisorOpen && <AdvisorExportDialog eventId={eventId} onClose={() => setAdvisorOpen(false)} />}
    </div>
  );
}
