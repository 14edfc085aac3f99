import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AppError,
  type EventType,
  formatDuration,
  type ImportRefusal,
  isTerminalJobStatus,
  JOB_STATUS_LABELS,
  JOB_TYPE_LABELS,
  type Job,
  parseEventType,
  parseRound,
} from '@furikaeri/core';
import type { AppContext } from '@furikaeri/server';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { ProgressBar } from '../progress-bar';
import { usageError } from './arguments';

export const IMPORT_USAGE =
  'furikaeri import <file> (--event ID | --company NAME --type interview|ob_og_visit|roundtable|group_discussion|group_interview|practice [--round 1次|2次|3次|最終|カジュアル]) [--date YYYY-MM-DD] [--title T] [--consent granted|not_asked|declined] [--json]';

export async function importCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      event: { type: 'string' },
      company: { type: 'string' },
      type: { type: 'string' },
      round: { type: 'string' },
      date: { type: 'string' },
      time: { type: 'string' },
      title: { type: 'string' },
      consent: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw usageError(`使い方: ${IMPORT_USAGE}`, `Usage: ${IMPORT_USAGE}`);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw usageError(`ファイルが見つかりません: ${file}`, `No such file: ${file}`);

  return withContext(source, output, async (ctx) => {
    const createdEventId = values.event ? null : createEvent(ctx, values).id;
    const eventId = values.event ?? createdEventId ?? '';
    const reading = new ProgressBar(output.locale === 'ja' ? '保存' : 'Store');
    const { recording, job } = await ctx.recordings
      .ingest({
        eventId,
        originalName: path.basename(file),
        declaredBytes: stat.size,
        body: countingStream(file, (bytes) => reading.update(stat.size ? bytes / stat.size : null)),
      })
      .catch(async (error: unknown) => {
        // A refused file (duplicate, not audio, empty) must not leave behind the event made for it.
        if (createdEventId) await ctx.library.deleteEvent(createdEventId);
        throw error;
      });
    reading.done(
      output.locale === 'ja'
        ? `${recording.originalName}（${recording.id}）`
        : `${recording.originalName} (${recording.id})`,
    );

    let refused: ImportRefusal | undefined;
    const unsubscribe = ctx.bus.subscribe((change) => {
      if (change.kind === 'recording-deleted' && change.recordingId === recording.id) refused = change.refused;
    });
    const finished = await runUntilFinished(ctx, job, output).finally(unsubscribe);
    if (!finished) {
      // Refused once decoded: the recording is gone, and so is the event made for it.
      if (createdEventId) await ctx.library.deleteEvent(createdEventId);
      throw new AppError('unsupported_media', refused?.reason ?? { ja: '取り込めませんでした', en: 'Not imported' });
    }
    await ctx.worker.drain();
    const view = ctx.recordings.get(recording.id);
    if (output.json) output.printJson(view);
    else {
      for (const stage of view.jobs) {
        const state = output.text(JOB_STATUS_LABELS[stage.status]);
        const detail = stage.message ? ` — ${output.text(stage.message)}` : '';
        output.print(`${output.text(JOB_TYPE_LABELS[stage.type])}: ${state}${detail}`);
      }
      if (view.pcm)
        output.print(`${output.locale === 'ja' ? '長さ' : 'Duration'}: ${formatDuration(view.pcm.durationMs)}`);
      if (view.warning) output.print(`⚠ ${output.text(view.warning)}`);
    }
    return finished.status === 'succeeded' ? 0 : 1;
  });
}

function createEvent(ctx: AppContext, values: Record<string, string | boolean | undefined>) {
  const typeText = String(values.type ?? 'interview');
  const type: EventType | undefined = parseEventType(typeText);
  if (!type) throw usageError(`種類が正しくありません: ${typeText}`, `Unknown event type: ${typeText}`);
  const roundText = values.round === undefined ? undefined : String(values.round);
  const round = roundText === undefined ? null : parseRound(roundText);
  if (round === undefined) throw usageError(`選考段階が正しくありません: ${roundText}`, `Unknown round: ${roundText}`);
  if (!values.company && type !== 'practice') {
    throw usageError('--company か --event を指定してください', 'Give --company (or --event ID)');
  }
  const company = values.company ? ctx.library.findOrCreateCompany(String(values.company)) : null;
  return ctx.library.createEvent({
    companyId: company?.id ?? null,
    type,
    round,
    date: values.date,
    time: values.time,
    title: values.title,
    consent: values.consent,
  });
}

/** Streams the file from disk and reports how many bytes have gone by. */
async function* countingStream(file: string, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    bytes += (chunk as Buffer).byteLength;
    onBytes(bytes);
    yield chunk as Buffer;
  }
}

/**
 * Runs the queue here until the given job ends, drawing its progress. If a running server took the job,
 * it waits and follows the job's progress in the database instead. Ctrl-C cancels the job cleanly.
 * Null when the job went with its recording (a file refused once decoded).
 */
async function runUntilFinished(ctx: AppContext, job: Job, output: Output): Promise<Job | null> {
  const bar = new ProgressBar(output.text(JOB_TYPE_LABELS[job.type]));
  const unsubscribe = ctx.bus.subscribe((change) => {
    if (change.kind === 'job' && change.job.id === job.id) bar.update(change.job.progress);
  });
  const cancel = () => ctx.recordings.cancelJob(job.id);
  process.once('SIGINT', cancel);
  try {
    for (;;) {
      const current = ctx.repos.jobs.find(job.id);
      if (!current) {
        bar.done(output.locale === 'ja' ? '取り込めませんでした' : 'Not imported');
        return null;
      }
      if (isTerminalJobStatus(current.status)) {
        bar.done(
          `${output.text(JOB_STATUS_LABELS[current.status])}${current.message ? ` — ${output.text(current.message)}` : ''}`,
        );
        return current;
      }
      if (!(await ctx.worker.runOne())) {
        bar.update(current.progress);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  } finally {
    process.off('SIGINT', cancel);
    unsubscribe();
  }
}
