import {
  AppError,
  advisorExportTexts,
  EVENT_TYPE_LABELS,
  type Locale,
  type Morphology,
  maskNames,
  ROUND_LABELS,
  renderAdvisorExport,
} from '@furikaeri/core';
import type { AnalysisService } from '../analysis/analysis-service';
import type { Repositories } from '../repositories/repositories';
import { notFound } from './errors';

export interface AdvisorExport {
  fileName: string;
  text: string;
  /** The names hidden on request (company, participants, the user's list), so the UI can show what it looked for. */
  listedNames: string[];
}

const MAX_LISTED_NAMES = 100;

/**
 * Questions and my answers only, with names hidden: the one way the app hands interview content to someone
 * else, and only as a file the user saves and sends themselves (nothing is uploaded).
 */
export class AdvisorExportService {
  constructor(
    private readonly repos: Repositories,
    private readonly analysis: AnalysisService,
    private readonly morphology: Morphology,
  ) {}

  async export(eventId: string, input: unknown): Promise<AdvisorExport> {
    const event = this.repos.events.find(eventId);
    if (!event) throw notFound('event', eventId);
    const { names: extraNames, locale } = readRequest(input);
    const company = event.companyId ? this.repos.companies.find(event.companyId) : null;
    const listedNames = unique([
      ...(company ? [company.name, ...companyNameVariants(company.name)] : []),
      ...event.participants.map((participant) => participant.name),
      ...extraNames,
    ]);
    const { report } = await this.analysis.current(eventId);
    const texts = advisorExportTexts(report);
    const morphemes = await this.morphology.tokenize(texts);
    const maskedByText = new Map(
      texts.map((text, index) => [text, maskNames(text, morphemes[index] ?? [], listedNames)]),
    );
    const eventKind = event.round ? ROUND_LABELS[event.round][locale] : EVENT_TYPE_LABELS[event.type][locale];
    return {
      fileName: `advisor-${event.date}.md`,
      text: renderAdvisorExport({ report, locale, eventKind, mask: (text) => maskedByText.get(text) ?? text }),
      listedNames,
    };
  }
}

/** 「株式会社サンプル」 is said as 「サンプル」 or 「サンプルさん」: hide the bare name too. */
function companyNameVariants(name: string): string[] {
  const bare = name.replace(/(株式会社|有限会社|合同会社|（株）|\(株\)|㈱)/gu, '').trim();
  return bare && bare !== name ? [bare] : [];
}

function readRequest(input: unknown): { names: string[]; locale: Locale } {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const names = record.names ?? [];
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string') || names.length > MAX_LISTED_NAMES) {
    throw new AppError('validation', {
      ja: `伏せる名前は文字列の一覧（${MAX_LISTED_NAMES}件まで）で指定してください`,
      en: `Names to hide are a list of up to ${MAX_LISTED_NAMES} strings`,
    });
  }
  return { names: names as string[], locale: record.locale === 'en' ? 'en' : 'ja' };
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((name) => name.normalize('NFC').trim()).filter((name) => name.length > 0))];
}
