import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/analysis/norms';
import { analyseTranscript, type Morpheme, type TranscriptContent } from '../../src/index';
import { roughMorphemes, transcript } from './support';

const FILLER = 'えーと';

/** Rough morphemes, with each えーと one フィラー as IPADIC tags it. */
function morphemes(content: TranscriptContent): Record<string, Morpheme[]> {
  return Object.fromEntries(
    content.segments.map((segment) => {
      const fillers: Morpheme[] = [];
      for (let at = segment.text.indexOf(FILLER); at >= 0; at = segment.text.indexOf(FILLER, at + FILLER.length)) {
        fillers.push({
          surface: FILLER,
          pos: 'フィラー',
          posDetail: '*',
          basicForm: FILLER,
          reading: 'エート',
          start: at,
        });
      }
      const inFiller = (start: number) => fillers.some((filler) => start >= filler.start && start < filler.start + 3);
      const words = roughMorphemes(segment.text).filter((word) => !inFiller(word.start));
      return [segment.id, [...words, ...fillers].sort((a, b) => a.start - b.start)];
    }),
  );
}

function analyse(content: TranscriptContent) {
  return analyseTranscript({
    transcript: content,
    morphemes: morphemes(content),
    eventType: 'interview',
    generatedAt: '2026-01-01T00:00:00Z',
  });
}

/** An answer of `chars` spoken characters (a real sentence repeated), with `fillers` えーと spread through it. */
function answerText(chars: number, fillers = 0): string {
  // ASR output as it comes: no punctuation, so every character is a spoken one.
  const sentence = '大学では研究室でデータの分析を担当し三人のチームで実験の計画から発表まで進めました';
  const body = sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars - fillers * FILLER.length);
  const parts = Array.from({ length: fillers + 1 }, (_, index) =>
    body.slice(
      Math.floor((index * body.length) / (fillers + 1)),
      Math.floor(((index + 1) * body.length) / (fillers + 1)),
    ),
  );
  return parts.join(`${FILLER}、`);
}

const praised = (report: ReturnType<typeof analyse>, word: string) =>
  report.summary.highlights.some((line) => line.ja.includes(word));
const kinds = (report: ReturnType<typeof analyse>) =>
  report.questions.flatMap((question) => question.answer?.feedback.map((point) => point.kind) ?? []);

describe('feedback that agrees with itself', () => {
  it('gives no pace verdict from an answer of a few seconds, however fast', () => {
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '学生時代に力を入れたことを教えてください。'],
        ['M', 5, 11, answerText(46)],
        ['I', 12, 15, '一番苦労したことは何ですか。'],
        ['M', 16, 46, answerText(230)],
      ]),
    );
    const [short, long] = report.questions.map((question) => question.answer);
    // 46 characters in 6 s is 460 a minute: too little speech to call it fast (norms.pace.minSpeakingMs).
    expect(short?.metrics.charsPerMinute).toMatchObject({ value: 460, verdict: 'info' });
    expect(short?.metrics.charsPerMinute?.norm?.ja).toContain(`${DEFAULT_NORMS.pace.minSpeakingMs / 1000}秒未満`);
    expect(short?.feedback.map((point) => point.kind)).not.toContain('too_fast');
    // The same pace over 30 s is judged.
    expect(long?.metrics.charsPerMinute).toMatchObject({ value: 460, verdict: 'high' });
    expect(long?.feedback.map((point) => point.kind)).toContain('too_fast');
  });

  it('does not praise the fillers overall while an answer is told it has too many', () => {
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '志望動機を教えてください。'],
        ['M', 5, 65, answerText(300, 8)],
        ['I', 66, 70, 'チームで取り組んだ経験を教えてください。'],
        ['M', 71, 191, answerText(600)],
      ]),
    );
    // 8 fillers in one minute of answer: the chip says "high", the answer's feedback says so …
    expect(report.questions[0]?.answer?.metrics.fillers.perMinute).toMatchObject({ value: 8, verdict: 'high' });
    expect(kinds(report)).toContain('fillers');
    // … and over the three minutes the average is under 5 a minute: still no "fillers are not noticeable".
    expect(report.event.fillersPerMinute).toMatchObject({ verdict: 'ok' });
    expect(praised(report, 'フィラー')).toBe(false);
  });

  it('judges the whole event’s pace with the answers’ thresholds: slow is not "easy to follow"', () => {
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '志望動機を教えてください。'],
        ['M', 5, 65, answerText(150)],
        ['I', 66, 70, '一番苦労したことは何ですか。'],
        ['M', 71, 131, answerText(150)],
      ]),
    );
    expect(kinds(report)).toContain('too_slow');
    expect(report.event.charsPerMinute).toMatchObject({ value: 150, verdict: 'low' });
    expect(praised(report, '話す速さ')).toBe(false);
  });

  it('praises pace and fillers when every answer is within the norms', () => {
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '志望動機を教えてください。'],
        ['M', 5, 65, answerText(300, 2)],
        ['I', 66, 70, '一番苦労したことは何ですか。'],
        ['M', 71, 131, answerText(300)],
      ]),
    );
    expect(kinds(report)).not.toContain('fillers');
    expect(praised(report, 'フィラー')).toBe(true);
    expect(praised(report, '話す速さ')).toBe(true);
  });

  it('does not judge the event’s filler rate from a few seconds of speech either', () => {
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '志望動機を教えてください。'],
        ['M', 5, 9, `${FILLER}、御社の製品が好きだからです。`],
        ['I', 10, 13, '一番苦労したことは何ですか。'],
        ['M', 14, 18, `${FILLER}、特にありません。`],
      ]),
    );
    // Two fillers in 8 s is 15 a minute — but from 8 s of speech, neither an answer nor the event is "high".
    expect(report.event.fillersPerMinute).toMatchObject({ value: 15, verdict: 'info' });
    expect(report.questions.map((question) => question.answer?.metrics.fillers.perMinute?.verdict)).toEqual([
      'info',
      'info',
    ]);
    expect(kinds(report)).not.toContain('fillers');
  });

  it('never praises, anywhere in these reports, what a focus item criticises', () => {
    const contradictions: Record<string, string[]> = {
      フィラー: ['fillers'],
      話す速さ: ['too_fast', 'too_slow'],
      質問に沿って: ['off_topic', 'no_example'],
    };
    const report = analyse(
      transcript({ I: 'interviewer', M: 'me' }, [
        ['I', 0, 4, '志望動機を教えてください。'],
        ['M', 5, 35, answerText(230, 4)],
        ['I', 36, 40, '一番苦労したことは何ですか。'],
        ['M', 41, 161, answerText(600, 2)],
      ]),
    );
    const focusKinds = report.summary.focus.map((point) => point.kind);
    for (const [word, against] of Object.entries(contradictions)) {
      if (praised(report, word)) expect(focusKinds.filter((kind) => against.includes(kind))).toEqual([]);
    }
    expect(focusKinds).toContain('too_fast');
  });
});
