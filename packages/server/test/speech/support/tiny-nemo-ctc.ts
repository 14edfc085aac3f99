import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InstalledModel } from '../../../src/models/installed-model';

type OnnxProto = typeof import('onnx-proto');
const { onnx } = createRequire(import.meta.url)('onnx-proto') as OnnxProto;

const FEATURES = 80;
/** The token the model emits for every stretch of sound. */
export const SOUND_TOKEN = 'あ';

/**
 * Writes a NeMo EncDecCTCModelBPE-shaped ONNX model of five nodes that sherpa-onnx loads like a real one
 * (DESIGN.md, "a fact checked on this machine"): audio_signal (N, 80, T) → transpose → one linear layer
 * → LogSoftmax → logprobs (N, T, 2). sherpa-onnx normalises each mel band over the window
 * (normalize_type per_feature), so a frame louder than the window's average has positive features: the
 * layer averages them, and the sound token wins over blank where that average exceeds 0.5. CTC greedy
 * decoding then emits one token per stretch of sound, timed by the frame where it starts.
 */
export function writeTinyNemoCtcModel(dir: string): InstalledModel {
  const weights = new Float32Array(FEATURES * 2);
  for (let f = 0; f < FEATURES; f++) weights[f * 2 + 1] = 1 / FEATURES;
  const tensor = (name: string, elemType: number, dims: (number | string)[]) => ({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  });
  const { FLOAT, INT64 } = onnx.TensorProto.DataType;
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'furikaeri-test',
    opsetImport: [{ domain: '', version: 13 }],
    metadataProps: [
      { key: 'vocab_size', value: '2' },
      { key: 'subsampling_factor', value: '1' },
      { key: 'normalize_type', value: 'per_feature' },
      { key: 'model_type', value: 'EncDecCTCModelBPE' },
    ],
    graph: {
      name: 'tiny-nemo-ctc',
      input: [tensor('audio_signal', FLOAT, ['N', FEATURES, 'T']), tensor('length', INT64, ['N'])],
      output: [tensor('logprobs', FLOAT, ['N', 'T', 2]), tensor('encoded_lengths', INT64, ['N'])],
      initializer: [
        { name: 'weights', dims: [FEATURES, 2], dataType: FLOAT, rawData: new Uint8Array(weights.buffer) },
        { name: 'bias', dims: [2], dataType: FLOAT, floatData: [0, -0.5] },
      ],
      node: [
        {
          opType: 'Transpose',
          input: ['audio_signal'],
          output: ['frames'],
          attribute: [{ name: 'perm', type: onnx.AttributeProto.AttributeType.INTS, ints: [0, 2, 1] }],
        },
        { opType: 'MatMul', input: ['frames', 'weights'], output: ['scaled'] },
        { opType: 'Add', input: ['scaled', 'bias'], output: ['logits'] },
        {
          opType: 'LogSoftmax',
          input: ['logits'],
          output: ['logprobs'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: -1 }],
        },
        { opType: 'Identity', input: ['length'], output: ['encoded_lengths'] },
      ],
    },
  });
  fs.mkdirSync(dir, { recursive: true });
  const modelFile = path.join(dir, 'model.onnx');
  const tokensFile = path.join(dir, 'tokens.txt');
  fs.writeFileSync(modelFile, onnx.ModelProto.encode(model).finish());
  fs.writeFileSync(tokensFile, `<blk> 0\n${SOUND_TOKEN} 1\n`);
  return {
    id: 'tiny-nemo-ctc',
    kind: 'asr',
    family: 'nemo-ctc',
    languages: [],
    dir,
    files: { model: modelFile, tokens: tokensFile },
  };
}

/** A buzzy vowel-like sound (150 Hz with its harmonics) between startS and endS, near-silence elsewhere. */
export function soundBetween(totalS: number, bursts: [number, number][]): Float32Array {
  const rate = 16_000;
  const samples = new Float32Array(Math.round(totalS * rate));
  let seed = 1;
  for (let i = 0; i < samples.length; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    const t = i / rate;
    let value = (seed / 2 ** 32 - 0.5) * 1e-3;
    if (bursts.some(([a, b]) => t >= a && t < b)) {
      for (let h = 1; h < 50; h++) value += (0.1 * Math.sin(2 * Math.PI * 150 * h * t)) / h;
    }
    samples[i] = value;
  }
  return samples;
}
