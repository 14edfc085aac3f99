import type { SpeakerRole, TranscriptContent, TranscriptSegment } from '../transcript/model';

/** Consecutive segments of one speaker: what people call a turn in a conversation. */
export interface Turn {
  index: number;
  speaker: string;
  role: SpeakerRole;
  segments: TranscriptSegment[];
  startMs: number;
  endMs: number;
  text: string;
}

/** The company side asks the interview questions: interviewers, and moderators in discussions. */
export function isCompanySide(role: SpeakerRole): boolean {
  return role === 'interviewer' || role === 'moderator';
}

/** Segments in time order (stable for equal starts), grouped into turns. */
export function buildTurns(content: TranscriptContent): Turn[] {
  const roles = new Map(content.speakers.map((speaker) => [speaker.key, speaker.role]));
  const ordered = content.segments
    .map((segment, position) => ({ segment, position }))
    .sort((a, b) => a.segment.startMs - b.segment.startMs || a.position - b.position)
    .map(({ segment }) => segment);
  const turns: Turn[] = [];
  for (const segment of ordered) {
    const last = turns[turns.length - 1];
    if (last && last.speaker === segment.speaker) {
      last.segments.push(segment);
      last.endMs = Math.max(last.endMs, segment.endMs);
      continue;
    }
    turns.push({
      index: turns.length,
      speaker: segment.speaker,
      role: roles.get(segment.speaker) ?? 'unknown',
      segments: [segment],
      startMs: segment.startMs,
      endMs: segment.endMs,
      text: '',
    });
  }
  // Joined once per turn: appending segment by segment re-reads the growing text each time (quadratic).
  for (const turn of turns) turn.text = joinAll(turn.segments.map((segment) => segment.text));
  return turns;
}

function joinAll(texts: readonly string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const text of texts) {
    if (previous === '') parts.push(text);
    else parts.push(joinTexts(previous, text).slice(previous.length));
    if (text !== '') previous = text;
  }
  return parts.join('');
}

export function joinTexts(left: string, right: string): string {
  if (left === '') return right;
  return /[A-Za-z0-9.,?!]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : `${left}${right}`;
}

/** A short acknowledgement (はい, なるほど, おお) does not take the turn away from the person answering. */
export function isBackchannel(text: string): boolean {
  const clean = text.replace(/[\s、。！？!?,.…ー〜]/g, '');
  if (clean.length === 0) return true;
  if (clean.length > 12) return false;
  return /^(はい|ええ|うん|うんうん|はいはい|なるほど|なるほどね|おお|おー|へえ|へー|ほう|そうですか|そうなんですね|そうですね|確かに|いいですね|ありがとうございます|mhm|uhhuh|right|okay|ok|i see|sure)+$/i.test(
    clean,
  );
}
