import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstalledModel } from '../../src/models/installed-model';
import { SherpaRecognizer } from '../../src/speech/sherpa-recognizer';
import { tempDir } from '../support/temp-context';
import { SOUND_TOKEN, soundBetween, writeTinyNemoCtcModel } from './support/tiny-nemo-ctc';

/**
 * The real sherpa-onnx binding, end to end, with a model the test writes itself: a broken configuration,
 * a renamed native call or wrong timing arithmetic fails here, on any machine, without a download.
 */
describe('sherpa-onnx recogniser with a generated NeMo CTC model', () => {
  const dir = tempDir('furikaeri-tiny-model-');
  const model = writeTinyNemoCtcModel(dir);
  const signal = new AbortController().signal;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('emits the token where there is sound, timed in recording milliseconds', async () => {
    const recognizer = await SherpaRecognizer.load(model, 'ja');
    expect(recognizer.description).toEqual({ engine: 'sherpa-onnx', model: 'tiny-nemo-ctc', language: 'ja' });
    const startMs = 60_000;
    const result = await recognizer.recognize({ samples: soundBetween(4, [[1, 2.5]]), startMs }, signal);
    expect(result.text).toBe(SOUND_TOKEN);
    expect(result.tokens).toHaveLength(1);
    const [token] = result.tokens;
    expect(token?.text).toBe(SOUND_TOKEN);
    expect(token?.startMs).toBeGreaterThanOrEqual(startMs + 950);
    expect(token?.startMs).toBeLessThan(startMs + 1_100);
    expect(token?.endMs).toBeLessThanOrEqual(startMs + 4_000);
  });

  it('emits one token per stretch of sound and none in silence', async () => {
    const recognizer = await SherpaRecognizer.load(model, 'ja');
    const result = await recognizer.recognize(
      {
        samples: soundBetween(6, [
          [0.5, 1.5],
          [3.5, 5],
        ]),
        startMs: 0,
      },
      signal,
    );
    expect(result.tokens.map((t) => t.text)).toEqual([SOUND_TOKEN, SOUND_TOKEN]);
    const [first, second] = result.tokens;
    expect(first?.startMs).toBeGreaterThanOrEqual(450);
    expect(first?.startMs).toBeLessThan(1_500);
    expect(second?.startMs).toBeGreaterThanOrEqual(3_450);
    expect(second?.startMs).toBeLessThan(5_000);
  });

  it('reports a damaged model file in words', async () => {
    const broken: InstalledModel = { ...model, id: 'broken', files: { ...model.files, model: `${dir}/tokens.txt` } };
    await expect(SherpaRecognizer.load(broken, 'ja')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('refuses a language the model does not know', async () => {
    const japaneseOnly: InstalledModel = { ...model, languages: ['ja'] };
    await expect(SherpaRecognizer.load(japaneseOnly, 'en')).rejects.toMatchObject({ code: 'validation' });
  });
});
