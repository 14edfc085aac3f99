import type { AnalysisReport, Locale, Measure, QuestionAnalysis } from '@furikaeri/core';
import { formatMeasure, formatPercent } from '../analysis/measure-format';
import type { BarRow } from './BarChart';

interface Answered {
  label: string;
  question: QuestionAnalysis;
}

/** Answered questions with their card label (Q1, Q2… counted over all questions, as the cards are). */
function answered(report: AnalysisReport): Answered[] {
  return report.questions.flatMap((question, index) => (question.answer ? [{ label: `Q${index + 1}`, question }] : []));
}

function measureRow(label: string, measure: Measure, locale: Locale): BarRow {
  return { label, value: measure.value, display: formatMeasure(measure, locale), tone: measure.verdict };
}

/** Characters per minute of each answer (answers too short to time are left out). */
export function paceRows(report: AnalysisReport, locale: Locale): BarRow[] {
  return answered(report).flatMap(({ label, question }) => {
    const pace = question.answer?.metrics.charsPerMinute;
    return pace ? [measureRow(label, pace, locale)] : [];
  });
}

/** Fillers per minute of each answer, with the count beside it. */
export function fillerRows(report: AnalysisReport, locale: Locale): BarRow[] {
  return answered(report).flatMap(({ label, question }) => {
    const fillers = question.answer?.metrics.fillers;
    if (!fillers?.perMinute) return [];
    const row = measureRow(label, fillers.perMinute, locale);
    return [{ ...row, display: `${row.display} (${fillers.count})` }];
  });
}

/** PVQ of each answer where intonation was measured (needs audio). */
export function pitchRows(report: AnalysisReport): BarRow[] {
  return answered(report).flatMap(({ label, question }) => {
    const intonation = question.answer?.metrics.intonation;
    if (!intonation) return [];
    const { pvq } = intonation;
    return [
      {
        label,
        value: pvq.value,
        display: pvq.value.toFixed(2),
        tone: intonation.monotone ? 'low' : pvq.verdict,
      },
    ];
  });
}

/** Each speaker's share of the speaking time; mine is judged against the talk-share norm. */
export function shareRows(report: AnalysisReport): BarRow[] {
  const mine = report.event.myTalkShare;
  return report.speakers.map((speaker) => ({
    label: speaker.label,
    value: speaker.share,
    display: formatPercent(speaker.share),
    tone: speaker.role === 'me' && mine ? mine.verdict : 'info',
  }));
}

/** A scale end a little past the largest of the values and the norm, so neither touches the edge. */
export function scaleMax(values: readonly number[], floor: number): number {
  return Math.max(floor, ...values) * 1.15;
}
