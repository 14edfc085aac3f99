// Worker thread that trains the question-category model (core: analysis/questions/category-model.ts) off the
// main thread: 4–7 s of arithmetic that would otherwise freeze every request at the first analysis. Plain
// JavaScript, like the transcript reader; it loads the TypeScript sources through tsx itself.
// Protocol: workers/cancellable-worker.ts.
import { parentPort } from 'node:worker_threads';
import { loadTypeScriptModule } from '../workers/typescript-in-worker.mjs';

const core = await loadTypeScriptModule('@furikaeri/core');

parentPort.on('message', ({ id }) => {
  try {
    parentPort.postMessage({ id, result: core.trainBuiltInCategoryModel() });
  } catch (failure) {
    parentPort.postMessage({ id, error: String(failure?.message ?? failure) });
  }
});
