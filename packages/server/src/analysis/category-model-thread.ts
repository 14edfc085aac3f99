import { AppError, type CategoryModel, hasSharedCategoryModel, installSharedCategoryModel } from '@furikaeri/core';
import { CancellableWorker, untilAborted } from '../workers/cancellable-worker';

/**
 * Trains the question-category model in a worker thread and installs it in core, so that the first analysis
 * of a session does not hold the server's main thread for the 4–5 s the training takes (every page and event
 * stream would wait). `serve` starts it at launch; an analysis awaits it. Should the worker fail, the model is
 * trained at first use on the main thread as before: slower to answer, the same result.
 */
export class CategoryModelThread {
  private readonly worker = new CancellableWorker<null, CategoryModel>(
    new URL('./category-model.worker.mjs', import.meta.url),
    null,
    (detail) =>
      new AppError('unavailable', {
        ja: `質問の分類モデルを準備できませんでした: ${detail}`,
        en: `The question-category model could not be prepared: ${detail}`,
      }),
  );
  private training: Promise<void> | null = null;

  /**
   * Resolves once the model is in place (trained in the worker, or already there). Rejects only when `signal`
   * aborts (a lock, a cancel, a shutdown): the caller stops waiting at once, the training goes on for the next.
   */
  ready(signal?: AbortSignal): Promise<void> {
    if (hasSharedCategoryModel()) return Promise.resolve();
    this.training ??= this.worker
      .run(null)
      .then((model) => installSharedCategoryModel(model))
      .catch(() => undefined)
      .finally(() => this.worker.close());
    return untilAborted(this.training, signal);
  }
}

/** One per process: the model is shared by every analysis. */
export const categoryModelThread = new CategoryModelThread();
