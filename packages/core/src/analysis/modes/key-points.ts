import { sentencesOfTurn } from '../questions/question-finder';
import type { KeyPoint } from '../report';
import type { Turn } from '../turns';

const KINDS: ReadonlyArray<[KeyPoint['kind'], RegExp]> = [
  ['conclusion', /結論は|まとめると|まとめてよい|私たちのグループは|以上です/],
  ['proposal', /しませんか|してはどう|はどうでしょう|するのはどう|を提案|提案します|ましょう|べき(だ|です)/],
  ['opinion', /(と|だと)(思います|考えます|思う)|が一番|が重要|が大事|が大きい/],
];

/**
 * Extractive key points of one speaker: sentences that propose, conclude, or give an opinion, longest
 * (most content) first. Short agreements (賛成です) carry no idea and are left out.
 */
export function keyPointsOf(turns: readonly Turn[], speaker: string, limit: number): KeyPoint[] {
  const points: KeyPoint[] = [];
  for (const turn of turns) {
    if (turn.speaker !== speaker) continue;
    for (const sentence of sentencesOfTurn(turn)) {
      if (sentence.text.length < 15) continue;
      const kind = KINDS.find(([, pattern]) => pattern.test(sentence.text))?.[0];
      if (!kind) continue;
      points.push({ speaker, segmentId: sentence.segmentId, atMs: sentence.segmentStartMs, text: sentence.text, kind });
    }
  }
  const rank = { conclusion: 3, proposal: 2, opinion: 1, fact: 0 };
  return points
    .sort((a, b) => rank[b.kind] - rank[a.kind] || b.text.length - a.text.length)
    .slice(0, limit)
    .sort((a, b) => a.atMs - b.atMs);
}
