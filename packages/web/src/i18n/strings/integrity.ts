import type { IntegrityStatus, Message, StreamVerification } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the tamper check on each recording. */
export const integrityText = {
  title: { ja: '改ざんチェック', en: 'Integrity' },
  verify: { ja: '改ざんチェック', en: 'Verify' },
  verifyAgain: { ja: 'もう一度チェック', en: 'Check again' },
  checking: { ja: 'チェック中…', en: 'Checking…' },
  explain: {
    ja: '取り込んだときに封印したハッシュと照合し、録音が書き換えられていないかを確かめます。',
    en: 'Compares the recording with the hashes sealed when it was stored, to show it has not been changed.',
  },
  checkedAt: (when: string) => ({ ja: `${when} に確認`, en: `Checked ${when}` }),
  streams: { ja: '調べた内容', en: 'What was checked' },
} satisfies Record<string, Text>;

export const INTEGRITY_BADGES: Record<IntegrityStatus, Message> = {
  intact: { ja: '✓ 改変なし', en: '✓ Unaltered' },
  altered: { ja: '✗ 改変あり', en: '✗ Altered' },
  incomplete: { ja: '! 末尾が欠けています', en: '! Incomplete' },
};

const STREAM_NAMES: Record<StreamVerification['kind'], Message> = {
  original: { ja: '元のファイル', en: 'Original file' },
  pcm: { ja: '再生・解析用の音声', en: 'Playback audio' },
};

/** At most this many frame numbers are listed; the rest are counted. */
const LISTED_FRAMES = 8;

function frameList(frames: readonly number[]): Message {
  const shown = frames.slice(0, LISTED_FRAMES).join(', ');
  const more = frames.length - LISTED_FRAMES;
  return more > 0 ? { ja: `${shown} ほか ${more} 個`, en: `${shown} and ${more} more` } : { ja: shown, en: shown };
}

/** One line per stream: "元のファイル: フレーム 1 が記録時と一致しません". */
export function streamLine(stream: StreamVerification): Message {
  const name = STREAM_NAMES[stream.kind];
  const say = (ja: string, en: string): Message => ({ ja: `${name.ja}: ${ja}`, en: `${name.en}: ${en}` });
  if (stream.status === 'intact') return say('記録時と一致', 'matches what was stored');
  if (stream.status === 'incomplete') return say('末尾が欠けています', 'the end is missing');
  if (!stream.actual)
    return say('読み込めません（ファイルがないか壊れています）', 'cannot be read (missing or damaged)');
  if (stream.badFrames.length > 0) {
    const list = frameList(stream.badFrames);
    return say(
      `フレーム ${list.ja} が記録時と一致しません`,
      `frame${stream.badFrames.length === 1 ? '' : 's'} ${list.en} failed the check`,
    );
  }
  return say('記録時のハッシュと一致しません', 'does not match the sealed hashes');
}
