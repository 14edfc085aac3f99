import type { ConsentState } from './labels';
import type { Message } from './message';

/** What a stored stream was sealed with when it was written (see the server's hash-chain.ts). */
export interface StreamSeal {
  bytes: number;
  frames: number;
  sha256: string;
  chainHead: string;
}

/** Written as the recording is stored; the evidence of what was recorded, when and with what consent. */
export interface RecordingManifest {
  format: 'furikaeri-manifest-v1';
  recordingId: string;
  source: 'import' | 'recorder';
  originalName: string;
  /** When the recording entered furikaeri (the recorder's start time for live recordings). */
  storedAt: string;
  durationMs: number | null;
  consent: ConsentState;
  original: StreamSeal;
  pcm: StreamSeal | null;
}

export type IntegrityStatus = 'intact' | 'altered' | 'incomplete';

export interface StreamVerification {
  kind: 'original' | 'pcm';
  status: IntegrityStatus;
  /** Frames that failed authentication. */
  badFrames: number[];
  expected: StreamSeal;
  actual: StreamSeal | null;
}

export interface VerificationReport {
  recordingId: string;
  status: IntegrityStatus;
  checkedAt: string;
  streams: StreamVerification[];
  message: Message;
}

const RANK: Record<IntegrityStatus, number> = { intact: 0, incomplete: 1, altered: 2 };

/** The status of one stream from what its seal promised and what reading it found. */
export function streamStatus(
  expected: StreamSeal,
  actual: StreamSeal | null,
  badFrames: readonly number[],
  complete: boolean,
): IntegrityStatus {
  if (!actual || badFrames.length > 0) return 'altered';
  if (!complete) return 'incomplete';
  const same =
    actual.chainHead === expected.chainHead && actual.sha256 === expected.sha256 && actual.bytes === expected.bytes;
  return same ? 'intact' : 'altered';
}

export function worstStatus(statuses: readonly IntegrityStatus[]): IntegrityStatus {
  return statuses.reduce<IntegrityStatus>((worst, status) => (RANK[status] > RANK[worst] ? status : worst), 'intact');
}

export const INTEGRITY_MESSAGES: Record<IntegrityStatus, Message> = {
  intact: {
    ja: '改変されていません（記録時のハッシュと一致）',
    en: 'Unaltered: matches the hashes sealed when it was stored',
  },
  incomplete: {
    ja: '録音の末尾が欠けています（途中で切れています）',
    en: 'The end of the recording is missing (cut short)',
  },
  altered: {
    ja: '記録時の内容から改変または破損しています',
    en: 'Altered or damaged since it was stored',
  },
};
