import type { RecordingView, Transcript } from '@furikaeri/core';
import { useCallback, useMemo } from 'react';
import { audioUrl } from '../../../api/library';
import { recorderApi } from '../../../api/recorder';
import { Notice } from '../../../components/Notice';
import { useResource } from '../../../hooks/useResource';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import { BookmarkList } from './BookmarkList';
import type { Bookmark } from './bookmarks';
import { toTimelineBookmarks } from './bookmarks';
import { PlayerControls } from './PlayerControls';
import { speakerColour } from './speaker-colours';
import { displayTurns, speakerTurns } from './speaker-turns';
import { usePeaks } from './usePeaks';

const NO_BOOKMARKS: Bookmark[] = [];

import type { PlaybackControls, PlaybackState } from './usePlayback';
import { Waveform } from './Waveform';

interface PlayerPanelProps {
  recording: RecordingView;
  /** Speaker turns to draw (without a transcript: the detected speech, as one "speaker"). */
  transcript: Pick<Transcript, 'speakers' | 'segments'>;
  audio: HTMLAudioElement | null;
  onAudio(element: HTMLAudioElement | null): void;
  /** False until the transcript is all in the page: regions force a layout each, so they come after. */
  drawRegions: boolean;
  /** Same-speaker turns closer than this are drawn as one (0: every stretch of detected speech on its own). */
  joinGapMs?: number;
  state: PlaybackState;
  controls: PlaybackControls;
  durationMs: number;
  onPreviousQuestion?: () => void;
  onNextQuestion?: () => void;
}

/** The recording: waveform with speaker turns and bookmarks, the hidden <audio> behind it, and its controls. */
export function PlayerPanel(props: PlayerPanelProps) {
  const { recording, transcript, audio, onAudio, drawRegions, joinGapMs, ...controlProps } = props;
  const { t } = useLocale();
  const peaks = usePeaks(recording.id);
  const { speakers, segments } = transcript;
  const durationMs = controlProps.durationMs;
  const turns = useMemo(
    () => (drawRegions ? displayTurns(speakerTurns(segments, joinGapMs), durationMs) : []),
    [drawRegions, segments, durationMs, joinGapMs],
  );
  const colourOf = useCallback((key: string) => speakerColour(speakers, key), [speakers]);
  const recorded = useResource(`bookmarks:${recording.id}`, () => recorderApi.bookmarksOf(recording.id));
  const bookmarks = useMemo(() => toTimelineBookmarks(recorded.data), [recorded.data]);
  const markers = drawRegions ? bookmarks : NO_BOOKMARKS;

  return (
    <div className="player" data-testid="player">
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript beside it is the caption. */}
      <audio ref={onAudio} src={audioUrl(recording.id)} preload="metadata" data-testid="review-audio" />
      {audio && peaks.data ? (
        <Waveform audio={audio} peaks={peaks.data} turns={turns} colourOf={colourOf} bookmarks={markers} />
      ) : peaks.error ? (
        <Notice tone="warning" testId="peaks-error">
          <p>{t(reviewText.peaksFailed)}</p>
        </Notice>
      ) : (
        <div className="waveform waveform--loading" aria-live="polite">
          {t(reviewText.loadingWaveform)}
        </div>
      )}
      <BookmarkList bookmarks={bookmarks} onSeek={controlProps.controls.seek} />
      <PlayerControls {...controlProps} />
    </div>
  );
}
