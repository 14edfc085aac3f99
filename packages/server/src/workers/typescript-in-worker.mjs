// Loads a TypeScript module inside a worker thread through tsx (a worker does not inherit the loader of its
// parent) and posts the protocol's first message: `{type:'ready', ms}`, or `{type:'failed', message}` with null
// returned (workers/cancellable-worker.ts). Plain JavaScript, so that node, tsx and vitest all start it as is.
import { parentPort } from 'node:worker_threads';

/** `specifier`: a bare package name, or a file URL (a relative path would resolve from this file). */
export async function loadTypeScriptModule(specifier) {
  const started = performance.now();
  try {
    const { register } = await import('tsx/esm/api');
    register();
    const loaded = await import(specifier);
    parentPort.postMessage({ type: 'ready', ms: performance.now() - started });
    return loaded;
  } catch (failure) {
    parentPort.postMessage({ type: 'failed', message: String(failure?.message ?? failure) });
    return null;
  }
}
