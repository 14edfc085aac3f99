// Worker thread that hosts kuromoji (IPADIC, ≈300 MB once loaded). Plain JavaScript so that it runs the same
// under node, tsx and vitest. Protocol: it posts {type:'ready', ms} or {type:'failed', message}; then answers
// {id, request: texts} with {id, result} (one array of morphemes per text) or {id, error}
// (workers/cancellable-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import kuromoji from 'kuromoji';

const started = performance.now();
kuromoji.builder({ dicPath: workerData.dicPath }).build((error, tokenizer) => {
  if (error) {
    parentPort.postMessage({ type: 'failed', message: String(error?.message ?? error) });
    return;
  }
  parentPort.postMessage({ type: 'ready', ms: performance.now() - started });
  parentPort.on('message', ({ id, request: texts }) => {
    try {
      const tokens = texts.map((text) =>
        tokenizer.tokenize(text).map((token) => ({
          surface: token.surface_form,
          pos: token.pos,
          posDetail: token.pos_detail_1,
          basicForm: token.basic_form,
          reading: token.reading ?? null,
          start: token.word_position - 1,
        })),
      );
      parentPort.postMessage({ id, result: tokens });
    } catch (failure) {
      parentPort.postMessage({ id, error: String(failure?.message ?? failure) });
    }
  });
});
