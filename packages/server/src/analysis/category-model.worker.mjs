// Worker thread that trains the question-category model (core: analysis/questions/category-model.ts) off the
// main thread: 4–5 s of arithmetic that would otherwise freeze every request at the first analysis. Plain
// JavaScript, like the transcript reader, so that node, tsx and vitest all start it as is; it loads the
// TypeScript sources through tsx itself. Protocol: workers/cancellable-worker.ts.
import { parentPort } from 'node:worker_threads';

const started = performance.now();
let trainBuiltInCategoryModel;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ trainBuiltInCategoryModel } = await import('@furikaeri/core'));
  parentPort.postMessage({ type: 'ready', ms: performance.now() - started });
} catch (failure) {
  parentPort.postMessage({ type: 'failed', message: String(failure?.message ?? failure) });
}

parentPort.on('message', ({ id }) => {
  try {
    parentPort.postMessage({ id, result: trainBuiltInCategoryModel() });
  } catch (failure) {
    parentPort.postMessage({ id, error: String(failure?.message ?? failure) });
  }
});
