import type { TranscriptContent, TranscriptFormat, TranscriptSegment, TranscriptSpeaker } from '../model';
import { withInferredRoles } from '../roles/apply-roles';

/** One spoken line as a parser found it, before speakers get keys and roles. */
export interface ParsedCue {
  speaker: string | null;
  startMs: number;
  endMs: number;
  text: string;
}

/** Key and label for lines that name nobody; the user can rename and assign a role. */
export const UNNAMED_SPEAKER = '話者不明';

export interface BuildOptions {
  format: TranscriptFormat;
  fileName: string;
  /** True when times were estimated from text length rather than read from the file. */
  estimatedTiming: boolean;
  language?: string;
}

/**
 * Turns parsed cues into the transcript model: consecutive cues of one speaker stay separate segments
 * (their timing is information), speakers get their file name as key and a role guessed from what they say.
 */
export function buildTranscript(cues: ParsedCue[], options: BuildOptions): TranscriptContent {
  const speakers = new Map<string, TranscriptSpeaker>();
  const segments: TranscriptSegment[] = [];
  for (const cue of cues) {
    if (cue.text.length === 0) continue;
    const key = cue.speaker ?? UNNAMED_SPEAKER;
    if (!speakers.has(key)) speakers.set(key, { key, label: key, role: 'unknown' });
    segments.push({
      id: `seg-${segments.length + 1}`,
      speaker: key,
      startMs: cue.startMs,
      endMs: Math.max(cue.startMs, cue.endMs),
      text: cue.text,
      confidence: null,
    });
  }
  const content: TranscriptContent = {
    language: options.language ?? guessLanguage(segments),
    source: {
      kind: 'import',
      format: options.format,
      fileName: options.fileName,
      ...(options.estimatedTiming ? { estimatedTiming: true } : {}),
    },
    speakers: [...speakers.values()],
    segments,
    speechRegions: [],
  };
  // A first guess without the event's type; the import service guesses again knowing the event.
  return withInferredRoles(content).content;
}

/** Japanese when any kana or kanji appears: our users' interviews are Japanese with English mixed in. */
function guessLanguage(segments: TranscriptSegment[]): string {
  return segments.some((segment) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(segment.text)) ? 'ja' : 'en';
}
