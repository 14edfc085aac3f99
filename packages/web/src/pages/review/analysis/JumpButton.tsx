import { formatDuration } from '@furikaeri/core';
import { useLocale } from '../../../i18n/LocaleContext';
import { analysisText } from '../../../i18n/strings/analysis';

/** 「この場面へ」: moves the player to a moment (the page's player stays sticky, so it is in view). */
export function JumpButton({ atMs, onSeek }: { atMs: number; onSeek(ms: number): void }) {
  const { t } = useLocale();
  const time = formatDuration(atMs);
  return (
    <button
      type="button"
      className="button button--small jump"
      onClick={() => onSeek(atMs)}
      aria-label={t(analysisText.jumpTo(time))}
      data-testid="qa-jump"
    >
      ▶ {t(analysisText.jump)} <span className="jump__time">{time}</span>
    </button>
  );
}
