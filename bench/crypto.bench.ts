/**
 * npm run bench:crypto — encrypted audio store vs plain files, same chunking as an import:
 * write 256 MiB in 64 KiB appends (fsync at the end), then read it all back.
 * Target from the privacy issue: encryption overhead under 10 %.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AudioKeyRing } from '../packages/server/src/audio/audio-key-ring';
import { EncryptedAudioStore } from '../packages/server/src/audio/encrypted-audio-store';

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;
const RUNS = 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-bench-crypto-'));
const chunk = randomBytes(CHUNK);

const keyRing: AudioKeyRing = {
  keyFor: (() => {
    const key = randomBytes(32);
    return () => key;
  })(),
  forget: () => undefined,
};
const store = new EncryptedAudioStore(path.join(dir, 'audio'), path.join(dir, 'tmp'), keyRing);

async function plainWrite(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  for (let written = 0; written < TOTAL; written += CHUNK) await handle.write(chunk);
  await handle.sync();
  await handle.close();
}

async function plainRead(file: string): Promise<number> {
  let bytes = 0;
  for await (const part of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) bytes += (part as Buffer).length;
  return bytes;
}

async function encryptedWrite(id: string): Promise<void> {
  const writer = await store.createWriter(id, 'pcm');
  for (let written = 0; written < TOTAL; written += CHUNK) await writer.append(chunk);
  await writer.commit();
}

async function encryptedRead(id: string): Promise<number> {
  let bytes = 0;
  for await (const part of store.createReadStream(id, 'pcm')) bytes += (part as Buffer).length;
  return bytes;
}

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

const mbps = (s: number) => TOTAL / 1024 / 1024 / s;
const figures = {
  plainWrite: [] as number[],
  plainRead: [] as number[],
  encWrite: [] as number[],
  encRead: [] as number[],
};
for (let run = 0; run < RUNS; run += 1) {
  const file = path.join(dir, `plain-${run}.bin`);
  const id = `rec_bench${String(run).padStart(7, '0')}`;
  figures.plainWrite.push(await seconds(() => plainWrite(file)));
  figures.encWrite.push(await seconds(() => encryptedWrite(id)));
  figures.plainRead.push(await seconds(() => plainRead(file)));
  figures.encRead.push(await seconds(() => encryptedRead(id)));
  fs.rmSync(file);
  await store.deleteRecording(id);
}
fs.rmSync(dir, { recursive: true, force: true });

const write = { plain: mbps(median(figures.plainWrite)), enc: mbps(median(figures.encWrite)) };
const read = { plain: mbps(median(figures.plainRead)), enc: mbps(median(figures.encRead)) };
console.log(
  `furikaeri bench:crypto — ${TOTAL / 1024 / 1024} MiB, ${CHUNK / 1024} KiB appends, median of ${RUNS}, Node ${process.version}`,
);
console.log(
  `write: plain ${write.plain.toFixed(0)} MB/s, encrypted ${write.enc.toFixed(0)} MB/s, overhead ${((write.plain / write.enc - 1) * 100).toFixed(1)} %`,
);
console.log(
  `read:  plain ${read.plain.toFixed(0)} MB/s, encrypted ${read.enc.toFixed(0)} MB/s, overhead ${((read.plain / read.enc - 1) * 100).toFixed(1)} %`,
);
console.log('(audio itself arrives at 0.03 MB/s for 16 kHz PCM: either figure is thousands of times real time)');
