import type { AnalysisReport, RecordingView, Transcript } from '@furikaeri/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Notice } from '../../components/Notice';
import type { Resource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { reviewText } from '../../i18n/strings/review';
import { DeliveryChartsSlot, QaCardsSlot } from './AnalysisSlots';
import { ExportPanel } from './export/ExportPanel';
import { playableRecording } from './playable-recording';
import { PlayerControls } from './player/PlayerControls';
import { PlayerPanel } from './player/PlayerPanel';
import { SKIP_MS, usePlayback } from './player/usePlayback';
import { QuestionsPanel } from './questions/QuestionsPanel';
import { useQuestionNavigation } from './questions/useQuestionNavigation';
import { ReviewLayout } from './ReviewLayout';
import { ShortcutHelp } from './shortcuts/ShortcutHelp';
import { useReviewShortcuts } from './shortcuts/useReviewShortcuts';
import { SpeakersPanel } from './speakers/SpeakersPanel';
import { currentSegmentIndex } from './transcript/current-segment';
import { fillerMarks } from './transcript/filler-marks';
import { TranscriptPanel } from './transcript/TranscriptPanel';
import { UndoBar } from './transcript/UndoBar';
import type { TranscriptViewModel } from './useTranscriptView';

interface ReviewWorkspaceProps {
  model: TranscriptViewModel;
  transcript: Transcript;
  undoSteps: number;
  notes: Record<string, string>;
  recordings: readonly RecordingView[];
  /** The analysis report (null until there is one): cards, charts, questions for J/K, fillers in the transcript. */
  analysis: Resource<AnalysisReport | null>;
  eventId: string;
  /** A search hit's moment (ms) to start at; changes when another hit of the same event is followed. */
  startAtMs: number | null;
}

/** Player and transcript together (ReviewLayout), beside the analysis: cards, questions with notes, speakers, charts. */
export function ReviewWorkspace(props: ReviewWorkspaceProps) {
  const { model, transcript, undoSteps, notes, recordings, startAtMs, analysis, eventId } = props;
  const { t } = useLocale();
  const recording = useMemo(() => playableRecording(transcript, recordings), [transcript, recordings]);
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const lastEndMs = transcript.segments.at(-1)?.endMs ?? 0;
  const durationMs = recording?.pcm?.durationMs ?? recording?.media?.durationMs ?? lastEndMs;
  const [state, controls] = usePlayback(recording ? audio : null, durationMs);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [linesShown, setLinesShown] = useState(false);
  const onAllShown = useCallback(() => setLinesShown(true), []);
  const navigation = useQuestionNavigation(transcript, analysis.data, state.timeMs, controls.seek);
  const fillers = useMemo(() => fillerMarks(analysis.data, transcript), [analysis.data, transcript]);
  const currentIndex = currentSegmentIndex(transcript.segments, state.timeMs);
  const analyseJob = (recording ?? recordings[0])?.jobs.find((job) => job.type === 'analyse') ?? null;

  useEffect(() => {
    if (startAtMs !== null) controls.seek(startAtMs);
  }, [startAtMs, controls]);

  const { undo: undoEdit } = model;
  const { announce } = navigation;
  const undo = useCallback(async () => {
    if (undoSteps > 0 && (await undoEdit())) announce(t(reviewText.undone));
  }, [undoSteps, undoEdit, announce, t]);

  useReviewShortcuts({
    toggle: controls.toggle,
    skip: (direction) => controls.skip(direction * SKIP_MS),
    previousQuestion: navigation.previous,
    nextQuestion: navigation.next,
    stepRate: controls.stepRate,
    undo: () => void undo(),
  });

  const controlProps = {
    state,
    controls,
    durationMs,
    onPreviousQuestion: navigation.previous,
    onNextQuestion: navigation.next,
  };

  return (
    <div className="review" data-testid="review-workspace">
      <ReviewLayout
        player={
          <section className="card review__player" aria-label={t(reviewText.player)}>
            {recording ? (
              <PlayerPanel
                recording={recording}
                transcript={transcript}
                audio={audio}
                onAudio={setAudio}
                drawRegions={linesShown}
                {...controlProps}
              />
            ) : (
              <div className="player">
                <Notice tone="info" testId="no-audio">
                  <p>{t(reviewText.noAudio)}</p>
                </Notice>
                <PlayerControls {...controlProps} />
              </div>
            )}
            <p className="visually-hidden" aria-live="polite" data-testid="review-announcement">
              {navigation.announcement}
            </p>
          </section>
        }
        transcript={
          <TranscriptPanel
            transcript={transcript}
            currentIndex={currentIndex}
            questionIds={navigation.questionIds}
            fillers={fillers}
            editingId={editingId}
            onEdit={setEditingId}
            onSeek={controls.seek}
            onApply={model.apply}
            busy={model.action.busy}
            onAllShown={onAllShown}
            actions={
              <UndoBar
                undoSteps={undoSteps}
                busy={model.action.busy}
                error={model.action.error}
                onUndo={() => void undo()}
                onDismissError={model.action.clearError}
              />
            }
          />
        }
        analysis={
          <QaCardsSlot
            analysis={analysis}
            analyseJob={analyseJob}
            notes={notes}
            busy={model.action.busy}
            onSeek={controls.seek}
            onSaveNote={model.saveNote}
            exportPanel={<ExportPanel eventId={eventId} />}
          />
        }
        side={
          <>
            <QuestionsPanel
              questions={navigation.questions}
              provisional={navigation.provisional}
              notes={notes}
              currentQuestionId={navigation.currentQuestionId}
              busy={model.action.busy}
              onSeek={controls.seek}
              onSaveNote={model.saveNote}
            />
            <SpeakersPanel speakers={transcript.speakers} busy={model.action.busy} onApply={model.apply} />
            <DeliveryChartsSlot analysis={analysis} analyseJob={analyseJob} />
            <ShortcutHelp />
          </>
        }
      />
    </div>
  );
}
