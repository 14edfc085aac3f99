/**
 * npm run bench:asr — character error rate and real-time factor of every speech recognition model found in
 * FURIKAERI_MODELS_DIR, on ../shared/fixtures/audio/commonvoice-ja (8 read sentences) and on the 163 s
 * interview (through the real pipeline: VAD, model-free diarization, windows). Without a model it says so
 * and exits 0: no model can be downloaded on the build machines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { characterErrorRate } from '../packages/core/src/index';
import type { InstalledModel } from '../packages/server/src/models/installed-model';
import { scanAsrModels } from '../packages/server/src/speech/model-folder-scan';
import { sherpa } from '../packages/server/src/speech/sherpa-addon';
import { SherpaRecognizer } from '../packages/server/src/speech/sherpa-recognizer';
import { DEFAULT_SPEECH_SETTINGS } from '../packages/server/src/speech/speech-settings';
import { planTranscription } from '../packages/server/src/speech/transcription-plan';
import { locateVadModel } from '../packages/server/src/speech/vad-model';
import { windowAudio } from '../packages/server/src/speech/window-audio';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AUDIO = path.join(ROOT, '../shared/fixtures/audio');
const signal = new AbortController().signal;
const noModels = { find: () => null };

async function commonVoice(model: InstalledModel): Promise<void> {
  const dir = path.join(AUDIO, 'commonvoice-ja');
  const rows = fs
    .readFileSync(path.join(dir, 'transcripts.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const recognizer = await SherpaRecognizer.load(model, 'ja');
  const pairs: { reference: string; hypothesis: string }[] = [];
  let audioSeconds = 0;
  let decodeSeconds = 0;
  for (const [file, reference] of rows) {
    if (!file || !reference) continue;
    const wave = sherpa().readWave(path.join(dir, file));
    audioSeconds += wave.samples.length / wave.sampleRate;
    const t0 = performance.now();
    const result = await recognizer.recognize({ samples: wave.samples, startMs: 0 }, signal);
    decodeSeconds += (performance.now() - t0) / 1000;
    pairs.push({ reference, hypothesis: result.text });
  }
  const cer = characterErrorRate(pairs);
  console.log(
    `  commonvoice-ja (${pairs.length} clips, ${audioSeconds.toFixed(1)} s): CER ${(cer.cer * 100).toFixed(1)} % ` +
      `(${cer.errors}/${cer.referenceLength}), RTF ${(decodeSeconds / audioSeconds).toFixed(3)}`,
  );
  for (const pair of pairs.slice(0, 2)) console.log(`    ref: ${pair.reference}\n    hyp: ${pair.hypothesis}`);
}

async function interview(model: InstalledModel): Promise<void> {
  const wav = path.join(AUDIO, 'interview-ja-synth/interview_public.wav');
  const turns = (JSON.parse(fs.readFileSync(wav.replace(/\.wav$/, '.json'), 'utf8')) as { turns: { text: string }[] })
    .turns;
  const pcm = () => fs.createReadStream(wav, { start: 44 });
  const t0 = performance.now();
  const plan = await planTranscription({
    stream: pcm(),
    channels: 1,
    durationMs: 163_350,
    vadModelPath: locateVadModel(noModels).path,
    models: noModels,
    settings: DEFAULT_SPEECH_SETTINGS,
    voiceprint: null,
    signal,
    onProgress: () => {},
  });
  const recognizer = await SherpaRecognizer.load(model, 'ja');
  const texts: string[] = [];
  for await (const { window, samples } of windowAudio(pcm(), 1, plan.windows, signal)) {
    texts[window.index] = (await recognizer.recognize({ samples, startMs: window.startMs }, signal)).text;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cer = characterErrorRate([{ reference: turns.map((t) => t.text).join(''), hypothesis: texts.join('') }]);
  console.log(
    `  interview (163 s, full pipeline, ${plan.windows.length} windows): CER ${(cer.cer * 100).toFixed(1)} % ` +
      `(${cer.errors}/${cer.referenceLength}), RTF ${(seconds / 163.35).toFixed(3)}`,
  );
}

async function main(): Promise<void> {
  console.log(`furikaeri bench:asr — ${os.cpus().length} cores, Node ${process.version}`);
  const dir = process.env.FURIKAERI_MODELS_DIR;
  const models = dir ? scanAsrModels(dir) : [];
  if (models.length === 0) {
    console.log(
      dir
        ? `No speech recognition model found in FURIKAERI_MODELS_DIR=${dir}: nothing to measure.`
        : 'FURIKAERI_MODELS_DIR is not set: no speech recognition model to measure. Set it to a folder of sherpa-onnx models.',
    );
    return;
  }
  if (!fs.existsSync(AUDIO)) {
    console.log(`The shared fixtures (${AUDIO}) are absent: nothing to measure.`);
    return;
  }
  for (const model of models) {
    console.log(`${model.id} (${model.family}):`);
    await commonVoice(model);
    await interview(model);
  }
}

await main();
