import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INTERVIEW_ROUNDS } from '@furikaeri/core';
import { type AppContext, createAppContext, TEST_SCRYPT, Vault } from '@furikaeri/server';
import { hourTranscript } from './hour-transcript';

const PASSPHRASE = 'bench passphrase 2026';
/** Bump when the generated content changes, so a stale cached library is not measured. */
const VERSION = 'v1';

export interface Library {
  ctx: AppContext;
  dataDir: string;
  generatedSeconds: number | null;
  close(): Promise<void>;
}

/**
 * 1,000 interviews of one hour each (~900 segments, ~1,000 hours of transcript), written straight into an
 * encrypted library through the repositories (TranscriptRepository indexes the segments for search). Built
 * once and kept in the temp folder, since generating it takes a while; delete the folder to rebuild.
 */
export async function openLibrary(recordings: number): Promise<Library> {
  const dataDir = path.join(os.tmpdir(), 'furikaeri-bench', `ui-library-${VERSION}-${recordings}`);
  const complete = path.join(dataDir, 'complete');
  const vault = new Vault(dataDir, TEST_SCRYPT);
  let generatedSeconds: number | null = null;
  if (!fs.existsSync(complete)) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const { masterKey } = await vault.create(PASSPHRASE);
    const ctx = createAppContext({ dataDir, masterKey });
    const started = performance.now();
    generate(ctx, recordings);
    generatedSeconds = (performance.now() - started) / 1000;
    await ctx.close();
    masterKey.destroy();
    fs.writeFileSync(complete, new Date().toISOString());
  }
  const masterKey = await vault.unlock(PASSPHRASE);
  const ctx = createAppContext({ dataDir, masterKey });
  return {
    ctx,
    dataDir,
    generatedSeconds,
    async close() {
      await ctx.close();
      masterKey.destroy();
    },
  };
}

function generate(ctx: AppContext, recordings: number): void {
  const companies = Array.from({ length: 100 }, (_, i) =>
    ctx.library.createCompany({ name: `ベンチ株式会社${i + 1}` }),
  );
  const now = new Date().toISOString();
  for (let i = 0; i < recordings; i++) {
    const event = ctx.library.createEvent({
      companyId: companies[i % companies.length]?.id ?? null,
      type: 'interview',
      round: INTERVIEW_ROUNDS[i % 4],
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      consent: 'granted',
    });
    ctx.repos.transcripts.insertAsCurrent(
      { id: `tr_bench_${i}`, eventId: event.id, recordingId: null, content: hourTranscript(i + 1) },
      now,
    );
    if ((i + 1) % 100 === 0) process.stdout.write(`  generated ${i + 1}/${recordings} hours of transcript\n`);
  }
}
