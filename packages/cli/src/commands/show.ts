import { parseArgs } from 'node:util';
import {
  CONSENT_LABELS,
  EVENT_TYPE_LABELS,
  formatBytes,
  formatDuration,
  JOB_STATUS_LABELS,
  JOB_TYPE_LABELS,
  type RecordingView,
  ROUND_LABELS,
} from '@furikaeri/core';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';
import { oneCell } from './list';

/** Details of an event (ev_…), a recording (rec_…) or a company (co_…). */
export async function showCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const id = positionals[0];
  if (!id) throw usageError('使い方: furikaeri show <id>', 'Usage: furikaeri show <id>');
  return withContext(source, output, async (ctx) => {
    if (id.startsWith('rec_')) {
      const recording = ctx.recordings.get(id);
      if (output.json) output.printJson(recording);
      else printRecording(recording, output);
    } else if (id.startsWith('co_')) {
      const detail = ctx.library.getCompany(id);
      if (output.json) output.printJson(detail);
      else {
        output.print(detail.company.name);
        for (const event of detail.events)
          output.print(
            `  ${event.id}\t${event.date}\t${output.text(EVENT_TYPE_LABELS[event.type])}\t${oneCell(event.title)}`,
          );
      }
    } else {
      const detail = ctx.library.getEvent(id);
      if (output.json) output.printJson(detail);
      else {
        const { event } = detail;
        const kind = event.round ? output.text(ROUND_LABELS[event.round]) : output.text(EVENT_TYPE_LABELS[event.type]);
        const heading = [
          detail.company?.name ?? '-',
          kind,
          event.title,
          event.date + (event.time ? ` ${event.time}` : ''),
        ];
        output.print(heading.filter(Boolean).join(' · '));
        output.print(
          `${output.locale === 'ja' ? '録音の許可' : 'Consent'}: ${output.text(CONSENT_LABELS[event.consent])}`,
        );
        if (event.notes) output.print(event.notes);
        for (const recording of detail.recordings) printRecording(recording, output);
      }
    }
    return 0;
  });
}

function printRecording(recording: RecordingView, output: Output): void {
  const duration = recording.pcm ? formatDuration(recording.pcm.durationMs) : '-';
  output.print(
    `${recording.id}\t${recording.originalName}\t${duration}\t${formatBytes(recording.sizeBytes)}\t${recording.status}`,
  );
  if (recording.media) {
    const { codec, channels, sampleRate } = recording.media;
    output.print(`  ${codec}, ${channels}ch, ${sampleRate} Hz`);
  }
  for (const job of recording.jobs) {
    const detail = job.message ? ` — ${output.text(job.message)}` : '';
    output.print(`  ${output.text(JOB_TYPE_LABELS[job.type])}: ${output.text(JOB_STATUS_LABELS[job.status])}${detail}`);
  }
  if (recording.warning) output.print(`  ⚠ ${output.text(recording.warning)}`);
  if (recording.error) output.print(`  ✗ ${output.text(recording.error)}`);
}
