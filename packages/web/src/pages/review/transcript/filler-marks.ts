import type { AnalysisReport, Transcript } from '@furikaeri/core';

/** A filler inside a segment's text: [start, end) in UTF-16 units, as String.prototype.slice counts. */
export interface FillerSpan {
  start: number;
  end: number;
  word: string;
}

/**
 * The report's filler occurrences (segment id + character offset) as spans per segment. An occurrence whose
 * text no longer sits at its offset (the line was corrected after the report was made) is looked for close
 * by, and dropped when it is gone: a highlight must never cover words that are not a filler.
 */
export function fillerMarks(report: AnalysisReport | null, transcript: Transcript): Map<string, FillerSpan[]> {
  const marks = new Map<string, FillerSpan[]>();
  if (!report) return marks;
  const texts = new Map(transcript.segments.map((segment) => [segment.id, segment.text]));
  for (const question of report.questions) {
    for (const item of question.answer?.metrics.fillers.items ?? []) {
      const text = texts.get(item.segmentId);
      if (text === undefined) continue;
      const start = locate(text, item.word, item.offset);
      if (start < 0) continue;
      const spans = marks.get(item.segmentId) ?? [];
      spans.push({ start, end: start + item.word.length, word: item.word });
      marks.set(item.segmentId, spans);
    }
  }
  for (const spans of marks.values()) spans.sort((a, b) => a.start - b.start);
  return marks;
}

const NEARBY = 4;

function locate(text: string, word: string, offset: number): number {
  if (text.startsWith(word, offset)) return offset;
  const found = text.indexOf(word, Math.max(0, offset - NEARBY));
  return found >= 0 && found <= offset + NEARBY ? found : -1;
}

export type TextPart = { text: string; filler: boolean };

/** The text cut into plain runs and fillers, for React to render (no HTML is ever built from the text). */
export function splitFillers(text: string, spans: readonly FillerSpan[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping occurrences: the first one wins
    if (span.start > at) parts.push({ text: text.slice(at, span.start), filler: false });
    parts.push({ text: text.slice(span.start, span.end), filler: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), filler: false });
  return parts;
}
