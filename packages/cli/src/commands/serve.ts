import { parseArgs } from 'node:util';
import {
  categoryModelThread,
  createLibrarySession,
  DEFAULT_PORT,
  resolveDataDir,
  startServer,
} from '@furikaeri/server';
import type { Output } from '../output';
import { hasNonInteractivePassphrase, type PassphraseSource, readPassphrase } from '../passphrase';
import { parsePort } from './arguments';
import { shutDownWithin, stopSignal } from './serve-shutdown';

export const SERVE_USAGE = `furikaeri serve [--port N] [--no-open] [--host 127.0.0.1] [--allow-non-loopback]`;

/** Starts the local server, prints the URL with its session token, opens the browser, runs until Ctrl-C. */
export async function serveCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-non-loopback': { type: 'boolean', default: false },
      'no-open': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dataDir = resolveDataDir();
  const session = createLibrarySession({ dataDir, runWorker: true });
  // Scripts may open the library up front; otherwise the page asks for the passphrase.
  if (hasNonInteractivePassphrase(source)) {
    const passphrase = await readPassphrase(source, '');
    if (session.vault.exists()) await session.unlock(passphrase);
    else output.note(`Recovery key: ${(await session.setup(passphrase)).recoveryKey}`);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(session, {
      port: values.port === undefined ? Number(process.env.FURIKAERI_PORT ?? DEFAULT_PORT) : parsePort(values.port),
      host: values.host,
      allowNonLoopback: values['allow-non-loopback'],
    });
  } catch (error) {
    await session.close();
    throw error;
  }
  // The question-category model trains in a worker thread while the user opens the page, ready for the first analysis.
  void categoryModelThread.ready();
  if (values['allow-non-loopback'] && values.host && !['127.0.0.1', '::1', 'localhost'].includes(values.host)) {
    output.note(
      output.locale === 'ja'
        ? `⚠ 警告: ${values.host} で待ち受けています。同じネットワークの他の端末からこのサーバーに接続できます。`
        : `⚠ Warning: listening on ${values.host}. Other machines on your network can reach this server.`,
    );
  }
  if (values.json) output.printJson({ url: server.url, loginUrl: server.loginUrl, dataDir });
  else {
    output.print(
      output.locale === 'ja'
        ? `furikaeri を起動しました: ${server.loginUrl}`
        : `furikaeri is running: ${server.loginUrl}`,
    );
    output.print(output.locale === 'ja' ? `データの保存先: ${dataDir}` : `Data folder: ${dataDir}`);
    output.print(output.locale === 'ja' ? '終了するには Ctrl+C を押してください。' : 'Press Ctrl+C to stop.');
  }
  if (!values['no-open']) {
    const { default: open } = await import('open');
    // A one-use nonce, not the token: the opener's command line is readable by every local user (ps).
    await open(server.oneTimeLoginUrl()).catch(() => output.note('Could not open a browser; open the URL above.'));
  }
  await stopSignal();
  // Locking aborts running jobs (they resume at the next start) and zeroes the keys; both go at once.
  await shutDownWithin(output, async () => {
    await Promise.all([session.close(), server.close()]);
  });
  return 0;
}
