import { formatDuration, type Message } from '@furikaeri/core';

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** Where the audio is when something goes wrong: said in every fault message, in the same words. */
export function whatIsSaved(savedMs: number, pendingMs: number): Message {
  if (pendingMs < 500) {
    return {
      ja: `${formatDuration(savedMs)} までの録音はすべて保存済みです。`,
      en: `Everything up to ${formatDuration(savedMs)} is saved.`,
    };
  }
  return {
    ja: `${formatDuration(savedMs)} までは保存済みです。その後の ${seconds(pendingMs)} 秒分はこのブラウザ内に一時保存していて、接続が戻ると自動で送ります。`,
    en: `Everything up to ${formatDuration(savedMs)} is saved. The ${seconds(pendingMs)} s after it are kept in this browser and sent automatically once the connection is back.`,
  };
}

/** The browser gave no microphone (or no shared audio): before anything was recorded. */
export const accessFaultText = {
  permission_denied: {
    title: { ja: 'マイクの使用が許可されていません', en: 'Microphone access is blocked' },
    body: {
      ja: 'アドレスバーのマイク（または鍵）のアイコンから、このページにマイクを許可して、もう一度お試しください。',
      en: 'Allow the microphone for this page (the microphone or lock icon in the address bar), then try again.',
    },
  },
  no_device: {
    title: { ja: 'マイクが見つかりません', en: 'No microphone found' },
    body: {
      ja: 'マイクを接続するか、パソコンの設定で入力デバイスを確認してから、もう一度お試しください。',
      en: 'Connect a microphone or check the input device in your system settings, then try again.',
    },
  },
  device_busy: {
    title: { ja: 'マイクを使えません', en: 'The microphone cannot be used' },
    body: {
      ja: '他のアプリ（Zoom など）が使用中かもしれません。そのアプリを閉じるか、別のマイクを選んでください。',
      en: 'Another app (Zoom, for example) may be using it. Close that app or choose another microphone.',
    },
  },
  no_remote_audio: {
    title: { ja: '相手の音が共有されていません', en: 'No audio was shared' },
    body: {
      ja: '共有する画面を選ぶときに「タブの音声を共有」（または「システム音声を共有」）にチェックを入れてください。',
      en: 'When choosing what to share, tick “Share tab audio” (or “Share system audio”).',
    },
  },
  unsupported: {
    title: { ja: 'このブラウザでは録音できません', en: 'This browser cannot record' },
    body: {
      ja: 'Chrome・Edge・Firefox の最新版でお試しください。',
      en: 'Use a current version of Chrome, Edge or Firefox.',
    },
  },
} satisfies Record<string, { title: Message; body: Message }>;

export const nothingRecordedYet: Message = { ja: 'まだ何も録音していません。', en: 'Nothing has been recorded yet.' };

export const faultText = {
  micLost: {
    title: { ja: 'マイクが切断されました', en: 'The microphone was disconnected' },
    body: (atMs: number) => ({
      ja: `録音は ${formatDuration(atMs)} で中断しています。別のマイクを選んで同じ録音を続けるか、ここで終了して保存できます。`,
      en: `The recording is interrupted at ${formatDuration(atMs)}. Continue the same recording with another microphone, or stop and save here.`,
    }),
    continueWith: { ja: 'このマイクで続ける', en: 'Continue with this microphone' },
    stopHere: { ja: 'ここで終了して保存', en: 'Stop and save here' },
  },
  remoteLost: {
    title: { ja: '相手の音の共有が終わりました', en: 'Sharing their audio has ended' },
    body: {
      ja: 'マイクの録音は続いています。相手の声は、マイクが拾う分だけ録音されます（共有し直すには、いったん停止して新しく録音してください）。',
      en: 'Your microphone is still recording; their voice is kept only as far as the microphone hears it. To share again, stop and start a new recording.',
    },
  },
  stalled: {
    title: { ja: '音声が届いていません', en: 'No audio is arriving' },
    body: {
      ja: 'ブラウザがこのタブを休止させた可能性があります。このタブを前面に表示してください。',
      en: 'The browser may have suspended this tab. Bring this tab to the front.',
    },
  },
  unreachable: {
    title: (ms: number) => ({
      ja: `サーバーに接続できません（${seconds(ms)} 秒）`,
      en: `Cannot reach the server (${seconds(ms)} s)`,
    }),
    body: {
      ja: 'furikaeri が終了していたら、ターミナルで起動し直してください。',
      en: 'If furikaeri has stopped, start it again in the terminal.',
    },
  },
  unauthorized: {
    title: { ja: 'furikaeri が再起動しました', en: 'furikaeri was restarted' },
    body: {
      ja: 'ターミナルに表示された新しい URL を別のタブで開いてください（このタブは閉じないでください）。',
      en: 'Open the new URL printed in the terminal in another tab (keep this tab open).',
    },
  },
  locked: {
    title: { ja: 'ライブラリがロックされています', en: 'The library is locked' },
    body: {
      ja: '別のタブで furikaeri を開いてロックを解除してください（このタブは閉じないでください）。',
      en: 'Open furikaeri in another tab and unlock it (keep this tab open).',
    },
  },
  stillRecording: { ja: '録音は続けています。', en: 'Recording continues.' },
  stoppedWaiting: {
    ja: '録音は停止しました。サーバーにつながりしだい保存します。',
    en: 'Recording has stopped; it is saved as soon as the server can be reached.',
  },
  diskFull: { title: { ja: 'パソコンの空き容量がありません', en: 'The disk is full' } },
  rejected: { title: { ja: '録音データを保存できません', en: 'The audio cannot be saved' } },
  failed: { title: { ja: '録音を始められませんでした', en: 'The recording could not start' } },
} as const;
