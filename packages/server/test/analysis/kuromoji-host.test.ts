import { countSpokenCharacters } from '@furikaeri/core';
import { afterAll, describe, expect, it } from 'vitest';
import { KuromojiHost, sharedMorphology } from '../../src/morphology/kuromoji-host';

describe('the kuromoji host (a worker thread, warmed once per process)', () => {
  const host = new KuromojiHost();
  afterAll(() => host.close());

  it('tokenises several texts in one round trip, with IPADIC parts of speech, readings and offsets', async () => {
    const [first, second] = await host.tokenize(['えーと、山田と申します。', 'TypeScriptで五名です']);
    expect(first?.map((m) => [m.surface, m.pos])).toContainEqual(['えーと', 'フィラー']);
    expect(first?.find((m) => m.surface === '山田')).toMatchObject({
      reading: 'ヤマダ',
      start: 4,
      posDetail: '固有名詞',
    });
    expect(second?.find((m) => m.surface === 'TypeScript')?.reading).toBeNull();
    expect(second?.find((m) => m.surface === '五')?.posDetail).toBe('数');
  });

  it('loads the dictionary once: warming up again costs nothing', async () => {
    const first = host.warmUp();
    expect(host.warmUp()).toBe(first);
    expect(await first).toBeGreaterThan(0);
  });

  it('serves concurrent requests in order of their ids', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${'あ'.repeat(i + 1)}です`);
    const results = await Promise.all(texts.map((text) => host.tokenize([text])));
    results.forEach((tokens, i) => {
      expect(tokens[0]?.map((m) => m.surface).join('')).toBe(texts[i]);
    });
  });

  it('is shared: the process has one analyser', () => {
    expect(sharedMorphology()).toBe(sharedMorphology());
    expect(countSpokenCharacters('はい。')).toBe(2);
  });

  it('drops a long request at once when its signal aborts, and serves the next one', async () => {
    const controller = new AbortController();
    const long = host.tokenize(
      ['私は学生時代にサークルの代表としてメンバーをまとめました。'.repeat(20_000)],
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const aborted = performance.now();
    controller.abort();
    await expect(long).rejects.toMatchObject({ code: 'cancelled' });
    expect(performance.now() - aborted).toBeLessThan(1_000);
    const [tokens] = await host.tokenize(['はい、そうです。']);
    expect(tokens?.map((m) => m.surface)).toContain('そう');
  });

  it('fails with an "unavailable" error when the dictionary is missing', async () => {
    const broken = new KuromojiHost('/nonexistent/dict/');
    await expect(broken.tokenize(['テスト'])).rejects.toMatchObject({ code: 'unavailable' });
    await broken.close();
  });
});
