import { formatDuration, type TranscriptEdit, type TranscriptSegment, type TranscriptSpeaker } from '@furikaeri/core';
import { type CSSProperties, memo, useEffect, useRef } from 'react';
import { useLocale } from '../../../i18n/LocaleContext';
import { editText, reviewText } from '../../../i18n/strings/review';
import { type FillerSpan, splitFillers } from './filler-marks';
import { SegmentEditor } from './SegmentEditor';

interface TranscriptLineProps {
  segment: TranscriptSegment;
  index: number;
  speakers: readonly TranscriptSpeaker[];
  colour: string;
  current: boolean;
  question: boolean;
  /** Fillers the analysis found in this line, highlighted in place. */
  fillers: readonly FillerSpan[] | undefined;
  editing: boolean;
  hasNext: boolean;
  busy: boolean;
  onSeek(ms: number): void;
  onEdit(segmentId: string | null): void;
  onApply(edit: TranscriptEdit): Promise<boolean>;
}

/**
 * One segment. The line itself is a button (Enter plays from there; Space keeps meaning play/pause, see
 * useReviewShortcuts); "修正" opens the editor in place. Memoised: while playing only two lines change.
 */
export const TranscriptLine = memo(function TranscriptLine(props: TranscriptLineProps) {
  const { segment, index, speakers, colour, current, question, editing, onSeek, onEdit } = props;
  const { t } = useLocale();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  const speaker = speakers.find((candidate) => candidate.key === segment.speaker);
  const time = formatDuration(segment.startMs);

  // Closing the editor puts the keyboard back where it was.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const classes = ['line', current && 'line--current', question && 'line--question', editing && 'line--editing'];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      style={{ '--speaker': colour } as CSSProperties}
      data-index={index}
      data-segment-id={segment.id}
      data-current={current ? 'true' : undefined}
      data-testid="transcript-line"
    >
      <button
        type="button"
        className="line__body"
        onClick={() => onSeek(segment.startMs)}
        aria-current={current ? 'true' : undefined}
        data-space-plays="true"
        data-testid="line-seek"
      >
        <span className="line__time">{time}</span>
        <span className="line__speaker" data-testid="line-speaker">
          {speaker?.label ?? segment.speaker}
        </span>
        {question && <span className="line__badge">{t(reviewText.questionMark)}</span>}
        <span className="line__text" data-testid="line-text">
          {props.fillers ? <TextWithFillers text={segment.text} spans={props.fillers} /> : segment.text}
        </span>
      </button>
      {editing ? (
        <SegmentEditor
          segment={segment}
          speakers={speakers}
          hasNext={props.hasNext}
          busy={props.busy}
          onApply={props.onApply}
          onClose={() => onEdit(null)}
        />
      ) : (
        <button
          ref={editButton}
          type="button"
          className="button button--quiet line__edit"
          onClick={() => onEdit(segment.id)}
          aria-label={t(editText.editLine(time))}
          data-testid="line-edit"
        >
          {t(editText.edit)}
        </button>
      )}
    </li>
  );
});

/** Plain text runs and <mark class="filler"> elements, built by React from the text: never HTML. */
function TextWithFillers({ text, spans }: { text: string; spans: readonly FillerSpan[] }) {
  const { t } = useLocale();
  return (
    <>
      {splitFillers(text, spans).map((part, index) =>
        part.filler ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order, never reordered.
          <mark key={index} className="filler" title={t(reviewText.filler)} data-testid="filler">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
