import type { TranscriptContent, TranscriptSegment } from '../model';
import { HOSTS_THE_MEETING, INTRODUCES_AS_COMPANY, INVITES_QUESTIONS, isQuestionUnit, utterances } from './spoken-cues';

/** A short line ("ありがとうございます", "なるほど") between an answer and the next question. */
const ACKNOWLEDGEMENT_CHARACTERS = 16;

type Side = 'asks' | 'answers';

/**
 * Splits a transcript with one speaker (a Whisper SRT, captions without names) into two by turn-taking:
 * a segment that asks, invites questions or hosts belongs to the asking side; what follows a question is
 * the other side's answer until the next question; a short acknowledgement just before a question is the
 * asker's. This fits interviews, where questions and answers alternate; the user reviews the result.
 * Returns null when the transcript has more than one speaker or the split finds only one side.
 */
export function splitSpeakersByContent(content: TranscriptContent): TranscriptContent | null {
  if (content.speakers.length !== 1) return null;
  const segments = content.segments;
  const sides: Side[] = segments.map((segment) => (asks(segment) ? 'asks' : 'answers'));
  sides.forEach((side, index) => {
    const next = sides[index + 1];
    const text = segments[index]?.text ?? '';
    if (side === 'answers' && next === 'asks' && compact(text).length <= ACKNOWLEDGEMENT_CHARACTERS) {
      sides[index] = index > 0 && sides[index - 1] === 'asks' ? 'answers' : 'asks';
    }
  });
  if (!sides.includes('asks') || !sides.includes('answers')) return null;
  const firstSide = sides[0] ?? 'asks';
  const keyOf = (side: Side): string => (side === firstSide ? '話者1' : '話者2');
  return {
    ...content,
    speakers: ['話者1', '話者2'].map((key) => ({ key, label: key, role: 'unknown' as const })),
    segments: segments.map((segment, index) => ({ ...segment, speaker: keyOf(sides[index] ?? 'answers') })),
  };
}

function asks(segment: TranscriptSegment): boolean {
  const units = utterances(segment.text);
  const last = units[units.length - 1] ?? '';
  if (isQuestionUnit(last) || INVITES_QUESTIONS.test(segment.text)) return true;
  return HOSTS_THE_MEETING.test(segment.text) || INTRODUCES_AS_COMPANY.test(segment.text);
}

const compact = (text: string): string => text.replace(/\s/g, '');
