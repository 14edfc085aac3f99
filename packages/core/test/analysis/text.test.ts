import { describe, expect, it } from 'vitest';
import { countMorae, moraeOfReading } from '../../src/analysis/text/morae';
import { countSpokenCharacters, splitSentences } from '../../src/index';
import { roughMorphemes } from './support';

describe('Japanese text measures', () => {
  it('splits sentences at 。？！ and keeps offsets; "1.5" stays whole', () => {
    expect(splitSentences('はい。何ですか？ 一・五倍です。Version 1.5 is out. OK')).toEqual([
      { text: 'はい。', start: 0, end: 3 },
      { text: '何ですか？', start: 3, end: 8 },
      { text: '一・五倍です。', start: 9, end: 16 },
      { text: 'Version 1.5 is out.', start: 16, end: 35 },
      { text: 'OK', start: 36, end: 38 },
    ]);
  });

  it('counts spoken characters without punctuation or spaces (〇, ー and Latin letters count)', () => {
    expect(countSpokenCharacters('えーと、〇〇大学の SaaS 企業です。')).toBe(16);
  });

  it('counts morae from katakana readings: small kana join, ッ ン ー count', () => {
    expect(moraeOfReading('キョウ')).toBe(2);
    expect(moraeOfReading('ガッコウ')).toBe(4);
    expect(moraeOfReading('コンピューター')).toBe(6);
    expect(
      countMorae([{ surface: 'AWS', pos: '名詞', posDetail: '一般', basicForm: 'AWS', reading: null, start: 0 }])
        .estimatedChars,
    ).toBe(3);
    expect(countMorae(roughMorphemes('アプリ')).morae).toBe(3);
  });
});
