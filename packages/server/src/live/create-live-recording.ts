import path from 'node:path';
import type { AudioStore } from '../audio/audio-store';
import type { Clock } from '../config/clock';
import type { Db } from '../db/database';
import type { ChangeBus } from '../jobs/job-bus';
import type { JobLanes } from '../jobs/job-lanes';
import type { Repositories } from '../repositories/repositories';
import type { LibraryService } from '../services/library-service';
import type { RecordingService } from '../services/recording-service';
import { LiveFinaliser } from './live-finaliser';
import { LiveRecordingService } from './live-recording-service';
import { LiveSessionRepository } from './live-session-repository';
import type { PracticeTakes } from './practice-takes';
import { DEFAULT_LIVE_TIMINGS, type LiveTimings, SessionRegistry } from './session-registry';

export interface LiveRecordingDeps {
  dataDir: string;
  db: Db;
  repos: Repositories;
  store: AudioStore;
  worker: JobLanes;
  bus: ChangeBus;
  clock: Clock;
  library: LibraryService;
  recordings: RecordingService;
  practiceTakes: PracticeTakes;
  timings?: Partial<LiveTimings>;
}

/** Wires the recorder's parts; the app context calls this once. */
export function createLiveRecording(deps: LiveRecordingDeps): LiveRecordingService {
  const sessions = new LiveSessionRepository(deps.db);
  const finaliser = new LiveFinaliser({
    ...deps,
    sessions,
    view: (recordingId) => deps.recordings.get(recordingId),
  });
  const registry = new SessionRegistry({
    store: deps.store,
    sessions,
    finaliser,
    clock: deps.clock,
    timings: { ...DEFAULT_LIVE_TIMINGS, ...deps.timings },
  });
  return new LiveRecordingService({
    sessions,
    registry,
    finaliser,
    library: deps.library,
    practiceTakes: deps.practiceTakes,
    clock: deps.clock,
    audioDir: path.join(deps.dataDir, 'audio'),
  });
}
