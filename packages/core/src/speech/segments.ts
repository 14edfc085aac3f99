import type { TranscriptSegment, TranscriptToken } from '../transcript/model';

/** What the recogniser said about one window, in recording time. */
export interface RecognizedWindow {
  index: number;
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  confidence: number | null;
  tokens: TranscriptToken[];
  /** What the engine detected, when it detects languages ("ja", "en"). */
  language?: string | null;
}

/** Transcript segments in time order; windows in which nothing was recognised leave no segment. */
export function toSegments(windows: readonly RecognizedWindow[]): TranscriptSegment[] {
  return [...windows]
    .filter((w) => w.text.trim() !== '')
    .sort((a, b) => a.startMs - b.startMs || a.index - b.index)
    .map((w, i) => {
      const segment: TranscriptSegment = {
        id: `seg-${i + 1}`,
        speaker: w.speaker,
        startMs: w.startMs,
        endMs: w.endMs,
        text: w.text.trim(),
        confidence: w.confidence,
      };
      if (w.tokens.length > 0) segment.tokens = w.tokens;
      return segment;
    });
}

/** Engine output: token strings with start times in seconds from the window start. */
export interface EngineTokens {
  tokens: readonly string[];
  timestamps: readonly number[];
  durations?: readonly number[];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * Engine tokens → words/characters with times in recording milliseconds. SentencePiece marks a word start
 * with "▁"; pieces that carry kana or kanji stand alone (Japanese has no spaces to find words by). A token
 * ends where the next one starts, the last one after its duration or at most 250 ms later.
 */
export function toTranscriptTokens(engine: EngineTokens, offsetMs: number, windowEndMs: number): TranscriptToken[] {
  const words: { text: string; start: number; duration: number | undefined }[] = [];
  engine.tokens.forEach((raw, i) => {
    const start = engine.timestamps[i];
    if (start === undefined) return;
    const wordStart = raw.startsWith('▁') || raw.startsWith(' ');
    const text = raw.replace(/▁/g, ' ').trim();
    if (text === '') return;
    const last = words[words.length - 1];
    if (last && !wordStart && !CJK.test(text) && !CJK.test(last.text)) last.text += text;
    else words.push({ text, start, duration: engine.durations?.[i] });
  });
  return words.map((word, i) => {
    const startMs = offsetMs + Math.round(word.start * 1000);
    const next = words[i + 1];
    const ownEnd = word.duration && word.duration > 0 ? startMs + Math.round(word.duration * 1000) : null;
    const endMs = next ? offsetMs + Math.round(next.start * 1000) : (ownEnd ?? startMs + 250);
    return { text: word.text, startMs, endMs: Math.max(startMs, Math.min(endMs, windowEndMs)) };
  });
}

/** Mean token probability from log-probabilities, or null when the engine gives none. */
export function confidenceOf(logProbs: readonly number[] | undefined): number | null {
  if (!logProbs || logProbs.length === 0) return null;
  const mean = logProbs.reduce((sum, p) => sum + p, 0) / logProbs.length;
  return Math.min(1, Math.max(0, Math.exp(mean)));
}

/** The language most of the recognised text is in (by characters), or "und" (undetermined). */
export function dominantLanguage(windows: readonly RecognizedWindow[]): string {
  const weight = new Map<string, number>();
  for (const w of windows) {
    if (w.language) weight.set(w.language, (weight.get(w.language) ?? 0) + w.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}
