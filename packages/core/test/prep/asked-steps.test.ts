import { describe, expect, it } from 'vitest';
import { askedSteps, type PrepEvent, predictNextRound } from '../../src/index';
import { prepEvent } from './support';
import { r2 } from './walk-history';

const question = (text: string, category: string) => ({ question: { text }, category: { category } });

describe('what was asked already is decided on the questions’ categories and words', () => {
  it('a キャリアプラン question asked for the future, whatever its words; its request words are no drill-down', () => {
    expect(askedSteps([question('5年後にどうなっていたいですか。', 'career_plan')]).has('future')).toBe(true);
    expect(askedSteps([question('どんな働き方をしていたいですか。', 'career_plan')]).has('future')).toBe(true);
    const open = askedSteps([question('今後のキャリアについては、どのように考えていらっしゃいますか。', 'other')]);
    expect([...open]).toEqual(['future']);
    expect(askedSteps([question('研究の話', 'other'), question('その時の役割は?', 'fact')]).has('role')).toBe(true);
  });

  it('never predicts 5年後 with 「将来像にはまだ触れていない」 after 5年後 was asked', () => {
    const predictions = predictNextRound({ events: [r2], targetRound: 'final' }).predictions;
    expect(predictions.some((p) => p.text.ja.includes('5年後'))).toBe(false);
    expect(predictions.some((p) => p.why.ja.includes('「将来像」にはまだ触れていない'))).toBe(false);
  });

  it('does not ask the future again when another interview asked it, even of an answer that did not tell it', () => {
    const plan = prepEvent({
      id: 'ev_plan',
      date: '2026-10-01',
      rows: [
        ['I', '入社後のキャリアについてどう考えていますか。'],
        ['M', '将来はチームをまとめる立場を目指したいです。'],
      ],
    });
    const wish = prepEvent({
      id: 'ev_wish',
      date: '2026-10-10',
      round: 'second',
      rows: [
        ['I', '転職を考えた理由を教えてください。'],
        ['M', '何を作るべきかから考えたいと思い、転職を考えました。'],
      ],
    });
    const future = (events: PrepEvent[]) =>
      predictNextRound({ events, targetRound: 'final' }).predictions.filter((p) => p.topic.endsWith(':future'));
    expect(future([wish])).not.toEqual([]);
    expect(future([plan, wish])).toEqual([]);
  });
});
