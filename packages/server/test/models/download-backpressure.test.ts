import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFile } from '../../src/models/download';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A disk slower than the network: every write reports a full buffer, so the download waits for 'drain' each time. */
function slowDisk(file: string, peakErrorListeners: { count: number }): Writable {
  const out = fs.createWriteStream(file);
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      peakErrorListeners.count = Math.max(peakErrorListeners.count, stream.listenerCount('error'));
      out.write(chunk, () => setImmediate(done));
    },
    final(done) {
      peakErrorListeners.count = Math.max(peakErrorListeners.count, stream.listenerCount('error'));
      out.end(done);
    },
  });
  return stream;
}

describe('a model download onto a slow disk', () => {
  it('waits for the disk many times without piling up listeners on the file stream', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-drain-'));
    dirs.push(dir);
    const chunks = Array.from({ length: 40 }, (_, index) => new Uint8Array(1024).fill(index));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const fetchImpl = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch;
    const peak = { count: 0 };
    const result = await downloadFile({
      url: 'http://127.0.0.1:1/model.bin',
      partFile: path.join(dir, 'model.bin.part'),
      expected: { size: 40 * 1024, sha256: null },
      label: 'model.bin',
      fetch: fetchImpl,
      createWriteStream: (file) => slowDisk(file, peak),
    });
    expect(result.size).toBe(40 * 1024);
    // `finished` holds one error listener and a wait at most one more; before, each wait left one behind (CI's MaxListenersExceededWarning).
    expect(peak.count).toBeLessThanOrEqual(3);
  });
});
