import { type FeedbackPoint, formatDuration } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';

interface FeedbackListProps {
  points: readonly FeedbackPoint[];
  onSeek(ms: number): void;
  testId: string;
}

/** Feedback points in the page's language, most severe styled strongest, each with its moment when it has one. */
export function FeedbackList({ points, onSeek, testId }: FeedbackListProps) {
  const { t } = useLocale();
  return (
    <ul className="feedback" data-testid={testId}>
      {points.map((point) => (
        <li
          key={`${point.kind}:${point.questionId}:${point.atMs}`}
          className={`feedback__point feedback__point--${point.severity}`}
          data-kind={point.kind}
        >
          <span>{t(point.message)}</span>
          {point.atMs !== null && (
            <button
              type="button"
              className="button button--small button--quiet feedback__seek"
              onClick={() => onSeek(point.atMs ?? 0)}
              aria-label={t(analysisText.jumpTo(formatDuration(point.atMs)))}
            >
              {formatDuration(point.atMs)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
