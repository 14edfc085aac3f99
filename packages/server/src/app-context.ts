import fs from 'node:fs';
import path from 'node:path';
import { createAnalyseHandler } from './analysis/analyse-job';
import { AnalysisRepository } from './analysis/analysis-repository';
import { AnalysisService } from './analysis/analysis-service';
import { TranscriptImportService } from './analysis/transcript-import-service';
import { sharedTranscriptReader } from './analysis/transcript-reader';
import { DatabaseKeyRing } from './audio/audio-key-ring';
import { EncryptedAudioStore } from './audio/encrypted-audio-store';
import { removeLeftoverPartials } from './audio/leftover-partials';
import { claimTempFolder } from './audio/temp-folders';
import { type Clock, systemClock } from './config/clock';
import { DATABASE_FILE, type Db, openDatabase } from './db/database';
import { createImportHandler } from './jobs/import-handler';
import { ChangeBus } from './jobs/job-bus';
import type { JobHandlers } from './jobs/job-handler';
import { JobLanes } from './jobs/job-lanes';
import type { WorkerOptions } from './jobs/job-worker';
import { createTranscribeHandler } from './jobs/transcribe-handler';
import { createLiveRecording } from './live/create-live-recording';
import type { LiveRecordingService } from './live/live-recording-service';
import { LiveSessionRepository } from './live/live-session-repository';
import type { LiveTimings } from './live/session-registry';
import { type FfmpegPaths, resolveFfmpegPaths } from './media/ffmpeg-paths';
import type { ModelLocator } from './models/installed-model';
import { createModelLocator } from './models/locator';
import { resolveModelsDir } from './models/models-dir';
import { sharedMorphology } from './morphology/kuromoji-host';
import { createPrepServices, type PrepServices } from './prep/create-prep-services';
import { PracticeAttemptRepository } from './prep/practice-attempt-repository';
import { practiceSpeech } from './prep/practice-speech';
import { createRepositories, type Repositories } from './repositories/repositories';
import { WaveformPeaksRepository } from './repositories/waveform-peaks-repository';
import { AdvisorExportService } from './services/advisor-export-service';
import { IntegrityService } from './services/integrity-service';
import { LibraryService } from './services/library-service';
import { OwnNamesService } from './services/own-names-service';
import { RecordingService } from './services/recording-service';
import { RetentionService } from './services/retention-service';
import { SearchService } from './services/search-service';
import { StorageService } from './services/storage-service';
import { TranscriptService } from './services/transcript-service';
import { maxUploadBytesFrom } from './services/upload-copy';
import { WaveformPeaksService } from './services/waveform-peaks-service';
import { CheckpointRepository } from './speech/checkpoint-repository';
import { createRecognizerFactory, type RecognizerFactory } from './speech/recognizer-factory';
import { SpeechSettingsStore } from './speech/speech-settings';
import { Transcriber } from './speech/transcription';
import { VoiceprintRoles } from './speech/voiceprint-roles';
import { VoiceprintService } from './speech/voiceprint-service';
import { LibrarySession } from './vault/library-session';
import type { MasterKey } from './vault/master-key';
import type { ScryptParams } from './vault/passphrase-kdf';
import { Vault } from './vault/vault';

export interface AppContextOptions {
  dataDir: string;
  /** The unlocked vault's key. The context keeps derived keys only, and drops them on close. */
  masterKey: MasterKey;
  clock?: Clock;
  ffmpeg?: FfmpegPaths;
  worker?: WorkerOptions;
  /** Installed speech models; by default the model manager's folder (FURIKAERI_MODELS_DIR or <data>/models). */
  models?: ModelLocator;
  /** Tests inject recognisers; by default real models, or the fake engine when FURIKAERI_FAKE_ASR=1. */
  recognizers?: RecognizerFactory;
  /** The recorder's recovery timings (tests shorten them). */
  live?: Partial<LiveTimings>;
  /** The largest file an import accepts; by default FURIKAERI_MAX_UPLOAD_BYTES or 4 GB. */
  maxUploadBytes?: number;
  /**
   * Remove what writers cut off by a kill left behind (`*.partial`, folders of uploads never saved). Only the
   * serving process does, as it opens: a CLI command may run beside a server whose upload is in progress.
   */
  removeLeftovers?: boolean;
}

/** Everything the HTTP layer and the CLI share; the only place that knows which implementation backs what. */
export interface AppContext {
  dataDir: string;
  db: Db;
  repos: Repositories;
  store: EncryptedAudioStore;
  bus: ChangeBus;
  worker: JobLanes;
  library: LibraryService;
  recordings: RecordingService;
  integrity: IntegrityService;
  storage: StorageService;
  retention: RetentionService;
  transcripts: TranscriptService;
  transcriptImports: TranscriptImportService;
  analysis: AnalysisService;
  advisorExport: AdvisorExportService;
  search: SearchService;
  transcriber: Transcriber;
  voiceprint: VoiceprintService;
  ownNames: OwnNamesService;
  speechSettings: SpeechSettingsStore;
  peaks: WaveformPeaksService;
  prep: PrepServices['prep'];
  questionBank: PrepServices['questionBank'];
  practice: PrepServices['practice'];
  /** Background work of a running server (not the CLI): precomputing waveform peaks of new recordings. */
  startBackgroundWork(): void;
  live: LiveRecordingService;
  close(): Promise<void>;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const clock = options.clock ?? systemClock;
  const ffmpeg = options.ffmpeg ?? resolveFfmpegPaths();
  const databaseKey = options.masterKey.derive('database');
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), databaseKey);
  // SQLite keeps its own copy for the connection's life; ours is not needed any more.
  databaseKey.fill(0);
  const repos = createRepositories(db);
  const keyRing = new DatabaseKeyRing(db, options.masterKey.derive('audio-key-wrap'));
  // Plaintext temp files only exist while a job runs; any left by a process that crashed go now.
  const tmpDir = claimTempFolder(path.join(options.dataDir, 'tmp'));
  const audioDir = path.join(options.dataDir, 'audio');
  if (options.removeLeftovers) {
    const liveSessions = new LiveSessionRepository(db);
    removeLeftoverPartials(audioDir, {
      isRecording: (id) => repos.recordings.find(id) !== null,
      isOpenLiveRecording: (id) => liveSessions.findByRecording(id)?.status === 'recording',
      forgetKey: (id) => keyRing.forget(id),
    });
    // Search documents an interrupted transcript import had written (never searchable).
    repos.search.removeInvisible();
  }
  const store = new EncryptedAudioStore(audioDir, tmpDir, keyRing);
  const bus = new ChangeBus();
  const models = options.models ?? createModelLocator(resolveModelsDir(options.dataDir));
  const recognizers = options.recognizers ?? createRecognizerFactory(models);
  const transcriber = new Transcriber({
    repos,
    store,
    models,
    recognizers,
    checkpoints: new CheckpointRepository(db),
    clock,
  });
  const analysis = new AnalysisService(repos, new AnalysisRepository(db), store, sharedMorphology(), clock);
  // The takes of spoken practice answers: practice mode measures them itself, no event analysis follows.
  const practiceTakeRecordings = new PracticeAttemptRepository(db);
  const handlers: JobHandlers = {
    import: createImportHandler({ recordings: repos.recordings, store, ffmpeg, bus, clock }),
    transcribe: createTranscribeHandler(transcriber, (id) => !practiceTakeRecordings.findByRecording(id)),
    analyse: createAnalyseHandler(repos, analysis, new VoiceprintRoles(repos, store, clock)),
  };
  const worker = new JobLanes(repos.jobs, handlers, bus, clock, options.worker);
  const recordings = new RecordingService(
    repos,
    store,
    worker,
    bus,
    ffmpeg,
    clock,
    options.maxUploadBytes ?? maxUploadBytesFrom(process.env),
  );
  const library = new LibraryService(db, repos, recordings, clock);
  const integrity = new IntegrityService(repos, store, clock);
  const storage = new StorageService(options.dataDir, repos);
  const retention = new RetentionService(repos, store, bus, clock);
  const transcripts = new TranscriptService(db, repos, worker, clock);
  const search = new SearchService(repos.search, library);
  const transcriptImports = new TranscriptImportService(repos, worker, clock, sharedTranscriptReader());
  const peaks = new WaveformPeaksService(repos.recordings, new WaveformPeaksRepository(db), store, clock);
  let stopBackgroundWork = async () => {};
  const prepServices = createPrepServices({
    db,
    repos,
    analysis,
    morphology: sharedMorphology(),
    clock,
    speech: practiceSpeech({ repos, store, models, recognizers, worker, library }),
  });
  const live = createLiveRecording({
    dataDir: options.dataDir,
    db,
    repos,
    store,
    worker,
    bus,
    clock,
    library,
    recordings,
    practiceTakes: prepServices.practice.spoken,
    timings: options.live,
  });
  return {
    dataDir: options.dataDir,
    db,
    repos,
    store,
    bus,
    worker,
    library,
    recordings,
    integrity,
    storage,
    retention,
    transcripts,
    transcriptImports,
    analysis,
    advisorExport: new AdvisorExportService(repos, analysis, sharedMorphology()),
    search,
    transcriber,
    voiceprint: new VoiceprintService(repos, store, models, clock),
    ownNames: new OwnNamesService(repos.settings),
    speechSettings: new SpeechSettingsStore(repos.settings),
    peaks,
    ...prepServices,
    startBackgroundWork() {
      stopBackgroundWork = peaks.startWarming(bus);
    },
    live,
    async close() {
      await stopBackgroundWork();
      retention.stopSchedule();
      // Before the worker and the database: open recordings keep their journals for the next unlock.
      await live.close();
      // A transcript import in progress stops at once (its worker thread ends): the request answers "locked".
      await transcriptImports.close();
      // Aborts the running job and waits under a second for it; the job is queued again for the next unlock.
      await worker.stop();
      store.close();
      keyRing.clear();
      db.close();
      // The stopped jobs' temp files are gone with them; the empty folder goes too.
      fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
}

export interface SessionOptions extends Omit<AppContextOptions, 'masterKey'> {
  scrypt?: ScryptParams;
  /** The server runs the job loop in the background; the CLI drains the queue itself instead. */
  runWorker?: boolean;
  failedUnlockDelayMs?: number;
}

/** A locked library for the server: unlocking opens an AppContext, locking closes it. */
export function createLibrarySession(options: SessionOptions): LibrarySession {
  const vault = new Vault(options.dataDir, options.scrypt);
  return new LibrarySession(
    vault,
    (masterKey) => {
      const ctx = createAppContext({ ...options, masterKey, removeLeftovers: options.runWorker });
      if (options.runWorker) {
        ctx.worker.start();
        ctx.retention.startSchedule();
        ctx.startBackgroundWork();
        ctx.live.startSweeper();
      }
      return ctx;
    },
    options.clock ?? systemClock,
    options.failedUnlockDelayMs,
  );
}
