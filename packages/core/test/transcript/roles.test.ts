import { describe, expect, it } from 'vitest';
import {
  inferRoles,
  parseTranscriptFile,
  roleFromNameTitle,
  rolesNeedConfirmation,
  splitSpeakersByContent,
  type TranscriptContent,
  withInferredRoles,
} from '../../src/index';
import { conversation } from './support/conversation';

const roleOf = (content: TranscriptContent, context = {}) =>
  Object.fromEntries(inferRoles(content, context).roles.map((role) => [role.key, role.role]));

/** A one-to-one interview; `asker` interviews `answerer`. Neither name carries a title. */
const interview = (asker: string, answerer: string) =>
  conversation([
    [asker, '本日はお時間をいただきありがとうございます。'],
    [answerer, 'よろしくお願いいたします。'],
    [asker, '学生時代に力を入れたことを教えてください。'],
    [
      answerer,
      '私はカフェのアルバイトで新人教育を担当し、マニュアルを作って定着率を上げました。半年で辞める人が半分から二割に減りました。',
    ],
    [asker, 'なぜマニュアルを作ろうと思ったんですか'],
    [
      answerer,
      '辞めた人に話を聞くと、覚えることが多すぎて不安だったという声が多かったからです。御社でもその経験を活かしたいです。',
    ],
    [asker, '最後に何かご質問はありますか。'],
    [answerer, '入社後の研修について教えてください。'],
  ]);

describe('role inference from what was said', () => {
  it.each([
    ['Kobayashi Ken', 'Roger Ogawa'],
    ['Bob Smith', '小林 拓也'],
    ['Speaker 2', 'Speaker 1'],
    ['HR Manager Ogawa', 'Hiroshi Oba'],
  ])('names do not decide: %s asks, %s answers', (asker, answerer) => {
    expect(roleOf(interview(asker, answerer))).toEqual({ [asker]: 'interviewer', [answerer]: 'me' });
  });

  it('reads whole titles only', () => {
    expect(roleFromNameTitle('Kobayashi')).toBeNull();
    expect(roleFromNameTitle('Bob')).toBeNull();
    expect(roleFromNameTitle('Roger')).toBeNull();
    expect(roleFromNameTitle('Ogawa')).toBeNull();
    expect(roleFromNameTitle('Project Manager Sato')).toBeNull();
    expect(roleFromNameTitle('渡辺さん（OB）')).toBe('interviewer');
    expect(roleFromNameTitle('OB 渡辺')).toBe('interviewer');
    expect(roleFromNameTitle('人事の田中')).toBe('interviewer');
    expect(roleFromNameTitle('Interviewer')).toBe('interviewer');
    expect(roleFromNameTitle('山田（自分）')).toBe('me');
    expect(roleFromNameTitle('Me')).toBe('me');
    expect(roleFromNameTitle('司会')).toBe('moderator');
    expect(roleFromNameTitle('Speaker 1')).toBeNull();
  });

  it('lets content outweigh a misleading title', () => {
    expect(roleOf(interview('自分', '面接官'))).toEqual({ 自分: 'interviewer', 面接官: 'me' });
  });

  it('gives its evidence and confidence, and marks every role as guessed', () => {
    const { content, inference } = withInferredRoles(interview('佐藤 一郎', '田中 花子'));
    const asker = content.speakers.find((speaker) => speaker.key === '佐藤 一郎');
    expect(asker).toMatchObject({ role: 'interviewer', guessed: true });
    expect(asker?.confidence).toBeGreaterThan(0.5);
    const evidence = asker?.evidence?.map((item) => item.en).join(' | ') ?? '';
    expect(evidence).toContain('asked 2 questions');
    expect(evidence).toContain('invited questions');
    expect(
      content.speakers
        .find((s) => s.key === '田中 花子')
        ?.evidence?.map((e) => e.ja)
        .join(),
    ).toContain('御社');
    expect(inference.settled).toBe(true);
    expect(rolesNeedConfirmation(content.speakers)).toBe(true);
  });

  it('in an OB/OG visit the student asks and the OB answers at length', () => {
    const visit = conversation([
      ['森田 恵', '今日は来てくれてありがとう。何でも聞いてくださいね。'],
      ['Bob Tanaka', 'ありがとうございます。普段のお仕事について伺ってもいいですか。'],
      ['森田 恵', '私は化学品の海外営業で、東南アジアのお客様を担当しています。三か月に一度は出張して提案しています。'],
      ['Bob Tanaka', '語学力はどのくらい求められますか。'],
      ['森田 恵', '英語で商談できれば十分です。私も入社してから研修と実務で覚えました。'],
      ['Bob Tanaka', '若手のうちから海外を担当できるものなんでしょうか。'],
      ['森田 恵', '早い人は三年目くらいからです。私は四年目で今の担当になりました。'],
    ]);
    expect(roleOf(visit, { eventType: 'ob_og_visit' })).toEqual({ '森田 恵': 'interviewer', 'Bob Tanaka': 'me' });
  });

  it('says it does not know when nothing tells the roles apart', () => {
    const greetings = conversation([
      ['佐藤', 'よろしくお願いします。'],
      ['田中', 'よろしくお願いします。'],
    ]);
    const inference = inferRoles(greetings);
    expect(inference.roles.map((role) => role.role)).toEqual(['unknown', 'unknown']);
    expect(inference.settled).toBe(false);
    expect(inference.note?.en).toBeTruthy();
  });

  it('in a group interview finds the interviewer, and asks which candidate is the user unless the microphone says', () => {
    const group = conversation([
      ['話者2', '皆さんこんにちは。本日の面接を担当します西村です。'],
      ['話者2', 'では順番に、学生時代に力を入れたことを教えてください。'],
      ['話者1', '北山大学の佐野です。サッカー部の主将として部員四十名をまとめました。'],
      ['話者3', '南大学の木下です。塾講師のアルバイトで生徒の平均点を二十点上げました。'],
      ['話者4', '東和大学の川口です。学園祭の実行委員として来場者を増やしました。'],
      ['話者2', '当社を志望する理由は何ですか。'],
      ['話者3', '御社の教育事業に魅力を感じています。'],
    ]);
    const alone = inferRoles(group, { eventType: 'group_interview' });
    expect(Object.fromEntries(alone.roles.map((r) => [r.key, r.role]))).toEqual({
      話者2: 'interviewer',
      話者1: 'candidate',
      話者3: 'candidate',
      話者4: 'candidate',
    });
    expect(alone.settled).toBe(false);
    expect(alone.note?.ja).toContain('自分');
    const withMicrophone = inferRoles(group, {
      eventType: 'group_interview',
      mine: { key: '話者3', by: 'microphone' },
    });
    expect(withMicrophone.roles.find((r) => r.key === '話者3')).toMatchObject({ role: 'me' });
    expect(withMicrophone.settled).toBe(true);
  });

  it('in a group discussion the host is the moderator, not the student who leads the talk', () => {
    const gd = conversation([
      ['話者1', 'それでは時間になりましたので始めます。本日司会を務めます人事の岡です。テーマは地域の活性化です。'],
      ['話者2', 'まず役割を決めませんか。皆さんどう思いますか。'],
      ['話者3', '私が書記をやります。'],
      ['話者2', '課題から出していきましょうか。何が一番の問題だと思いますか。'],
      ['話者4', '若い人が行きたい店が少ないことだと思います。'],
      ['話者1', '時間になりましたので終了してください。結果は後日お知らせします。'],
    ]);
    expect(roleOf(gd, { eventType: 'group_discussion' })).toMatchObject({
      話者1: 'moderator',
      話者2: 'candidate',
      話者4: 'candidate',
    });
  });
});

describe('splitting one unnamed speaker by content', () => {
  it('splits a Whisper SRT into the asking and the answering side, then infers their roles', () => {
    const srt = [
      '1\n00:00:00,000 --> 00:00:03,000\n本日はお時間をいただきありがとうございます',
      '2\n00:00:03,500 --> 00:00:06,000\nよろしくお願いいたします',
      '3\n00:00:06,500 --> 00:00:09,000\nまず自己紹介をお願いします',
      '4\n00:00:09,500 --> 00:00:16,000\n東都大学の石井です ゼミでは地域経済を研究しています',
      '5\n00:00:16,500 --> 00:00:18,000\nありがとうございます',
      '6\n00:00:18,500 --> 00:00:21,000\n学生時代に力を入れたことは何ですか',
      '7\n00:00:21,500 --> 00:00:28,000\nカフェのアルバイトで新人のマニュアルを作りました',
    ].join('\n\n');
    const single = parseTranscriptFile('whisper.srt', srt);
    expect(single.speakers.map((s) => s.key)).toEqual(['話者不明']);
    const split = splitSpeakersByContent(single);
    expect(split?.segments.map((s) => s.speaker)).toEqual([
      '話者1',
      '話者2',
      '話者1',
      '話者2',
      '話者1',
      '話者1',
      '話者2',
    ]);
    expect(split && roleOf(split)).toEqual({ 話者1: 'interviewer', 話者2: 'me' });
    expect(splitSpeakersByContent(interview('A', 'B'))).toBeNull();
  });
});
