import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundled } from '../../src/models/bundled';
import { MODEL_FAMILIES, MODEL_KINDS } from '../../src/models/installed-model';
import { FileModelLocator } from '../../src/models/locator';
import { missingModelError } from '../../src/models/missing-model';
import { resolveModelsDir } from '../../src/models/models-dir';
import { pinningOf } from '../../src/models/pinning';
import { MODEL_REGISTRY } from '../../src/models/registry';
import { sha256File } from '../../src/models/sha256';

/** The roles sherpa-onnx needs for each family (installed-model.ts). */
const ROLES: Record<string, string[]> = {
  'silero-vad': ['model'],
  'pyannote-segmentation': ['model'],
  'speaker-embedding': ['model'],
  'sense-voice': ['model', 'tokens'],
  'nemo-ctc': ['model', 'tokens'],
  whisper: ['encoder', 'decoder', 'tokens'],
  transducer: ['encoder', 'decoder', 'joiner', 'tokens'],
};

describe('model registry', () => {
  it('has unique ids, official https URLs and a valid kind, family and file layout for each entry', () => {
    const ids = MODEL_REGISTRY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of MODEL_REGISTRY) {
      const url = new URL(entry.url);
      expect(url.protocol).toBe('https:');
      expect(['github.com', 'huggingface.co']).toContain(url.hostname);
      expect(url.pathname.endsWith(`/${entry.archive.fileName}`)).toBe(true);
      expect(MODEL_KINDS).toContain(entry.kind);
      expect(MODEL_FAMILIES).toContain(entry.family);
      expect(entry.files.map((file) => file.role).sort()).toEqual([...(ROLES[entry.family] ?? ['?'])].sort());
      expect(entry.kind === 'asr').toBe(entry.languages.length > 0);
      expect(entry.title.ja && entry.title.en && entry.license).toBeTruthy();
      if (entry.archive.format === 'tar.bz2')
        expect(entry.archive.root).toBe(entry.archive.fileName.replace('.tar.bz2', ''));
    }
  });

  it('stores hashes only as 64 hex digits or null, and sizes only as positive integers or null', () => {
    const pins = MODEL_REGISTRY.flatMap((entry) => [entry.archive, ...entry.alternates, ...entry.files]);
    for (const pin of pins) {
      if (pin.sha256 !== null) expect(pin.sha256).toMatch(/^[0-9a-f]{64}$/);
      if (pin.size !== null) expect(Number.isInteger(pin.size) && pin.size > 0).toBe(true);
    }
  });

  it('includes the models the pipeline relies on, with SenseVoice as the recommended Japanese model', () => {
    const ids = MODEL_REGISTRY.map((entry) => entry.id);
    for (const id of [
      'sense-voice-small-int8',
      'whisper-tiny',
      'whisper-base',
      'whisper-small',
      'whisper-medium',
      'whisper-large-v3',
      'whisper-turbo',
      'reazonspeech-zipformer-ja',
      'pyannote-segmentation-3-0',
      'silero-vad',
    ]) {
      expect(ids).toContain(id);
    }
    expect(MODEL_REGISTRY.some((entry) => entry.kind === 'speaker-embedding')).toBe(true);
    const japanese = MODEL_REGISTRY.filter((entry) => entry.kind === 'asr' && entry.recommended);
    expect(japanese.map((entry) => entry.id)).toEqual(['sense-voice-small-int8']);
    // Honest about what could not be pinned.
    const reazon = MODEL_REGISTRY.find((entry) => entry.id === 'reazonspeech-zipformer-ja');
    expect(reazon && pinningOf(reazon)).toBe('none');
  });

  it('finds silero VAD in its npm package with no download, and the bundled copy matches its recorded hash', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-models-empty-'));
    try {
      const vad = new FileModelLocator({ modelsDir: empty }).find('silero-vad');
      expect(vad).toMatchObject({ kind: 'vad', family: 'silero-vad' });
      const entry = MODEL_REGISTRY.find((candidate) => candidate.id === 'silero-vad');
      const bundled = entry?.bundled ? resolveBundled(entry.bundled) : null;
      expect(vad?.files.model).toBe(bundled);
      expect(await sha256File(bundled ?? '')).toBe(entry?.bundled?.sha256);
      expect(new FileModelLocator({ modelsDir: empty }).find('sense-voice-small-int8')).toBeNull();
      expect(new FileModelLocator({ modelsDir: empty }).find('no-such-model')).toBeNull();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('puts models in FURIKAERI_MODELS_DIR, else in <data dir>/models', () => {
    expect(resolveModelsDir('/data/furikaeri', {})).toBe(path.join('/data/furikaeri', 'models'));
    expect(resolveModelsDir('/data/furikaeri', { FURIKAERI_MODELS_DIR: '/srv/models' })).toBe(
      path.resolve('/srv/models'),
    );
  });
});

describe('a missing model', () => {
  it('is explained with its name, how to pull it, and how to import it offline', () => {
    const error = missingModelError('sense-voice-small-int8');
    expect(error.code).toBe('unavailable');
    expect(error.userMessage.ja).toContain('furikaeri models pull sense-voice-small-int8');
    expect(error.userMessage.ja).toContain('furikaeri models import');
    expect(error.userMessage.en).toContain(
      'https://github.com/k2-fsa/sherpa-onnx/releases/download/asr-models/sherpa-onnx-sense-voice-zh-en-ja-ko-yue-int8-2024-07-17.tar.bz2',
    );
  });

  it('sends a model id it does not know to the choice of a known one, not to an empty download address', () => {
    const error = missingModelError('whisper-from-a-newer-version');
    expect(error.details).toMatchObject({ reason: 'model_unknown', modelId: 'whisper-from-a-newer-version' });
    expect(error.userMessage.ja).toContain('「whisper-from-a-newer-version」');
    expect(error.userMessage.en).toContain('sense-voice-small-int8');
    expect(error.userMessage.en).not.toContain('download');
  });
});
