import type { AnalysisReport, Locale } from '@furikaeri/core';
import { request } from './http';

/** Mirrors the server's StoredAnalysis (the UI imports nothing from the server). */
export interface StoredAnalysis {
  id: string;
  eventId: string;
  transcriptId: string;
  report: AnalysisReport;
  createdAt: string;
}

/** Mirrors the server's AdvisorExport: the masked text and the names it was asked to hide. */
export interface AdvisorExport {
  fileName: string;
  text: string;
  listedNames: string[];
}

const id = (value: string) => encodeURIComponent(value);

/** The event's analysis report (made on request when the stored one is out of date) and its exports. */
export const analysisApi = {
  current: (eventId: string) => request<StoredAnalysis>('GET', `/events/${id(eventId)}/analysis`),
  advisorExport: (eventId: string, names: string[], locale: Locale) =>
    request<AdvisorExport>('POST', `/events/${id(eventId)}/advisor-export`, { names, locale }),
};

/** The Markdown report as a download (the server sends it as an attachment). */
export function analysisMarkdownUrl(eventId: string, locale: Locale): string {
  return `/api/events/${id(eventId)}/analysis.md?lang=${locale}`;
}
