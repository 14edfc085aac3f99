import type { Locale, Message } from '@furikaeri/core';
import { isAppError } from '@furikaeri/core';

/** Japanese unless the environment asks for English (FURIKAERI_LANG, then LANG). */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const chosen = env.FURIKAERI_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return chosen.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export interface Output {
  locale: Locale;
  json: boolean;
  /** Results: stdout. */
  print(text: string): void;
  printJson(value: unknown): void;
  /** Progress and notices: stderr, so `--json` output stays parseable. */
  note(text: string): void;
  text(message: Message): string;
}

/**
 * `furikaeri list | head -1`: the reader leaves early and the next write fails with EPIPE, which Node
 * raises as an unhandled 'error' event (a stack trace). A closed pipe only means nobody reads any more:
 * later writes to it are dropped and the command finishes (and closes the library) as it would have.
 */
const tolerant = new WeakSet<NodeJS.WriteStream>();

export function toleratePipeClosed(stream: NodeJS.WriteStream): void {
  if (tolerant.has(stream)) return;
  tolerant.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = () => true;
  });
}

export function createOutput(json: boolean, locale: Locale = cliLocale()): Output {
  return {
    locale,
    json,
    print: (text) => process.stdout.write(`${text}\n`),
    printJson: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => process.stderr.write(`${text}\n`),
    text: (message) => message[locale],
  };
}

/** Prints an error the way the user should read it; returns the exit code. */
export function reportError(error: unknown, output: Output): number {
  if (isAppError(error)) {
    if (output.json) output.printJson({ error: error.toBody() });
    else output.note(`${output.locale === 'ja' ? 'エラー' : 'Error'}: ${output.text(error.userMessage)}`);
    return error.code === 'validation' ? 2 : 1;
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (output.json) output.printJson({ error: { code: 'internal', message: { ja: detail, en: detail } } });
  else output.note(`Error: ${detail}`);
  return 1;
}
