import type { Locale, Message } from '../../domain/message';
import { formatDuration } from '../../text/format';
import { GD_ROLE_LABELS } from '../modes/gd-roles';
import type { AnalysisReport, AnswerAnalysis, GroupDiscussionReport, KeyPoint } from '../report';

/** " [1:23]" for a moment in the recording; nothing when the times were only estimated (plain text). */
export function stamp(report: AnalysisReport, ms: number | null): string {
  return ms === null || report.timing === 'estimated' ? '' : ` [${formatDuration(ms)}]`;
}

/** One line of figures for an answer: length, pace, fillers, latency, pauses, intonation. */
export function answerLine(answer: AnswerAnalysis, report: AnalysisReport, locale: Locale): string {
  const m = answer.metrics;
  const ja = locale === 'ja';
  const parts = [`${m.characters.value}${ja ? '字' : ' chars'}`];
  if (report.timing === 'measured')
    parts.push(`${ja ? '話した時間' : 'speaking'} ${formatDuration(m.speakingMs.value)}`);
  if (m.charsPerMinute) parts.push(`${m.charsPerMinute.value}${ja ? '字/分' : ' chars/min'}`);
  if (m.moraePerSecond) parts.push(`${m.moraePerSecond.value} ${ja ? 'モーラ/秒' : 'morae/s'}`);
  const words = m.fillers.byWord.map((item) => `${item.word}×${item.count}`).join(ja ? '、' : ', ');
  parts.push(
    `${ja ? 'フィラー' : 'fillers'} ${m.fillers.count}${words ? ` (${words})` : ''}${m.fillers.perMinute ? ` = ${m.fillers.perMinute.value}/${ja ? '分' : 'min'}` : ''}`,
  );
  if (m.latencyMs)
    parts.push(`${ja ? '答え始め' : 'latency'} ${(m.latencyMs.value / 1000).toFixed(1)}${ja ? '秒' : ' s'}`);
  if (m.pauses.length > 0) parts.push(`${ja ? '2秒以上の間' : 'pauses ≥2 s'} ${m.pauses.length}`);
  if (m.intonation)
    parts.push(
      `${ja ? '抑揚' : 'intonation'} PVQ ${m.intonation.pvq.value}, ${m.intonation.rangeSemitones.value} ${ja ? '半音' : 'semitones'}`,
    );
  return parts.join(' · ');
}

export function myQuestionsSection(report: AnalysisReport, locale: Locale): string[] {
  if (report.myQuestions.length === 0) return [];
  const ja = locale === 'ja';
  const lines = ['', `## ${ja ? '自分からの質問（逆質問）' : 'My questions'}`, ''];
  for (const item of report.myQuestions) {
    lines.push(`- **${item.question.text}**${stamp(report, item.question.startMs)}`);
    lines.push(`  - ${item.answer ? item.answer.text : ja ? '（回答なし）' : '(no answer)'}`);
  }
  return lines;
}

export function groupSection(report: AnalysisReport, locale: Locale): string[] {
  const group = report.groupDiscussion;
  if (!group) return [];
  const ja = locale === 'ja';
  const lines = ['', `## ${ja ? 'グループディスカッション' : 'Group discussion'}`, ''];
  lines.push(
    ja
      ? '| 参加者 | 発言時間 | 割合 | 発言回数 | 割り込み | 割り込まれ |'
      : '| Participant | Speaking | Share | Turns | Cut in | Cut off |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- |');
  for (const p of group.participants) {
    lines.push(
      `| ${p.label} | ${formatDuration(p.speakingMs)} | ${Math.round(p.share * 100)}% | ${p.turns} | ${p.interruptions} | ${p.interrupted} |`,
    );
  }
  if (group.myShare !== null) {
    lines.push(
      '',
      ja
        ? `自分の発言割合は${Math.round(group.myShare * 100)}%（均等なら${Math.round(group.equalShare * 100)}%）。`
        : `My share ${Math.round(group.myShare * 100)} % (equal share ${Math.round(group.equalShare * 100)} %).`,
    );
  }
  for (const p of group.participants) {
    if (p.keyPoints.length === 0) continue;
    lines.push('', `**${p.label}**`);
    for (const point of p.keyPoints)
      lines.push(`-${stamp(report, point.atMs)} ${point.text}${ideaNote(point, group, ja)}`);
  }
  if (group.roles.length > 0) {
    lines.push(
      '',
      `**${ja ? '役割' : 'Roles'}**: ${group.roles.map((role) => `${labelOf(group, role.speaker)} — ${GD_ROLE_LABELS[role.role][ja ? 'ja' : 'en']}`).join(', ')}`,
    );
  }
  return lines;
}

function labelOf(group: GroupDiscussionReport, key: string): string {
  return group.participants.find((p) => p.key === key)?.label ?? key;
}

/** 「（Aさんの案を発展）」「（条件つき）」 after an idea. */
function ideaNote(point: KeyPoint, group: GroupDiscussionReport, ja: boolean): string {
  const notes: string[] = [];
  if (point.buildsOn)
    notes.push(ja ? `${labelOf(group, point.buildsOn)}の案を発展` : `builds on ${labelOf(group, point.buildsOn)}`);
  if (point.conditional) notes.push(ja ? '条件つき' : 'conditional');
  if (notes.length === 0) return '';
  return ja ? `（${notes.join('・')}）` : ` (${notes.join(', ')})`;
}

const FACT_KINDS: Record<string, Message> = {
  number: { ja: '数字', en: 'Numbers' },
  culture: { ja: '社風・働き方', en: 'Culture and ways of working' },
  work: { ja: '仕事内容', en: 'Work content' },
  selection: { ja: '選考について', en: 'The selection process' },
  advice: { ja: '選考へのアドバイス', en: 'Advice for the selection' },
};

export function conversationSection(report: AnalysisReport, locale: Locale): string[] {
  const conversation = report.conversation;
  if (!conversation) return [];
  const ja = locale === 'ja';
  const lines = ['', `## ${ja ? '会社・仕事について分かったこと' : 'What I learned about the company'}`];
  for (const kind of ['selection', 'advice', 'number', 'culture', 'work'] as const) {
    const facts = conversation.facts.filter((fact) => fact.kind === kind);
    if (facts.length === 0) continue;
    lines.push('', `### ${(FACT_KINDS[kind] as Message)[locale]}`, '');
    for (const fact of facts) lines.push(`-${stamp(report, fact.atMs)} ${fact.text}`);
  }
  if (conversation.othersQuestions.length > 0) {
    lines.push('', `### ${ja ? '他の参加者の質問' : "Others' questions"}`, '');
    for (const item of conversation.othersQuestions)
      lines.push(`- **${item.question.text}** — ${item.answer?.text ?? ''}`);
  }
  return lines;
}
