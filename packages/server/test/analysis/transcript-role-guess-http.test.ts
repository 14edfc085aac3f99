import type { Transcript } from '@furikaeri/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { type ImportBody, uploadTranscript } from './support/transcript-upload';

let http: HttpTestApp;
let companies = 0;
const eventOf = (type: string) => {
  companies += 1;
  const company = http.ctx.library.createCompany({ name: `株式会社テスト${companies}` });
  return http.ctx.library.createEvent({ companyId: company.id, type }).id;
};

beforeAll(async () => {
  http = await openHttpTestApp();
});
afterAll(() => http.cleanup());

const upload = (eventId: string, name: string, text: string) => uploadTranscript(http, eventId, name, text);

/** A Zoom VTT where the interviewer's name holds "ob" (Kobayashi) and the candidate's "og" (Ogawa). */
const ZOOM = `WEBVTT

1
00:00:01.000 --> 00:00:05.000
Kobayashi Takuya: 本日はお時間をいただきありがとうございます。面接を担当します小林です。

2
00:00:05.500 --> 00:00:07.000
Ogawa Ren: よろしくお願いいたします。

3
00:00:07.500 --> 00:00:10.000
Kobayashi Takuya: これまでのご経歴を教えてください。

4
00:00:10.500 --> 00:00:20.000
Ogawa Ren: 大学卒業後、ECサイトの会社で在庫管理システムの開発を三年担当してきました。御社では物流の仕事に関わりたいです。

5
00:00:20.500 --> 00:00:23.000
Kobayashi Takuya: 最後に何かご質問はありますか。
`;

describe('roles guessed on import, returned as guesses, confirmed by the user', () => {
  it('stores each guessed role with its marker, confidence and evidence, and says whether it is settled', async () => {
    const eventId = eventOf('interview');
    const body = await upload(eventId, 'zoom.vtt', ZOOM);
    expect(body.roles).toEqual({ settled: true, note: null, splittable: false });
    const [asker, answerer] = body.transcript.speakers;
    expect(asker).toMatchObject({ key: 'Kobayashi Takuya', role: 'interviewer', guessed: true });
    expect(answerer).toMatchObject({ key: 'Ogawa Ren', role: 'me', guessed: true });
    expect(asker?.evidence?.map((e) => e.en).join(' | ')).toContain('invited questions');
    expect(answerer?.confidence).toBeGreaterThan(0.5);
    const stored = (await (await http.call(`/api/events/${eventId}/transcript`)).json()) as { transcript: Transcript };
    expect(stored.transcript.speakers[0]).toMatchObject({ guessed: true, role: 'interviewer' });
  });

  it('a group with no hint of which speaker is the user is not settled, and says what to ask', async () => {
    const eventId = eventOf('group_interview');
    const body = await upload(
      eventId,
      'group.txt',
      [
        '話者1: 本日の面接を担当します西村です。では順番に自己紹介をお願いします。',
        '話者2: 北山大学の佐野です。サッカー部の主将をしていました。',
        '話者3: 南大学の木下です。塾講師のアルバイトをしています。',
        '話者4: 東和大学の川口です。学園祭の実行委員をしていました。',
        '話者1: 当社を志望する理由は何ですか。',
      ].join('\n'),
    );
    expect(body.roles.settled).toBe(false);
    expect(body.roles.note?.en).toContain('Which of the participants is you');
    expect(body.transcript.speakers.map((s) => s.role)).toEqual(['interviewer', 'candidate', 'candidate', 'candidate']);
  });

  it('confirming a role removes the guess marker of the speakers sent', async () => {
    const eventId = eventOf('interview');
    await upload(eventId, 'zoom.vtt', ZOOM);
    const response = await http.call(`/api/events/${eventId}/transcript/speakers`, {
      method: 'PUT',
      json: [{ key: 'Ogawa Ren', role: 'me' }],
    });
    expect(response.status).toBe(200);
    const { transcript } = (await response.json()) as { transcript: Transcript };
    expect(transcript.speakers.find((s) => s.key === 'Ogawa Ren')).toEqual({
      key: 'Ogawa Ren',
      label: 'Ogawa Ren',
      role: 'me',
    });
    expect(transcript.speakers.find((s) => s.key === 'Kobayashi Takuya')?.guessed).toBe(true);
  });

  it('splits a transcript with one unnamed speaker (Whisper SRT) by content when asked, then guesses the roles', async () => {
    const eventId = eventOf('interview');
    const srt = [
      '1\n00:00:00,000 --> 00:00:03,000\n本日はお時間をいただきありがとうございます',
      '2\n00:00:03,500 --> 00:00:05,000\nよろしくお願いいたします',
      '3\n00:00:05,500 --> 00:00:08,000\nまず自己紹介をお願いします',
      '4\n00:00:08,500 --> 00:00:15,000\n東都大学の石井です ゼミでは地域経済を研究しています',
    ].join('\n\n');
    const imported = await upload(eventId, 'whisper.srt', srt);
    expect(imported.roles).toMatchObject({ settled: false, splittable: true });
    expect(imported.transcript.speakers.map((s) => s.role)).toEqual(['unknown']);
    const response = await http.call(`/api/events/${eventId}/transcript/split-speakers`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ImportBody;
    expect(body.transcript.segments.map((s) => s.speaker)).toEqual(['話者1', '話者2', '話者1', '話者2']);
    expect(body.transcript.speakers).toMatchObject([
      { key: '話者1', role: 'interviewer', guessed: true },
      { key: '話者2', role: 'me', guessed: true },
    ]);
    const again = await http.call(`/api/events/${eventId}/transcript/split-speakers`, { method: 'POST' });
    expect(again.status).toBe(400);
  });
});
