import type { TranscriptContent, TranscriptSpeaker } from '../model';
import { inferRoles, type RoleContext, type RoleInference } from './infer-roles';

/**
 * The transcript with every speaker's role guessed from the conversation, each marked `guessed` with its
 * confidence and evidence; also the inference itself (whether it is settled, and what to ask if not).
 */
export function withInferredRoles(
  content: TranscriptContent,
  context: RoleContext = {},
): { content: TranscriptContent; inference: RoleInference } {
  const inference = inferRoles(content, context);
  const byKey = new Map(inference.roles.map((role) => [role.key, role]));
  const speakers = content.speakers.map((speaker): TranscriptSpeaker => {
    const guess = byKey.get(speaker.key);
    if (!guess) return speaker;
    return {
      key: speaker.key,
      label: speaker.label,
      role: guess.role,
      guessed: true,
      confidence: guess.confidence,
      evidence: guess.evidence,
    };
  });
  return { content: { ...content, speakers }, inference };
}

/** A speaker as the user confirmed it: the guess markers dropped. */
export function confirmedSpeaker(speaker: TranscriptSpeaker): TranscriptSpeaker {
  return { key: speaker.key, label: speaker.label, role: speaker.role };
}

/** True while any role is still a guess or unknown: the review asks before trusting the analysis. */
export function rolesNeedConfirmation(speakers: readonly TranscriptSpeaker[]): boolean {
  return speakers.some((speaker) => speaker.guessed === true || speaker.role === 'unknown');
}
