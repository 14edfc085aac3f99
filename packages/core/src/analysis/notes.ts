import type { Message } from '../domain/message';
import type { TranscriptContent } from '../transcript/model';
import type { QuestionAnalysis } from './report';

export interface GapInput {
  transcript: TranscriptContent;
  timing: 'measured' | 'estimated';
  hasPitch: boolean;
  questions: readonly QuestionAnalysis[];
}

/** Says plainly what the report could not measure, and why, so that an empty figure is never mistaken for zero. */
export function explainGaps(input: GapInput): Message[] {
  const notes: Message[] = [];
  const roles = new Set(input.transcript.speakers.map((speaker) => speaker.role));
  if (!roles.has('me')) {
    notes.push({
      ja: '「自分」の話者が決まっていないため、回答を分析できません。文字起こしで自分の話者を選んでください。',
      en: 'No speaker is marked as you, so no answer could be analysed. Pick your speaker in the transcript.',
    });
  }
  if (!roles.has('interviewer') && !roles.has('moderator')) {
    notes.push({
      ja: '面接官（または司会）の話者が決まっていないため、質問を検出できません。',
      en: 'No speaker is marked as interviewer or moderator, so no question could be found.',
    });
  }
  if (roles.has('unknown')) {
    notes.push({
      ja: '役割が「不明」の話者がいます。役割を設定すると分析が正確になります。',
      en: 'Some speakers have no role yet; setting them makes the analysis more accurate.',
    });
  }
  if (input.timing === 'estimated') {
    notes.push({
      ja: 'このテキストには時刻がないため、話す速さ・間・答え始めまでの時間は測っていません。',
      en: 'This text has no timing, so pace, pauses and response latency were not measured.',
    });
  } else if (input.transcript.speechRegions.length === 0) {
    notes.push({
      ja: '音声区間の情報がないため、間（2秒以上の沈黙）は発言の切れ目からのみ測っています。',
      en: 'Without voice-activity regions, pauses are measured only between transcript segments.',
    });
  }
  if (!input.hasPitch) {
    notes.push({
      ja: '抑揚（声の高さの変化）は録音の音声があるときに測ります。',
      en: "Intonation is measured when the recording's audio is available.",
    });
  }
  return notes;
}
