import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_HEADER_BYTES, FRAME_OVERHEAD, FRAME_PLAINTEXT_BYTES } from '../src/audio/frame-format';
import { tarStream } from '../src/export/tar';
import { fileBody, writeTone } from './support/audio-files';
import { flipByte } from './support/bytes';
import { type TempContext, tempContext, tempDir } from './support/temp-context';

let env: TempContext;
let files: string;
let eventId: string;

beforeAll(async () => {
  env = await tempContext();
  files = tempDir();
  const company = env.ctx.library.createCompany({ name: '証拠テスト株式会社' });
  eventId = env.ctx.library.createEvent({
    companyId: company.id,
    type: 'interview',
    round: 'final',
    consent: 'granted',
  }).id;
});
afterAll(async () => {
  await env.cleanup();
  fs.rmSync(files, { recursive: true, force: true });
});

let toneCount = 0;
async function importTone(): Promise<{ id: string; source: string }> {
  toneCount += 1;
  const source = writeTone(path.join(files, `tone${toneCount}.wav`), { seconds: 6 + toneCount, sampleRate: 22_050 });
  const { recording } = await env.ctx.recordings.ingest({ eventId, originalName: 'tone.wav', body: fileBody(source) });
  await env.ctx.worker.drain();
  return { id: recording.id, source };
}

function stored(id: string, kind: 'original' | 'pcm'): string {
  return path.join(env.dataDir, 'audio', id, `${kind}.fka`);
}

function frameOffset(index: number): number {
  return FILE_HEADER_BYTES + index * (FRAME_PLAINTEXT_BYTES + FRAME_OVERHEAD);
}

describe('tamper evidence', () => {
  it('accepts an untouched recording, with hashes that match the original file', async () => {
    const { id, source } = await importTone();
    const report = await env.ctx.integrity.verify(id);
    expect(report.status).toBe('intact');
    expect(report.streams.map((stream) => [stream.kind, stream.status])).toEqual([
      ['original', 'intact'],
      ['pcm', 'intact'],
    ]);
    const sha = createHash('sha256').update(fs.readFileSync(source)).digest('hex');
    expect(report.streams[0]?.expected.sha256).toBe(sha);
  });

  it('detects an edited byte', async () => {
    const { id } = await importTone();
    const bytes = fs.readFileSync(stored(id, 'original'));
    flipByte(bytes, frameOffset(2) + 5_000);
    fs.writeFileSync(stored(id, 'original'), bytes);
    const report = await env.ctx.integrity.verify(id);
    expect(report.status).toBe('altered');
    expect(report.streams[0]).toMatchObject({ kind: 'original', status: 'altered', badFrames: [2] });
    expect(report.message.ja).toContain('改変');
  });

  it('detects a recording cut short', async () => {
    const { id } = await importTone();
    fs.truncateSync(stored(id, 'pcm'), frameOffset(3));
    const report = await env.ctx.integrity.verify(id);
    expect(report.streams[1]).toMatchObject({ kind: 'pcm', status: 'incomplete' });
    expect(report.status).toBe('incomplete');
  });

  it('detects reordered frames', async () => {
    const { id } = await importTone();
    const file = stored(id, 'pcm');
    const bytes = fs.readFileSync(file);
    const size = FRAME_PLAINTEXT_BYTES + FRAME_OVERHEAD;
    const second = Buffer.from(bytes.subarray(frameOffset(1), frameOffset(1) + size));
    bytes.copy(bytes, frameOffset(1), frameOffset(2), frameOffset(2) + size);
    second.copy(bytes, frameOffset(2));
    fs.writeFileSync(file, bytes);
    const report = await env.ctx.integrity.verify(id);
    expect(report.status).toBe('altered');
    expect(report.streams[1]?.badFrames).toEqual([1, 2]);
  });

  it('detects a whole stream replaced by another validly encrypted one (seal mismatch)', async () => {
    const first = await importTone();
    const second = await importTone();
    // Same key needed for the frames to decrypt: re-encrypt the second's original under the first's id.
    const writer = await env.ctx.store.createWriter(first.id, 'original');
    await writer.append(fs.readFileSync(second.source));
    await writer.commit();
    const report = await env.ctx.integrity.verify(first.id);
    expect(report.streams[0]).toMatchObject({ status: 'altered', badFrames: [] });
  });

  it('exports an evidence package that standard tools verify', async () => {
    const { id, source } = await importTone();
    const evidence = await env.ctx.integrity.evidencePackage(id);
    expect(evidence.report.status).toBe('intact');
    const archive = path.join(files, evidence.fileName);
    await pipeline(tarStream(evidence.entries), fs.createWriteStream(archive));
    const out = tempDir('furikaeri-evidence-');
    execFileSync('tar', ['-xf', archive, '-C', out]);
    expect(fs.readdirSync(out).sort()).toEqual(['README.txt', 'chain.txt', 'manifest.json', 'original.wav']);
    expect(fs.readFileSync(path.join(out, 'original.wav')).equals(fs.readFileSync(source))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const sha256sum = execFileSync('sha256sum', ['original.wav'], { cwd: out, encoding: 'utf8' }).split(' ')[0];
    expect(manifest.manifest.original.sha256).toBe(sha256sum);
    expect(manifest.manifest.consent).toBe('granted');
    // The per-block hashes in chain.txt are what `split -b 65536` + sha256sum give.
    execFileSync('split', ['-b', '65536', '-d', '-a', '6', 'original.wav', 'part_'], { cwd: out });
    const parts = execFileSync('sh', ['-c', 'sha256sum part_*'], { cwd: out, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0]);
    const chainLines = fs
      .readFileSync(path.join(out, 'chain.txt'), 'utf8')
      .split('\n')
      .filter((line) => /^\d/.test(line));
    expect(chainLines.map((line) => line.split(' ')[3]).slice(0, parts.length)).toEqual(parts);
    expect(fs.readFileSync(path.join(out, 'chain.txt'), 'utf8')).toContain(
      `# head ${manifest.manifest.original.chainHead}`,
    );
    expect(fs.readFileSync(path.join(out, 'README.txt'), 'utf8')).toContain(sha256sum);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
