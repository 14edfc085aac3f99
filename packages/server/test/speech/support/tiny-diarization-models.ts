import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InstalledModel } from '../../../src/models/installed-model';

type OnnxProto = typeof import('onnx-proto');
const { onnx } = createRequire(import.meta.url)('onnx-proto') as OnnxProto;
const { FLOAT, INT64 } = onnx.TensorProto.DataType;
const { INT, INTS } = onnx.AttributeProto.AttributeType;

const WINDOW = 160_000;
const FRAME = 1_600;
const EMBEDDING = 16;

const tensor = (name: string, elemType: number, dims: (number | string)[]) => ({
  name,
  type: {
    tensorType: {
      elemType,
      shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
    },
  },
});
const metadata = (entries: Record<string, string | number>) =>
  Object.entries(entries).map(([key, value]) => ({ key, value: String(value) }));
const floats = (values: ArrayLike<number>) => new Uint8Array(Float32Array.from(values).buffer);

/**
 * A pyannote-shaped segmentation model sherpa-onnx loads like the real one: 10 s windows of samples in,
 * 100 frames × 7 powerset classes out. A frame's class is "speaker 1" when it is loud, "nobody" when quiet.
 * Together with the embedding model below it exercises the real OfflineSpeakerDiarization binding.
 */
function segmentationModel() {
  return onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    metadataProps: metadata({
      sample_rate: 16_000,
      window_size: WINDOW,
      receptive_field_size: FRAME,
      receptive_field_shift: FRAME,
      num_speakers: 3,
      powerset_max_classes: 2,
      num_classes: 7,
    }),
    graph: {
      name: 'tiny-segmentation',
      input: [tensor('x', FLOAT, ['N', 1, WINDOW])],
      output: [tensor('y', FLOAT, ['N', WINDOW / FRAME, 7])],
      initializer: [
        {
          name: 'shape',
          dims: [3],
          dataType: INT64,
          rawData: new Uint8Array(BigInt64Array.from([0n, 100n, 1600n]).buffer),
        },
        { name: 'weights', dims: [1, 7], dataType: FLOAT, rawData: floats([-1, 1, 0, 0, 0, 0, 0]) },
        // log power above e^-12 (≈ −52 dB) reads as speech.
        { name: 'bias', dims: [7], dataType: FLOAT, rawData: floats([-12, 12, -10, -10, -10, -10, -10]) },
        { name: 'floor', dims: [], dataType: FLOAT, rawData: floats([1e-10]) },
      ],
      node: [
        { opType: 'Reshape', input: ['x', 'shape'], output: ['frames'] },
        { opType: 'Mul', input: ['frames', 'frames'], output: ['squares'] },
        {
          opType: 'ReduceMean',
          input: ['squares'],
          output: ['power'],
          attribute: [
            { name: 'axes', type: INTS, ints: [2] },
            { name: 'keepdims', type: INT, i: 1 },
          ],
        },
        { opType: 'Add', input: ['power', 'floor'], output: ['floored'] },
        { opType: 'Log', input: ['floored'], output: ['level'] },
        { opType: 'MatMul', input: ['level', 'weights'], output: ['scaled'] },
        { opType: 'Add', input: ['scaled', 'bias'], output: ['logits'] },
        { opType: 'LogSoftmax', input: ['logits'], output: ['y'], attribute: [{ name: 'axis', type: INT, i: -1 }] },
      ],
    },
  });
}

/** A "3d-speaker" embedding model: the mean filterbank of the stretch, projected to 16 dimensions. */
function embeddingModel() {
  const projection = Float32Array.from({ length: 80 * EMBEDDING }, (_, i) => Math.sin((i + 1) * 0.37));
  return onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    // sherpa-onnx ends the process (exit) when framework or language is missing: all of them are set.
    metadataProps: metadata({
      output_dim: EMBEDDING,
      sample_rate: 16_000,
      normalize_samples: 1,
      language: 'multi',
      framework: '3d-speaker',
    }),
    graph: {
      name: 'tiny-embedding',
      input: [tensor('x', FLOAT, ['N', 'T', 80])],
      output: [tensor('embedding', FLOAT, ['N', EMBEDDING])],
      initializer: [{ name: 'projection', dims: [80, EMBEDDING], dataType: FLOAT, rawData: floats(projection) }],
      node: [
        {
          opType: 'ReduceMean',
          input: ['x'],
          output: ['mean'],
          attribute: [
            { name: 'axes', type: INTS, ints: [1] },
            { name: 'keepdims', type: INT, i: 0 },
          ],
        },
        { opType: 'MatMul', input: ['mean', 'projection'], output: ['embedding'] },
      ],
    },
  });
}

/** Writes both models; returns them as the model manager would describe them. */
export function writeTinyDiarizationModels(
  dir: string,
  ids: { segmentation: string; embedding: string },
): InstalledModel[] {
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, model: ReturnType<typeof onnx.ModelProto.create>) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, onnx.ModelProto.encode(model).finish());
    return file;
  };
  return [
    {
      id: ids.segmentation,
      kind: 'segmentation',
      family: 'pyannote-segmentation',
      languages: [],
      dir,
      files: { model: write('segmentation.onnx', segmentationModel()) },
    },
    {
      id: ids.embedding,
      kind: 'speaker-embedding',
      family: 'speaker-embedding',
      languages: [],
      dir,
      files: { model: write('embedding.onnx', embeddingModel()) },
    },
  ];
}
