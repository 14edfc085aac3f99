import fs from 'node:fs';
import path from 'node:path';
import { characterErrorRate } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import { scanAsrModels } from '../../src/speech/model-folder-scan';
import { sherpa } from '../../src/speech/sherpa-addon';
import { SherpaRecognizer } from '../../src/speech/sherpa-recognizer';
import { SHARED_DIR } from './support/fixtures';

const MODELS_DIR = process.env.FURIKAERI_MODELS_DIR ?? '';
const models = MODELS_DIR ? scanAsrModels(MODELS_DIR) : [];
const CLIPS = path.join(SHARED_DIR, 'fixtures/audio/commonvoice-ja');
const present = models.length > 0 && fs.existsSync(CLIPS);
const why = MODELS_DIR
  ? `no sherpa-onnx speech model found in FURIKAERI_MODELS_DIR=${MODELS_DIR}`
  : 'FURIKAERI_MODELS_DIR is not set, so no real speech model is available';

/** Runs wherever a real model is installed (npm run bench:asr gives the exact figures). */
describe('real speech models', () => {
  if (!present) it.skip(`skipped: ${why}`, () => {});
  for (const model of present ? models : []) {
    it(`${model.id} (${model.family}) recognises Japanese read speech`, async () => {
      const rows = fs
        .readFileSync(path.join(CLIPS, 'transcripts.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'));
      const recognizer = await SherpaRecognizer.load(model, model.languages.includes('ja') ? 'ja' : 'auto');
      const pairs = [];
      for (const [file, reference] of rows.slice(0, 4)) {
        if (!file || !reference) continue;
        const wave = sherpa().readWave(path.join(CLIPS, file));
        const result = await recognizer.recognize({ samples: wave.samples, startMs: 0 }, new AbortController().signal);
        pairs.push({ reference, hypothesis: result.text });
      }
      // Loose on purpose: this says the model works through our binding; bench:asr measures how well.
      expect(characterErrorRate(pairs).cer).toBeLessThan(0.5);
    }, 300_000);
  }
});
