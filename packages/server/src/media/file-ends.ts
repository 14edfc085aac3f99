import fs from 'node:fs/promises';
import { detectTruncation, TRUNCATION_PROBE_BYTES, type Truncation } from '@furikaeri/core';

/** Reads a file's first and last bytes (never the middle) and asks whether it was cut off. */
export async function truncationOf(file: string): Promise<Truncation | null> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, TRUNCATION_PROBE_BYTES));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, TRUNCATION_PROBE_BYTES));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return detectTruncation(head, tail, size);
  } finally {
    await handle.close();
  }
}
