import { splitSpeaker } from './cue-speaker';
import type { CueTiming } from './timestamps';
import type { ParsedCue } from './transcript-builder';

/**
 * The lines of one subtitle cue become one or more cues: a cue may hold two speakers on two lines
 * ("- <v A>…" / "- <v B>…"); their shared time is split in proportion to how much each said.
 * A line naming nobody continues the speaker before it, also across cues (Zoom splits long turns).
 */
export function cuesFromPayload(payload: string[], timing: CueTiming, previousSpeaker: string | null): ParsedCue[] {
  const parts: Array<{ speaker: string | null; text: string }> = [];
  let speaker = previousSpeaker;
  for (const raw of payload) {
    const line = splitSpeaker(raw.replace(/^-\s+/, ''));
    if (line.speaker !== null) speaker = line.speaker;
    const last = parts[parts.length - 1];
    if (last && last.speaker === speaker) last.text = joinText(last.text, line.text);
    else parts.push({ speaker, text: line.text });
  }
  const total = parts.reduce((sum, part) => sum + part.text.length, 0) || 1;
  const span = timing.endMs - timing.startMs;
  let cursor = timing.startMs;
  return parts.map((part, index) => {
    const endMs = index === parts.length - 1 ? timing.endMs : cursor + Math.round((span * part.text.length) / total);
    const cue = { speaker: part.speaker, startMs: cursor, endMs, text: part.text };
    cursor = endMs;
    return cue;
  });
}

/** Japanese lines join without a space; Latin words need one. */
function joinText(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  return /[A-Za-z0-9,.!?]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : `${left}${right}`;
}
