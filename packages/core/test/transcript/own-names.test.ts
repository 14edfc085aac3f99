import { describe, expect, it } from 'vitest';
import {
  inferRoles,
  isPersonalName,
  MAX_OWN_NAMES,
  sameOwnName,
  speakerByOwnName,
  type TranscriptContent,
  withRememberedName,
} from '../../src/index';
import { conversation } from './support/conversation';

describe('the user own name as exports write it', () => {
  it.each([
    ['佐藤 一郎', '佐藤一郎'],
    ['佐藤 一郎', '佐藤　一郎'],
    ['佐藤 一郎', '佐藤一郎（ゲスト）'],
    ['佐藤 一郎', '佐藤 一郎 (外部)'],
    ['Ichiro Sato', 'sato ichiro (Guest)'],
    ['Ichiro Sato', 'ＩＣＨＩＲＯ　ＳＡＴＯ'],
    ['Sato, Ichiro', 'Ichiro Sato (External)'],
    ['Kevin Lee (ゲスト)', 'Lee Kevin'],
    ['さとう いちろう', 'サトウ イチロウ'],
    ['ｻﾄｳ ｲﾁﾛｳ', 'サトウ イチロウ'],
    ['Mori Haruka (Unverified)', 'Haruka Mori (Host)'],
  ])('%s is the same person as %s', (a, b) => {
    expect(sameOwnName(a, b)).toBe(true);
    expect(sameOwnName(b, a)).toBe(true);
  });

  it.each([
    ['Taro', 'Kobayashi Taro'],
    ['Kobayashi', 'Kobayashi Taro'],
    ['佐藤', '佐藤 一郎'],
    ['佐藤 一郎', '佐藤 花'],
    ['一郎', '佐藤 一郎'],
    ['Ichiro Sato', 'Ichiro Satou'],
    ['佐藤 一郎', '佐藤 一郎 (営業部)'],
    ['Speaker 3', 'Speaker 3'],
    ['話者2', '話者2'],
    ['面接官', '面接官'],
  ])('%s is not %s (no fragments, no generic labels)', (a, b) => {
    expect(sameOwnName(a, b)).toBe(false);
  });

  it.each([
    'Speaker 1',
    'speaker12',
    '話者3',
    '話者 3',
    '話者不明',
    'ゲスト',
    'Guest 2',
    '参加者1',
    '123',
    '自分',
    'Interviewer',
  ])('%s is not a personal name', (label) => expect(isPersonalName(label)).toBe(false));

  it.each(['佐藤 一郎', 'Kevin Lee (ゲスト)', 'Bob', '小林'])('%s is a personal name', (label) =>
    expect(isPersonalName(label)).toBe(true),
  );

  it('picks the one matching speaker, and nobody when two match', () => {
    const speakers = [
      { key: 'a', label: '佐藤 花' },
      { key: 'b', label: '佐藤 一郎' },
      { key: 'c', label: 'Murakami Sho' },
    ];
    expect(speakerByOwnName(speakers, ['佐藤一郎（ゲスト）'])?.key).toBe('b');
    expect(speakerByOwnName(speakers, ['佐藤'])).toBeNull();
    expect(speakerByOwnName(speakers, ['佐藤 一郎', 'Murakami Sho'])).toBeNull();
    expect(speakerByOwnName(speakers, [])).toBeNull();
  });
});

/** A group interview: 高橋 interviews three students, two of them named 佐藤. */
function groupInterview(): TranscriptContent {
  const turns: Array<[string, string]> = [
    ['高橋 誠', '皆さんこんにちは。本日の面接を担当します人事の高橋です。'],
    ['高橋 誠', 'では順番に、学生時代に力を入れたことを教えてください。'],
    ['佐藤 花', '青葉大学の佐藤です。テニスサークルで朝練を続けました。'],
    ['佐藤 一郎 (ゲスト)', '港北大学の佐藤です。研究室でツールを作り作業時間を減らしました。'],
    ['Murakami Sho', '東都大学の村上です。アルバイトで新人マニュアルを作りました。'],
    ['高橋 誠', '当社を志望する理由は何ですか。'],
    ['佐藤 一郎 (ゲスト)', '御社のクラウド会計サービスで人の手間を減らしたいと考えました。'],
  ];
  return conversation(turns);
}

describe('role inference with the user own names', () => {
  it('marks the speaker with the user name as me in a group, with the reason, and settles', () => {
    const inference = inferRoles(groupInterview(), {
      eventType: 'group_interview',
      ownNames: ['Sato Ichiro', '佐藤一郎'],
    });
    const me = inference.roles.find((role) => role.key === '佐藤 一郎 (ゲスト)');
    expect(me).toMatchObject({ role: 'me' });
    expect(me?.evidence[0]?.ja).toBe('登録した自分の名前「佐藤一郎」と一致');
    expect(inference.roles.find((role) => role.key === '佐藤 花')?.role).toBe('candidate');
    expect(inference.roles.find((role) => role.key === '高橋 誠')?.role).toBe('interviewer');
    expect(inference.settled).toBe(true);
  });

  it('still asks when only a family name, or nobody, matches', () => {
    for (const ownNames of [['佐藤'], ['Ichiro'], []]) {
      const inference = inferRoles(groupInterview(), { eventType: 'group_interview', ownNames });
      expect(inference.roles.some((role) => role.role === 'me')).toBe(false);
      expect(inference.settled).toBe(false);
    }
  });

  it('does not make the company side the user when the name matches the interviewer', () => {
    const inference = inferRoles(groupInterview(), { eventType: 'group_interview', ownNames: ['高橋 誠'] });
    expect(inference.roles.find((role) => role.key === '高橋 誠')?.role).toBe('interviewer');
    expect(inference.settled).toBe(false);
  });

  it('a microphone channel or the user own pick outranks the name', () => {
    const inference = inferRoles(groupInterview(), {
      eventType: 'group_interview',
      ownNames: ['佐藤 一郎'],
      mine: { key: 'Murakami Sho', by: 'user' },
    });
    expect(inference.roles.find((role) => role.key === 'Murakami Sho')?.role).toBe('me');
    expect(inference.roles.find((role) => role.key === '佐藤 一郎 (ゲスト)')?.role).toBe('candidate');
  });
});

describe('role inference with the user own names, two people', () => {
  const pair = (first: string, second: string): TranscriptContent => {
    const content = groupInterview();
    const kept = content.segments.filter((segment) => segment.speaker === '高橋 誠' || segment.speaker === '佐藤 花');
    return {
      ...content,
      speakers: [
        { key: '高橋 誠', label: first, role: 'unknown' },
        { key: '佐藤 花', label: second, role: 'unknown' },
      ],
      segments: kept.map((segment) => ({ ...segment, text: segment.speaker === '高橋 誠' ? 'はい。' : 'はい。' })),
    };
  };

  it('decides a pair that what was said does not', () => {
    const inference = inferRoles(pair('Yamada Ken', 'Hana Sato'), { ownNames: ['Sato Hana'] });
    expect(inference.roles.map((role) => role.role)).toEqual(['interviewer', 'me']);
    expect(inference.settled).toBe(true);
    expect(inferRoles(pair('Yamada Ken', 'Hana Sato')).settled).toBe(false);
  });

  it('gives way to what was said when the named speaker clearly interviews', () => {
    const content = groupInterview();
    const two = ['高橋 誠', '佐藤 一郎 (ゲスト)'];
    const interview: TranscriptContent = {
      ...content,
      speakers: content.speakers.filter((speaker) => two.includes(speaker.key)),
      segments: content.segments.filter((segment) => two.includes(segment.speaker)),
    };
    const inference = inferRoles(interview, { ownNames: ['高橋 誠'] });
    expect(inference.roles.map((role) => [role.key, role.role])).toEqual([
      ['高橋 誠', 'interviewer'],
      ['佐藤 一郎 (ゲスト)', 'me'],
    ]);
  });
});

describe('remembering a picked name', () => {
  it('adds a new personal name last, keeps one spelling, drops the oldest past the limit', () => {
    expect(withRememberedName(['佐藤 一郎'], 'Ichiro Sato')).toEqual(['佐藤 一郎', 'Ichiro Sato']);
    expect(withRememberedName(['佐藤 一郎'], '佐藤一郎（ゲスト）')).toBeNull();
    expect(withRememberedName([], '話者3')).toBeNull();
    expect(withRememberedName([], 'Speaker 2')).toBeNull();
    const full = Array.from({ length: MAX_OWN_NAMES }, (_, index) => `Person${index} Name`);
    expect(withRememberedName(full, 'Kevin Lee')).toEqual([...full.slice(1), 'Kevin Lee']);
  });
});
