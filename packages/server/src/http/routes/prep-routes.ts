import {
  INTERVIEW_ROUNDS,
  type InterviewRound,
  PRACTICE_SET_KINDS,
  type PracticeSetKind,
  parseBestMark,
  parseJobChoice,
  parsePracticeAnswer,
  parsePrepNote,
  parseReverseQuestions,
} from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

const roundOf = (value: string | undefined): InterviewRound | null =>
  (INTERVIEW_ROUNDS as readonly string[]).includes(value ?? '') ? (value as InterviewRound) : null;
const setKindOf = (value: string | undefined): PracticeSetKind =>
  (PRACTICE_SET_KINDS as readonly string[]).includes(value ?? '') ? (value as PracticeSetKind) : 'bank';

/** The next round: predictions and preparation per company/application, the question bank, practice, GD. */
export function prepRoutes(context: () => AppContext): Hono {
  const prep = () => context().prep;
  return new Hono()
    .get('/prep/:target', async (c) =>
      c.json(await prep().prepare(c.req.param('target'), roundOf(c.req.query('round')))),
    )
    .put('/prep/:target/notes', async (c) =>
      c.json(prep().saveNote(c.req.param('target'), parsePrepNote(await jsonBody(c)))),
    )
    .put('/prep/:target/job', async (c) =>
      c.json(prep().saveJobChoice(c.req.param('target'), parseJobChoice(await jsonBody(c)))),
    )
    .put('/prep/:target/reverse-questions', async (c) =>
      c.json(prep().saveReverseQuestions(c.req.param('target'), parseReverseQuestions(await jsonBody(c)))),
    )
    .get('/question-bank', async (c) => c.json(await context().questionBank.bank()))
    .put('/question-bank/best', async (c) => {
      const { groupKey, answer } = parseBestMark(await jsonBody(c));
      return c.json(await context().questionBank.markBest(groupKey, answer));
    })
    .get('/gd-prep', async (c) => c.json(await context().questionBank.groupDiscussions()))
    .get('/practice/questions', async (c) =>
      c.json(
        await context().practice.questions(setKindOf(c.req.query('set')), {
          target: c.req.query('target'),
          category: c.req.query('category'),
          round: roundOf(c.req.query('round')),
        }),
      ),
    )
    .post('/practice/attempts', async (c) =>
      c.json(await context().practice.answer(parsePracticeAnswer(await jsonBody(c))), 201),
    );
}
