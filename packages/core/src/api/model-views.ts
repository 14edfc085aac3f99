import type { AppErrorBody } from '../domain/app-error';
import type { Message } from '../domain/message';

/**
 * Speech models as the HTTP API and the CLI show them: GET /api/models. Models are public files (not personal
 * data), so these views carry no secrets.
 */

/**
 * How far a download can be trusted before it is used:
 * - `archive`: the whole download is pinned by SHA-256 and checked before anything is extracted;
 * - `files`: the archive is not pinned, but every file the model needs is, and each is checked before install;
 * - `none`: nothing is pinned; installing needs the user's explicit consent (`--trust-unpinned`), and the
 *   computed hash is shown and recorded.
 */
export type ModelPinning = 'archive' | 'files' | 'none';

/** `bundled`: not in the models folder, but shipped inside an npm package (works offline after npm install). */
export type ModelStatus = 'installed' | 'missing' | 'damaged' | 'bundled';

export type ModelPullPhase = 'download' | 'verify' | 'extract' | 'install';

export interface ModelPullState {
  modelId: string;
  status: 'running' | 'succeeded' | 'failed' | 'cancelled';
  phase: ModelPullPhase;
  bytes: number;
  /** Null while the size is unknown (an unpinned download without Content-Length). */
  total: number | null;
  error: AppErrorBody | null;
}

export interface ModelView {
  id: string;
  kind: 'vad' | 'asr' | 'segmentation' | 'speaker-embedding';
  family: string;
  title: Message;
  description: Message;
  languages: string[];
  license: string;
  licenseUrl: string;
  /** The official URL a pull downloads from; nothing else is ever contacted. */
  url: string;
  downloadBytes: number | null;
  pinning: ModelPinning;
  recommended: boolean;
  status: ModelStatus;
  installedBytes: number | null;
  installedAt: string | null;
  /** How the installed copy was checked when it was installed. */
  installedTrust: ModelPinning | null;
  pull: ModelPullState | null;
}

export interface ModelsReport {
  modelsDir: string;
  models: ModelView[];
}

export interface ModelFileCheck {
  path: string;
  expectedSha256: string;
  actualSha256: string | null;
  ok: boolean;
}

export interface ModelVerifyReport {
  modelId: string;
  ok: boolean;
  message: Message;
  files: ModelFileCheck[];
}

/** POST /api/models/import: what the user already has on this computer (offline). */
export interface ModelImportRequest {
  path: string;
  as?: string;
  trustUnpinned?: boolean;
}
