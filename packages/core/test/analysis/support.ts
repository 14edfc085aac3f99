import {
  type AnalysisReport,
  analyseTranscript,
  type EventType,
  type Morpheme,
  type TranscriptContent,
  type TranscriptSegment,
} from '../../src/index';

/**
 * Crude morphemes for pure tests that need no real dictionary: runs of one script become one "word"
 * (kanji and katakana as nouns, punctuation as 記号). Tests that depend on real morphology (fillers,
 * morae) run against kuromoji in packages/server/test/analysis.
 */
export function roughMorphemes(text: string): Morpheme[] {
  const runs = text.match(/[\u4e00-\u9fff々〇]+|[\u30a0-\u30ff]+|[\u3040-\u309f]+|[A-Za-z]+|[0-9]+|[^\s]/g) ?? [];
  const morphemes: Morpheme[] = [];
  let cursor = 0;
  for (const run of runs) {
    const start = text.indexOf(run, cursor);
    cursor = start + run.length;
    const punctuation = /^[、。，．,.！？!?「」（）()]$/.test(run);
    const noun = /^[\u4e00-\u9fff\u30a0-\u30ffA-Za-z々〇]+$/.test(run);
    morphemes.push({
      surface: run,
      pos: punctuation ? '記号' : noun ? '名詞' : '助詞',
      posDetail: punctuation ? '読点' : noun ? '一般' : '*',
      basicForm: run,
      reading: null,
      start,
    });
  }
  return morphemes;
}

export function morphemesFor(content: TranscriptContent): Record<string, Morpheme[]> {
  return Object.fromEntries(content.segments.map((segment) => [segment.id, roughMorphemes(segment.text)]));
}

/** A transcript from [speaker, startS, endS, text] rows; speakers given as key → role. */
export function transcript(
  roles: Record<string, TranscriptContent['speakers'][number]['role']>,
  rows: Array<[string, number, number, string]>,
  speechRegions: TranscriptContent['speechRegions'] = [],
): TranscriptContent {
  const segments: TranscriptSegment[] = rows.map(([speaker, start, end, text], index) => ({
    id: `seg-${index + 1}`,
    speaker,
    startMs: Math.round(start * 1000),
    endMs: Math.round(end * 1000),
    text,
    confidence: null,
  }));
  return {
    language: 'ja',
    source: { kind: 'asr', engine: 'test', model: 'test', diarization: 'channels' },
    speakers: Object.entries(roles).map(([key, role]) => ({ key, label: key, role })),
    segments,
    speechRegions,
  };
}

/** A transcript of turns taken one after another, two seconds each with a second between them. */
export function turnTaking(
  roles: Record<string, TranscriptContent['speakers'][number]['role']>,
  lines: ReadonlyArray<readonly [string, string]>,
): TranscriptContent {
  return transcript(
    roles,
    lines.map(([speaker, text], index) => [speaker, index * 3, index * 3 + 2, text]),
  );
}

/** The whole analysis of a test transcript with the crude morphemes, as an event of the given type. */
export function analyseAs(content: TranscriptContent, eventType: EventType): AnalysisReport {
  return analyseTranscript({
    transcript: content,
    morphemes: morphemesFor(content),
    eventType,
    generatedAt: '2026-01-01T00:00:00Z',
  });
}

/** An interview of one interviewer and me taking turns (the interviewer first), two seconds a turn. */
export function interviewOf(lines: readonly string[]): AnalysisReport {
  return analyseAs(
    turnTaking(
      { A: 'interviewer', M: 'me' },
      lines.map((text, index) => [index % 2 === 0 ? 'A' : 'M', text] as const),
    ),
    'interview',
  );
}

/** The facts an OB/OG visit keeps from the OB's turns (O), each as [kind, text]. */
export function visitFactsOf(...answers: string[]): Array<[string, string]> {
  const turns: Array<[string, number, number, string]> = [['M', 0, 3, '今日はよろしくお願いします。']];
  answers.forEach((text, index) => {
    turns.push(['O', 4 + index * 20, 20 + index * 20, text]);
  });
  const report = analyseAs(transcript({ O: 'interviewer', M: 'me' }, turns), 'ob_og_visit');
  return (report.conversation?.facts ?? []).map((fact) => [fact.kind, fact.text]);
}
