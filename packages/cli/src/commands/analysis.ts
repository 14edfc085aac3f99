import { parseArgs } from 'node:util';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';

export const ANALYSIS_USAGE = 'furikaeri analysis <event> [--lang ja|en] [--json]   the review as Markdown (or JSON)';

/** Prints an event's review: Markdown by default (redirect it to a file), the report JSON with --json. */
export async function analysisCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const eventId = positionals[0];
  if (!eventId) throw usageError(`使い方: ${ANALYSIS_USAGE}`, `Usage: ${ANALYSIS_USAGE}`);
  const locale = values.lang === 'en' || values.lang === 'ja' ? values.lang : output.locale;
  return withContext(source, output, async (ctx) => {
    if (output.json) output.printJson(await ctx.analysis.current(eventId));
    else output.print((await ctx.analysis.markdown(eventId, locale)).text);
    return 0;
  });
}
