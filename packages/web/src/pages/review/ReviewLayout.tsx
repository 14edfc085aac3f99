import type { ReactNode } from 'react';
import './review-layout.css';

interface ReviewLayoutProps {
  /** The player card (waveform, controls, bookmarks). */
  player: ReactNode;
  /** The transcript panel; its lines scroll inside their own box and follow the playhead. */
  transcript: ReactNode;
  /** The analysis: summary and question cards. */
  analysis: ReactNode;
  /** Panels after the cards: questions with notes, speakers, charts, keys (left out of a printout). */
  side: ReactNode;
}

/**
 * Listening and reading stay together, the analysis scrolls on its own: on a wide screen the player and the
 * transcript are one column that stays in view beside the cards; on a narrow one they are docked at the top,
 * the transcript under the player, and the cards scroll beneath. So following the transcript never scrolls
 * the page away from the card being read (#18 item 7).
 */
export function ReviewLayout({ player, transcript, analysis, side }: ReviewLayoutProps) {
  return (
    <div className="review-layout" data-testid="review-layout">
      <div className="review-layout__dock" data-testid="review-dock">
        {player}
        <div className="review-layout__transcript">{transcript}</div>
      </div>
      <div className="review-layout__analysis" data-testid="review-analysis">
        {analysis}
        <div className="review-layout__side">{side}</div>
      </div>
    </div>
  );
}
