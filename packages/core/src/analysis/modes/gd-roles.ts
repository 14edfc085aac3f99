import type { Message } from '../../domain/message';
import type { GdRole, GdRoleTaken, KeyPoint } from '../report';
import type { Turn } from '../turns';

/**
 * The roles candidates take in a group discussion (司会, 書記, タイムキーパー, 発表) — the common set in 就活
 * guides to GD — when someone volunteers (「私が司会をやります」, 「時間は私が見ておきます」); 発案 goes to the
 * participant who brought the most ideas of their own (not building on another's), when that is two or more.
 */
export const GD_ROLE_LABELS = {
  moderator: { ja: '司会', en: 'moderator' },
  note_taker: { ja: '書記', en: 'note-taker' },
  timekeeper: { ja: 'タイムキーパー', en: 'timekeeper' },
  presenter: { ja: '発表', en: 'presenter' },
  idea_generator: { ja: '発案', en: 'ideas' },
} satisfies Record<GdRole, Message>;

/** Verbs of taking a role on oneself (not a bare します: 「私は書記の人にも伝わるように話します」 takes none). */
const TAKES =
  'やります|やりましょう|やらせ|引き受け|務め|担当|任せて|取ります|取っておき|取っとき|書きます|書いていき|見ます|見ておき|見ときます|計ります|測ります|計って|測って|管理します';

/** 「進行役」「メモ係」「書いていく係」: a role named by what its holder does, with 役 or 係. */
const ROLE_NOUN = '(役|係)?';
const VOLUNTEER: ReadonlyArray<[GdRole, RegExp]> = [
  // 「私回しますね」: 回す (場を回す) is running the discussion.
  [
    'moderator',
    new RegExp(
      `(私|僕|わたし|自分)(が|、)?.{0,6}(司会|進行|ファシリ)|(司会|進行)は(私|僕|わたし|自分)が|(司会|進行|ファシリテーター?)${ROLE_NOUN}を?(やら|やり|務め|させて|します|やります|担当|引き受け)|(私|僕|わたし|自分)(が|は|、)?\\s*((議論|場|話)を)?(回し|回させ|仕切り|仕切らせ)(ます|ましょう|ていき|ていい|ても|てもら)`,
    ),
  ],
  // The note-taker may volunteer by what they will do with the ideas: 打ち込んでいきます, 書いときます.
  [
    'note_taker',
    /(私|僕|わたし|自分)(が|は|、)?.{0,6}書記|書記は(私|僕|わたし|自分)が|書記を?(やら|務め|します|やります|担当)|(メモ|記録)は?(私|僕)が|(私|僕|わたし|自分)(が|は|、)?.{0,4}(メモ|記録|議事録)(を|は)?(取|と|書|し|残|やり|担当)|書記(から|として)|(メモ|記録|書記|議事録|板書|書く|書いていく|書き出す)[^。]{0,2}(係|役)(を|は)?(やり|やら|します|引き受け|担当|で(いい|大丈夫|よけ))|(私|僕|わたし|自分)(が|は|、)?[^。]{0,10}?(打ち込|入力し|書き込|書き出し|書き留|書いて(いき|おき)|書いとき|控えて)/,
  ],
  // 「僕森が時間見ときます」: the name may come between the pronoun and が, and spoken Japanese drops を. Someone
  // called by the role (「タイムキーパーの方が」) is not the speaker taking it.
  [
    'timekeeper',
    /タイムキーパー(?!(の方|さん|の人))|タイムキープ|時間は(私|僕|わたし|自分)が|(私|僕|わたし|自分).{0,4}が時間を?(見|計|測|管理|チェック)|(私|僕|わたし|自分)(は|、)?\s*(時間|時計)(は|を)?(見|計|測|管理|チェック)/,
  ],
  ['presenter', /発表は(私|僕|わたし|自分)が|(私|僕|わたし|自分)が発表/],
  // Any order, one sentence: the role, oneself (or 任せて) and a verb of taking it — 「司会、私でよければやります」,
  // 「議事録は私が取ります」, 「時間の管理、僕やります」, 「書記は任せてください」.
  ...(
    [
      ['moderator', '司会|進行|ファシリ|仕切'],
      ['note_taker', '書記|議事録|記録|メモ|板書'],
      ['timekeeper', 'タイムキー|時間管理|時間の管理|時間(を|は)?(見|計|測|管理)|時計|ストップウォッチ|タイマー'],
    ] as const
  ).map(([role, words]): [GdRole, RegExp] => [
    role,
    new RegExp(`^(?=.*(${words}))(?=.*(私|僕|わたし|自分|俺|任せて))(?=.*(${TAKES}))`),
  ]),
];

/**
 * Taking a role someone asked for (「司会どうしましょう、誰かやりたい人」, 「〇〇さんどうですか」 → 「じゃあ私やります」):
 * the role is the one a participant named in the call, up to two turns before.
 */
const CALLED_ROLES: ReadonlyArray<[GdRole, RegExp]> = [
  ['moderator', /司会|進行|ファシリ|回す/],
  ['note_taker', /書記|メモ|記録|議事録/],
  ['timekeeper', /タイムキーパー|時間を?(見|計|管理)/],
  ['presenter', /発表/],
];
const ASKS_SOMEONE = /誰か|誰が|どなたか|やりたい人|(人|方)(は)?(い|居)ますか|いないですか|いないですよね|いなければ/;
const ASKS_FOR = new RegExp(`${ASKS_SOMEONE.source}|どうですか|いかがですか|どうしましょう|お願いできますか`);
const ACCEPTS =
  /(私|僕|わたし|自分)(が)?[^。]{0,4}(やります|やりましょうか|引き受けます|務めます|回します|見ます|取ります)/;

/**
 * A role nobody volunteered for still shows in what someone keeps doing, as the GD guides describe each role
 * (マイナビ・リクナビ「グループディスカッションの役割」): the moderator steers and asks the others
 * (進めましょう, どう思いますか), the note-taker writes down and sorts the ideas (書き出し, 整理すると), the
 * timekeeper calls the time (残り5分, 時間配分).
 */
const ACTS_AS: ReadonlyArray<[GdRole, RegExp]> = [
  ['moderator', /進めましょう|進めます|いかがですか|意見を(?:聞かせ|ください|お願い)|どう思いますか|まずは.*決め/],
  // The note-taker also reads back what has come up so far (今出ているのは…, ここまでの意見は…).
  [
    'note_taker',
    /書き出し|メモ(?:を?取|し)|書いておき|整理すると|ホワイトボード|今(出て|挙がって|あがって)いる(の|意見|案)は|ここまで(の|で)(出た)?(意見|案)は/,
  ],
  // A timekeeper may only ever announce the time: 残り5分, あと三分です, 十分経過しました, 半分過ぎました.
  [
    'timekeeper',
    /残り[0-9０-９一二三四五六七八九十]+分|あと[0-9０-９一二三四五六七八九十]+分(です|を切|しか|になり|で)|[0-9０-９一二三四五六七八九十]+分(経過|たちました|経ちました|過ぎました)|半分(を)?(過ぎ|経過)|時間配分|時間が(?:ない|迫)/,
  ],
];

/** The first segment of a turn that shows the pattern (a long turn's role shows where it is said). */
function taking(turn: Turn, role: GdRole, pattern: RegExp): GdRoleTaken {
  const segment = turn.segments.find((s) => pattern.test(s.text)) ?? turn.segments[0];
  return { speaker: turn.speaker, role, segmentId: segment?.id ?? '', atMs: segment?.startMs ?? turn.startMs };
}

export function rolesTaken(
  turns: readonly Turn[],
  participants: ReadonlySet<string>,
  ideas: readonly KeyPoint[],
): GdRoleTaken[] {
  const own = turns.filter((turn) => participants.has(turn.speaker));
  const roles: GdRoleTaken[] = [];
  for (const turn of own) {
    // 「タイムキーパーを誰かお願いできますか」 asks for the role, it does not take it (「司会をします。書記をどなたか」
    // takes one and asks for the other: sentence by sentence).
    const offers = turn.text
      .split(/(?<=[。？！?!])/)
      .filter((sentence) => !ASKS_SOMEONE.test(sentence) || /私|僕|わたし|自分/.test(sentence));
    for (const [role, pattern] of VOLUNTEER) {
      if (!offers.some((sentence) => pattern.test(sentence)) || roles.some((taken) => taken.role === role)) continue;
      roles.push(taking(turn, role, pattern));
    }
  }
  turns.forEach((turn, index) => {
    // A turn naming the role itself volunteered above; the staff's call for a presenter asks no candidate.
    if (!participants.has(turn.speaker) || !ACCEPTS.test(turn.text)) return;
    if (CALLED_ROLES.some(([, pattern]) => pattern.test(turn.text))) return;
    const call = turns
      .slice(Math.max(0, index - 2), index)
      .find((earlier) => participants.has(earlier.speaker) && ASKS_FOR.test(earlier.text));
    const role = call ? CALLED_ROLES.find(([, pattern]) => pattern.test(call.text))?.[0] : undefined;
    if (role && !roles.some((taken) => taken.role === role)) roles.push(taking(turn, role, ACCEPTS));
  });
  for (const [role, pattern] of ACTS_AS) {
    if (roles.some((taken) => taken.role === role)) continue;
    const acting = mostOften(own.filter((turn) => pattern.test(turn.text)));
    if (acting) roles.push(taking(acting, role, pattern));
  }
  const ownIdeas = new Map<string, KeyPoint[]>();
  for (const idea of ideas) {
    if (idea.kind === 'conclusion' || idea.buildsOn) continue;
    ownIdeas.set(idea.speaker, [...(ownIdeas.get(idea.speaker) ?? []), idea]);
  }
  const [top, second] = [...ownIdeas].sort((a, b) => b[1].length - a[1].length);
  const first = top?.[1][0];
  if (top && first && top[1].length >= 2 && top[1].length > (second?.[1].length ?? 0)) {
    roles.push({ speaker: top[0], role: 'idea_generator', segmentId: first.segmentId, atMs: first.atMs });
  }
  return roles;
}

/** The first turn of the participant whose turns these are most often (none when two tie). */
function mostOften(turns: readonly Turn[]): Turn | null {
  const bySpeaker = new Map<string, Turn[]>();
  for (const turn of turns) bySpeaker.set(turn.speaker, [...(bySpeaker.get(turn.speaker) ?? []), turn]);
  const [top, second] = [...bySpeaker.values()].sort((a, b) => b.length - a.length);
  return top && top.length > (second?.length ?? 0) ? (top[0] ?? null) : null;
}

/** A moderator who volunteered for a role or brings ideas is a candidate running the discussion, not staff. */
export function isCandidateModerator(turns: readonly Turn[], speaker: string): boolean {
  const own = turns.filter((turn) => turn.speaker === speaker);
  return own.some((turn) => VOLUNTEER.some(([, pattern]) => pattern.test(turn.text)));
}
