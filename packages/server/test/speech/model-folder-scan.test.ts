import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanAsrModels } from '../../src/speech/model-folder-scan';
import { tempDir } from '../support/temp-context';

describe('finding sherpa-onnx release folders', () => {
  const root = tempDir('furikaeri-models-');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const touch = (dir: string, files: string[]) => {
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(root, dir, f), '');
  };

  it('recognises SenseVoice, Whisper and a Japanese transducer by their files, preferring int8', () => {
    touch('sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17', ['model.onnx', 'model.int8.onnx', 'tokens.txt']);
    touch('downloads/sherpa-onnx-whisper-tiny', [
      'tiny-encoder.int8.onnx',
      'tiny-decoder.int8.onnx',
      'tiny-tokens.txt',
    ]);
    touch('sherpa-onnx-zipformer-ja-reazonspeech-2024-08-01', [
      'encoder-epoch-99-avg-1.int8.onnx',
      'decoder-epoch-99-avg-1.onnx',
      'joiner-epoch-99-avg-1.int8.onnx',
      'tokens.txt',
    ]);
    touch('silero', ['silero_vad.onnx']);
    const found = scanAsrModels(root);
    expect(found.map((m) => [m.id, m.family])).toEqual([
      ['sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17', 'sense-voice'],
      ['sherpa-onnx-whisper-tiny', 'whisper'],
      ['sherpa-onnx-zipformer-ja-reazonspeech-2024-08-01', 'transducer'],
    ]);
    expect(path.basename(found[0]?.files.model ?? '')).toBe('model.int8.onnx');
    expect(found[2]?.languages).toEqual(['ja']);
    expect(scanAsrModels(path.join(root, 'absent'))).toEqual([]);
  });
});
