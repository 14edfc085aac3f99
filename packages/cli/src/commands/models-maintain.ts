import { parseArgs } from 'node:util';
import type { ModelManager } from '@furikaeri/server';
import type { Output } from '../output';
import { usageError } from './arguments';

function idArgument(args: string[], verb: string): string {
  const { positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const id = positionals[0];
  if (!id) throw usageError(`使い方: furikaeri models ${verb} <id>`, `Usage: furikaeri models ${verb} <id>`);
  return id;
}

export async function modelsRemoveCommand(args: string[], output: Output, models: ModelManager): Promise<number> {
  const id = idArgument(args, 'remove');
  models.remove(id);
  if (output.json) output.printJson({ removed: id });
  else output.print(output.locale === 'ja' ? `✓ ${id} を削除しました` : `✓ Removed ${id}`);
  return 0;
}

/** Re-hashes every file. Exit 0 when intact, 3 when changed (the model is then blocked from use). */
export async function modelsVerifyCommand(args: string[], output: Output, models: ModelManager): Promise<number> {
  const report = await models.verify(idArgument(args, 'verify'));
  if (output.json) output.printJson(report);
  else {
    output.print(`${report.ok ? '✓' : '✗'} ${output.text(report.message)}`);
    for (const file of report.files) output.print(`  ${file.ok ? '✓' : '✗'} ${file.path}`);
  }
  return report.ok ? 0 : 3;
}
