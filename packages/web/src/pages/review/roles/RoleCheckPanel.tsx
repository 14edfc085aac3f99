import {
  type AnalysisMode,
  reportReadiness,
  type Transcript,
  type TranscriptEdit,
  type TranscriptSpeaker,
} from '@furikaeri/core';
import { GuessedRoles } from './GuessedRoles';
import { RolesQuestion } from './RolesQuestion';
import './roles.css';

interface RoleCheckPanelProps {
  transcript: Transcript;
  mode: AnalysisMode;
  busy: boolean;
  onApply(edit: TranscriptEdit): Promise<boolean>;
  onSplit(): void;
}

/** Lines each speaker said first: to tell "Speaker 1" from "Speaker 2" without scrolling. */
export function firstWords(transcript: Transcript, speaker: TranscriptSpeaker): string {
  const text = transcript.segments.find((segment) => segment.speaker === speaker.key)?.text ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * At the top of the review: when the roles are unknown the page says so first and asks (the analysis cannot
 * run); when they are guessed it shows them as guesses with one click to confirm or change.
 */
export function RoleCheckPanel({ transcript, mode, busy, onApply, onSplit }: RoleCheckPanelProps) {
  const readiness = reportReadiness({ mode, speakers: transcript.speakers });
  if (readiness.state === 'roles_unknown') {
    return (
      <RolesQuestion
        transcript={transcript}
        missing={readiness.missing}
        mode={mode}
        busy={busy}
        onApply={onApply}
        onSplit={onSplit}
      />
    );
  }
  if (transcript.speakers.some((speaker) => speaker.guessed)) {
    return <GuessedRoles transcript={transcript} busy={busy} onApply={onApply} />;
  }
  return null;
}
