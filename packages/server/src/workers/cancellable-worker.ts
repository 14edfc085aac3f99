import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type Message } from '@furikaeri/core';
import { cancelledError } from '../media/run-tool';

/** An AppError thrown inside the worker, as it crosses the thread (its class does not survive the copy). */
export interface WorkerAppError {
  code: ErrorCode;
  message: Message;
  details?: Record<string, unknown>;
}

/**
 * The protocol of our worker threads: the worker posts `{type:'ready', ms}` once it has loaded (or
 * `{type:'failed', message}`), then answers each `{id, request}` with `{id, result}` or `{id, error}` — a
 * string for a failure of the worker, an AppError's fields for a refusal of the input.
 */
type WorkerReply<Result> =
  | { type: 'ready'; ms: number }
  | { type: 'failed'; message: string }
  | { id: number; result: Result }
  | { id: number; error: string | WorkerAppError };

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that loads once (a dictionary, the parsers) and then serves requests off the main thread,
 * each of which the caller can call off: aborting its signal rejects at once and ends the worker, since a
 * long request keeps it busy and nothing else stops it; the next request starts a new one. The worker does
 * not keep the process alive while idle (a CLI command can exit), but does while a request is pending.
 */
export class CancellableWorker<Request, Result> {
  private worker: Worker | null = null;
  private ready: Promise<number> | null = null;
  /** The current worker has posted `ready`. */
  private loaded = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<Result>>();

  constructor(
    private readonly script: URL,
    private readonly workerData: unknown,
    /** The error for a worker that failed or was ended (ja/en), given what happened. */
    private readonly unavailable: (detail: string) => AppError,
  ) {}

  /** Starts the worker (once); resolves with its load time in ms. */
  warmUp(): Promise<number> {
    this.ready ??= new Promise<number>((resolve, reject) => {
      const worker = new Worker(this.script, { workerData: this.workerData });
      this.worker = worker;
      worker.unref();
      // A worker ended on purpose (abort, close) is no longer this.worker: its late events only end a
      // warm-up still waiting for it.
      worker.on(
        'message',
        (reply: WorkerReply<Result>) => this.worker === worker && this.receive(reply, resolve, reject),
      );
      worker.on('error', (error) => (this.worker === worker ? this.fail(error, reject) : reject(error)));
      worker.on('exit', (code) => {
        const error = new Error(`worker exited (${code})`);
        if (this.worker === worker) this.fail(error, reject);
        else reject(this.unavailable(error.message));
      });
    });
    return this.ready;
  }

  /** Runs one request in the worker; rejects with `cancelledError()` as soon as `signal` aborts. */
  async run(request: Request, signal?: AbortSignal): Promise<Result> {
    await untilAborted(this.warmUp(), signal).catch((error: unknown) => {
      // Called off while the worker still loads: it is ended too, since a thread still loading its modules
      // keeps the process alive (a shutdown would wait for it) even when unref'd.
      if (!this.loaded && this.worker) this.endWorker(this.worker, this.unavailable('interrupted while loading'));
      throw error;
    });
    const worker = this.worker;
    if (!worker) throw this.unavailable('worker missing');
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const abort = () => {
        this.pending.delete(id);
        reject(cancelledError());
        this.endWorker(worker, this.unavailable('interrupted by a cancelled request; try again'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      const settled = () => signal?.removeEventListener('abort', abort);
      this.pending.set(id, {
        resolve: (result) => {
          settled();
          resolve(result);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
      });
      worker.ref();
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.endWorker(worker, this.unavailable('closed'));
    await worker.terminate();
  }

  /** Stops a worker that is still busy; the requests it had fail with `reason`. */
  private endWorker(worker: Worker, reason: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    this.loaded = false;
    for (const request of this.pending.values()) request.reject(reason);
    this.pending.clear();
    void worker.terminate();
  }

  private receive(reply: WorkerReply<Result>, resolve: (ms: number) => void, reject: (error: Error) => void): void {
    if ('type' in reply) {
      if (reply.type === 'ready') {
        this.loaded = true;
        resolve(reply.ms);
      } else this.fail(new Error(reply.message), reject);
      return;
    }
    const request = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (!request) return;
    if (!('error' in reply)) request.resolve(reply.result);
    else if (typeof reply.error === 'string') request.reject(this.unavailable(reply.error));
    else request.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
  }

  private fail(error: Error, reject: (error: Error) => void): void {
    const failure = this.unavailable(error.message);
    reject(failure);
    for (const request of this.pending.values()) request.reject(failure);
    this.pending.clear();
    this.worker = null;
    this.ready = null;
    this.loaded = false;
  }
}

/** The worker keeps loading for the next request; the caller stops waiting for it when aborted. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(cancelledError());
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
