import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUESTION_CATEGORY_LABELS, type Transcript } from '@furikaeri/core';
import type { AppContext } from '@furikaeri/server';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';

export const TRANSCRIPT_USAGE =
  'furikaeri transcript import <event> <file.vtt|srt|txt|json> [--recording REC] [--json]\n  furikaeri transcript roles <event> <speaker>=interviewer|me|candidate|moderator|unknown … [--remember] [--json]';

/** Imports a transcript file into an event (and analyses it), or corrects its speakers' roles. */
export async function transcriptCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      recording: { type: 'string' },
      remember: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [action, eventId, ...rest] = positionals;
  if (!eventId || (action !== 'import' && action !== 'roles')) {
    throw usageError(`使い方: ${TRANSCRIPT_USAGE}`, `Usage: ${TRANSCRIPT_USAGE}`);
  }
  if (action === 'import') {
    const file = rest[0];
    if (!file || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      throw usageError(`ファイルが見つかりません: ${file ?? ''}`, `No such file: ${file ?? ''}`);
    }
    return withContext(source, output, async (ctx) => {
      const bytes = fs.readFileSync(file);
      const { transcript, warnings, roles } = await ctx.transcriptImports.importFile({
        eventId,
        fileName: path.basename(file),
        bytes,
        recordingId: values.recording ?? null,
      });
      if (!output.json) {
        for (const warning of warnings) output.print(`  ⚠ ${output.text(warning.message)}`);
        if (roles.note) output.print(`  ⚠ ${output.text(roles.note)}`);
      }
      return finish(ctx, transcript, output);
    });
  }
  const speakers = rest.map((pair) => {
    const at = pair.lastIndexOf('=');
    if (at < 1) throw usageError(`「話者=役割」の形で指定してください: ${pair}`, `Give speaker=role: ${pair}`);
    const role = pair.slice(at + 1);
    // --remember keeps the name given as "me", so the next group transcript that shows it is settled by itself.
    return { key: pair.slice(0, at), role, remember: values.remember && role === 'me' };
  });
  return withContext(source, output, async (ctx) =>
    finish(ctx, ctx.transcriptImports.updateSpeakers(eventId, speakers).transcript, output),
  );
}

/** Runs the queued analysis here, then shows who is who and what the analysis found. */
async function finish(ctx: AppContext, transcript: Transcript, output: Output): Promise<number> {
  await ctx.worker.drain();
  const stored = await ctx.analysis.current(transcript.eventId);
  if (output.json) {
    output.printJson({
      transcript: { id: transcript.id, speakers: transcript.speakers, segments: transcript.segments.length },
      analysis: stored,
    });
    return 0;
  }
  const ja = output.locale === 'ja';
  output.print(
    ja
      ? `文字起こし ${transcript.id}（${transcript.segments.length} 発言）`
      : `Transcript ${transcript.id} (${transcript.segments.length} segments)`,
  );
  for (const speaker of transcript.speakers) {
    // A guessed role says so, with its first piece of evidence; `transcript roles` confirms it.
    const guess = speaker.guessed
      ? ` (${ja ? '推定' : 'guessed'}: ${speaker.evidence?.[0] ? output.text(speaker.evidence[0]) : '?'})`
      : '';
    output.print(`  ${speaker.label}: ${speaker.role}${guess}`);
  }
  const { report } = stored;
  for (const note of report.notes) output.print(`  ⚠ ${output.text(note)}`);
  for (const question of report.questions) {
    const flags = question.answer?.relevance.flags.length ? ' ⚠' : '';
    output.print(
      `${question.id} [${output.text(QUESTION_CATEGORY_LABELS[question.category.category])}]${flags} ${question.question.text}`,
    );
  }
  if (report.summary.focus.length > 0) output.print(ja ? '\n重点的に取り組むこと:' : '\nTop things to work on:');
  report.summary.focus.forEach((point, index) => {
    output.print(`  ${index + 1}. ${output.text(point.message)}`);
  });
  output.print(
    ja ? `\n詳細: furikaeri analysis ${transcript.eventId}` : `\nDetails: furikaeri analysis ${transcript.eventId}`,
  );
  return 0;
}
