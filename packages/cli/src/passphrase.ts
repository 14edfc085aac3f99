import fs from 'node:fs';
import { AppError } from '@furikaeri/core';

export interface PassphraseSource {
  /** --passphrase-file: for scripts; the file's first line is the passphrase. */
  file?: string;
}

/** Where a command gets the passphrase: FURIKAERI_PASSPHRASE, --passphrase-file, or a hidden prompt. */
export async function readPassphrase(source: PassphraseSource, prompt: string): Promise<string> {
  if (process.env.FURIKAERI_PASSPHRASE) return process.env.FURIKAERI_PASSPHRASE;
  if (source.file) {
    const text = fs.readFileSync(source.file, 'utf8');
    return text.split(/\r?\n/)[0] ?? '';
  }
  if (process.stdin.isTTY) return promptHidden(prompt);
  throw new AppError('locked', {
    ja: 'パスフレーズが必要です。FURIKAERI_PASSPHRASE か --passphrase-file で指定してください。',
    en: 'A passphrase is needed: set FURIKAERI_PASSPHRASE or use --passphrase-file.',
  });
}

export function hasNonInteractivePassphrase(source: PassphraseSource): boolean {
  return Boolean(process.env.FURIKAERI_PASSPHRASE || source.file);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (text: string) => {
      for (const character of text) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new AppError('cancelled', { ja: '中止しました', en: 'Cancelled' }));
        if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
        else value += character;
      }
    };
    stdin.on('data', onData);
  });
}
