import type { Morphology } from '@furikaeri/core';
import type { AnalysisService } from '../analysis/analysis-service';
import type { Clock } from '../config/clock';
import type { Db } from '../db/database';
import type { Repositories } from '../repositories/repositories';
import type { LibraryService } from '../services/library-service';
import { BestAnswerRepository } from './best-answer-repository';
import { practiceAnswersEvent } from './practice-answers-event';
import { PracticeAttemptRepository } from './practice-attempt-repository';
import { PracticeService } from './practice-service';
import { PrepHistory } from './prep-history';
import { PrepNotesRepository } from './prep-notes-repository';
import { PrepService } from './prep-service';
import { QuestionBankService } from './question-bank-service';
import { SpokenAnswerAudio, type SpokenAnswerAudioDeps } from './spoken-answer-audio';
import { SpokenPractice } from './spoken-practice';

export interface PrepServices {
  prep: PrepService;
  questionBank: QuestionBankService;
  practice: PracticeService;
}

/** Wires the next-round services (#17) onto the shared repositories and the analysis. */
export function createPrepServices(deps: {
  db: Db;
  repos: Repositories;
  analysis: AnalysisService;
  morphology: Morphology;
  clock: Clock;
  /** Spoken practice answers: their recordings' audio and transcripts. */
  speech: Pick<SpokenAnswerAudioDeps, 'store' | 'speechRegions' | 'modelReady'> & {
    library: LibraryService;
    transcribe(recordingId: string): void;
  };
}): PrepServices {
  const norms = () => deps.analysis.norms();
  const attempts = new PracticeAttemptRepository(deps.db);
  const history = new PrepHistory(deps.repos, deps.analysis);
  const prep = new PrepService(deps.repos, history, new PrepNotesRepository(deps.db), deps.clock);
  const spoken = new SpokenPractice({
    repos: deps.repos,
    attempts,
    audio: new SpokenAnswerAudio({ ...deps.speech, repos: deps.repos, norms }),
    morphology: deps.morphology,
    norms,
    practiceEvent: () => practiceAnswersEvent(deps.speech.library, deps.clock),
    transcribe: deps.speech.transcribe,
    clock: deps.clock,
    scopeOf: (scopeId) => prep.scopeOf(scopeId),
  });
  return {
    prep,
    questionBank: new QuestionBankService(history, new BestAnswerRepository(deps.db), deps.clock),
    practice: new PracticeService(prep, history, attempts, deps.morphology, norms, deps.clock, spoken),
  };
}
