import {
  checkConsistency,
  eventsOfApplication,
  type InterviewRound,
  type JobChoice,
  type PrepEvent,
  type PrepNote,
  type PrepNoteView,
  type PrepView,
  predictNextRound,
  roundChecklist,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import type { Repositories } from '../repositories/repositories';
import type { PrepHistory } from './prep-history';
import type { PrepNotesRepository } from './prep-notes-repository';
import { resolvePrepTarget } from './prep-target';

/**
 * The preparation for the next round of a company or application: predictions from its history, the
 * consistency of what I said (across all my events, shown where this company is involved), my drafts, key
 * points and 逆質問, and the checklist that ties them together.
 */
export class PrepService {
  constructor(
    private readonly repos: Repositories,
    private readonly history: PrepHistory,
    private readonly notes: PrepNotesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The scope a practice attempt names (the company or application its predicted questions were made for),
   * checked: an unknown id is refused rather than kept as a dangling owner.
   */
  scopeOf(scopeId: string | null): string | null {
    return scopeId === null ? null : resolvePrepTarget(this.repos, scopeId).scopeId;
  }

  async prepare(target: string, round: InterviewRound | null = null): Promise<PrepView> {
    const { company, application, scopeId } = resolvePrepTarget(this.repos, target);
    const all = await this.history.events();
    const ofCompany = all.events.filter((event) => event.companyId === company.id);
    const set = predictNextRound({
      events: ofCompany,
      applicationId: application?.id ?? null,
      role: application?.role ?? null,
      jobChoice: this.notes.jobChoice(scopeId),
      companyJobChoice: scopeId === company.id ? undefined : this.notes.jobChoice(company.id),
      targetRound: round,
    });
    const basedOn = new Set(set.basedOn);
    const before = ofCompany.filter((event) => basedOn.has(event.eventId));
    const involved = new Set(ofCompany.map((event) => event.eventId));
    const warnings = checkConsistency(all.events).filter(
      (w) => involved.has(w.first.source.eventId) || involved.has(w.second.source.eventId),
    );
    const companyWide = scopeId === company.id ? null : company.id;
    const notes = this.notesOf(scopeId, companyWide);
    const reverseQuestions = this.notes.reverseQuestions(scopeId);
    const companyReverseQuestions = companyWide ? this.notes.reverseQuestions(companyWide) : [];
    const toAsk = [...reverseQuestions, ...companyReverseQuestions.filter((q) => !reverseQuestions.includes(q))];
    return {
      company: { id: company.id, name: company.name },
      application: application ? { id: application.id, role: application.role } : null,
      applications: this.repos.applications.listByCompany(company.id).map(({ id, role }) => ({ id, role })),
      scopeId,
      targetRound: set.targetRound,
      defaultRound: set.defaultRound,
      job: set.job,
      jobGuess: set.jobGuess,
      jobChoice: this.notes.jobChoice(scopeId),
      predictions: set.predictions,
      warnings,
      consistencyEvents: all.events.length,
      notes,
      reverseQuestions,
      companyReverseQuestions,
      // The 逆質問 already asked are those of the history the round is prepared from, as for the predictions.
      checklist: roundChecklist(set.predictions, notes, toAsk, eventsOfApplication(before, application?.id)),
      events: this.refs(all.events, warnings, company.id),
      withoutTranscript: all.withoutTranscript.filter((event) => event.companyId === company.id).length,
    };
  }

  saveNote(target: string, note: PrepNote): PrepNote[] {
    const { scopeId } = resolvePrepTarget(this.repos, target);
    this.notes.saveNote(scopeId, note, isoNow(this.clock));
    return this.notes.notes(scopeId);
  }

  /** The kind of job as the user corrected it for this company or application (null parts: guessed). */
  saveJobChoice(target: string, choice: Partial<JobChoice>): JobChoice {
    const { scopeId } = resolvePrepTarget(this.repos, target);
    // A part not given (the CLI sets one at a time) keeps what was set.
    this.notes.saveJobChoice(scopeId, { ...this.notes.jobChoice(scopeId), ...choice }, isoNow(this.clock));
    return this.notes.jobChoice(scopeId);
  }

  saveReverseQuestions(target: string, questions: readonly string[]): string[] {
    const { scopeId } = resolvePrepTarget(this.repos, target);
    this.notes.saveReverseQuestions(scopeId, questions, isoNow(this.clock));
    return this.notes.reverseQuestions(scopeId);
  }

  /** This scope's drafts; a company-wide draft shows where this scope has none for its question. */
  private notesOf(scopeId: string, companyWide: string | null): PrepNoteView[] {
    const own = this.notes.notes(scopeId).map((note) => ({ ...note, companyWide: false }));
    const shared = companyWide ? this.notes.notes(companyWide) : [];
    const drafted = new Set(own.map((note) => note.question));
    return [
      ...own,
      ...shared.filter((note) => !drafted.has(note.question)).map((note) => ({ ...note, companyWide: true })),
    ];
  }

  /** The events the view links to: the company's history and the other side of each warning. */
  private refs(events: readonly PrepEvent[], warnings: PrepView['warnings'], companyId: string): PrepView['events'] {
    const linked = new Set(warnings.flatMap((w) => [w.first.source.eventId, w.second.source.eventId]));
    return events
      .filter((event) => event.companyId === companyId || linked.has(event.eventId))
      .map((event) => ({
        id: event.eventId,
        type: event.type,
        round: event.round,
        date: event.date,
        title: this.repos.events.find(event.eventId)?.title ?? '',
        companyName: event.companyName,
      }));
  }
}
