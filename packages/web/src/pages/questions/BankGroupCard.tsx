import { type BankGroupView, ROUND_LABELS } from '@furikaeri/core';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { charCount } from '../../i18n/strings/practice-length';
import { prepText } from '../../i18n/strings/prep';
import { prepFormat } from '../../i18n/strings/prep-format';
import { href } from '../../router/routes';
import { categoryLabel } from './category-label';

interface BankGroupCardProps {
  group: BankGroupView;
  onMarkBest(groupKey: string, eventId: string, questionId: string): void;
  busy: boolean;
}

/** One question as often as it was asked: where, and my answer each time with its figures, side by side. */
export function BankGroupCard({ group, onMarkBest, busy }: BankGroupCardProps) {
  const { t } = useLocale();
  return (
    <li className="card bank-group" data-testid="bank-group">
      <div className="bank-group__head">
        <Badge tone="neutral">{t(categoryLabel(group.category))}</Badge>
        <span className="meta-text">{t(prepText.askedTimes(group.entries.length))}</span>
      </div>
      <p className="bank-group__question" data-user-content>
        {group.text}
      </p>
      <div className="bank-group__answers">
        {group.entries.map((entry) => {
          const best = group.best?.eventId === entry.eventId && group.best.questionId === entry.questionId;
          return (
            <div
              key={`${entry.eventId}:${entry.questionId}`}
              className="bank-answer"
              data-best={best}
              data-testid="bank-answer"
            >
              <a href={href.review(entry.eventId, entry.atMs)} className="bank-answer__where">
                {[entry.companyName, entry.round ? t(ROUND_LABELS[entry.round]) : null, entry.date]
                  .filter(Boolean)
                  .join(t(prepFormat.separator))}
              </a>
              {entry.answer ? (
                <p className="bank-answer__text" data-user-content>
                  {entry.answer.text}
                </p>
              ) : (
                <p className="bank-answer__text">{t(prepText.noAnswer)}</p>
              )}
              {entry.answer && (
                <p className="meta-text">
                  {t(charCount(entry.answer.characters))}
                  {entry.answer.charsPerMinute !== null &&
                    `${t(prepFormat.separator)}${entry.answer.charsPerMinute} ${t(prepText.charsPerMinute)}`}
                  {entry.answer.fillersPerMinute !== null &&
                    `${t(prepFormat.separator)}${entry.answer.fillersPerMinute} ${t(prepText.fillersPerMinute)}`}
                </p>
              )}
              {best ? (
                <Badge tone="success" plain testId="best-badge">
                  ★ {t(prepText.best)}
                </Badge>
              ) : (
                entry.answer && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={busy}
                    onClick={() => onMarkBest(group.key, entry.eventId, entry.questionId)}
                    data-testid="mark-best"
                  >
                    {t(prepText.markBest)}
                  </button>
                )
              )}
            </div>
          );
        })}
      </div>
    </li>
  );
}
