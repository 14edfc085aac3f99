// Worker thread that reads imported transcript files (decode, parse, split, role guess:
// transcript-reading.ts) off the main thread. Plain JavaScript, like the kuromoji worker, so that node, tsx
// and vitest all start it as is; it loads the TypeScript sources through tsx itself (a worker does not
// inherit the loader of its parent). Protocol: workers/cancellable-worker.ts.
import { parentPort } from 'node:worker_threads';
import { loadTypeScriptModule } from '../workers/typescript-in-worker.mjs';

const reading = await loadTypeScriptModule(new URL('./transcript-reading.ts', import.meta.url).href);

/** An AppError (a refused file: empty, not a transcript) crosses the thread as its code and ja/en message. */
function crossing(failure) {
  if (failure?.name === 'AppError' && typeof failure.code === 'string') {
    return { code: failure.code, message: failure.userMessage, details: failure.details };
  }
  return String(failure?.message ?? failure);
}

parentPort.on('message', ({ id, request }) => {
  try {
    parentPort.postMessage({ id, result: reading.readTranscriptBytes(request) });
  } catch (failure) {
    parentPort.postMessage({ id, error: crossing(failure) });
  }
});
