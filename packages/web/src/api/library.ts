import type {
  Application,
  ApplicationStatus,
  Company,
  CompanyDetail,
  CompanySummary,
  DeletionImpact,
  EventDetail,
  EventFields,
  EventSummary,
  Job,
  JobEvent,
  VerificationReport,
} from '@furikaeri/core';
import { request } from './http';

/** What the event forms send; the server validates it again (core's parseEventInput). */
export type EventFormValue = EventFields;

const id = (value: string) => encodeURIComponent(value);

export const api = {
  listCompanies: () => request<CompanySummary[]>('GET', '/companies'),
  getCompany: (companyId: string) => request<CompanyDetail>('GET', `/companies/${id(companyId)}`),
  createCompany: (value: { name: string; notes: string }) => request<Company>('POST', '/companies', value),
  /** What deleting the company would take (counts for its confirmation); nothing changes. */
  companyDeletion: (companyId: string) => request<DeletionImpact>('GET', `/companies/${id(companyId)}/deletion`),
  deleteCompany: (companyId: string) => request<void>('DELETE', `/companies/${id(companyId)}`),
  applicationDeletion: (applicationId: string) =>
    request<DeletionImpact>('GET', `/applications/${id(applicationId)}/deletion`),
  deleteApplication: (applicationId: string) => request<void>('DELETE', `/applications/${id(applicationId)}`),
  /** Every application, of every company (the practice page names its targets with them). */
  listApplications: () => request<Application[]>('GET', '/applications'),
  createApplication: (value: { companyId: string; role: string; status: ApplicationStatus }) =>
    request<Application>('POST', '/applications', value),
  updateApplication: (applicationId: string, patch: Partial<Pick<Application, 'role' | 'status' | 'notes'>>) =>
    request<Application>('PATCH', `/applications/${id(applicationId)}`, patch),
  listEvents: () => request<EventSummary[]>('GET', '/events'),
  createEvent: (value: EventFormValue) => request<JobEvent>('POST', '/events', value),
  getEvent: (eventId: string) => request<EventDetail>('GET', `/events/${id(eventId)}`),
  updateEvent: (eventId: string, value: Partial<EventFormValue>) =>
    request<JobEvent>('PATCH', `/events/${id(eventId)}`, value),
  deleteEvent: (eventId: string) => request<void>('DELETE', `/events/${id(eventId)}`),
  deleteRecording: (recordingId: string) => request<void>('DELETE', `/recordings/${id(recordingId)}`),
  verifyRecording: (recordingId: string) => request<VerificationReport>('GET', `/recordings/${id(recordingId)}/verify`),
  retryRecording: (recordingId: string) => request<Job>('POST', `/recordings/${id(recordingId)}/retry`),
  cancelJob: (jobId: string) => request<Job>('POST', `/jobs/${id(jobId)}/cancel`),
};

export function audioUrl(recordingId: string): string {
  return `/api/recordings/${id(recordingId)}/audio`;
}

/** The evidence package (.tar): a plain same-origin link, so the session cookie authenticates the download. */
export function evidenceUrl(recordingId: string): string {
  return `/api/recordings/${id(recordingId)}/evidence`;
}
