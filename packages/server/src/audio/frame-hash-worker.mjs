// Worker thread that hashes the frames of streams being written, so that SHA-256 (two passes per frame: the
// frame hash of the evidence chain and the whole-stream hash) runs on another core than the encryption.
// Plain JavaScript so that it runs the same under node, tsx and vitest. Protocol, per stream id:
//   {stream, frame: ArrayBuffer}  hashes the next frame; every ACK_EVERY frames it posts {stream, hashed}
//   {stream, finish: true}        posts {stream, hashed, bytes, sha256 (hex), frameHashes (32 bytes each)}
//                                 and forgets the stream
//   {stream, drop: true}          forgets the stream
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

const ACK_EVERY = 16;
const streams = new Map();

function streamFor(id) {
  let stream = streams.get(id);
  if (!stream) {
    stream = { whole: createHash('sha256'), frameHashes: [], bytes: 0 };
    streams.set(id, stream);
  }
  return stream;
}

parentPort.on('message', (message) => {
  if (message.drop) {
    streams.delete(message.stream);
    return;
  }
  const stream = streamFor(message.stream);
  if (message.frame) {
    const bytes = new Uint8Array(message.frame);
    stream.frameHashes.push(createHash('sha256').update(bytes).digest());
    stream.whole.update(bytes);
    stream.bytes += bytes.length;
    const hashed = stream.frameHashes.length;
    if (hashed % ACK_EVERY === 0) parentPort.postMessage({ stream: message.stream, hashed });
    return;
  }
  streams.delete(message.stream);
  const frameHashes = new Uint8Array(Buffer.concat(stream.frameHashes)).buffer;
  parentPort.postMessage(
    {
      stream: message.stream,
      hashed: stream.frameHashes.length,
      bytes: stream.bytes,
      sha256: stream.whole.digest('hex'),
      frameHashes,
    },
    [frameHashes],
  );
});
