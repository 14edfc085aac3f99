import { describe, expect, it } from 'vitest';
import { groupDiscussionPrep, isProceduralLine, type PrepEvent } from '../../src/index';
import { transcript } from '../analysis/support';
import { analyse } from './support';

/** The walk's discussion (/tmp/walk-in/gd.txt): the others' turns mix steering lines with ideas. */
const rows: Array<[string, number, number, string]> = [
  ['A', 0, 8, 'それでは始めましょう。テーマは地方の観光客を増やす施策です。私が司会をやってもいいですか。'],
  ['B', 9, 12, 'お願いします。私は書記をやります。'],
  ['M', 13, 20, 'では私がタイムキーパーをやります。残り時間は三十分です。'],
  ['C', 21, 30, 'まず現状の課題を整理しませんか。交通の便が悪いことが大きいと思います。'],
  ['M', 31, 40, '私はSNSで地域の魅力を発信するアイデアを提案します。若い人に届くと思います。'],
  ['B', 41, 50, '地元の学生と組んでモニターツアーを作るのはどうでしょうか。費用も抑えられます。'],
  ['A', 51, 56, 'いいですね。では二つの案を評価軸で比べましょう。'],
  ['M', 57, 62, '残り十分です。そろそろまとめに入りましょう。'],
  ['C', 63, 70, '結論はモニターツアーを軸にSNSで発信する、でどうでしょう。'],
];

describe('the others’ ideas of a group discussion leave out the lines that only run it', () => {
  const content = transcript({ M: 'me', A: 'candidate', B: 'candidate', C: 'candidate' }, rows);
  const report = analyse(content, 'group_discussion');
  const event: PrepEvent = {
    eventId: 'ev_gd',
    type: 'group_discussion',
    round: null,
    date: '2026-11-05',
    companyId: 'co_a',
    companyName: null,
    applicationId: null,
    report,
  };

  it('lists the ideas about the theme, not 「それでは始めましょう。」 or comparing the proposals', () => {
    const ideas = groupDiscussionPrep([{ event, mySegments: [] }]).othersIdeas.map((idea) => idea.quote);
    expect(ideas).toEqual(
      expect.arrayContaining(['交通の便が悪いことが大きいと思います。', expect.stringContaining('モニターツアー')]),
    );
    for (const line of [
      'それでは始めましょう。',
      'では二つの案を評価軸で比べましょう。',
      'まず現状の課題を整理しませんか。',
    ]) {
      expect(ideas).not.toContain(line);
    }
  });

  it('drops a steering line kept in a report analysed before (the preparation filters it too)', () => {
    const gd = report.groupDiscussion;
    if (!gd) throw new Error('no group discussion');
    const old = {
      ...event,
      report: {
        ...report,
        groupDiscussion: {
          ...gd,
          othersIdeas: [
            ...gd.othersIdeas,
            {
              speaker: 'A',
              segmentId: 's1',
              atMs: 0,
              text: 'それでは始めましょう。',
              kind: 'proposal' as const,
              buildsOn: null,
              conditional: false,
            },
          ],
        },
      },
    };
    const ideas = groupDiscussionPrep([{ event: old, mySegments: [] }]).othersIdeas.map((idea) => idea.quote);
    expect(ideas).not.toContain('それでは始めましょう。');
  });

  it('tells steering from ideas sentence by sentence', () => {
    expect(isProceduralLine('そろそろまとめに入りましょう。')).toBe(true);
    expect(isProceduralLine('SNSで地域の魅力を共有しましょう。')).toBe(false);
    expect(isProceduralLine('地元の学生と組んでモニターツアーを作るのはどうでしょうか。')).toBe(false);
  });
});
