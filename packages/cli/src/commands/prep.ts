import { parseArgs } from 'node:util';
import {
  JOB_FIELD_CHOICES,
  JOB_FIELD_LABELS,
  JOB_TRACK_LABELS,
  JOB_TRACKS,
  type JobChoice,
  type Locale,
  type Prediction,
  type PrepView,
  parseRound,
  ROUND_LABELS,
} from '@furikaeri/core';
import { withContext } from '../context';
import type { Output } from '../output';
import type { PassphraseSource } from '../passphrase';
import { usageError } from './arguments';

export const PREP_USAGE =
  'furikaeri prep <company|co_…|app_…> [--round 2次|最終] [--field engineering|sales|general|other|auto] [--track new_grad|mid_career|auto] [--json]   predicted questions for the next round (--field/--track correct the kind of job, kept)';

/** `--field` / `--track`: one of the ids, or `auto` to go back to the guess. */
function jobPart<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'auto') return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = [...allowed, 'auto'].join('|');
  throw usageError(`${flag} は ${choices} のいずれかです: ${value}`, `${flag} must be one of ${choices}: ${value}`);
}

function jobLine(view: PrepView, locale: Locale): string {
  const { job, jobChoice } = view;
  const parts = [
    job.field ? JOB_FIELD_LABELS[job.field][locale] : null,
    job.track ? JOB_TRACK_LABELS[job.track][locale] : null,
  ].filter(Boolean);
  const set = jobChoice.field !== null || jobChoice.track !== null;
  const shown = parts.length > 0 ? parts.join('・') : locale === 'ja' ? '職種を問わない' : 'any job';
  const how = locale === 'ja' ? (set ? '（設定あり）' : '（推定）') : set ? ' (as set)' : ' (guessed)';
  return `${locale === 'ja' ? '職種' : 'Kind of job'}: ${shown}${how}`;
}

function time(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function predictionLines(prediction: Prediction, locale: Locale): string[] {
  const lines = [`${prediction.id}. [${prediction.kind}] ${prediction.text[locale]}`, `    ${prediction.why[locale]}`];
  const source = prediction.source;
  if (source) {
    lines.push(
      `    ${locale === 'ja' ? '出典' : 'source'}: ${source.eventId} ${source.date} ${source.segmentIds.join(',')} @${time(source.atMs)}「${source.quote}」`,
    );
  }
  return lines;
}

/** The text view of the predictions and the consistency warnings; --json prints the whole PrepView. */
export function renderPrep(view: PrepView, locale: Locale): string {
  const title = [view.company.name, view.application?.role, ROUND_LABELS[view.targetRound][locale]].filter(Boolean);
  const lines = [`# ${title.join(' — ')}`, jobLine(view, locale), ''];
  if (view.predictions.length === 0) {
    lines.push(
      locale === 'ja'
        ? '予測できる履歴がありません（文字起こしのあるイベントがありません）。'
        : 'No history to predict from (no event with a transcript).',
    );
  }
  for (const prediction of view.predictions) lines.push(...predictionLines(prediction, locale));
  if (view.warnings.length > 0) {
    lines.push('', locale === 'ja' ? '## 一貫性の注意' : '## Consistency');
    for (const warning of view.warnings) {
      lines.push(
        `- ${warning.message[locale]}`,
        `    ${warning.first.companyName ?? ''} ${warning.first.source.eventId}「${warning.first.source.quote}」`,
        `    ${warning.second.companyName ?? ''} ${warning.second.source.eventId}「${warning.second.source.quote}」`,
      );
    }
  }
  return lines.join('\n');
}

export async function prepCommand(args: string[], output: Output, source: PassphraseSource): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      round: { type: 'string' },
      field: { type: 'string' },
      track: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const target = positionals.join(' ').trim();
  if (!target) throw usageError(`使い方: ${PREP_USAGE}`, `Usage: ${PREP_USAGE}`);
  const round = values.round ? parseRound(values.round) : null;
  if (values.round && !round)
    throw usageError(`面接の段階が不明です: ${values.round}`, `Unknown round: ${values.round}`);
  const choice: Partial<JobChoice> = {};
  const field = jobPart(values.field, JOB_FIELD_CHOICES, '--field');
  const track = jobPart(values.track, JOB_TRACKS, '--track');
  if (field !== undefined) choice.field = field;
  if (track !== undefined) choice.track = track;
  return withContext(source, output, async (ctx) => {
    if (field !== undefined || track !== undefined) ctx.prep.saveJobChoice(target, choice);
    const view = await ctx.prep.prepare(target, round ?? null);
    if (output.json) output.printJson(view);
    else output.print(renderPrep(view, output.locale));
    return 0;
  });
}
