import type { Db } from '../db/database';
import { PrepScopeRepository } from '../prep/prep-scope-repository';
import { ApplicationRepository } from './application-repository';
import { CompanyRepository } from './company-repository';
import { DeletionImpactRepository } from './deletion-impact-repository';
import { EventRepository } from './event-repository';
import { JobRepository } from './job-repository';
import { QuestionNoteRepository } from './question-note-repository';
import { RecordingRepository } from './recording-repository';
import { SearchRepository } from './search-repository';
import { SettingsRepository } from './settings-repository';
import { TranscriptHistoryRepository } from './transcript-history-repository';
import { TranscriptRepository } from './transcript-repository';

export interface Repositories {
  companies: CompanyRepository;
  applications: ApplicationRepository;
  events: EventRepository;
  recordings: RecordingRepository;
  jobs: JobRepository;
  settings: SettingsRepository;
  transcripts: TranscriptRepository;
  transcriptHistory: TranscriptHistoryRepository;
  questionNotes: QuestionNoteRepository;
  search: SearchRepository;
  /** Drafts, 逆質問 and practice attempts of a company or application, deleted with it. */
  prepScopes: PrepScopeRepository;
  /** What deleting a company or an application takes with it, counted for its confirmation. */
  deletionImpact: DeletionImpactRepository;
}

export function createRepositories(db: Db): Repositories {
  const search = new SearchRepository(db);
  return {
    companies: new CompanyRepository(db),
    applications: new ApplicationRepository(db),
    events: new EventRepository(db, search),
    recordings: new RecordingRepository(db),
    jobs: new JobRepository(db),
    settings: new SettingsRepository(db),
    transcripts: new TranscriptRepository(db, search),
    transcriptHistory: new TranscriptHistoryRepository(db),
    questionNotes: new QuestionNoteRepository(db, search),
    search,
    prepScopes: new PrepScopeRepository(db),
    deletionImpact: new DeletionImpactRepository(db),
  };
}
