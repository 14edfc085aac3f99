import { parseArgs } from 'node:util';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';

/** Exit code 0 when the recording is unaltered, 3 when it is not: scripts can rely on it. */
export async function verifyCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const id = positionals[0];
  if (!id) throw usageError('使い方: furikaeri verify <rec_…>', 'Usage: furikaeri verify <rec_…>');
  return withContext(source, output, async (ctx) => {
    const report = await ctx.integrity.verify(id);
    if (output.json) output.printJson(report);
    else {
      output.print(`${report.status === 'intact' ? '✓' : '✗'} ${output.text(report.message)}`);
      for (const stream of report.streams) {
        const bad = stream.badFrames.length > 0 ? ` (frames ${stream.badFrames.slice(0, 10).join(', ')})` : '';
        output.print(`  ${stream.kind}: ${stream.status}${bad} sha256 ${stream.expected.sha256}`);
      }
    }
    return report.status === 'intact' ? 0 : 3;
  });
}
