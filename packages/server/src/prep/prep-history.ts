import { type AnalysisReport, isAppError, type JobEvent, type PrepEvent } from '@furikaeri/core';
import type { AnalysisService } from '../analysis/analysis-service';
import type { Repositories } from '../repositories/repositories';

/**
 * The history prep reads: each event with a transcript, with its current analysis report (the stored one
 * while it is up to date, re-analysed when the transcript changed). Events without a transcript have
 * nothing to predict from and are left out; they are counted so the page can say so.
 */
export class PrepHistory {
  constructor(
    private readonly repos: Repositories,
    private readonly analysis: AnalysisService,
  ) {}

  async events(filter: { companyId?: string } = {}): Promise<{ events: PrepEvent[]; withoutTranscript: JobEvent[] }> {
    const events: PrepEvent[] = [];
    const withoutTranscript: JobEvent[] = [];
    for (const event of this.repos.events.list(filter)) {
      const report = await this.reportOf(event);
      if (report) events.push(this.toPrepEvent(event, report));
      else withoutTranscript.push(event);
    }
    return { events, withoutTranscript };
  }

  /** My own segments of an event's current transcript (for group-discussion roles). */
  mySegments(eventId: string): Array<{ id: string; startMs: number; text: string }> {
    const transcript = this.repos.transcripts.findCurrent(eventId);
    if (!transcript) return [];
    const me = new Set(transcript.speakers.filter((s) => s.role === 'me').map((s) => s.key));
    return transcript.segments
      .filter((segment) => me.has(segment.speaker))
      .map((segment) => ({ id: segment.id, startMs: segment.startMs, text: segment.text }));
  }

  private async reportOf(event: JobEvent): Promise<AnalysisReport | null> {
    try {
      return (await this.analysis.current(event.id)).report;
    } catch (error) {
      // No transcript yet: nothing to predict from (the event itself comes from the list, so it exists).
      if (isAppError(error) && error.code === 'not_found') return null;
      throw error;
    }
  }

  private toPrepEvent(event: JobEvent, report: AnalysisReport): PrepEvent {
    const company = event.companyId ? this.repos.companies.find(event.companyId) : null;
    return {
      eventId: event.id,
      type: event.type,
      round: event.round,
      date: event.date,
      companyId: event.companyId,
      companyName: company?.name ?? null,
      applicationId: event.applicationId,
      report,
    };
  }
}
