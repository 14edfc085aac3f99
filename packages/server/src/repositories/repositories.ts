import type { Db } from '../db/database';
import { ApplicationRepository } from './application-repository';
import { CompanyRepository } from './company-repository';
import { EventRepository } from './event-repository';
import { JobRepository } from './job-repository';
import { RecordingRepository } from './recording-repository';
import { SettingsRepository } from './settings-repository';
import { TranscriptRepository } from './transcript-repository';

export interface Repositories {
  companies: CompanyRepository;
  applications: ApplicationRepository;
  events: EventRepository;
  recordings: RecordingRepository;
  jobs: JobRepository;
  settings: SettingsRepository;
  transcripts: TranscriptRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    companies: new CompanyRepository(db),
    applications: new ApplicationRepository(db),
    events: new EventRepository(db),
    recordings: new RecordingRepository(db),
    jobs: new JobRepository(db),
    settings: new SettingsRepository(db),
    transcripts: new TranscriptRepository(db),
  };
}
