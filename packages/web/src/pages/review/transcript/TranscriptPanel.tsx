import type { Transcript, TranscriptEdit } from '@furikaeri/core';
import { type ReactNode, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Section } from '../../../components/Section';
import { useLocale } from '../../../i18n/LocaleContext';
import { reviewText } from '../../../i18n/strings/review';
import { speakerColour } from '../player/speaker-colours';
import type { FillerSpan } from './filler-marks';
import { TranscriptLine } from './TranscriptLine';

interface TranscriptPanelProps {
  transcript: Transcript;
  currentIndex: number;
  questionIds: ReadonlySet<string>;
  fillers: ReadonlyMap<string, readonly FillerSpan[]>;
  editingId: string | null;
  onEdit(segmentId: string | null): void;
  onSeek(ms: number): void;
  onApply(edit: TranscriptEdit): Promise<boolean>;
  busy: boolean;
  /** Called once every line is in the page (the rest of the page waits for it before heavy layout work). */
  onAllShown(): void;
  /** Undo button and error, shown in the header so they stay near the lines they change. */
  actions: ReactNode;
}

/**
 * The first lines render at once; the rest of a long transcript (900 lines for an hour) follows in a
 * transition, so the player, the waveform request and the first screen do not wait for the last line.
 */
const FIRST_LINES = 80;

/** Every segment in order, the one being heard lit and kept in view inside its own scroll box. */
export function TranscriptPanel(props: TranscriptPanelProps) {
  const { transcript, currentIndex, questionIds, fillers, editingId, onEdit, onSeek, onApply, busy, onAllShown } =
    props;
  const { t } = useLocale();
  const list = useRef<HTMLOListElement>(null);
  const { segments, speakers } = transcript;
  const [shown, setShown] = useState(FIRST_LINES);
  useEffect(() => {
    if (shown < segments.length) startTransition(() => setShown(segments.length));
    else onAllShown();
  }, [shown, segments.length, onAllShown]);
  const colours = useMemo(
    () => new Map(speakers.map((speaker) => [speaker.key, speakerColour(speakers, speaker.key)])),
    [speakers],
  );

  // Follow the playhead, unless the user is correcting a line (the editor must not scroll away). Again once
  // every line is there: a search hit's moment may be far down.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` changes which lines exist in the DOM.
  useEffect(() => {
    if (editingId !== null || currentIndex < 0) return;
    const box = list.current;
    const line = box?.querySelector<HTMLElement>(`[data-index="${currentIndex}"]`);
    if (!box || !line) return;
    const top = line.offsetTop;
    const visible = top >= box.scrollTop && top + line.offsetHeight <= box.scrollTop + box.clientHeight;
    if (visible) return;
    const target = Math.max(0, top - box.clientHeight / 3);
    const near = Math.abs(target - box.scrollTop) < box.clientHeight * 2;
    box.scrollTo({ top: target, behavior: near ? 'smooth' : 'auto' });
  }, [currentIndex, editingId, shown]);

  return (
    <Section title={t(reviewText.transcript)} count={segments.length} actions={props.actions} testId="transcript">
      {segments.length === 0 ? (
        <p className="empty">{t(reviewText.emptyTranscript)}</p>
      ) : (
        <ol ref={list} className="transcript" data-testid="transcript-lines">
          {segments.slice(0, shown).map((segment, index) => (
            <TranscriptLine
              key={segment.id}
              segment={segment}
              index={index}
              speakers={speakers}
              colour={colours.get(segment.speaker) ?? speakerColour(speakers, segment.speaker)}
              current={index === currentIndex}
              question={questionIds.has(segment.id)}
              fillers={fillers.get(segment.id)}
              editing={editingId === segment.id}
              hasNext={index < segments.length - 1}
              busy={busy}
              onSeek={onSeek}
              onEdit={onEdit}
              onApply={onApply}
            />
          ))}
        </ol>
      )}
    </Section>
  );
}
