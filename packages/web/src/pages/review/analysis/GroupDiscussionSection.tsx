import { formatDuration, type GroupDiscussionReport, type KeyPoint } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { modeText } from '../../../i18n/strings/analysis';
import { formatPercent } from './measure-format';

/** Each participant's time, share, turns and interruptions; the key points and the others' ideas. */
export function GroupDiscussionSection({ report }: { report: GroupDiscussionReport }) {
  const { t } = useLocale();
  return (
    <section className="mode-section" data-testid="group-discussion">
      <h3>{t(modeText.groupTitle)}</h3>
      {report.myShare !== null && (
        <p>{t(modeText.myShare(formatPercent(report.myShare), formatPercent(report.equalShare)))}</p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t(modeText.participant)}</th>
              <th scope="col">{t(modeText.speakingTime)}</th>
              <th scope="col">{t(modeText.share)}</th>
              <th scope="col">{t(modeText.turns)}</th>
              <th scope="col">{t(modeText.interruptions)}</th>
              <th scope="col">{t(modeText.interrupted)}</th>
            </tr>
          </thead>
          <tbody>
            {report.participants.map((participant) => (
              <tr key={participant.key} data-testid="participant-row">
                <th scope="row">{participant.label}</th>
                <td>{formatDuration(participant.speakingMs)}</td>
                <td>{formatPercent(participant.share)}</td>
                <td>{participant.turns}</td>
                <td>{participant.interruptions}</td>
                <td>{participant.interrupted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.participants.some((participant) => participant.keyPoints.length > 0) && (
        <>
          <h4 className="qa-card__subtitle">{t(modeText.keyPoints)}</h4>
          <KeyPointList points={report.participants.flatMap((participant) => participant.keyPoints)} />
        </>
      )}
      {report.othersIdeas.length > 0 && (
        <>
          <h4 className="qa-card__subtitle">{t(modeText.othersIdeas)}</h4>
          <KeyPointList points={report.othersIdeas} />
        </>
      )}
    </section>
  );
}

export function KeyPointList({ points }: { points: readonly KeyPoint[] }) {
  const { t } = useLocale();
  return (
    <ul className="key-points">
      {points.map((point) => (
        <li key={`${point.segmentId}:${point.text}`}>
          <span className="key-points__kind">{t(modeText.kind[point.kind])}</span>
          <span className="meta-text">
            {point.speaker} · {formatDuration(point.atMs)}
          </span>
          <span>{point.text}</span>
        </li>
      ))}
    </ul>
  );
}
