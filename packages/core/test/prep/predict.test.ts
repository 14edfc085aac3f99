import { describe, expect, it } from 'vitest';
import { coveredSteps, extractClaims, predictNextRound } from '../../src/index';
import { prepEvent } from './support';

describe('claims and chain coverage', () => {
  const event = prepEvent({
    id: 'ev_1',
    date: '2026-10-01',
    rows: [
      ['I', '学生時代に力を入れたことを教えてください。'],
      [
        'M',
        'はい。大学祭の実行委員として、来場者アンケートのアプリ開発に取り組みました。回答率が低いという課題があったので、QRコードで答えられるようにした結果、回答数が二倍になりました。',
      ],
      ['I', '入社後はどんな仕事をしたいですか。'],
      ['M', '将来はプロダクトマネージャーとして、企画から関わりたいと考えています。'],
    ],
  });

  it('finds projects, numbers, wishes and plans with their sentence and moment', () => {
    const claims = extractClaims(event);
    const kinds = (kind: string) => claims.filter((c) => c.kind === kind).map((c) => c.text);
    expect(kinds('project')).toContain('来場者アンケートのアプリ開発');
    expect(kinds('number')).toContain('二倍');
    expect(kinds('motivation').some((t) => t.includes('企画から関わりたい'))).toBe(true);
    expect(claims.find((c) => c.kind === 'number')?.source).toMatchObject({ eventId: 'ev_1', segmentIds: ['seg-2'] });
  });

  it('knows which steps of the chain an answer covered', () => {
    const covered = coveredSteps([event.report.questions[0]?.answer?.text ?? '']);
    expect([...covered]).toEqual(expect.arrayContaining(['difficulty', 'result', 'number']));
    expect(covered.has('learning')).toBe(false);
  });

  it('asks the uncovered steps of the ガクチカ chain about the project, not the covered ones', () => {
    const texts = predictNextRound({ events: [event] }).predictions.map((p) => p.text.ja);
    expect(texts).toContain('来場者アンケートのアプリ開発では、あなたご自身の役割は何でしたか。');
    expect(texts).toContain('来場者アンケートのアプリ開発から何を学びましたか。');
    expect(texts.some((t) => t.startsWith('来場者アンケートのアプリ開発の結果'))).toBe(false);
  });

  it('names an episode without a project by what the question called it', () => {
    const told = prepEvent({
      id: 'ev_told',
      date: '2026-10-01',
      rows: [
        ['I', '学生時代の挫折経験があれば教えてください。'],
        ['M', 'アルバイトで新人の教育係を任されましたが、教えた三人のうち二人が辞めてしまいました。'],
      ],
    });
    const texts = predictNextRound({ events: [told] }).predictions.map((p) => p.text.ja);
    expect(texts.filter((t) => t.startsWith('学生時代の挫折経験で')).length).toBeGreaterThan(1);
    expect(texts.some((t) => t.includes('があれば'))).toBe(false);
  });

  it('also reads ASR output without punctuation', () => {
    const asr = prepEvent({
      id: 'ev_asr',
      date: '2026-10-01',
      rows: [
        ['I', '一番苦労したことは何ですか'],
        [
          'M',
          '在庫管理システムの移行プロジェクトで半年かけてデータを移しました毎日検証を行うことで障害なく切り替えました',
        ],
      ],
    });
    const texts = predictNextRound({ events: [asr] }).predictions.map((p) => p.text.ja);
    expect(texts.some((t) => t.includes('在庫管理システムの移行プロジェクト') && t.includes('役割'))).toBe(true);
  });
});

describe('the coming round and the company around it', () => {
  const first = prepEvent({
    id: 'ev_1',
    date: '2026-10-01',
    round: 'first',
    rows: [
      ['I', '志望動機を教えてください。'],
      ['M', '御社の物流サービスで、現場の課題を解決したいと考えています。'],
    ],
  });
  const second = prepEvent({
    id: 'ev_2',
    date: '2026-10-10',
    round: 'second',
    rows: [
      ['I', '今後のキャリアプランを教えてください。'],
      ['M', '五年後にはチームをまとめる立場になりたいです。'],
    ],
  });
  const visit = prepEvent({
    id: 'ev_ob',
    type: 'ob_og_visit',
    date: '2026-10-05',
    rows: [
      ['M', '選考ではどんなことを聞かれましたか。'],
      [
        'I',
        '最終面接では、他社の選考状況と入社意欲をかなり聞かれました。社員は二百名ほどで、リモートワークが中心です。',
      ],
    ],
  });

  it('predicts the final round topics this company has not asked, not those it has', () => {
    const set = predictNextRound({ events: [first, second, visit] });
    expect(set.targetRound).toBe('final');
    const topics = set.predictions.filter((p) => p.kind === 'round_category').map((p) => p.topic);
    expect(topics).toEqual(expect.arrayContaining(['round:commitment', 'round:other_companies', 'round:values']));
    expect(topics).not.toContain('round:career_plan');
  });

  it('prepares another application of the company from its own rounds: its next round, its common questions', () => {
    const events = [first, second, visit];
    const other = predictNextRound({ events, applicationId: 'ap_other' });
    // All three are ap_1's: another application of the company starts at its first round.
    expect(other.defaultRound).toBe('first');
    const topics = other.predictions.filter((p) => p.kind === 'round_category').map((p) => p.topic);
    expect(topics).toContain('round:motivation');
    expect(predictNextRound({ events, applicationId: 'ap_1' }).defaultRound).toBe('final');
    const chosen = predictNextRound({ events, applicationId: 'ap_other', targetRound: 'final' });
    expect([chosen.targetRound, chosen.defaultRound]).toEqual(['final', 'first']);
  });

  it('passes on what the OB/OG visit said about the selection, with the quote', () => {
    const set = predictNextRound({ events: [first, second, visit] });
    const tip = set.predictions.find((p) => p.kind === 'company_info' && p.topic === 'company:selection');
    expect(tip?.source?.eventId).toBe('ev_ob');
    expect(tip?.source?.quote).toContain('他社の選考状況');
  });
});
