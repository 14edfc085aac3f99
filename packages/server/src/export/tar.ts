import { Readable } from 'node:stream';

const BLOCK = 512;

export interface TarEntry {
  name: string;
  size: number;
  /** Produces exactly `size` bytes. */
  content: () => AsyncIterable<Uint8Array>;
}

function header(name: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write(
    `${Math.floor(mtime / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    'ascii',
  );
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let checksum = 0;
  for (const byte of block) checksum += byte;
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/**
 * A plain ustar archive, streamed: `tar -xf` opens it everywhere, no library needed on either side.
 * Names are ASCII and under 100 bytes (we choose them), so the basic header suffices.
 */
export function tarStream(entries: readonly TarEntry[], mtime = Date.now()): Readable {
  async function* blocks(): AsyncGenerator<Uint8Array> {
    for (const entry of entries) {
      yield header(entry.name, entry.size, mtime);
      let written = 0;
      for await (const chunk of entry.content()) {
        written += chunk.byteLength;
        yield chunk;
      }
      if (written !== entry.size) throw new Error(`${entry.name}: expected ${entry.size} bytes, got ${written}`);
      const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
      if (padding > 0) yield Buffer.alloc(padding);
    }
    yield Buffer.alloc(BLOCK * 2);
  }
  return Readable.from(blocks());
}
