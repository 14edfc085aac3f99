import { parseSpokenPracticeAnswer } from '@furikaeri/core';
import { Hono } from 'hono';
import type { AppContext } from '../../app-context';
import { jsonBody } from '../json-body';

/** Practice attempts (#17 item 5): kept, listed per question or all, spoken answers recorded and re-analysed. */
export function practiceRoutes(context: () => AppContext): Hono {
  const practice = () => context().practice;
  return (
    new Hono()
      .get('/practice/attempts', async (c) => c.json(await practice().list(c.req.query('question'), c.req.raw.signal)))
      .get('/practice/attempts/:id', async (c) => c.json(await practice().get(c.req.param('id'), c.req.raw.signal)))
      // The day's practice event the recorder records spoken answers into.
      .post('/practice/recording-event', (c) => c.json(practice().spoken.recordingEvent()))
      .post('/practice/attempts/spoken', async (c) =>
        c.json(await practice().spoken.answer(parseSpokenPracticeAnswer(await jsonBody(c))), 201),
      )
      .post('/practice/attempts/:id/analyse', async (c) => c.json(await practice().spoken.reanalyse(c.req.param('id'))))
  );
}
