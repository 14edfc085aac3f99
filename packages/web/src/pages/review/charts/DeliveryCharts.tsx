import type { AnalysisReport } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { chartText } from '../../../i18n/strings/charts';
import { BarChart } from './BarChart';
import { fillerRows, paceRows, pitchRows, scaleMax, shareRows } from './delivery-chart-data';
import './charts.css';

/** Pace and fillers per answer, talk share, and pitch variation — each against its norm. */
export function DeliveryCharts({ report }: { report: AnalysisReport }) {
  const { t, locale } = useLocale();
  const { norms } = report;
  const pace = paceRows(report, locale);
  const fillers = fillerRows(report, locale);
  const share = shareRows(report);
  const pitch = pitchRows(report);
  const answerColumn = t(chartText.answer);
  return (
    <div className="charts" data-testid="delivery-charts">
      {pace.length > 0 && (
        <BarChart
          title={t(chartText.paceTitle)}
          columns={[answerColumn, t(chartText.paceValue)]}
          rows={pace}
          max={scaleMax(
            pace.map((row) => row.value),
            norms.pace.fastCharsPerMinute,
          )}
          band={{
            from: norms.pace.slowCharsPerMinute,
            to: norms.pace.fastCharsPerMinute,
            label: t(chartText.paceBand(norms.pace.slowCharsPerMinute, norms.pace.fastCharsPerMinute)),
          }}
          lines={[
            { value: norms.pace.targetCharsPerMinute, label: t(chartText.paceTarget(norms.pace.targetCharsPerMinute)) },
          ]}
          testId="chart-pace"
        />
      )}
      {fillers.length > 0 && (
        <BarChart
          title={t(chartText.fillersTitle)}
          columns={[answerColumn, t(chartText.fillersValue)]}
          rows={fillers}
          max={scaleMax(
            fillers.map((row) => row.value),
            norms.fillers.okPerMinute * 2,
          )}
          lines={[{ value: norms.fillers.okPerMinute, label: t(chartText.fillersLine(norms.fillers.okPerMinute)) }]}
          testId="chart-fillers"
        />
      )}
      {share.length > 0 && (
        <BarChart
          title={t(chartText.shareTitle)}
          columns={[t(chartText.speaker), t(chartText.shareValue)]}
          rows={share}
          max={1}
          band={{
            from: norms.talkShare.min,
            to: norms.talkShare.max,
            label: t(chartText.shareBand(norms.talkShare.min * 100, norms.talkShare.max * 100)),
          }}
          testId="chart-share"
        />
      )}
      {pitch.length > 0 ? (
        <BarChart
          title={t(chartText.pitchTitle)}
          columns={[answerColumn, 'PVQ']}
          rows={pitch}
          max={scaleMax(
            pitch.map((row) => row.value),
            norms.intonation.monotonePvq * 2,
          )}
          lines={[{ value: norms.intonation.monotonePvq, label: t(chartText.pitchLine(norms.intonation.monotonePvq)) }]}
          testId="chart-pitch"
        />
      ) : (
        <p className="meta-text" data-testid="chart-pitch-missing">
          {t(chartText.pitchMissing)}
        </p>
      )}
    </div>
  );
}
