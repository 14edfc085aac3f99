import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';

export const EVIDENCE_USAGE = 'furikaeri evidence <rec_…> --out <empty folder>';

/**
 * Writes the evidence package (original, manifest, hash chain, how to verify) into a folder the user names.
 * It is the one place the app writes a recording out in the clear, so it says so.
 */
export async function evidenceCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  const id = positionals[0];
  if (!id || !values.out) throw usageError(`使い方: ${EVIDENCE_USAGE}`, `Usage: ${EVIDENCE_USAGE}`);
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    throw usageError(
      `空でないフォルダーには書き出しません: ${out}`,
      `Refusing to write into a non-empty folder: ${out}`,
    );
  }
  return withContext(source, output, async (ctx) => {
    const evidence = await ctx.integrity.evidencePackage(id);
    fs.mkdirSync(out, { recursive: true, mode: 0o700 });
    for (const entry of evidence.entries) {
      await pipeline(entry.content(), fs.createWriteStream(path.join(out, entry.name), { mode: 0o600 }));
    }
    output.print(out);
    output.note(
      output.locale === 'ja'
        ? `証拠パッケージを書き出しました（${output.text(evidence.report.message)}）。録音が暗号化されずに含まれています。必要な相手（弁護士・公的な相談窓口）以外に渡さないでください。`
        : `Evidence package written (${output.text(evidence.report.message)}). It holds the recording unencrypted: give it only to those who need it (a lawyer, a public counselling service).`,
    );
    return 0;
  });
}
