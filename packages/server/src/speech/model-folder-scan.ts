import fs from 'node:fs';
import path from 'node:path';
import type { InstalledModel, ModelFamily, ModelFileRole } from '../models/installed-model';

/**
 * Finds speech recognition models in a folder by the layout of sherpa-onnx's release archives
 * (sherpa-onnx-sense-voice-…/model.int8.onnx + tokens.txt; …whisper-tiny/tiny-encoder.onnx, tiny-decoder.onnx,
 * tiny-tokens.txt; …reazonspeech…/encoder-…, decoder-…, joiner-… + tokens.txt). The benchmark and the
 * real-model test use it to run on whatever FURIKAERI_MODELS_DIR holds, registry or not; the app itself
 * asks the model manager. int8 files are preferred, as the app ships them by default.
 */
export function scanAsrModels(root: string): InstalledModel[] {
  if (!fs.existsSync(root)) return [];
  return foldersUnder(root, 3)
    .map(modelIn)
    .filter((model): model is InstalledModel => model !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function foldersUnder(root: string, depth: number): string[] {
  if (depth < 0) return [];
  const entries = fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [root, ...entries.flatMap((e) => foldersUnder(path.join(root, e.name), depth - 1))];
}

function modelIn(dir: string): InstalledModel | null {
  const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  const onnx = (part: string) =>
    pick(
      files.filter((f) => f.endsWith('.onnx') && f.includes(part)),
      dir,
    );
  const tokens = pick(
    files.filter((f) => f.endsWith('tokens.txt')),
    dir,
  );
  const name = path.basename(dir).toLowerCase();
  if (!tokens) return null;
  const make = (family: ModelFamily, languages: string[], roles: Partial<Record<ModelFileRole, string>>) => ({
    id: path.basename(dir),
    kind: 'asr' as const,
    family,
    languages,
    dir,
    files: { ...roles, tokens },
  });
  const [encoder, decoder, joiner, model] = [onnx('encoder'), onnx('decoder'), onnx('joiner'), onnx('model')];
  if (encoder && decoder && joiner)
    return make('transducer', name.includes('ja') || name.includes('reazon') ? ['ja'] : [], {
      encoder,
      decoder,
      joiner,
    });
  if (encoder && decoder && name.includes('whisper')) {
    return make('whisper', name.endsWith('.en') ? ['en'] : [], { encoder, decoder });
  }
  if (model && (name.includes('sense-voice') || name.includes('sensevoice'))) {
    return make('sense-voice', ['zh', 'en', 'ja', 'ko', 'yue'], { model });
  }
  if (model && name.includes('nemo')) return make('nemo-ctc', [], { model });
  return null;
}

function pick(candidates: string[], dir: string): string | undefined {
  const chosen = candidates.find((f) => f.includes('.int8.')) ?? candidates[0];
  return chosen ? path.join(dir, chosen) : undefined;
}
