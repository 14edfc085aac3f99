import fs from 'node:fs';
import path from 'node:path';
import type { PracticeAttemptView, PracticeTake } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/config/clock';
import { createLiveRecording } from '../../src/live/create-live-recording';
import type { LiveRecordingService } from '../../src/live/live-recording-service';
import { missingModelError } from '../../src/models/missing-model';
import { FakeRecognizer } from '../../src/speech/fake-recognizer';
import type { RecognizerFactory } from '../../src/speech/recognizer-factory';
import { readStored, type TempContext, tempContext, tempDir } from '../support/temp-context';
import { hasEspeakAndSox, type SpokenAnswerAudio, speakAnswer } from './support/spoken-answer-wav';

const SENTENCES = [
  'えーと、私は決済システムの移行プロジェクトでリーダーを務めました。',
  'データの整合性を確かめるために、リハーサルを三回行いました。',
];
/**
 * What espeak-ng says: the same sentences in kana (its Japanese voice spells kanji out slowly, one by one). The
 * test engine "hears" the kanji text above at the time each sentence is said, as a model would write it.
 */
const SAID = [
  'えーと、わたしは けっさいシステムの いこうプロジェクトで リーダーを つとめました。',
  'データの せいごうせいを たしかめるために、リハーサルを さんかい おこないました。',
];
const KEY_POINTS = ['移行プロジェクトのリーダー', 'リハーサル', '入社後に活かすこと'];

/** A speech model that can be "installed" mid-test: missing at first, then the scripted test engine. */
function switchableModel(script: () => SpokenAnswerAudio['sentences']): RecognizerFactory & { installed: boolean } {
  return {
    installed: false,
    check() {
      if (!this.installed) throw missingModelError('sense-voice-ja');
    },
    async create() {
      this.check({} as never);
      return new FakeRecognizer('ja', script());
    },
  };
}

describe.skipIf(!hasEspeakAndSox())(
  'a spoken practice answer, recorded with the recorder (espeak-ng, real VAD)',
  () => {
    let env: TempContext;
    let audio: SpokenAnswerAudio;
    const model = switchableModel(() =>
      audio.sentences.map((sentence, index) => ({ ...sentence, text: SENTENCES[index] ?? '' })),
    );

    beforeAll(async () => {
      audio = speakAnswer(tempDir('furikaeri-spoken-'), SAID);
      env = await tempContext({ recognizers: model });
      // As in the running server: the jobs (decode, transcribe) run while the page waits.
      env.ctx.worker.start();
    });
    afterAll(() => env.cleanup());

    /** Records the answer through the live recorder's own path, chunk by chunk, into the practice event. */
    async function record(eventId = env.ctx.practice.spoken.recordingEvent().id, pcm = audio.pcm): Promise<string> {
      const session = await env.ctx.live.start(eventId, { mode: 'in_person', sampleRate: 16_000, channels: 1 });
      const chunk = 16_000;
      for (let seq = 0; seq * chunk < pcm.length; seq += 1) {
        await env.ctx.live.appendChunk(session.id, seq, seq * chunk, pcm.subarray(seq * chunk, (seq + 1) * chunk));
      }
      const stopped = await env.ctx.live.stop(session.id, { reason: 'user' });
      if (!stopped.recording) throw new Error('the take was not saved');
      return stopped.recording.id;
    }

    /** The attempt once its recording's jobs are over (the page polls the same way). */
    async function settled(id: string): Promise<PracticeAttemptView> {
      for (let tries = 0; tries < 300; tries += 1) {
        const attempt = await env.ctx.practice.get(id);
        if (attempt.spoken?.transcript !== 'pending') return attempt;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('the attempt stayed pending');
    }

    const jobTypes = (recordingId: string) =>
      env.ctx.repos.jobs
        .listByRecording(recordingId)
        .map((job) => job.type)
        .sort();
    const answer = (recordingId: string) =>
      env.ctx.practice.spoken.answer({
        questionKey: 'generic:学生時代に力を入れたこと',
        question: '学生時代に力を入れたことを教えてください。',
        recordingId,
        keyPoints: KEY_POINTS,
        scopeId: null,
      });

    let first: PracticeAttemptView;

    it('without a speech model: keeps the recording in the vault and measures its audio at once', async () => {
      const recordingId = await record();
      first = await answer(recordingId);
      const lastSentence = audio.sentences[audio.sentences.length - 1];
      const spoken = first.spoken;
      expect(spoken?.recordingId).toBe(recordingId);
      expect(spoken?.transcript).toBe('no_model');
      expect(first.score).toBeNull();
      const delivery = spoken?.delivery;
      expect(delivery?.takeMs).toBe(Math.round(audio.pcm.length / 32));
      // The real VAD finds the thinking before the answer and the 3 s silence between the sentences.
      expect(delivery?.leadInMs).toBeGreaterThan(900);
      expect(delivery?.leadInMs).toBeLessThan(1_700);
      expect(delivery?.pauses).toBe(1);
      expect(delivery?.longestPauseMs).toBeGreaterThan(2_300);
      expect(delivery?.longestPauseMs).toBeLessThan(3_300);
      const spokenMs = audio.sentences.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
      expect(delivery?.speakingMs).toBeGreaterThan(spokenMs * 0.7);
      expect(delivery?.speakingMs).toBeLessThan(spokenMs * 1.3);
      expect(delivery?.answerMs).toBeLessThan((lastSentence?.endMs ?? 0) + 500);
      expect(delivery?.targetMs).toBe(60_000);
      // YIN over the spoken regions: espeak's voice sits in a speaking range and moves.
      expect(delivery?.intonation?.meanHz).toBeGreaterThan(70);
      expect(delivery?.intonation?.meanHz).toBeLessThan(300);
      expect(delivery?.intonation?.rangeSemitones.value).toBeGreaterThan(1);
      // Stored like every recording: encrypted in the vault, in a practice event.
      const recording = env.ctx.recordings.get(recordingId);
      expect(env.ctx.library.getEvent(recording.eventId).event.type).toBe('practice');
      const pcm = await readStored(env.ctx, recordingId, 'pcm');
      expect(pcm.equals(audio.pcm)).toBe(true);
      expect((await settled(first.id)).spoken?.transcript).toBe('no_model');
    });

    it('once a model is installed, re-analysis transcribes the kept take and scores its words like a typed answer', async () => {
      model.installed = true;
      const [kept] = await env.ctx.practice.list(first.questionKey);
      expect(kept?.spoken?.transcript).toBe('not_transcribed');
      const started = await env.ctx.practice.spoken.reanalyse(first.id);
      expect(started.spoken?.transcript).toBe('pending');
      const done = await settled(first.id);
      expect(done.spoken?.transcript).toBe('done');
      expect(done.answer).toBe(SENTENCES.join(''));
      const score = done.score;
      expect(score?.fillers).toBe(1);
      expect(score?.keyPoints.map((point) => point.covered)).toEqual([true, true, false]);
      // Pace over the speaking time the VAD measured, as the review counts it.
      const speakingMs = done.spoken?.delivery?.speakingMs ?? 0;
      expect(score?.charsPerMinute).toBe(Math.round((score?.characters ?? 0) / (speakingMs / 60_000)));
      expect(score?.moraePerMinute).toBeGreaterThan(0);
    });

    it('with a model, a new spoken answer is transcribed by the recording pipeline and scored when it is done', async () => {
      const recordingId = await record();
      const attempt = await answer(recordingId);
      expect(attempt.spoken?.delivery).not.toBeNull();
      const done = await settled(attempt.id);
      expect(done.spoken?.transcript).toBe('done');
      expect(done.score?.coverage).toBeCloseTo(2 / 3);
      const all = await env.ctx.practice.list(attempt.questionKey);
      expect(all.map((a) => a.id)).toEqual([first.id, attempt.id]);
      // Measured by practice mode itself: no interview analysis of the lone answer follows the transcript.
      await env.ctx.worker.drain();
      expect(jobTypes(recordingId)).toEqual(['import', 'transcribe']);
    });

    it('refuses a recording that was not made in practice mode, and a take kept for another question', async () => {
      const companyId = env.ctx.library.createCompany({ name: '株式会社本番' }).id;
      const eventId = env.ctx.library.createEvent({ companyId, type: 'interview', consent: 'granted' }).id;
      const interview = await record(eventId, audio.pcm.subarray(0, 64_000));
      await expect(answer(interview)).rejects.toMatchObject({ code: 'validation' });
      // An interview's recording is analysed after its transcript as always.
      await expect.poll(() => jobTypes(interview), { timeout: 30_000 }).toContain('analyse');
      const recordingId = first.spoken?.recordingId ?? '';
      // The same answer again (its response was lost) is the same attempt; another question's is refused.
      expect((await answer(recordingId)).id).toBe(first.id);
      await expect(
        env.ctx.practice.spoken.answer({ ...first, keyPoints: [], scopeId: null, recordingId, questionKey: 'x' }),
      ).rejects.toMatchObject({ code: 'conflict' });
    });

    /** A take started with its question that the page never stops: its tab crashed mid-answer. */
    async function crashedTake(live: LiveRecordingService, take: PracticeTake) {
      const eventId = env.ctx.practice.spoken.recordingEvent().id;
      const format = { mode: 'in_person', sampleRate: 16_000, channels: 1 };
      const session = await live.start(eventId, { ...format, practiceAttempt: take });
      const pcm = audio.pcm;
      for (let seq = 0; seq * 16_000 < pcm.length; seq += 1) {
        await live.appendChunk(session.id, seq, seq * 16_000, pcm.subarray(seq * 16_000, (seq + 1) * 16_000));
      }
      return session;
    }
    const scopeOf = (id: string) =>
      env.ctx.db.prepare('SELECT scope_id FROM practice_attempts WHERE id = ?').get(id) as { scope_id: string | null };

    it('a take whose tab crashed is saved as recovered into the attempt it was started for, scoped and measured', async () => {
      const companyId = env.ctx.library.createCompany({ name: '株式会社復旧練習' }).id;
      const take = {
        questionKey: 'predicted:その時のあなたの役割は何でしたか',
        question: 'その時のあなたの役割は何でしたか。',
        keyPoints: ['移行プロジェクトのリーダー'],
        scopeId: companyId,
      };
      const session = await crashedTake(env.ctx.live, take);
      // The reopened page's outbox flush sends what was left and saves the take on the user's behalf.
      const saved = await env.ctx.live.stop(session.id, { reason: 'page_closed' });
      expect(saved.session.status).toBe('recovered');
      const attempts = await env.ctx.practice.list(take.questionKey);
      expect(attempts.map((a) => a.spoken?.recordingId)).toEqual([saved.recording?.id]);
      const [attempt] = attempts;
      if (!attempt) throw new Error('no attempt');
      expect(scopeOf(attempt.id).scope_id).toBe(companyId);
      const done = await settled(attempt.id);
      expect(done.spoken?.delivery?.takeMs).toBe(Math.round(audio.pcm.length / 32));
      expect(done.spoken?.transcript).toBe('done');
      expect(done.score?.keyPoints.map((point) => point.covered)).toEqual([true]);
    });

    it('a crashed take no page comes back for is recovered by the server into its attempt', async () => {
      const live = createLiveRecording({
        ...env.ctx,
        clock: systemClock,
        practiceTakes: env.ctx.practice.spoken,
        timings: { idleMs: 0 },
      });
      const take = {
        questionKey: 'generic:5年後',
        question: '5年後、どのようになっていたいですか。',
        keyPoints: [],
        scopeId: null,
      };
      const session = await crashedTake(live, take);
      await live.sweep();
      await live.close();
      const [attempt] = await env.ctx.practice.list(take.questionKey);
      expect(attempt?.spoken?.recordingId).toBe(session.recordingId);
      expect(env.ctx.live.get(session.id).status).toBe('recovered');
      expect(scopeOf(attempt?.id ?? '').scope_id).toBeNull();
    });

    it('refuses a take with a question outside a practice event, or for a company that does not exist', async () => {
      const companyId = env.ctx.library.createCompany({ name: '株式会社面接本番' }).id;
      const eventId = env.ctx.library.createEvent({ companyId, type: 'interview', consent: 'granted' }).id;
      const take = { questionKey: 'generic:x', question: '自己紹介をお願いします。', keyPoints: [], scopeId: null };
      const format = { mode: 'in_person', sampleRate: 16_000, channels: 1 };
      await expect(env.ctx.live.start(eventId, { ...format, practiceAttempt: take })).rejects.toMatchObject({
        code: 'validation',
      });
      const practiceEvent = env.ctx.practice.spoken.recordingEvent().id;
      const unknown = { ...take, scopeId: 'co_nothing0000' };
      await expect(env.ctx.live.start(practiceEvent, { ...format, practiceAttempt: unknown })).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('deletes a take at a company’s predicted question, audio included, with the company', async () => {
      const companyId = env.ctx.library.createCompany({ name: '株式会社消える練習' }).id;
      const recordingId = await record(undefined, audio.pcm.subarray(0, 48_000));
      const attempt = await env.ctx.practice.spoken.answer({
        questionKey: 'predicted:入社後にやりたいことは',
        question: '入社後にやりたいことは',
        recordingId,
        keyPoints: [],
        scopeId: companyId,
      });
      const folder = path.join(env.dataDir, 'audio', recordingId);
      expect(fs.existsSync(folder)).toBe(true);
      await env.ctx.library.deleteCompany(companyId);
      await expect(env.ctx.practice.get(attempt.id)).rejects.toMatchObject({ code: 'not_found' });
      expect(env.ctx.repos.recordings.find(recordingId)).toBeNull();
      expect(fs.existsSync(folder)).toBe(false);
      // The unscoped take of the first test stays.
      expect((await env.ctx.practice.get(first.id)).id).toBe(first.id);
    });
  },
);
