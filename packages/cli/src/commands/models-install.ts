import { parseArgs } from 'node:util';
import { formatBytes, type ModelPullPhase } from '@furikaeri/core';
import type { ModelManager, ModelProgress } from '@furikaeri/server';
import type { Output } from '../output';
import { ProgressBar } from '../progress-bar';
import { usageError } from './arguments';

type Manifest = Awaited<ReturnType<ModelManager['pull']>>;

const PHASES: Record<ModelPullPhase, [string, string]> = {
  download: ['ダウンロード', 'Download'],
  verify: ['確認', 'Check'],
  extract: ['展開', 'Extract'],
  install: ['インストール', 'Install'],
};

/** Downloads from the registry's official URL (the only time furikaeri uses the network). Ctrl-C keeps the part. */
export async function modelsPullCommand(args: string[], output: Output, models: ModelManager): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'trust-unpinned': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  const id = positionals[0];
  if (!id) throw usageError('使い方: furikaeri models pull <id>', 'Usage: furikaeri models pull <id>');
  const entry = models.entry(id);
  output.note(`${output.locale === 'ja' ? '取得元' : 'From'}: ${entry.url}`);
  const manifest = await withProgress(output, (onProgress, signal) =>
    models.pull(id, { trustUnpinned: values['trust-unpinned'], onProgress, signal }),
  );
  report(output, manifest);
  return 0;
}

/** Installs an archive or folder already on this computer; nothing is downloaded. */
export async function modelsImportCommand(args: string[], output: Output, models: ModelManager): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      'trust-unpinned': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const input = positionals[0];
  if (!input) {
    throw usageError(
      '使い方: furikaeri models import <アーカイブ|フォルダ> [--as <id>]',
      'Usage: furikaeri models import <archive|folder> [--as <id>]',
    );
  }
  const manifest = await withProgress(output, (onProgress, signal) =>
    models.import(input, { as: values.as, trustUnpinned: values['trust-unpinned'], onProgress, signal }),
  );
  report(output, manifest);
  return 0;
}

async function withProgress(
  output: Output,
  task: (onProgress: (progress: ModelProgress) => void, signal: AbortSignal) => Promise<Manifest>,
): Promise<Manifest> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  const shown: { phase: ModelPullPhase | null; bar: ProgressBar | null } = { phase: null, bar: null };
  const label = (name: ModelPullPhase) => PHASES[name][output.locale === 'ja' ? 0 : 1];
  try {
    const manifest = await task((progress) => {
      if (progress.phase !== shown.phase) {
        shown.bar?.done('✓');
        shown.phase = progress.phase;
        shown.bar = new ProgressBar(label(progress.phase));
      }
      const detail =
        progress.total === null
          ? formatBytes(progress.bytes)
          : `${formatBytes(progress.bytes)} / ${formatBytes(progress.total)}`;
      shown.bar?.update(progress.total ? progress.bytes / progress.total : null, detail);
    }, controller.signal);
    shown.bar?.done('✓');
    return manifest;
  } finally {
    process.off('SIGINT', cancel);
  }
}

function report(output: Output, manifest: Manifest): void {
  if (output.json) {
    output.printJson(manifest);
    return;
  }
  const ja = output.locale === 'ja';
  const trust: Record<Manifest['trust'], [string, string]> = {
    archive: ['公開チェックサムと一致', 'matches its published checksum'],
    files: ['各ファイルが公開チェックサムと一致', 'each file matches its published checksum'],
    none: ['公開チェックサムなし。計算値を記録しました', 'no published checksum; the computed hash is recorded'],
  };
  output.print(`✓ ${manifest.id}: ${ja ? 'インストールしました' : 'installed'} — ${trust[manifest.trust][ja ? 0 : 1]}`);
  if (manifest.source.sha256) output.print(`  SHA-256 ${manifest.source.sha256}  ${manifest.source.location}`);
  for (const file of manifest.files)
    output.print(`  ${file.role.padEnd(7)} ${file.name}  ${formatBytes(file.size)}  ${file.sha256}`);
}
