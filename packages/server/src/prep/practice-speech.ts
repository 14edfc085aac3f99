import type { EncryptedAudioStore } from '../audio/encrypted-audio-store';
import type { JobLanes } from '../jobs/job-lanes';
import type { ModelLocator } from '../models/installed-model';
import type { Repositories } from '../repositories/repositories';
import type { LibraryService } from '../services/library-service';
import type { RecognizerFactory } from '../speech/recognizer-factory';
import { SpeechRegionsService } from '../speech/speech-regions-service';
import { SpeechSettingsStore } from '../speech/speech-settings';
import { requestTranscription } from '../speech/transcription-requests';

/** What spoken practice needs of the speech side: the VAD regions, whether a model is installed, transcribing. */
export function practiceSpeech(deps: {
  repos: Repositories;
  store: EncryptedAudioStore;
  models: ModelLocator;
  recognizers: RecognizerFactory;
  worker: JobLanes;
  library: LibraryService;
}) {
  const regions = new SpeechRegionsService(deps.repos, deps.store, deps.models);
  const settings = new SpeechSettingsStore(deps.repos.settings);
  return {
    store: deps.store,
    library: deps.library,
    speechRegions: (recordingId: string, signal?: AbortSignal) =>
      regions.regions(recordingId, signal ?? new AbortController().signal),
    modelReady: () => {
      try {
        deps.recognizers.check(settings.get());
        return true;
      } catch {
        return false;
      }
    },
    transcribe: (recordingId: string) => void requestTranscription(deps.repos, deps.worker, recordingId),
  };
}
