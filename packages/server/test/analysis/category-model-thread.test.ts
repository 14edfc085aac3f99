import { hasSharedCategoryModel, installSharedCategoryModel, trainBuiltInCategoryModel } from '@furikaeri/core';
import { describe, expect, it } from 'vitest';
import {
  categoryModelScores,
  scoreWithModel,
  sharedCategoryModel,
} from '../../../core/src/analysis/questions/category-model';
import { CategoryModelThread } from '../../src/analysis/category-model-thread';

const WORDING = 'そのときの周りの反応はどうでしたか';

describe('the category model trained in a worker thread', () => {
  it('lets a called-off analysis stop waiting, keeps the main thread free, and installs the model trained here', async () => {
    const thread = new CategoryModelThread();
    const controller = new AbortController();
    controller.abort();
    await expect(thread.ready(controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
    expect(hasSharedCategoryModel()).toBe(false);

    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 20);
    await thread.ready();
    clearInterval(timer);
    // Training on this thread would run in one block, with no tick in between; in the worker the timer keeps
    // running through the seconds it takes.
    expect(ticks).toBeGreaterThan(10);
    expect(hasSharedCategoryModel()).toBe(true);

    const fromWorker = categoryModelScores(WORDING);
    const here = trainBuiltInCategoryModel();
    expect(scoreWithModel(here, WORDING)).toEqual(fromWorker);
    installSharedCategoryModel(here); // one is in place already: it stays
    expect(sharedCategoryModel()).not.toBe(here);
    await expect(thread.ready(controller.signal)).resolves.toBeUndefined(); // nothing left to wait for
  }, 60_000);
});
