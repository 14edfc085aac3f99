import { boundedPieces, MAX_SENTENCE_CHARS } from './text/bounded-pieces';

/**
 * One word as the morphological analyser (kuromoji with IPADIC, hosted by the server) sees it. Core takes
 * these as data, so the analysis stays pure and testable; the server fills them in.
 */
export interface Morpheme {
  surface: string;
  /** IPADIC part of speech: 名詞, 動詞, 助詞, 記号, フィラー… */
  pos: string;
  /** IPADIC first sub-category: 数 (numbers), 固有名詞, 句点… ('*' when none). */
  posDetail: string;
  basicForm: string;
  /** Katakana reading, or null for words outside the dictionary (Latin, digits). */
  reading: string | null;
  /** Offset of the first character in the text it came from (0-based, UTF-16 units). */
  start: number;
}

/** Morphemes of each segment of a transcript, by segment id. */
export type SegmentMorphemes = Readonly<Record<string, readonly Morpheme[]>>;

/** Whatever tokenises Japanese text; the server implements it with a kuromoji worker. */
export interface Morphology {
  tokenize(texts: readonly string[]): Promise<Morpheme[][]>;
}

/**
 * The morphemes of a segment that start in [start, end): found by binary search, since a segment's morphemes
 * are in text order; filtering the whole list per sentence would be quadratic in a long segment.
 */
export function morphemesBetween(morphemes: readonly Morpheme[], start: number, end: number): Morpheme[] {
  const first = firstAtOrAfter(morphemes, start);
  return morphemes.slice(first, firstAtOrAfter(morphemes, end, first));
}

function firstAtOrAfter(morphemes: readonly Morpheme[], offset: number, from = 0): number {
  let low = from;
  let high = morphemes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((morphemes[middle]?.start ?? offset) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface TokenizeOptions {
  /** Checked between requests: the job's cancellation, possibly combined with its time budget. */
  signal?: AbortSignal;
  /** Characters per request to the analyser, so that one request keeps it busy for a bounded time. */
  batchChars?: number;
  /** Called after each request with the characters done so far and in all. */
  onProgress?: (doneChars: number, totalChars: number) => void;
}

/** How far tokenising got: every segment before `segments`, and `characters` of the next one. */
export interface TokenizedPrefix {
  morphemes: Record<string, Morpheme[]>;
  complete: boolean;
  segments: number;
  characters: number;
}

/** ≈ 0.1–0.5 s of kuromoji per request on a loaded two-core machine. */
const DEFAULT_BATCH_CHARS = 20_000;

/**
 * Tokenises every segment in pieces of at most MAX_SENTENCE_CHARS (see bounded-pieces: kuromoji is
 * super-linear in the length of an unpunctuated run), in requests of about `batchChars` characters.
 * Offsets of the morphemes are those in the segment's text, as if it had been tokenised whole.
 */
export async function tokenizeSegments(
  segments: ReadonlyArray<{ id: string; text: string }>,
  morphology: Morphology,
  options: TokenizeOptions = {},
): Promise<Record<string, Morpheme[]>> {
  const result = await tokenizeUntilAborted(segments, morphology, options);
  if (!result.complete) options.signal?.throwIfAborted();
  return result.morphemes;
}

/**
 * Like tokenizeSegments, but an abort by a time budget (a TimeoutError, as AbortSignal.timeout gives) stops
 * it with the prefix done so far instead of throwing; any other abort (a cancel, a shutdown) still throws.
 */
export async function tokenizeUntilAborted(
  segments: ReadonlyArray<{ id: string; text: string }>,
  morphology: Morphology,
  options: TokenizeOptions = {},
): Promise<TokenizedPrefix> {
  const { signal } = options;
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  const totalChars = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const morphemes: Record<string, Morpheme[]> = {};
  for (const segment of segments) morphemes[segment.id] = [];
  const done = { segments: 0, characters: 0 };
  let doneChars = 0;
  let batch: { segment: number; start: number; text: string }[] = [];
  let batchLength = 0;
  const send = async (): Promise<void> => {
    const tokens = await morphology.tokenize(batch.map((piece) => piece.text));
    batch.forEach((piece, index) => {
      const target = morphemes[segments[piece.segment]?.id ?? ''];
      for (const token of tokens[index] ?? []) {
        target?.push(piece.start === 0 ? token : { ...token, start: token.start + piece.start });
      }
    });
    const last = batch[batch.length - 1];
    if (last) {
      const length = segments[last.segment]?.text.length ?? 0;
      const end = last.start + last.text.length;
      done.segments = end >= length ? last.segment + 1 : last.segment;
      done.characters = end >= length ? 0 : end;
    }
    doneChars += batchLength;
    batch = [];
    batchLength = 0;
    options.onProgress?.(doneChars, totalChars);
  };
  const stopped = (): boolean => {
    if (!signal?.aborted) return false;
    if (isTimeBudgetAbort(signal.reason)) return true;
    signal.throwIfAborted();
    return false;
  };
  for (let index = 0; index < segments.length; index += 1) {
    const text = segments[index]?.text ?? '';
    for (const piece of boundedPieces(text, MAX_SENTENCE_CHARS)) {
      if (stopped()) return { morphemes, complete: false, ...done };
      batch.push({ segment: index, start: piece.start, text: text.slice(piece.start, piece.end) });
      batchLength += piece.end - piece.start;
      if (batchLength >= batchChars) await send();
    }
  }
  if (batch.length > 0) {
    if (stopped()) return { morphemes, complete: false, ...done };
    await send();
  }
  return { morphemes, complete: true, segments: segments.length, characters: 0 };
}

/** True for the reason AbortSignal.timeout aborts with: the job's time budget ran out, nobody cancelled it. */
export function isTimeBudgetAbort(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError';
}
