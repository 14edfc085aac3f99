import { describe, expect, it } from 'vitest';
import {
  chosenJobProfile,
  type JobChoice,
  jobProfile,
  NO_JOB_CHOICE,
  predictNextRound,
  topicsForRound,
} from '../../src/index';
import { prepEvent } from './support';

const newGrad = prepEvent({
  id: 'ev_ng',
  date: '2026-10-01',
  rows: [
    ['I', '学生時代に力を入れたことを教えてください'],
    ['M', '大学のゼミで地域の商店街と新しいイベントを企画しました'],
  ],
});
const jobChanger = prepEvent({
  id: 'ev_mc',
  date: '2026-10-01',
  rows: [
    ['I', '転職を考えた理由を教えてください'],
    ['M', '現職では担当の範囲が限られているため、もっと企画から関わりたいと考えました'],
  ],
});
const technical = prepEvent({
  id: 'ev_tech',
  date: '2026-10-01',
  rows: [
    ['I', 'データベースのインデックス設計で気をつけていることは何ですか'],
    ['M', '検索の条件と更新の頻度を見て決めています'],
  ],
});

describe('the kind of job', () => {
  it('reads the field from the role as typed, sales before the systems it sells', () => {
    expect(jobProfile('法人営業', []).field).toBe('sales');
    expect(jobProfile('システム営業', []).field).toBe('sales');
    expect(jobProfile('バックエンドエンジニア', []).field).toBe('engineering');
    expect(jobProfile('総合職', []).field).toBe('general');
    expect(jobProfile('', []).field).toBeNull();
    expect(jobProfile('', [technical]).field).toBe('engineering');
  });

  it('judges an application by its own interviews, not another position’s at the company', () => {
    expect(predictNextRound({ events: [technical], applicationId: 'ap_1' }).job.field).toBe('engineering');
    expect(predictNextRound({ events: [technical], applicationId: 'ap_other' }).job.field).toBeNull();
  });

  it('tells 就活 from 転職 by what was talked about, or by the role where it says', () => {
    expect(jobProfile(null, [newGrad]).track).toBe('new_grad');
    expect(jobProfile(null, [jobChanger]).track).toBe('mid_career');
    expect(jobProfile(null, [newGrad, jobChanger]).track).toBeNull();
    expect(jobProfile('営業職（中途）', [newGrad]).track).toBe('mid_career');
  });
});

describe('the common questions of a round by kind of job', () => {
  const neutral = { field: null, track: null };
  const ids = (round: 'first' | 'second' | 'final') => topicsForRound(round, neutral).map((t) => t.id);
  const text = (round: 'first' | 'second' | 'final', id: string, profile: Parameters<typeof topicsForRound>[1]) =>
    topicsForRound(round, profile).find((t) => t.id === id)?.question.ja ?? '';

  it('asks no technical question when the job is not known to be technical', () => {
    expect(ids('second')).not.toContain('technical');
    expect(ids('second')).toEqual(
      expect.arrayContaining([
        'teamwork',
        'hardship',
        'career_plan',
        'motivation_deep',
        'success_chain',
        'strengths_weaknesses',
      ]),
    );
    expect(topicsForRound('second', { field: 'engineering', track: null }).map((t) => t.id)).toContain('technical');
    expect(topicsForRound('second', { field: 'sales', track: null }).map((t) => t.id)).not.toContain('technical');
  });

  it('words a topic for the job where a wording fits it, the neutral one otherwise', () => {
    expect(text('second', 'sales_fit', { field: 'sales', track: 'new_grad' })).toContain('なぜ営業職');
    expect(text('second', 'sales_fit', { field: 'sales', track: 'mid_career' })).toContain('数字');
    expect(text('second', 'placement', { field: 'general', track: 'new_grad' })).toContain('配属');
    expect(text('first', 'success', { field: null, track: 'new_grad' })).toContain('学生時代');
    expect(text('first', 'success', { field: null, track: 'mid_career' })).toContain('これまでの仕事');
    expect(text('first', 'success', { field: null, track: null })).toBe('力を入れて取り組んだことを教えてください。');
    expect(text('final', 'other_companies', { field: null, track: 'new_grad' })).toContain('就職活動の軸');
  });

  it('asks job changers why they change and what they expect, and new graduates not', () => {
    const changer = { field: null, track: 'mid_career' as const };
    expect(topicsForRound('first', changer).map((t) => t.id)).toContain('reason_for_change');
    expect(topicsForRound('final', changer).map((t) => t.id)).toContain('conditions');
    const graduate = { field: null, track: 'new_grad' as const };
    expect(topicsForRound('first', graduate).map((t) => t.id)).not.toContain('reason_for_change');
    expect(topicsForRound('final', graduate).map((t) => t.id)).not.toContain('conditions');
  });

  it('predicts the sales questions for a sales application and no technical one', () => {
    const topics = (role: string) =>
      predictNextRound({ events: [newGrad], role, targetRound: 'second' })
        .predictions.filter((p) => p.kind === 'round_category')
        .map((p) => p.topic);
    expect(topics('法人営業')).toContain('round:sales_fit');
    expect(topics('法人営業')).not.toContain('round:technical');
    expect(topics('アプリケーションエンジニア')).toContain('round:technical');
  });

  it('words the round for the kind of job as the user corrected it, over the guess', () => {
    const set = (jobChoice: Parameters<typeof predictNextRound>[0]['jobChoice']) =>
      predictNextRound({ events: [newGrad], role: '法人営業', targetRound: 'second', jobChoice });
    const topics = (s: ReturnType<typeof set>) =>
      s.predictions.filter((p) => p.kind === 'round_category').map((p) => p.topic);
    const guessed = set(undefined);
    expect([guessed.job, guessed.jobGuess]).toEqual([
      { field: 'sales', track: 'new_grad' },
      { field: 'sales', track: 'new_grad', fromCompany: { field: false, track: false } },
    ]);
    // Really an engineering job change: the technical questions come in, the sales ones go.
    const corrected = set({ field: 'engineering', track: 'mid_career' });
    expect(corrected.job).toEqual({ field: 'engineering', track: 'mid_career' });
    expect(corrected.jobGuess).toEqual(guessed.jobGuess);
    expect(topics(corrected)).toContain('round:technical');
    expect(topics(corrected)).not.toContain('round:sales_fit');
    expect(topics(guessed)).toContain('round:sales_fit');
    expect(topics(guessed)).not.toContain('round:technical');
    // A part left to the guess stays guessed; "other" is a job no guide fits: the neutral list.
    expect(set({ field: null, track: 'mid_career' }).job).toEqual({ field: 'sales', track: 'mid_career' });
    expect(set({ field: 'other', track: null }).job).toEqual({ field: null, track: 'new_grad' });
    expect(chosenJobProfile({ field: 'engineering', track: null }, NO_JOB_CHOICE).field).toBe('engineering');
  });

  it("takes the company's correction for a part the application leaves to the guess", () => {
    const set = (jobChoice: JobChoice, companyJobChoice: JobChoice) =>
      predictNextRound({ events: [newGrad], role: '法人営業', targetRound: 'second', jobChoice, companyJobChoice });
    const following = set(NO_JOB_CHOICE, { field: 'engineering', track: null });
    expect(following.job).toEqual({ field: 'engineering', track: 'new_grad' });
    expect(following.jobGuess.fromCompany).toEqual({ field: true, track: false });
    expect(set({ field: 'general', track: null }, { field: 'engineering', track: 'mid_career' }).job).toEqual({
      field: 'general',
      track: 'mid_career',
    });
  });
});
