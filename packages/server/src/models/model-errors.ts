import { AppError, formatBytes } from '@furikaeri/core';

/** The model manager's failures, in words the user can act on (ja/en). */

export function unknownModelError(id: string): AppError {
  return new AppError('not_found', {
    ja: `「${id}」というモデルはありません。\`furikaeri models list\` で一覧を確認してください。`,
    en: `There is no model called "${id}". See \`furikaeri models list\`.`,
  });
}

export function checksumMismatchError(what: string, expected: string, actual: string): AppError {
  return new AppError(
    'integrity',
    {
      ja: `${what} のチェックサムが一致しません（期待値 ${expected.slice(0, 12)}…、実際 ${actual.slice(0, 12)}…）。破損しているか別のファイルです。インストールしませんでした。`,
      en: `${what} failed its checksum (expected ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…). It is damaged or a different file; nothing was installed.`,
    },
    { expectedSha256: expected, actualSha256: actual },
  );
}

export function sizeMismatchError(what: string, expected: number, actual: number): AppError {
  return new AppError(
    'integrity',
    {
      ja: `${what} の大きさが違います（期待値 ${expected} バイト、実際 ${actual} バイト）。インストールしませんでした。`,
      en: `${what} has the wrong size (expected ${expected} bytes, got ${actual}). Nothing was installed.`,
    },
    { expectedBytes: expected, actualBytes: actual },
  );
}

export function diskFullError(neededBytes: number, freeBytes: number | null): AppError {
  const free = freeBytes === null ? '' : `（空き ${formatBytes(freeBytes)}）`;
  const freeEn = freeBytes === null ? '' : ` (${formatBytes(freeBytes)} free)`;
  return new AppError(
    'unavailable',
    {
      ja: `ディスクの空きが足りません。あと ${formatBytes(neededBytes)} 必要です${free}。空きを作ってからもう一度お試しください。`,
      en: `Disk full: ${formatBytes(neededBytes)} is needed${freeEn}. Free some space and try again.`,
    },
    { reason: 'disk_full', neededBytes, freeBytes },
  );
}

export function unpinnedError(id: string): AppError {
  return new AppError(
    'validation',
    {
      ja: `「${id}」には公開されたチェックサムがないため、中身を事前に確かめられません。それでも入れる場合は --trust-unpinned を付けてください（計算したハッシュを表示・記録します）。`,
      en: `"${id}" has no published checksum, so its contents cannot be checked in advance. To install it anyway, add --trust-unpinned (the computed hash is shown and recorded).`,
    },
    { reason: 'unpinned', modelId: id },
  );
}

export function cancelledError(): AppError {
  return new AppError('cancelled', {
    ja: 'ダウンロードを中止しました。次回は続きから再開します。',
    en: 'Download cancelled. The next pull resumes where it stopped.',
  });
}

export function downloadError(url: string, detail: string): AppError {
  return new AppError(
    'unavailable',
    {
      ja: `ダウンロードできませんでした（${detail}）: ${url}`,
      en: `The download failed (${detail}): ${url}`,
    },
    { url },
  );
}

export function notRecognisedError(input: string): AppError {
  return new AppError('validation', {
    ja: `${input} がどのモデルか判別できませんでした。--as <id> でモデルを指定してください。`,
    en: `Could not tell which model ${input} is. Name it with --as <id>.`,
  });
}

export function missingFilesError(id: string, names: string[]): AppError {
  return new AppError('validation', {
    ja: `「${id}」に必要なファイルが見つかりません: ${names.join(', ')}`,
    en: `Files "${id}" needs are missing: ${names.join(', ')}`,
  });
}

export function tarFailedError(detail: string): AppError {
  return new AppError('damaged_media', {
    ja: `アーカイブを展開できませんでした（tar: ${detail}）。ファイルが壊れているか、tar コマンドがありません。`,
    en: `Could not extract the archive (tar: ${detail}). The file is damaged, or the tar command is missing.`,
  });
}
