import { parseArgs } from 'node:util';
import { formatBytes, type ModelView } from '@furikaeri/core';
import type { ModelManager } from '@furikaeri/server';
import type { Output } from '../output';

const STATUS_MARK: Record<ModelView['status'], string> = { installed: '✓', bundled: '✓', missing: '·', damaged: '✗' };

/** Every known model: installed or not, size, languages, license, and whether its download is pinned. */
export async function modelsListCommand(args: string[], output: Output, models: ModelManager): Promise<number> {
  parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const report = models.list();
  if (output.json) {
    output.printJson(report);
    return 0;
  }
  const ja = output.locale === 'ja';
  output.print(`${ja ? 'モデルの保存先' : 'Models folder'}: ${report.modelsDir}`);
  const width = Math.max(...report.models.map((model) => model.id.length));
  for (const model of report.models) {
    const bytes = model.installedBytes ?? model.downloadBytes;
    const size = bytes === null ? '?' : formatBytes(bytes);
    const languages = model.languages.length > 0 ? model.languages.join(',') : '—';
    const notes = [
      statusText(model, ja),
      model.recommended ? (ja ? '推奨' : 'recommended') : '',
      model.pinning === 'none' ? (ja ? 'チェックサム未公開' : 'no published checksum') : '',
    ].filter(Boolean);
    output.print(
      `${STATUS_MARK[model.status]} ${model.id.padEnd(width)}  ${size.padStart(8)}  ${languages.padEnd(14)}  ${model.license}  (${notes.join(', ')})`,
    );
  }
  output.print(
    ja
      ? '\n入れるには: furikaeri models pull <id>（オフラインなら furikaeri models import <アーカイブ|フォルダ>）'
      : '\nInstall with: furikaeri models pull <id> (offline: furikaeri models import <archive|folder>)',
  );
  return 0;
}

function statusText(model: ModelView, ja: boolean): string {
  const texts: Record<ModelView['status'], [string, string]> = {
    installed: ['インストール済み', 'installed'],
    bundled: ['同梱（ダウンロード不要）', 'bundled, no download needed'],
    missing: ['未インストール', 'missing'],
    damaged: ['破損・要再インストール', 'damaged, reinstall'],
  };
  return texts[model.status][ja ? 0 : 1];
}
