import type { Prediction, PrepEvent } from './types';

export interface PrepNote {
  question: string;
  draft: string;
  keyPoints: string[];
}

export interface ChecklistItem {
  kind: 'prepare_answer' | 'key_point' | 'reverse_question';
  text: string;
  done: boolean;
}

/**
 * A 逆質問 I planned counts as asked when most of its words (character bigrams, without the polite request
 * around them: …を教えてください, …でしょうか) are in a question I already asked this company.
 */
const ASKED = 0.6;

function contentBigrams(text: string): Set<string> {
  const core = text
    .normalize('NFKC')
    .replace(/[\s、。，．,.？！?!「」]/g, '')
    .replace(/(?:について)?(?:教えてください|教えていただけますか|伺いたいです|でしょうか|ですか|ますか)$/, '')
    .replace(/^(?:はい|あの|もう一点|まず)/, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < core.length; i += 1) grams.add(core.slice(i, i + 2));
  return grams;
}

export function alreadyAsked(planned: string, asked: readonly string[]): boolean {
  const wanted = contentBigrams(planned);
  if (wanted.size === 0) return false;
  return asked.some((question) => {
    const said = contentBigrams(question);
    let found = 0;
    for (const gram of wanted) if (said.has(gram)) found += 1;
    return found / wanted.size >= ASKED;
  });
}

/**
 * The checklist for the round: each predicted question (done when I have a draft for it), my key points,
 * and the questions I want to ask (逆質問) that I have not yet asked this company.
 */
export function roundChecklist(
  predictions: readonly Prediction[],
  notes: readonly PrepNote[],
  reverseQuestions: readonly string[],
  history: readonly PrepEvent[],
): ChecklistItem[] {
  const drafted = new Map(notes.map((note) => [note.question, note]));
  const asked = history.flatMap((event) => event.report.myQuestions.map((q) => q.question.text));
  return [
    ...predictions.map((p) => ({
      kind: 'prepare_answer' as const,
      text: p.text.ja,
      done: (drafted.get(p.text.ja)?.draft.trim() ?? '') !== '',
    })),
    ...notes.flatMap((note) =>
      note.keyPoints.map((point) => ({ kind: 'key_point' as const, text: point, done: false })),
    ),
    ...reverseQuestions
      .filter((question) => !alreadyAsked(question, asked))
      .map((text) => ({ kind: 'reverse_question' as const, text, done: false })),
  ];
}
