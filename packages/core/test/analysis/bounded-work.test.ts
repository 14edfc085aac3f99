import { describe, expect, it } from 'vitest';
import {
  analyseTranscript,
  boundedPieces,
  coveredContent,
  MAX_SEGMENT_CHARS,
  MAX_SENTENCE_CHARS,
  type Morpheme,
  type Morphology,
  splitLongSegments,
  splitSentences,
  type TranscriptContent,
  tokenizeSegments,
  tokenizeUntilAborted,
} from '../../src/index';
import { roughMorphemes, transcript } from './support';

/** ASR output without punctuation, as one endless line: what made the analysis take more than 10 minutes. */
const PHRASES = ['私は大学で', 'マーケティングを学び', 'その経験を活かして', '御社で働きたいと考えています', 'また'];
function unpunctuated(characters: number): string {
  let text = '';
  for (let index = 0; text.length < characters; index += 1) text += PHRASES[index % PHRASES.length];
  return text.slice(0, characters);
}

/**
 * A stand-in for kuromoji that records what it was asked. Its "cost" grows with the square of each text's
 * length, as kuromoji's does on an unpunctuated run (50,000 characters: 36 s; 100,000: 270 s).
 */
function countingMorphology() {
  const seen = { requests: 0, characters: 0, longest: 0, cost: 0 };
  const morphology: Morphology = {
    async tokenize(texts: readonly string[]): Promise<Morpheme[][]> {
      seen.requests += 1;
      for (const text of texts) {
        seen.characters += text.length;
        seen.longest = Math.max(seen.longest, text.length);
        seen.cost += text.length ** 2;
      }
      return texts.map(roughMorphemes);
    },
  };
  return { morphology, seen };
}

const oneLine = (text: string) =>
  transcript({ I: 'interviewer', M: 'me' }, [
    ['I', 0, 10, 'あなたの強みを教えてください。'],
    ['M', 10, 3_600, text],
  ]);

describe('bounded pieces', () => {
  it('covers the text exactly, in pieces no longer than the cap, cut where a word plausibly starts', () => {
    const text = unpunctuated(5_000);
    const pieces = boundedPieces(text, MAX_SENTENCE_CHARS);
    expect(pieces.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text);
    for (const piece of pieces) expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.length).toBeLessThan(5_000 / (MAX_SENTENCE_CHARS / 2));
    // Every cut falls after hiragana (a particle or an ending) and before the next word, not inside one.
    for (const piece of pieces.slice(0, -1)) {
      expect(text.charAt(piece.end - 1)).toMatch(/[\u3041-\u309f]/);
      expect(text.charAt(piece.end)).not.toMatch(/[\u3041-\u309f]/);
    }
  });

  it('prefers a sentence end or a comma, and leaves a short text whole', () => {
    expect(boundedPieces('短い文です')).toEqual([{ start: 0, end: 5 }]);
    const text = `${'あ'.repeat(150)}。${'い'.repeat(100)}`;
    expect(boundedPieces(text, MAX_SENTENCE_CHARS)[0]).toEqual({ start: 0, end: 151 });
    expect(boundedPieces('', MAX_SENTENCE_CHARS)).toEqual([{ start: 0, end: 0 }]);
  });

  it('never splits a surrogate pair', () => {
    const text = '𠮷'.repeat(300);
    const pieces = boundedPieces(text, 11);
    for (const piece of pieces) expect(text.codePointAt(piece.start)).toBe(0x20bb7);
  });
});

describe('an analysis of a pathological transcript is linear in its length', () => {
  it('splits a one-line transcript into sentences of at most the cap, about ten times as many for ten times the text', () => {
    const small = splitSentences(unpunctuated(100_000));
    const large = splitSentences(unpunctuated(1_000_000));
    for (const sentence of large) expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(large.length / small.length).toBeGreaterThan(9.5);
    expect(large.length / small.length).toBeLessThan(10.5);
  });

  it('tokenises a 1 MB line in bounded pieces and requests, at ten times the cost of 100 KB', async () => {
    const small = countingMorphology();
    await tokenizeSegments(oneLine(unpunctuated(100_000)).segments, small.morphology);
    const large = countingMorphology();
    const morphemes = await tokenizeSegments(oneLine(unpunctuated(1_000_000)).segments, large.morphology);
    expect(large.seen.longest).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(large.seen.characters).toBe(1_000_000 + 'あなたの強みを教えてください。'.length);
    expect(large.seen.cost / small.seen.cost).toBeGreaterThan(8);
    expect(large.seen.cost / small.seen.cost).toBeLessThan(12);
    // Many requests, each of bounded size: a cancel or the budget is noticed between them.
    expect(large.seen.requests).toBeGreaterThan(10);
    // Offsets are those in the whole segment, as if it had been tokenised in one piece.
    const text = unpunctuated(1_000_000);
    const words = morphemes['seg-2'] ?? [];
    expect(words.length).toBeGreaterThan(100_000);
    for (const word of words.slice(-50)) expect(text.startsWith(word.surface, word.start)).toBe(true);
  });
});

describe('a time budget', () => {
  /** Aborts with a TimeoutError (what AbortSignal.timeout gives) once `afterRequests` requests were answered. */
  function budgetRunningOut(afterRequests: number, reason: unknown = new DOMException('budget', 'TimeoutError')) {
    const controller = new AbortController();
    const { morphology, seen } = countingMorphology();
    const limited: Morphology = {
      async tokenize(texts) {
        const tokens = await morphology.tokenize(texts);
        if (seen.requests >= afterRequests) controller.abort(reason);
        return tokens;
      },
    };
    return { morphology: limited, signal: controller.signal };
  }

  function longInterview(): TranscriptContent {
    const rows: Array<[string, number, number, string]> = [];
    for (let round = 0; round < 40; round += 1) {
      const at = round * 60;
      rows.push([
        'I',
        at,
        at + 5,
        round === 30 ? '志望動機を教えてください。' : `${round + 1}問目ですが、学生時代のことを教えてください。`,
      ]);
      rows.push(['M', at + 6, at + 55, unpunctuated(2_000)]);
    }
    return transcript({ I: 'interviewer', M: 'me' }, rows);
  }

  it('stops with a report on the part done, which says in Japanese and English that it stopped and what it covers', async () => {
    const content = longInterview();
    const { morphology, signal } = budgetRunningOut(2);
    const prefix = await tokenizeUntilAborted(content.segments, morphology, { signal, batchChars: 10_000 });
    expect(prefix.complete).toBe(false);
    const covered = coveredContent(content, prefix, 20_000);
    const report = analyseTranscript({
      transcript: covered.content,
      morphemes: prefix.morphemes,
      eventType: 'interview',
      generatedAt: '2026-12-04T00:00:00Z',
      coverage: covered.coverage,
    });
    expect(report.coverage).toMatchObject({ complete: false, reason: 'time_budget', budgetMs: 20_000 });
    const { analysedCharacters, totalCharacters, untilMs } = covered.coverage;
    expect(analysedCharacters).toBeGreaterThan(0);
    expect(analysedCharacters).toBeLessThan(totalCharacters / 2);
    // Only questions asked within the covered part; the 31st (志望動機) is beyond it and not silently "fine".
    expect(report.questions.length).toBeGreaterThan(0);
    expect(report.questions.every((question) => question.question.endMs <= untilMs)).toBe(true);
    expect(report.questions.some((question) => question.question.text.includes('志望動機'))).toBe(false);
    const [first] = report.notes;
    expect(first?.ja).toContain('時間の上限（20秒）で打ち切りました');
    expect(first?.ja).toContain(`${analysedCharacters.toLocaleString('en')} / ${totalCharacters.toLocaleString('en')}`);
    expect(first?.en).toContain('stopped at its time limit (20 s)');
    expect(first?.en).toMatch(/covers only the start up to \d+:\d\d/);
  });

  it('keeps the ids of the segment it cut short, with its end time moved to where it stopped', async () => {
    const content = oneLine(unpunctuated(100_000));
    const { morphology, signal } = budgetRunningOut(1);
    const prefix = await tokenizeUntilAborted(content.segments, morphology, { signal, batchChars: 10_000 });
    const { content: part, coverage } = coveredContent(content, prefix, 5_000);
    const cut = part.segments[1];
    expect(cut?.id).toBe('seg-2');
    expect(cut?.text.length).toBe(prefix.characters);
    expect(cut?.endMs).toBeLessThan(content.segments[1]?.endMs ?? 0);
    expect(coverage.untilMs).toBe(cut?.endMs);
  });

  it('reports the whole transcript as covered when the budget is not reached', async () => {
    const content = longInterview();
    const { morphology, signal } = budgetRunningOut(Number.POSITIVE_INFINITY);
    const prefix = await tokenizeUntilAborted(content.segments, morphology, { signal });
    const covered = coveredContent(content, prefix, 20_000);
    expect(covered.coverage).toMatchObject({ complete: true, reason: null });
    expect(covered.content).toBe(content);
    const report = analyseTranscript({
      transcript: covered.content,
      morphemes: prefix.morphemes,
      generatedAt: '2026-12-04T00:00:00Z',
      coverage: covered.coverage,
    });
    expect(report.notes.some((note) => note.en.includes('time limit'))).toBe(false);
  });

  it('a cancel is not a budget: it throws instead of returning a partial result', async () => {
    const content = longInterview();
    const { morphology, signal } = budgetRunningOut(2, 'cancelled');
    await expect(tokenizeUntilAborted(content.segments, morphology, { signal, batchChars: 10_000 })).rejects.toBe(
      'cancelled',
    );
  });

  it('a cancelled analysis stops at the next question', () => {
    const content = longInterview();
    const controller = new AbortController();
    controller.abort('cancelled');
    expect(() =>
      analyseTranscript({
        transcript: content,
        morphemes: {},
        generatedAt: '2026-12-04T00:00:00Z',
        signal: controller.signal,
      }),
    ).toThrow();
  });
});

describe('long segments of an imported transcript', () => {
  it('are cut into consecutive segments of the same speaker, with the times shared out by characters', () => {
    const text = unpunctuated(5_500);
    const content = splitLongSegments(oneLine(text));
    const mine = content.segments.filter((segment) => segment.speaker === 'M');
    expect(mine.length).toBeGreaterThanOrEqual(6);
    for (const segment of mine) expect(segment.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    expect(mine.map((segment) => segment.text).join('')).toBe(text);
    expect(mine[0]?.startMs).toBe(10_000);
    expect(mine[mine.length - 1]?.endMs).toBe(3_600_000);
    for (const [index, segment] of mine.slice(1).entries()) expect(segment.startMs).toBe(mine[index]?.endMs);
    expect(content.segments.map((segment) => segment.id)).toEqual(
      content.segments.map((_, index) => `seg-${index + 1}`),
    );
  });

  it('leave a transcript without long segments as it is', () => {
    const content = oneLine('短い回答です。');
    expect(splitLongSegments(content)).toBe(content);
  });
});
