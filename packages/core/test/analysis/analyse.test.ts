import { describe, expect, it } from 'vitest';
import { analyseTranscript, renderReportMarkdown, type TranscriptContent } from '../../src/index';
import { morphemesFor, transcript } from './support';

const INTERVIEW = transcript(
  { I: 'interviewer', M: 'me' },
  [
    ['I', 0, 3, '本日はよろしくお願いします。'],
    ['M', 3.5, 5, 'よろしくお願いします。'],
    ['I', 6, 9, 'まず、自己紹介をお願いします。'],
    ['M', 10.5, 30, '山田と申します。五年間、決済システムの開発を担当しております。本日はよろしくお願いいたします。'],
    ['I', 31, 35, '一番苦労したことは何ですか。'],
    ['M', 42, 60, '私の強みはコミュニケーション能力です。周りからも話しやすいと言われます。'],
    ['I', 61, 64, '最後に、何か質問はありますか。'],
    ['M', 65, 70, 'チームは何名ですか。'],
    ['I', 71, 75, '二十名ほどです。'],
  ],
  [
    { startMs: 0, endMs: 5_000 },
    { startMs: 6_000, endMs: 9_000 },
    { startMs: 10_500, endMs: 18_000 },
    { startMs: 21_000, endMs: 30_000 },
    { startMs: 31_000, endMs: 35_000 },
    { startMs: 42_000, endMs: 60_000 },
    { startMs: 61_000, endMs: 75_000 },
  ],
);

function analyse(
  content: TranscriptContent,
  eventType: Parameters<typeof analyseTranscript>[0]['eventType'] = 'interview',
) {
  return analyseTranscript({
    transcript: content,
    morphemes: morphemesFor(content),
    eventType,
    generatedAt: '2026-01-01T00:00:00Z',
  });
}

describe('the whole analysis of an interview', () => {
  const report = analyse(INTERVIEW);

  it('finds the questions, their categories, my answers and my own question', () => {
    expect(report.mode).toBe('interview');
    expect(report.questions.map((q) => [q.question.segmentIds, q.category.category, q.answer?.segmentIds])).toEqual([
      [['seg-3'], 'self_introduction', ['seg-4']],
      [['seg-5'], 'hardship', ['seg-6']],
      [['seg-7'], 'reverse_question_prompt', ['seg-8']],
    ]);
    expect(report.myQuestions.map((q) => [q.question.text, q.answer?.segmentIds])).toEqual([
      ['チームは何名ですか。', ['seg-9']],
    ]);
  });

  it('measures each answer against its norm: pauses from VAD regions, latency, length', () => {
    const intro = report.questions[0]?.answer;
    expect(intro?.metrics.pauses).toEqual([{ startMs: 18_000, endMs: 21_000, durationMs: 3_000 }]);
    expect(intro?.metrics.speakingMs.value).toBe(19_500 - 3_000);
    expect(intro?.metrics.latencyMs).toMatchObject({ value: 1_500, verdict: 'ok' });
    const hardship = report.questions[1]?.answer;
    expect(hardship?.metrics.latencyMs).toMatchObject({ value: 7_000, verdict: 'high' });
    expect(hardship?.metrics.charsPerMinute?.norm?.ja).toContain('300字/分');
    expect(report.questions[2]?.answer?.metrics.length).toBeNull();
  });

  it('flags the answer that missed the question, and puts it first among the things to work on', () => {
    const hardship = report.questions[1]?.answer;
    expect(hardship?.relevance.flags).toContain('off_topic');
    expect(hardship?.feedback[0]?.kind).toBe('off_topic');
    expect(hardship?.feedback[0]?.atMs).toBe(42_000);
    expect(report.summary.focus[0]?.kind).toBe('off_topic');
    expect(report.event).toMatchObject({ questionCount: 3, answeredCount: 3, flaggedAnswers: 1 });
    expect(report.event.myTalkShare?.norm?.ja).toContain('50〜70%');
  });

  it('says what it could not measure (no pitch)', () => {
    expect(report.notes.map((note) => note.en).join(' ')).toContain('Intonation');
  });

  it('renders Markdown in Japanese and in English', () => {
    const ja = renderReportMarkdown(report, { title: '一次面接' });
    expect(ja).toContain('# 振り返りレポート — 一次面接');
    expect(ja).toContain('## 次に向けて重点的に取り組むこと');
    expect(ja).toContain('> 一番苦労したことは何ですか。');
    expect(ja).toContain('⚠');
    const en = renderReportMarkdown(report, { locale: 'en' });
    expect(en).toContain('## Top things to work on');
    expect(en).toContain('## My questions');
  });
});

describe('imported text without timing', () => {
  it('measures no pace, pauses or latency, and says so', () => {
    const content: TranscriptContent = {
      ...INTERVIEW,
      source: { kind: 'import', format: 'text', fileName: 'a.txt', estimatedTiming: true },
    };
    const report = analyse(content);
    expect(report.timing).toBe('estimated');
    const answer = report.questions[0]?.answer;
    expect(answer?.metrics.charsPerMinute).toBeNull();
    expect(answer?.metrics.latencyMs).toBeNull();
    expect(answer?.metrics.pauses).toEqual([]);
    expect(report.event.myTalkShare).toBeNull();
    expect(report.notes.some((note) => note.ja.includes('時刻がない'))).toBe(true);
  });
});

describe('other modes', () => {
  it('group discussion: time, turns, interruptions and key points per participant', () => {
    const content = transcript({ MO: 'moderator', A: 'candidate', M: 'me' }, [
      ['MO', 0, 5, 'テーマについて議論し、最後に結論を発表してください。'],
      ['A', 6, 10, '若い人は目的がないと来ないので、目的を作るべきだと思います。'],
      ['M', 9, 14, '確かにそうですね。それなら、空き店舗で学生が出店するのはどうでしょうか。'],
      ['A', 15, 16, '賛成です。'],
    ]);
    const report = analyse(content, 'group_discussion');
    expect(report.mode).toBe('group_discussion');
    const group = report.groupDiscussion;
    expect(group?.participants.map((p) => [p.key, p.turns, p.interruptions, p.interrupted])).toEqual([
      ['A', 2, 0, 1],
      ['M', 1, 1, 0],
    ]);
    expect(group?.equalShare).toBe(0.5);
    expect(group?.othersIdeas.map((p) => p.text)).toEqual([
      '若い人は目的がないと来ないので、目的を作るべきだと思います。',
    ]);
    expect(report.myQuestions).toEqual([]);
  });

  it('OB/OG visit: facts about the company from its people, by kind', () => {
    const content = transcript({ OB: 'interviewer', M: 'me' }, [
      ['M', 0, 3, '残業はどのくらいありますか。'],
      ['OB', 4, 10, '月に二十時間くらいかな。若手にもどんどん任せる雰囲気だね。僕は法人営業を担当してる。'],
    ]);
    const report = analyse(content, 'ob_og_visit');
    expect(report.conversation?.facts.map((fact) => [fact.kind, fact.text])).toEqual([
      ['number', '月に二十時間くらいかな。'],
      ['culture', '若手にもどんどん任せる雰囲気だね。'],
      ['work', '僕は法人営業を担当してる。'],
    ]);
    expect(report.myQuestions[0]?.answer?.segmentIds).toEqual(['seg-2']);
  });

  it('without a "me" speaker it analyses no answers and says why', () => {
    const content = {
      ...INTERVIEW,
      speakers: INTERVIEW.speakers.map((s) => ({ ...s, role: s.key === 'M' ? ('unknown' as const) : s.role })),
    };
    const report = analyse(content);
    expect(report.questions.every((q) => q.answer === null)).toBe(true);
    expect(report.notes[0]?.en).toContain('No speaker is marked as you');
  });
});
