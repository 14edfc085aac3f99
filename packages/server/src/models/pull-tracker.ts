import { AppError, type AppErrorBody, isAppError, type ModelPullState, type ModelsReport } from '@furikaeri/core';
import { unpinnedError } from './model-errors';
import type { ModelManager } from './model-manager';
import { pinningOf } from './pinning';

interface Pull {
  state: ModelPullState;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Pulls started from the settings page run in the background of the server; the page polls their state.
 * One pull per model at a time; a finished one stays visible until the next starts.
 */
export class ModelPullTracker {
  private readonly pulls = new Map<string, Pull>();

  constructor(readonly manager: ModelManager) {}

  report(): ModelsReport {
    const report = this.manager.list();
    return {
      ...report,
      models: report.models.map((model) => ({ ...model, pull: this.pulls.get(model.id)?.state ?? null })),
    };
  }

  start(id: string, trustUnpinned: boolean): ModelPullState {
    const entry = this.manager.entry(id);
    const running = this.pulls.get(id);
    if (running?.state.status === 'running') return running.state;
    // Asked before anything starts, so the page can ask the user for consent.
    if (pinningOf(entry) === 'none' && !trustUnpinned) throw unpinnedError(id);
    const controller = new AbortController();
    const state: ModelPullState = {
      modelId: id,
      status: 'running',
      phase: 'download',
      bytes: 0,
      total: null,
      error: null,
    };
    const done = this.manager
      .pull(id, {
        trustUnpinned,
        signal: controller.signal,
        onProgress: (progress) => Object.assign(state, progress),
      })
      .then(
        () => {
          state.status = 'succeeded';
        },
        (error: unknown) => {
          state.status = controller.signal.aborted ? 'cancelled' : 'failed';
          state.error = toErrorBody(error);
        },
      );
    this.pulls.set(id, { state, controller, done });
    return state;
  }

  /** A model being downloaded cannot be removed under the download's feet: cancel it first. */
  remove(id: string): void {
    if (this.pulls.get(id)?.state.status === 'running') {
      throw new AppError('conflict', {
        ja: 'ダウンロード中です。中止してから削除してください。',
        en: 'It is being downloaded. Cancel the download first.',
      });
    }
    this.manager.remove(id);
    this.pulls.delete(id);
  }

  cancel(id: string): ModelPullState | null {
    const pull = this.pulls.get(id);
    pull?.controller.abort();
    return pull?.state ?? null;
  }

  /** Resolves when the model's current pull has ended (tests, and a server shutting down). */
  async settled(id: string): Promise<ModelPullState | null> {
    const pull = this.pulls.get(id);
    await pull?.done;
    return pull?.state ?? null;
  }

  cancelAll(): void {
    for (const pull of this.pulls.values()) pull.controller.abort();
  }
}

function toErrorBody(error: unknown): AppErrorBody {
  if (isAppError(error)) return error.toBody();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: { ja: detail, en: detail } };
}
