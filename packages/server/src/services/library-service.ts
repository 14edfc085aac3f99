import {
  AppError,
  type Application,
  type Company,
  type CompanyDetail,
  type CompanySummary,
  type DeletionImpact,
  type EventDetail,
  type EventSummary,
  type JobEvent,
  parseApplicationInput,
  parseCompanyInput,
  parseEventInput,
} from '@furikaeri/core';
import { type Clock, isoNow, localDate } from '../config/clock';
import { newId } from '../config/ids';
import { type Db, inTransaction } from '../db/database';
import { PRACTICE_ANSWERS_TITLE } from '../prep/practice-answers-event';
import type { EventFilter } from '../repositories/event-repository';
import type { Repositories } from '../repositories/repositories';
import { notFound } from './errors';
import type { RecordingService } from './recording-service';

/** Companies → applications → events: the user's job hunt, organised. */
export class LibraryService {
  constructor(
    private readonly db: Db,
    private readonly repos: Repositories,
    private readonly recordingsService: RecordingService,
    private readonly clock: Clock,
  ) {}

  listCompanies(): CompanySummary[] {
    const applications = this.repos.applications.list();
    const events = this.repos.events.list();
    return this.repos.companies.list().map((company) => {
      const own = events.filter((event) => event.companyId === company.id);
      return {
        ...company,
        applicationCount: applications.filter((application) => application.companyId === company.id).length,
        eventCount: own.length,
        lastEventDate: own[0]?.date ?? null,
      };
    });
  }

  createCompany(input: unknown): Company {
    const value = parseCompanyInput(input);
    this.assertNameFree(value.name, null);
    return this.repos.companies.insert(newId('co'), value, isoNow(this.clock));
  }

  /** The CLI's `--company 株式会社…`: reuse the company if it exists. */
  findOrCreateCompany(name: string): Company {
    const trimmed = name.normalize('NFC').trim();
    return this.repos.companies.findByName(trimmed) ?? this.createCompany({ name: trimmed });
  }

  updateCompany(id: string, patch: unknown): Company {
    const existing = this.requireCompany(id);
    const value = parseCompanyInput({ ...existing, ...asObject(patch) });
    this.assertNameFree(value.name, id);
    this.repos.companies.update(id, value, isoNow(this.clock));
    return this.requireCompany(id);
  }

  async deleteCompany(id: string): Promise<void> {
    this.requireCompany(id);
    for (const event of this.repos.events.list({ companyId: id })) await this.deleteEvent(event.id);
    const applications = this.repos.applications.listByCompany(id).map((application) => application.id);
    await this.deleteWithPrep([id, ...applications], () => this.repos.companies.delete(id));
  }

  /** What deleteCompany would take: its applications, events and everything in them, its preparation. */
  companyDeletion(id: string): DeletionImpact {
    this.requireCompany(id);
    const events = this.repos.events.list({ companyId: id }).map((event) => event.id);
    const applications = this.repos.applications.listByCompany(id).map((application) => application.id);
    const counts = this.repos.deletionImpact.count(events, [id, ...applications]);
    return { applications: applications.length, events: events.length, eventsKept: 0, ...counts };
  }

  getCompany(id: string): CompanyDetail {
    const company = this.requireCompany(id);
    return {
      company,
      applications: this.repos.applications.listByCompany(id),
      events: this.listEvents({ companyId: id }),
    };
  }

  listApplications(): Application[] {
    return this.repos.applications.list();
  }

  createApplication(input: unknown): Application {
    const value = parseApplicationInput(input);
    this.requireCompany(value.companyId);
    return this.repos.applications.insert(newId('app'), value, isoNow(this.clock));
  }

  updateApplication(id: string, patch: unknown): Application {
    const existing = this.repos.applications.find(id);
    if (!existing) throw notFound('application', id);
    const value = parseApplicationInput({ ...existing, ...asObject(patch), companyId: existing.companyId });
    this.repos.applications.update(id, value, isoNow(this.clock));
    return this.repos.applications.find(id) ?? existing;
  }

  /** What deleteApplication would take: its preparation and practice; its events stay, counted apart. */
  applicationDeletion(id: string): DeletionImpact {
    const application = this.repos.applications.find(id);
    if (!application) throw notFound('application', id);
    const kept = this.repos.events
      .list({ companyId: application.companyId })
      .filter((event) => event.applicationId === id).length;
    return { applications: 0, events: 0, eventsKept: kept, ...this.repos.deletionImpact.count([], [id]) };
  }

  /** Its events stay with the company, unlinked; its preparation goes with it. */
  async deleteApplication(id: string): Promise<void> {
    if (!this.repos.applications.find(id)) throw notFound('application', id);
    await this.deleteWithPrep([id], () => this.repos.applications.delete(id));
  }

  listEvents(filter: EventFilter = {}): EventSummary[] {
    const companies = new Map(this.repos.companies.list().map((company) => [company.id, company.name]));
    const stats = this.repos.recordings.statsByEvent();
    return this.repos.events.list(filter).map((event) => ({
      ...event,
      companyName: event.companyId ? (companies.get(event.companyId) ?? null) : null,
      recordingCount: stats.get(event.id)?.count ?? 0,
      totalDurationMs: stats.get(event.id)?.durationMs ?? 0,
    }));
  }

  createEvent(input: unknown): JobEvent {
    const value = parseEventInput(input, localDate(this.clock));
    this.assertLinks(value.companyId, value.applicationId);
    return this.repos.events.insert(newId('ev'), value, isoNow(this.clock));
  }

  updateEvent(id: string, patch: unknown): JobEvent {
    const existing = this.requireEvent(id);
    const value = parseEventInput({ ...existing, ...asObject(patch) }, existing.date);
    this.assertLinks(value.companyId, value.applicationId);
    this.repos.events.update(id, value, isoNow(this.clock));
    return this.requireEvent(id);
  }

  async deleteEvent(id: string): Promise<void> {
    this.requireEvent(id);
    for (const recording of this.repos.recordings.listByEvent(id)) await this.recordingsService.delete(recording.id);
    inTransaction(this.db, () => this.repos.events.delete(id));
  }

  getEvent(id: string): EventDetail {
    const event = this.requireEvent(id);
    return {
      event,
      company: event.companyId ? this.repos.companies.find(event.companyId) : null,
      application: event.applicationId ? this.repos.applications.find(event.applicationId) : null,
      recordings: this.repos.recordings.listByEvent(id).map((recording) => this.recordingsService.view(recording)),
    };
  }

  /**
   * The one place where a company's or an application's preparation (drafts, 逆質問, practice attempts: see
   * PrepScopeRepository) is deleted with it, in the same transaction as its row. What an attempt keeps
   * outside the database would be deleted here first.
   */
  private async deleteWithPrep(scopeIds: readonly string[], deleteRow: () => void): Promise<void> {
    // The audio of spoken practice answers to this company's predicted questions lives in the day's practice
    // event, not in the company's events: it is deleted (vault files included) before the rows, with the
    // take's transcript (its words would otherwise stay on the practice event, and in search).
    const practiceEvents = new Set<string>();
    for (const recordingId of this.repos.prepScopes.practiceRecordings(scopeIds)) {
      const recording = this.repos.recordings.find(recordingId);
      if (recording) practiceEvents.add(recording.eventId);
      inTransaction(this.db, () => this.repos.transcripts.deleteForRecording(recordingId));
      await this.recordingsService.delete(recordingId);
    }
    inTransaction(this.db, () => {
      this.repos.prepScopes.deleteScopes(scopeIds);
      deleteRow();
      for (const eventId of practiceEvents) this.deleteIfEmptyPractice(eventId);
    });
  }

  /**
   * A practice event of the day that held only this company's takes would stay in the library empty,
   * 「回答練習（練習モード）」 with nothing in it: it goes with them. One with other takes (generic questions,
   * other companies) or a take being recorded right now stays.
   */
  private deleteIfEmptyPractice(eventId: string): void {
    const event = this.repos.events.find(eventId);
    if (event?.type !== 'practice' || event.title !== PRACTICE_ANSWERS_TITLE || event.companyId) return;
    if (this.repos.recordings.holdsAudio(eventId)) return;
    this.repos.events.delete(eventId);
  }

  private requireCompany(id: string): Company {
    const company = this.repos.companies.find(id);
    if (!company) throw notFound('company', id);
    return company;
  }

  private requireEvent(id: string): JobEvent {
    const event = this.repos.events.find(id);
    if (!event) throw notFound('event', id);
    return event;
  }

  private assertNameFree(name: string, exceptId: string | null): void {
    const existing = this.repos.companies.findByName(name);
    if (existing && existing.id !== exceptId) {
      throw new AppError(
        'conflict',
        { ja: `「${name}」は既に登録されています`, en: `"${name}" already exists` },
        { id: existing.id },
      );
    }
  }

  private assertLinks(companyId: string | null, applicationId: string | null): void {
    if (companyId) this.requireCompany(companyId);
    if (!applicationId) return;
    const application = this.repos.applications.find(applicationId);
    if (!application) throw notFound('application', applicationId);
    if (application.companyId !== companyId) {
      throw new AppError('validation', {
        ja: '応募と企業が一致しません',
        en: 'The application belongs to another company',
      });
    }
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
