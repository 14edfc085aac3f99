import { describe, expect, it } from 'vitest';
import { jsonTooDeepAt, MAX_JSON_DEPTH, parseTranscriptFile } from '../src/index';
import { parseError } from './transcript/parse-helpers';

const DEEP = 100_000;

describe('deeply nested JSON', () => {
  it('a transcript file nested 100 000 levels deep is refused in words, not with a stack overflow', () => {
    for (const text of ['['.repeat(DEEP) + ']'.repeat(DEEP), `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`]) {
      const error = parseError(() => parseTranscriptFile('deep.json', text));
      expect(error.code).toBe('validation');
      expect(error.userMessage.ja).toContain('入れ子が深すぎます');
      expect(error.details).toMatchObject({ format: 'json', line: 1 });
    }
  });

  it('names the line where the nesting goes too deep', () => {
    const text = `{\n"segments":\n${'[\n'.repeat(MAX_JSON_DEPTH + 5)}`;
    expect(parseError(() => parseTranscriptFile('deep.json', text)).details).toMatchObject({
      line: MAX_JSON_DEPTH + 2,
    });
  });

  it('counts only real brackets: those inside strings, escaped quotes included, do not nest', () => {
    const inStrings = JSON.stringify({ text: '['.repeat(1000), quote: '"{'.repeat(500), tail: '\\' });
    expect(jsonTooDeepAt(inStrings)).toBeNull();
    expect(jsonTooDeepAt('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonTooDeepAt('['.repeat(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH);
    expect(jsonTooDeepAt(`["\\"", ${'['.repeat(3)}`, 3)).toBe(9);
  });
});
