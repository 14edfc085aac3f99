/**
 * npm run bench:crypto — encrypted audio store vs plain files, same chunking as an import:
 * write 256 MiB in 64 KiB appends (fsync at the end), then read it all back, from the page cache and,
 * where the bench may drop that cache (root on Linux), from the disk.
 * Target from the privacy issue: encryption overhead under 10 %.
 *
 * Writes are compared with three baselines: a plain file written in the same 64 KiB appends; a plain file
 * written the way the store writes (8 chunks per gathered write, overlapped); and that plus the evidence
 * chain (the same two SHA-256 passes on the same hashing thread), which is what an unencrypted but
 * tamper-evident store would have to do, so the last ratio is the cost of the encryption alone.
 *
 * For scale, it also prints what AES-256-GCM and SHA-256 alone reach here, and from them the floor of the
 * overhead on this machine: the encrypted store does everything the plain file does (whose CPU time is
 * measured) plus, per byte, AES-256-GCM and — when writing — the two SHA-256 passes, and all of that work
 * can at best be spread evenly over every core, except while the final fsync waits for the disk, which
 * comes after the last byte is encrypted and so overlaps none of it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AudioKeyRing } from '../packages/server/src/audio/audio-key-ring';
import { EncryptedAudioStore } from '../packages/server/src/audio/encrypted-audio-store';
import { FrameHashThread } from '../packages/server/src/audio/frame-hash-thread';
import { primitiveCeilings, readPlain, writePlainAppends, writePlainBatched } from './plain-baselines';

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;
const RUNS = 5;
/** Rounds run first and not counted: the first ones run before the JIT has compiled the hot paths. */
const WARM_UP_RUNS = 1;
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
const evidenceHashing = new FrameHashThread();

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
  plainSync: [] as number[],
  batchedWrite: [] as Timing[],
  evidenceWrite: [] as Timing[],
  plainRead: [] as Timing[],
  encWrite: [] as Timing[],
  encRead: [] as Timing[],
  plainColdRead: [] as Timing[],
  encColdRead: [] as Timing[],
};
let coldReads = true;
for (let run = -WARM_UP_RUNS; run < RUNS; run += 1) {
  const file = path.join(dir, `plain-${run}.bin`);
  const id = `rec_bench${String(run + WARM_UP_RUNS).padStart(7, '0')}`;
  // Warm-up rounds do all the same work; what they measure is dropped.
  const record = run >= 0 ? (list: Timing[], timing: Timing) => list.push(timing) : () => undefined;
  let syncSeconds = 0;
  record(
    figures.plainWrite,
    await measure(async () => {
      syncSeconds = await writePlainAppends(file, chunk, TOTAL);
    }),
  );
  if (run >= 0) figures.plainSync.push(syncSeconds);
  const batchedFile = `${file}.batched`;
  record(figures.batchedWrite, await measure(() => writePlainBatched(batchedFile, chunk, TOTAL, null)));
  const evidence = evidenceHashing.open(id, 'pcm');
  record(figures.evidenceWrite, await measure(() => writePlainBatched(batchedFile, chunk, TOTAL, evidence)));
  fs.rmSync(batchedFile);
  record(figures.encWrite, await measure(() => encryptedWrite(id)));
  record(figures.plainRead, await measure(() => readPlain(file)));
  record(figures.encRead, await measure(() => encryptedRead(id)));
  coldReads &&= dropPageCache();
  if (coldReads) record(figures.plainColdRead, await measure(() => readPlain(file)));
  coldReads &&= dropPageCache();
  if (coldReads) record(figures.encColdRead, await measure(() => encryptedRead(id)));
  fs.rmSync(file);
  await store.deleteRecording(id);
}
await evidenceHashing.close();
store.close();
fs.rmSync(dir, { recursive: true, force: true });

const cores = os.cpus().length;
const ceiling = primitiveCeilings(chunk);
const megabytes = TOTAL / 1024 / 1024;
/** CPU seconds the crypto alone needs for the whole stream, on one core. */
const aesSeconds = { encrypt: megabytes / ceiling.encrypt, decrypt: megabytes / ceiling.decrypt };
const evidenceSeconds = (2 * megabytes) / ceiling.sha256;
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** The final fsync's wait for the disk: encryption and hashing are over by then, so nothing overlaps it. */
const syncWait = middle(figures.plainSync);

/**
 * One comparison. `extraCpu`: CPU seconds the encrypted side needs beyond the baseline's; `wait`: seconds of
 * the baseline that no CPU work can overlap.
 */
function line(label: string, baselineRuns: Timing[], encryptedRuns: Timing[], extraCpu: number, wait: number): void {
  const baseline = median(baselineRuns);
  const encrypted = median(encryptedRuns);
  const overhead = (encrypted.seconds / baseline.seconds - 1) * 100;
  const floorSeconds = Math.max(baseline.seconds, wait + (baseline.cpuSeconds + extraCpu) / cores);
  const floor = (floorSeconds / baseline.seconds - 1) * 100;
  const cpu = (timing: Timing) => (timing.cpuSeconds / timing.seconds).toFixed(2);
  console.log(
    `${label} ${mbps(baseline.seconds).toFixed(0)} MB/s (${cpu(baseline)} cores busy), encrypted ${mbps(encrypted.seconds).toFixed(0)} MB/s (${cpu(encrypted)} cores busy), overhead ${overhead.toFixed(1)} %; floor here ${floor.toFixed(1)} %`,
  );
}

console.log(
  `furikaeri bench:crypto — ${megabytes} MiB, ${CHUNK / 1024} KiB appends, median of ${RUNS} after ${WARM_UP_RUNS} warm-up, Node ${process.version}, ${cores} cores`,
);
const encryptionAndEvidence = aesSeconds.encrypt + evidenceSeconds;
line('write, plain 64 KiB appends:     ', figures.plainWrite, figures.encWrite, encryptionAndEvidence, syncWait);
line('write, plain batched:            ', figures.batchedWrite, figures.encWrite, encryptionAndEvidence, syncWait);
line('write, batched + evidence chain: ', figures.evidenceWrite, figures.encWrite, aesSeconds.encrypt, syncWait);
line('read (page cache), plain file:   ', figures.plainRead, figures.encRead, aesSeconds.decrypt, 0);
if (coldReads)
  line('read (from disk), plain file:    ', figures.plainColdRead, figures.encColdRead, aesSeconds.decrypt, 0);
else console.log('read (from disk):                 skipped: dropping the page cache needs root on Linux');
console.log(
  `one core, 64 KiB frames: AES-256-GCM encrypt ${ceiling.encrypt.toFixed(0)} MB/s, decrypt ${ceiling.decrypt.toFixed(0)} MB/s, SHA-256 ${ceiling.sha256.toFixed(0)} MB/s; the plain write's final fsync waited ${(syncWait * 1000).toFixed(0)} ms`,
);
const plainCacheRead = median(figures.plainRead).seconds;
console.log(
  `decrypting it all on one core takes ${(aesSeconds.decrypt * 1000).toFixed(0)} ms, the plain page-cache read ${(plainCacheRead * 1000).toFixed(0)} ms: a reader that decrypts on one thread is at least ${((aesSeconds.decrypt / plainCacheRead - 1) * 100).toFixed(0)} % slower`,
);
console.log(
  `floor = the least overhead possible on ${cores} cores: the fsync wait + (baseline CPU time + the CPU time of the crypto it lacks) / cores, or the baseline's time if longer`,
);
console.log('(audio itself arrives at 0.03 MB/s for 16 kHz PCM: every figure is thousands of times real time)');
