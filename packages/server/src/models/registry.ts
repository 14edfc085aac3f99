import type { ModelFileRole } from './installed-model';
import type { Pin, RegistryArchive, RegistryEntry, RegistryFile } from './registry-types';

/**
 * Every speech model furikaeri knows, with its official download and the sizes and SHA-256 published for it.
 *
 * Where the values come from (looked up in public sources while writing this file; none was computed here
 * except the bundled VAD copy, which is hashed from the npm package itself):
 * - sherpa-onnx publishes a `checksum.txt` per release tag. Its values for these assets are pinned, identically,
 *   by many independent public projects (model catalogs and download scripts on GitHub). A value is only used
 *   here when at least one such source states it for exactly this file name; most were seen in three or more.
 * - Per-file values (inside an archive) come from the same kind of sources (Hugging Face blob listings of the
 *   csukuangfj/* mirrors and measured hashes published next to them).
 * - `null` means no source was found: the manager then refuses to install without explicit consent
 *   (`--trust-unpinned`) and records the hash it computed.
 */

const RELEASES = 'https://github.com/k2-fsa/sherpa-onnx/releases/download';
const ASR = `${RELEASES}/asr-models`;
const SEGMENTATION = `${RELEASES}/speaker-segmentation-models`;
// The tag's spelling is the publisher's own ("recongition").
const SPEAKER = `${RELEASES}/speaker-recongition-models`;

const UNPINNED: Pin = { size: null, sha256: null };

function file(role: ModelFileRole, name: string, pin: Pin = UNPINNED): RegistryFile {
  return { role, name, ...pin };
}

function tarball(fileName: string, pin: Pin): RegistryArchive {
  return { format: 'tar.bz2', fileName, root: fileName.replace(/\.tar\.bz2$/, ''), ...pin };
}

function onnx(fileName: string, pin: Pin): RegistryArchive {
  return { format: 'onnx', fileName, root: null, ...pin };
}

const WHISPER_LANGUAGES = ['ja', 'en', 'zh', 'ko', 'de', 'es', 'fr', 'ru', 'pt', 'it'];
const WHISPER_LICENSE = {
  license: 'MIT (OpenAI Whisper)',
  licenseUrl: 'https://github.com/openai/whisper/blob/main/LICENSE',
};
// Every multilingual Whisper export shares one token table: 816,730 bytes, this hash (tiny, base, small and
// turbo all list it).
const WHISPER_TOKENS: Pin = {
  size: 816_730,
  sha256: 'b34b360dbb493e781e479794586d661700670d65564001f23024971d1f2fa126',
};

function whisper(
  size: string,
  label: string,
  archive: Pin,
  encoder: Pin = UNPINNED,
  decoder: Pin = UNPINNED,
  tokens: Pin = WHISPER_TOKENS,
): RegistryEntry {
  const download = tarball(`sherpa-onnx-whisper-${size}.tar.bz2`, archive);
  return {
    id: `whisper-${size}`,
    kind: 'asr',
    family: 'whisper',
    title: { ja: `Whisper ${label}（int8）`, en: `Whisper ${label} (int8)` },
    description: {
      ja: '多言語対応（約 100 言語）。大きいほど正確ですが遅くなります。',
      en: 'Multilingual (about 100 languages). Larger is more accurate and slower.',
    },
    languages: WHISPER_LANGUAGES,
    ...WHISPER_LICENSE,
    url: `${ASR}/${download.fileName}`,
    archive: download,
    alternates: [],
    files: [
      file('encoder', `${size}-encoder.int8.onnx`, encoder),
      file('decoder', `${size}-decoder.int8.onnx`, decoder),
      file('tokens', `${size}-tokens.txt`, tokens),
    ],
    recommended: false,
    bundled: null,
  };
}

const SENSE_VOICE_INT8 = tarball('sherpa-onnx-sense-voice-zh-en-ja-ko-yue-int8-2024-07-17.tar.bz2', {
  size: 163_002_883,
  sha256: '7d1efa2138a65b0b488df37f8b89e3d91a60676e416f515b952358d83dfd347e',
});
// The original 2024-07-17 package (int8 + fp32 + test wavs, ~1 GB) holds the same two files. Its size was found
// (1,047,870,769 bytes) but no published hash: an offline import of it is checked file by file instead.
const SENSE_VOICE_FULL = tarball('sherpa-onnx-sense-voice-zh-en-ja-ko-yue-2024-07-17.tar.bz2', {
  size: 1_047_870_769,
  sha256: null,
});

// sherpa-onnx's own copy of silero VAD v5 (asr-models/silero_vad_v5.onnx).
const SILERO_V5: Pin = { size: 2_313_101, sha256: '6b99cbfd39246b6706f98ec13c7c50c6b299181f2474fa05cbc8046acc274396' };

export const MODEL_REGISTRY: readonly RegistryEntry[] = [
  {
    id: 'sense-voice-small-int8',
    kind: 'asr',
    family: 'sense-voice',
    title: { ja: 'SenseVoice Small（int8）', en: 'SenseVoice Small (int8)' },
    description: {
      ja: '日本語の標準。速く、句読点を付けます（日・英・中・韓・広東語）。',
      en: 'The default for Japanese: fast, keeps punctuation (ja, en, zh, ko, yue).',
    },
    languages: ['ja', 'en', 'zh', 'ko', 'yue'],
    license: 'FunASR Model License 1.1',
    licenseUrl: 'https://github.com/modelscope/FunASR/blob/main/MODEL_LICENSE',
    // The int8-only package of the 2024-07-17 release: the same model.int8.onnx at a sixth of the download.
    url: `${ASR}/${SENSE_VOICE_INT8.fileName}`,
    archive: SENSE_VOICE_INT8,
    alternates: [SENSE_VOICE_FULL],
    files: [
      file('model', 'model.int8.onnx', {
        size: 239_233_841,
        sha256: 'c71f0ce00bec95b07744e116345e33d8cbbe08cef896382cf907bf4b51a2cd51',
      }),
      file('tokens', 'tokens.txt', {
        size: 315_894,
        sha256: 'f449eb28dc567533d7fa59be34e2abca8784f771850c78a47fb731a31429a1dc',
      }),
    ],
    recommended: true,
    bundled: null,
  },
  whisper(
    'tiny',
    'tiny',
    { size: 116_204_861, sha256: 'c46116994e539aa165266d96b325252728429c12535eb9d8b6a2b10f129e66b1' },
    { size: 12_937_772, sha256: 'd24fb083ae3b1041fc24e97971d60e280c9342201fbb67b0ab428a8b4a51a434' },
    { size: 89_855_401, sha256: 'd2fece8dd42771f1df975c6c0445770d0c292bf7547c2cae04a6c0cc57540925' },
  ),
  whisper(
    'base',
    'base',
    { size: 207_557_382, sha256: '911b2083efd7c0dca2ac3b358b75222660dc09fb716d64fbfc417ba6c99ff3de' },
    { size: 29_120_534, sha256: '0b8fb1304b6109976038efff5ace81720e00386f3ff6b54ee8c75291ca0a1e11' },
    { size: 130_672_026, sha256: '9759d217388a01b3a4c7c15533201067b48ae819c4daafc8624e64b9409dc02d' },
  ),
  whisper(
    'small',
    'small',
    { size: 639_387_718, sha256: '486a46afbb7ba798507190ffe02fea2dd726049af212e774537efac6afb210a6' },
    { size: 112_442_483, sha256: '4cbe7b22fa9026b843b60a68640c747de05bafb1a11b57edc0e66c232d9f33a9' },
    { size: 262_226_114, sha256: 'acad50b5c782696e91b55914cc5ab4f756f1532f76e22aa6fc615f39fb69a8ee' },
  ),
  // Medium and large-v3: the archives are pinned; no source gave the hashes of the files inside.
  whisper(
    'medium',
    'medium',
    { size: 1_931_372_882, sha256: '614b1172557049069d846c29d9399640bce83a4dd6c580decebd9ce2a4f32c33' },
    UNPINNED,
    UNPINNED,
    UNPINNED,
  ),
  whisper(
    'large-v3',
    'large-v3',
    { size: 1_068_482_488, sha256: '2d0e134b3b5fc4a0533baf24a0c9d473b629aa47f030af0a165a05f461df7a03' },
    UNPINNED,
    UNPINNED,
    UNPINNED,
  ),
  whisper(
    'turbo',
    'large-v3-turbo',
    { size: 563_790_207, sha256: 'b11acbbcd660b44a8e0df33724feb5aaa709cf65668f2823d59f656312544f22' },
    { size: 674_716_297, sha256: 'b02dcdf54f348741e93fe732b67d933c8dcb6735655f710640143081db38878b' },
    { size: 361_080_764, sha256: '20accd02388482eb3a46bd615631adfdc85e1eb2c7db9ea3f02a40ffe6b81547' },
  ),
  {
    id: 'reazonspeech-zipformer-ja',
    kind: 'asr',
    family: 'transducer',
    title: { ja: 'ReazonSpeech Zipformer（日本語）', en: 'ReazonSpeech Zipformer (Japanese)' },
    description: {
      ja: '日本語専用（35,000 時間の日本語で学習）。句読点は付きません。',
      en: 'Japanese only (trained on 35,000 hours of Japanese). No punctuation.',
    },
    languages: ['ja'],
    license: 'Apache-2.0 (reazon-research/reazonspeech-k2-v2)',
    licenseUrl: 'https://huggingface.co/reazon-research/reazonspeech-k2-v2',
    url: `${ASR}/sherpa-onnx-zipformer-ja-reazonspeech-2024-08-01.tar.bz2`,
    // No published size or hash was found for this archive or its files: installing it needs explicit consent.
    // Layout from the sherpa-onnx documentation's listing of the package (int8 encoder/joiner, fp32 decoder).
    archive: tarball('sherpa-onnx-zipformer-ja-reazonspeech-2024-08-01.tar.bz2', UNPINNED),
    alternates: [],
    files: [
      file('encoder', 'encoder-epoch-99-avg-1.int8.onnx'),
      file('decoder', 'decoder-epoch-99-avg-1.onnx'),
      file('joiner', 'joiner-epoch-99-avg-1.int8.onnx'),
      file('tokens', 'tokens.txt'),
    ],
    recommended: false,
    bundled: null,
  },
  {
    id: 'pyannote-segmentation-3-0',
    kind: 'segmentation',
    family: 'pyannote-segmentation',
    title: { ja: '話者区間検出（pyannote 3.0）', en: 'Speaker segmentation (pyannote 3.0)' },
    description: {
      ja: '話者分離の第一段階：誰かが話し始め、話し終えた位置を見つけます。',
      en: 'First stage of speaker diarization: finds where each speaker starts and stops.',
    },
    languages: [],
    license: 'MIT (pyannote/segmentation-3.0)',
    licenseUrl: 'https://huggingface.co/pyannote/segmentation-3.0',
    url: `${SEGMENTATION}/sherpa-onnx-pyannote-segmentation-3-0.tar.bz2`,
    archive: tarball('sherpa-onnx-pyannote-segmentation-3-0.tar.bz2', {
      size: 6_958_444,
      sha256: '24615ee884c897d9d2ba09bb4d30da6bb1b15e685065962db5b02e76e4996488',
    }),
    alternates: [],
    files: [
      file('model', 'model.onnx', {
        size: 5_992_913,
        sha256: '220ad67ca923bef2fa91f2390c786097bf305bceb5e261d4af67b38e938e1079',
      }),
    ],
    recommended: true,
    bundled: null,
  },
  speakerEmbedding(
    '3dspeaker-eres2net-base-zh',
    'ERes2Net base',
    '3dspeaker_speech_eres2net_base_sv_zh-cn_3dspeaker_16k.onnx',
    { size: 39_593_761, sha256: '1a331345f04805badbb495c775a6ddffcdd1a732567d5ec8b3d5749e3c7a5e4b' },
    true,
  ),
  speakerEmbedding(
    '3dspeaker-campplus-en',
    'CAM++ (VoxCeleb)',
    '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx',
    { size: 29_596_978, sha256: '357a834f702b80161e5b981182c038e18553c1f2ca752ed6cec2052365d4129b' },
    false,
  ),
  {
    id: 'silero-vad',
    kind: 'vad',
    family: 'silero-vad',
    title: { ja: '音声区間検出（Silero VAD v5）', en: 'Voice activity detection (Silero VAD v5)' },
    description: {
      ja: '話している部分と無音を分けます。npm パッケージに同梱されているため、ダウンロードは不要です。',
      en: 'Separates speech from silence. Shipped inside an npm package: no download needed.',
    },
    languages: [],
    license: 'MIT (snakers4/silero-vad)',
    licenseUrl: 'https://github.com/snakers4/silero-vad/blob/master/LICENSE',
    url: `${ASR}/silero_vad_v5.onnx`,
    archive: onnx('silero_vad_v5.onnx', SILERO_V5),
    alternates: [],
    files: [file('model', 'silero_vad_v5.onnx', SILERO_V5)],
    recommended: true,
    // @ricky0123/vad-web 0.0.31 ships silero VAD v5 (a different export of the same model than sherpa-onnx's).
    // Size and hash measured from the installed package; identical to ../shared/models/vad/silero_vad_v5.onnx.
    bundled: {
      packageName: '@ricky0123/vad-web',
      path: 'dist/silero_vad_v5.onnx',
      size: 2_327_524,
      sha256: '2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f',
    },
  },
];

function speakerEmbedding(id: string, label: string, fileName: string, pin: Pin, recommended: boolean): RegistryEntry {
  return {
    id,
    kind: 'speaker-embedding',
    family: 'speaker-embedding',
    title: { ja: `話者の声の特徴（3D-Speaker ${label}）`, en: `Speaker embedding (3D-Speaker ${label})` },
    description: {
      ja: '話者分離の第二段階：声の特徴で同じ人の発話をまとめます。',
      en: 'Second stage of speaker diarization: groups speech by voice.',
    },
    languages: [],
    license: 'Apache-2.0 (modelscope/3D-Speaker)',
    licenseUrl: 'https://github.com/modelscope/3D-Speaker/blob/main/LICENSE',
    url: `${SPEAKER}/${fileName}`,
    archive: onnx(fileName, pin),
    alternates: [],
    // A single-file model: the download is the model file, pinned by the archive pin above.
    files: [file('model', fileName, pin)],
    recommended,
    bundled: null,
  };
}

export function findRegistryEntry(
  id: string,
  registry: readonly RegistryEntry[] = MODEL_REGISTRY,
): RegistryEntry | undefined {
  return registry.find((entry) => entry.id === id);
}
