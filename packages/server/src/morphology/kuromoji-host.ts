import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type Morpheme, type Morphology } from '@furikaeri/core';
import { cancelledError } from '../media/run-tool';

/** A morphology whose requests a job can call off (lock, shutdown, cancel). */
export interface CancellableMorphology extends Morphology {
  tokenize(texts: readonly string[], signal?: AbortSignal): Promise<Morpheme[][]>;
}

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
export class KuromojiHost implements CancellableMorphology {
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
      // A worker ended on purpose (abort, close) is no longer this.worker: its late events only end a
      // warm-up still waiting for it.
      worker.on('message', (reply: WorkerReply) => this.worker === worker && this.receive(reply, resolve, reject));
      worker.on('error', (error) => (this.worker === worker ? this.fail(error, reject) : reject(error)));
      worker.on('exit', (code) => {
        const error = new Error(`kuromoji worker exited (${code})`);
        if (this.worker === worker) this.fail(error, reject);
        else reject(unavailable(error.message));
      });
    });
    return this.ready;
  }

  /**
   * Tokenises in the worker. Aborting the signal rejects at once and ends the worker, since a long text keeps
   * it busy for seconds and nothing else stops it; the next request loads the dictionary again (≈0.6 s).
   */
  async tokenize(texts: readonly string[], signal?: AbortSignal): Promise<Morpheme[][]> {
    await untilAborted(this.warmUp(), signal);
    const worker = this.worker;
    if (!worker) throw unavailable('worker missing');
    const id = this.nextId++;
    return new Promise<Morpheme[][]>((resolve, reject) => {
      const abort = () => {
        this.pending.delete(id);
        reject(cancelledError());
        this.endWorker(worker, unavailable('interrupted by a cancelled request; try again'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      const settled = () => signal?.removeEventListener('abort', abort);
      this.pending.set(id, {
        resolve: (tokens) => {
          settled();
          resolve(tokens);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
      });
      worker.ref();
      worker.postMessage({ id, texts });
    });
  }

  /** Stops a worker that is still busy; the requests it had fail with `reason`. */
  private endWorker(worker: Worker, reason: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    for (const request of this.pending.values()) request.reject(reason);
    this.pending.clear();
    void worker.terminate();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.endWorker(worker, unavailable('closed'));
    await worker.terminate();
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

/** The dictionary keeps loading for the next request; the caller stops waiting for it when aborted. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(cancelledError());
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
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
