import type { Morphology } from '@furikaeri/core';
import type { AnalysisService } from '../analysis/analysis-service';
import type { Clock } from '../config/clock';
import type { Db } from '../db/database';
import type { Repositories } from '../repositories/repositories';
import { BestAnswerRepository } from './best-answer-repository';
import { PracticeAttemptRepository } from './practice-attempt-repository';
import { PracticeService } from './practice-service';
import { PrepHistory } from './prep-history';
import { PrepNotesRepository } from './prep-notes-repository';
import { PrepService } from './prep-service';
import { QuestionBankService } from './question-bank-service';

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
}): PrepServices {
  const history = new PrepHistory(deps.repos, deps.analysis);
  const prep = new PrepService(deps.repos, history, new PrepNotesRepository(deps.db), deps.clock);
  return {
    prep,
    questionBank: new QuestionBankService(history, new BestAnswerRepository(deps.db), deps.clock),
    practice: new PracticeService(
      prep,
      history,
      new PracticeAttemptRepository(deps.db),
      deps.morphology,
      () => deps.analysis.norms(),
      deps.clock,
    ),
  };
}
