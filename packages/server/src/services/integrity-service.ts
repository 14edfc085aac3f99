import {
  AppError,
  fileExtension,
  INTEGRITY_MESSAGES,
  type RecordingManifest,
  type StreamVerification,
  streamStatus,
  type VerificationReport,
  worstStatus,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { chainNext, chainStart, sealOf } from '../audio/hash-chain';
import { type Clock, isoNow } from '../config/clock';
import type { TarEntry } from '../export/tar';
import type { Repositories } from '../repositories/repositories';
import { notFound } from './errors';
import { evidenceReadme } from './evidence-readme';
import { audioDeleted } from './retention-service';

/** Whether a recording is still what was sealed when it was stored, and the package that proves it to others. */
export class IntegrityService {
  constructor(
    private readonly repos: Repositories,
    private readonly store: AudioStore,
    private readonly clock: Clock,
  ) {}

  async verify(recordingId: string): Promise<VerificationReport> {
    const manifest = this.requireManifest(recordingId);
    const streams: StreamVerification[] = [await this.verifyStream(recordingId, 'original', manifest)];
    if (manifest.pcm) streams.push(await this.verifyStream(recordingId, 'pcm', manifest));
    const status = worstStatus(streams.map((stream) => stream.status));
    return { recordingId, status, checkedAt: isoNow(this.clock), streams, message: INTEGRITY_MESSAGES[status] };
  }

  /**
   * The evidence package: the original exactly as stored, its manifest, the per-frame hash chain and a
   * plain-language note on checking them with standard tools. Only ever built on the user's explicit request.
   */
  async evidencePackage(
    recordingId: string,
  ): Promise<{ fileName: string; entries: TarEntry[]; report: VerificationReport }> {
    const recording = this.repos.recordings.find(recordingId);
    if (!recording) throw notFound('recording', recordingId);
    const manifest = this.requireManifest(recordingId);
    const report = await this.verify(recordingId);
    const event = this.repos.events.find(recording.eventId);
    const company = event?.companyId ? this.repos.companies.find(event.companyId) : null;
    const extension = fileExtension(recording.originalName) || 'bin';
    const originalName = `original.${extension.replace(/[^a-z0-9]/g, '') || 'bin'}`;
    const manifestJson = JSON.stringify(
      {
        manifest,
        event: event && { type: event.type, round: event.round, date: event.date, time: event.time },
        company: company?.name ?? null,
        verification: report,
      },
      null,
      2,
    );
    const chain = chainText(manifest, this.repos.recordings.originalFrameHashes(recordingId));
    const readme = evidenceReadme(originalName, manifest, report);
    const text = (content: string): TarEntry => {
      const bytes = Buffer.from(content);
      return {
        name: '',
        size: bytes.length,
        content: async function* () {
          yield bytes;
        },
      };
    };
    const date = (event?.date ?? manifest.storedAt.slice(0, 10)).replace(/-/g, '');
    return {
      fileName: `furikaeri-evidence-${date}-${recordingId}.tar`,
      report,
      entries: [
        {
          name: originalName,
          size: manifest.original.bytes,
          content: () => this.store.createReadStream(recordingId, 'original'),
        },
        { ...text(manifestJson), name: 'manifest.json' },
        { ...text(chain), name: 'chain.txt' },
        { ...text(readme), name: 'README.txt' },
      ],
    };
  }

  private async verifyStream(
    recordingId: string,
    kind: StreamVerification['kind'],
    manifest: RecordingManifest,
  ): Promise<StreamVerification> {
    const expected = kind === 'original' ? manifest.original : manifest.pcm;
    if (!expected) throw new Error(`no seal for ${kind}`);
    const integrity = await this.store.verify(recordingId, kind);
    const actual = integrity ? sealOf(integrity.recomputed) : null;
    return {
      kind,
      status: streamStatus(expected, actual, integrity?.badFrames ?? [], integrity?.complete ?? false),
      badFrames: integrity?.badFrames ?? [],
      expected,
      actual,
    };
  }

  private requireManifest(recordingId: string): RecordingManifest {
    const recording = this.repos.recordings.find(recordingId);
    if (!recording) throw notFound('recording', recordingId);
    if (recording.audioDeletedAt) throw audioDeleted(recording.audioDeletedAt);
    const manifest = this.repos.recordings.manifest(recordingId);
    if (!manifest) {
      throw new AppError('conflict', { ja: 'この録音には記録時の封印がありません', en: 'This recording has no seal' });
    }
    return manifest;
  }
}

/** One line per frame (offset, length, SHA-256, chain link), so the chain can be recomputed by hand. */
function chainText(manifest: RecordingManifest, frameHashes: readonly string[]): string {
  const frameBytes = 64 * 1024;
  let link = chainStart(manifest.recordingId, 'original');
  const lines = [
    '# furikaeri hash chain over original file, frames of 65536 bytes (the last may be shorter)',
    `# link0 = SHA-256("furikaeri-chain-v1" NUL "${manifest.recordingId}" NUL "original") = ${link.toString('hex')}`,
    '# link(i) = SHA-256(link(i-1) || frame_sha256(i)) — both as raw 32-byte values',
    '# index offset length frame_sha256 link',
  ];
  frameHashes.forEach((frameHash, index) => {
    link = chainNext(link, Buffer.from(frameHash, 'hex'));
    const length = Math.min(frameBytes, manifest.original.bytes - index * frameBytes);
    lines.push(`${index} ${index * frameBytes} ${length} ${frameHash} ${link.toString('hex')}`);
  });
  lines.push(`# head ${link.toString('hex')} (manifest.original.chainHead = ${manifest.original.chainHead})`);
  return `${lines.join('\n')}\n`;
}
