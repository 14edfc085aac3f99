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

/** Tokenises every segment in one call (one round trip to the worker). */
export async function tokenizeSegments(
  segments: ReadonlyArray<{ id: string; text: string }>,
  morphology: Morphology,
): Promise<Record<string, Morpheme[]>> {
  const tokens = await morphology.tokenize(segments.map((segment) => segment.text));
  const bySegment: Record<string, Morpheme[]> = {};
  segments.forEach((segment, index) => {
    bySegment[segment.id] = tokens[index] ?? [];
  });
  return bySegment;
}
