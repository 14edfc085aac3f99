/**
 * npm run bench:crypto — encrypted audio store vs plain files, same chunking as an import:
 * write 256 MiB in 64 KiB appends (fsync at the end), then read it all back, from the page cache and,
 * where the bench may drop that cache (root on Linux), from the disk.
 * Target from the privacy issue: encryption overhead under 10 %. For scale, it also prints what AES-256-GCM
 * and SHA-256 alone reach here, and from them the floor of the overhead on this machine: the encrypted store
 * does everything the plain file does (whose CPU time is measured) plus, per byte, AES-256-GCM and — when
 * writing — two SHA-256 passes (the frame hash of the evidence chain and the whole-stream hash), and all of
 * that work can at best be spread evenly over every core.
 */
import { execFileSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
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

/** Empties the page cache so the next read comes from the disk; false where that is not allowed. */
function dropPageCache(): boolean {
  try {
    execFileSync('sync');
    fs.writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/** Single-core MB/s of the primitives on 64 KiB frames, as the store calls them (one cipher per frame). */
function primitiveCeilings(): { encrypt: number; decrypt: number; sha256: number } {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const frames = 2048;
  const timedMbps = (work: () => void) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < frames; i++) work();
    return (frames * CHUNK) / 1024 / 1024 / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  let tag = Buffer.alloc(16);
  let ciphertext = Buffer.alloc(0);
  const encrypt = timedMbps(() => {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    ciphertext = cipher.update(chunk);
    cipher.final();
    tag = cipher.getAuthTag();
  });
  const decrypt = timedMbps(() => {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    decipher.update(ciphertext);
    decipher.final();
  });
  const sha256 = timedMbps(() => createHash('sha256').update(chunk).digest());
  return { encrypt, decrypt, sha256 };
}

interface Timing {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the whole process (every thread, the thread pool's file copies included). */
  cpuSeconds: number;
}

async function measure(run: () => Promise<unknown>): Promise<Timing> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** The run with the median wall time. */
function median(timings: Timing[]): Timing {
  return [...timings].sort((a, b) => a.seconds - b.seconds)[Math.floor(timings.length / 2)] ?? (timings[0] as Timing);
}

const mbps = (s: number) => TOTAL / 1024 / 1024 / s;
const figures = {
  plainWrite: [] as Timing[],
  plainRead: [] as Timing[],
  encWrite: [] as Timing[],
  encRead: [] as Timing[],
  plainColdRead: [] as Timing[],
  encColdRead: [] as Timing[],
};
let coldReads = true;
for (let run = 0; run < RUNS; run += 1) {
  const file = path.join(dir, `plain-${run}.bin`);
  const id = `rec_bench${String(run).padStart(7, '0')}`;
  figures.plainWrite.push(await measure(() => plainWrite(file)));
  figures.encWrite.push(await measure(() => encryptedWrite(id)));
  figures.plainRead.push(await measure(() => plainRead(file)));
  figures.encRead.push(await measure(() => encryptedRead(id)));
  coldReads &&= dropPageCache();
  if (coldReads) figures.plainColdRead.push(await measure(() => plainRead(file)));
  coldReads &&= dropPageCache();
  if (coldReads) figures.encColdRead.push(await measure(() => encryptedRead(id)));
  fs.rmSync(file);
  await store.deleteRecording(id);
}
fs.rmSync(dir, { recursive: true, force: true });

const cores = os.cpus().length;
const ceiling = primitiveCeilings();
const megabytes = TOTAL / 1024 / 1024;
/** CPU seconds the crypto alone needs for the whole stream, on one core. */
const cryptoSeconds = {
  write: megabytes / ceiling.encrypt + (2 * megabytes) / ceiling.sha256,
  read: megabytes / ceiling.decrypt,
};

function line(label: string, plainRuns: Timing[], encryptedRuns: Timing[], crypto: number): void {
  const plain = median(plainRuns);
  const encrypted = median(encryptedRuns);
  const overhead = (encrypted.seconds / plain.seconds - 1) * 100;
  const floorSeconds = Math.max(plain.seconds, (plain.cpuSeconds + crypto) / cores);
  const floor = (floorSeconds / plain.seconds - 1) * 100;
  const cpu = (timing: Timing) => (timing.cpuSeconds / timing.seconds).toFixed(2);
  console.log(
    `${label} plain ${mbps(plain.seconds).toFixed(0)} MB/s (${cpu(plain)} cores busy), encrypted ${mbps(encrypted.seconds).toFixed(0)} MB/s (${cpu(encrypted)} cores busy), overhead ${overhead.toFixed(1)} %; floor here ${floor.toFixed(1)} %`,
  );
}

console.log(
  `furikaeri bench:crypto — ${TOTAL / 1024 / 1024} MiB, ${CHUNK / 1024} KiB appends, median of ${RUNS}, Node ${process.version}, ${os.cpus().length} cores`,
);
line('write:                 ', figures.plainWrite, figures.encWrite, cryptoSeconds.write);
line('read (page cache):     ', figures.plainRead, figures.encRead, cryptoSeconds.read);
if (coldReads) line('read (from disk):      ', figures.plainColdRead, figures.encColdRead, cryptoSeconds.read);
else console.log('read (from disk):       skipped: dropping the page cache needs root on Linux');
console.log(
  `one core, 64 KiB frames: AES-256-GCM encrypt ${ceiling.encrypt.toFixed(0)} MB/s, decrypt ${ceiling.decrypt.toFixed(0)} MB/s, SHA-256 ${ceiling.sha256.toFixed(0)} MB/s`,
);
console.log(
  `floor = the least overhead possible on ${cores} cores: (plain CPU time + crypto CPU time) / cores, or the plain time if longer`,
);
console.log('(audio itself arrives at 0.03 MB/s for 16 kHz PCM: every figure is thousands of times real time)');
