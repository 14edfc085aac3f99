import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type Morpheme, type Morphology } from '@furikaeri/core';

type WorkerReply =
  | { type: 'ready'; ms: number }
  | { type: 'failed'; message: string }
  | { id: number; tokens: Morpheme[][] }
  | { id: number; error: string };

/** The IPADIC dictionary shipped inside the kuromoji npm package. */
export function kuromojiDictionary(): string {
  const require = createRequire(import.meta.url);
  return `${path.dirname(require.resolve('kuromoji/package.json'))}${path.sep}dict${path.sep}`;
}

/**
 * kuromoji in a worker thread: loading the dictionary takes ≈0.6 s and ≈300 MB, so it happens once per
 * process, off the main thread, and every analysis reuses it. The worker does not keep the process alive
 * while idle (a CLI command can exit), but does while a request is pending.
 */
export class KuromojiHost implements Morphology {
  private worker: Worker | null = null;
  private ready: Promise<number> | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (tokens: Morpheme[][]) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly dicPath = kuromojiDictionary()) {}

  /** Loads the dictionary (once); resolves with the load time in ms. */
  warmUp(): Promise<number> {
    this.ready ??= new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL('./kuromoji-worker.mjs', import.meta.url), {
        workerData: { dicPath: this.dicPath },
      });
      this.worker = worker;
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.receive(reply, resolve, reject));
      worker.on('error', (error) => this.fail(error, reject));
      worker.on('exit', (code) => this.fail(new Error(`kuromoji worker exited (${code})`), reject));
    });
    return this.ready;
  }

  async tokenize(texts: readonly string[]): Promise<Morpheme[][]> {
    await this.warmUp();
    const worker = this.worker;
    if (!worker) throw unavailable('worker missing');
    const id = this.nextId++;
    return new Promise<Morpheme[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, texts });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }

  private receive(reply: WorkerReply, resolve: (ms: number) => void, reject: (error: Error) => void): void {
    if ('type' in reply) {
      if (reply.type === 'ready') resolve(reply.ms);
      else this.fail(new Error(reply.message), reject);
      return;
    }
    const request = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (!request) return;
    if ('error' in reply) request.reject(unavailable(reply.error));
    else request.resolve(reply.tokens);
  }

  private fail(error: Error, reject: (error: Error) => void): void {
    const failure = unavailable(error.message);
    reject(failure);
    for (const request of this.pending.values()) request.reject(failure);
    this.pending.clear();
    this.worker = null;
    this.ready = null;
  }
}

function unavailable(detail: string): AppError {
  return new AppError('unavailable', {
    ja: `形態素解析（kuromoji）を使えません: ${detail}`,
    en: `The Japanese morphological analyser (kuromoji) is unavailable: ${detail}`,
  });
}

let shared: KuromojiHost | null = null;

/** The one analyser of this process, shared by the server, the CLI and the job handler. */
export function sharedMorphology(): KuromojiHost {
  shared ??= new KuromojiHost();
  return shared;
}
