import { parseArgs } from 'node:util';
import { EVENT_TYPE_LABELS, formatDuration, ROUND_LABELS } from '@furikaeri/core';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';

/** Every event, newest first, with its recordings' count and length. */
export async function listCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  return withContext(source, output, async (ctx) => {
    const events = ctx.library.listEvents();
    if (output.json) {
      output.printJson(events);
      return 0;
    }
    if (events.length === 0) {
      output.print(output.locale === 'ja' ? 'まだイベントがありません。' : 'No events yet.');
      return 0;
    }
    for (const event of events) {
      const kind = event.round ? output.text(ROUND_LABELS[event.round]) : output.text(EVENT_TYPE_LABELS[event.type]);
      const recordings =
        event.recordingCount > 0 ? `${event.recordingCount} · ${formatDuration(event.totalDurationMs)}` : '-';
      output.print([event.id, event.date, event.companyName ?? '-', kind, recordings].join('\t'));
    }
    return 0;
  });
}
