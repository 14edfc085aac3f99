// Runs sherpa-onnx's OfflineSpeakerDiarization on a worker thread: it takes the whole recording in one
// synchronous call (minutes for an hour of audio), which on the main thread would stall the server and
// the job's heartbeat. Plain CommonJS so that it runs as is, without a TypeScript loader.
const { parentPort, workerData } = require('node:worker_threads');

try {
  const sherpa = require('sherpa-onnx-node');
  const diarizer = new sherpa.OfflineSpeakerDiarization(workerData.config);
  parentPort.postMessage({
    segments: diarizer.process(new Float32Array(workerData.buffer, workerData.offset, workerData.length)),
  });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
