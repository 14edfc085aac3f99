import type { Message } from '@furikaeri/core';
import type { ModelFamily, ModelFileRole, ModelKind } from './installed-model';

/** A byte size and SHA-256 found in a published source, or null where none was found (never guessed). */
export interface Pin {
  size: number | null;
  sha256: string | null;
}

/** One file a model needs: which sherpa-onnx role it fills and its name inside the download. */
export interface RegistryFile extends Pin {
  role: ModelFileRole;
  /** File name inside the archive's root folder (or the downloaded file itself for a single .onnx). */
  name: string;
}

/** A published download of the model: a .tar.bz2 with a root folder, or a single .onnx file. */
export interface RegistryArchive extends Pin {
  format: 'tar.bz2' | 'onnx';
  /** The file name as published (also how an offline import of that file is recognised). */
  fileName: string;
  /** Top folder inside a .tar.bz2; null for a single file. */
  root: string | null;
}

/** A copy of the model inside an npm package, usable right after `npm install` (no download). */
export interface BundledCopy extends Pin {
  packageName: string;
  /** Path of the file inside the package. */
  path: string;
}

export interface RegistryEntry {
  id: string;
  kind: ModelKind;
  family: ModelFamily;
  title: Message;
  description: Message;
  /** Languages recognised; empty for VAD and diarization models. */
  languages: string[];
  license: string;
  licenseUrl: string;
  /** The one URL a pull downloads from (https, the publisher's release). */
  url: string;
  archive: RegistryArchive;
  /** Other published packagings of the same files, recognised on offline import only. */
  alternates: RegistryArchive[];
  files: RegistryFile[];
  recommended: boolean;
  bundled: BundledCopy | null;
}
