import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError, type Morpheme, type Morphology } from '@furikaeri/core';
import { CancellableWorker } from '../workers/cancellable-worker';

/** A morphology whose requests a job can call off (lock, shutdown, cancel). */
export interface CancellableMorphology extends Morphology {
  tokenize(texts: readonly string[], signal?: AbortSignal): Promise<Morpheme[][]>;
}

/** The IPADIC dictionary shipped inside the kuromoji npm package. */
export function kuromojiDictionary(): string {
  const require = createRequire(import.meta.url);
  return `${path.dirname(require.resolve('kuromoji/package.json'))}${path.sep}dict${path.sep}`;
}

/**
 * kuromoji in a worker thread: loading the dictionary takes ≈0.6 s and ≈300 MB, so it happens once per
 * process, off the main thread, and every analysis reuses it. Aborting a request's signal ends the worker
 * (a long text keeps it busy for seconds); the next request loads the dictionary again (≈0.6 s).
 */
export class KuromojiHost implements CancellableMorphology {
  private readonly worker: CancellableWorker<readonly string[], Morpheme[][]>;

  constructor(dicPath = kuromojiDictionary()) {
    this.worker = new CancellableWorker(new URL('./kuromoji-worker.mjs', import.meta.url), { dicPath }, unavailable);
  }

  /** Loads the dictionary (once); resolves with the load time in ms. */
  warmUp(): Promise<number> {
    return this.worker.warmUp();
  }

  tokenize(texts: readonly string[], signal?: AbortSignal): Promise<Morpheme[][]> {
    return this.worker.run(texts, signal);
  }

  close(): Promise<void> {
    return this.worker.close();
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
