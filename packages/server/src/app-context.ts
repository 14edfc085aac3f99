import path from 'node:path';
import type { AudioStore } from './audio/audio-store';
import { FileAudioStore } from './audio/file-audio-store';
import { type Clock, systemClock } from './config/clock';
import { type Db, openDatabase } from './db/database';
import { createImportHandler } from './jobs/import-handler';
import { ChangeBus } from './jobs/job-bus';
import type { JobHandlers } from './jobs/job-handler';
import { JobWorker, type WorkerOptions } from './jobs/job-worker';
import { analyseNotAvailable, transcribeNotAvailable } from './jobs/pending-stages';
import { type FfmpegPaths, resolveFfmpegPaths } from './media/ffmpeg-paths';
import { createRepositories, type Repositories } from './repositories/repositories';
import { LibraryService } from './services/library-service';
import { RecordingService } from './services/recording-service';

export interface AppContextOptions {
  dataDir: string;
  clock?: Clock;
  ffmpeg?: FfmpegPaths;
  worker?: WorkerOptions;
}

/** Everything the HTTP layer and the CLI share; the only place that knows which implementation backs what. */
export interface AppContext {
  dataDir: string;
  db: Db;
  repos: Repositories;
  store: AudioStore;
  bus: ChangeBus;
  worker: JobWorker;
  library: LibraryService;
  recordings: RecordingService;
  close(): Promise<void>;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const ffmpeg = options.ffmpeg ?? resolveFfmpegPaths();
  const db = openDatabase(path.join(options.dataDir, 'furikaeri.db'));
  const repos = createRepositories(db);
  const store = new FileAudioStore(path.join(options.dataDir, 'audio'));
  const bus = new ChangeBus();
  const handlers: JobHandlers = {
    import: createImportHandler({ recordings: repos.recordings, store, ffmpeg, bus, clock }),
    transcribe: transcribeNotAvailable,
    analyse: analyseNotAvailable,
  };
  const worker = new JobWorker(repos.jobs, handlers, bus, clock, options.worker);
  const recordings = new RecordingService(repos, store, worker, bus, ffmpeg, clock);
  const library = new LibraryService(db, repos, store, recordings, clock);
  return {
    dataDir: options.dataDir,
    db,
    repos,
    store,
    bus,
    worker,
    library,
    recordings,
    async close() {
      await worker.stop();
      db.close();
    },
  };
}
