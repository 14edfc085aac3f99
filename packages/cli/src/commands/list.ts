import { parseArgs } from 'node:util';
import { EVENT_TYPE_LABELS, formatDuration, ROUND_LABELS } from '@furikaeri/core';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';

/** Every event, newest first, with its title (what tells two 1次面接 apart) and its recordings' count and length. */
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
      output.print([event.id, event.date, event.companyName ?? '-', kind, oneCell(event.title), recordings].join('\t'));
    }
    return 0;
  });
}

/** A title as one tab-separated cell: no tab or line break inside, '-' when there is none. */
export function oneCell(title: string): string {
  return title.replace(/\s+/gu, ' ').trim() || '-';
}
