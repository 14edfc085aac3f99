import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestApp, openHttpTestApp } from '../support/http-app';
import { eventOfType, uploadTranscript } from './support/transcript-upload';

let http: HttpTestApp;
let companies = 0;
const groupEvent = () => {
  companies += 1;
  return eventOfType(http, 'group_interview', `株式会社名前${companies}`);
};
const upload = (eventId: string, name: string, text: string) => uploadTranscript(http, eventId, name, text);

beforeAll(async () => {
  http = await openHttpTestApp();
});
afterAll(() => http.cleanup());

/** A Zoom group interview: one interviewer, three students; `me` is how the user's name shows. */
const zoomGroup = (me: string) => `WEBVTT

1
00:00:01.000 --> 00:00:06.000
高橋 誠: 皆さんこんにちは。本日の面接を担当します人事部の高橋です。では順番に自己紹介をお願いします。

2
00:00:06.500 --> 00:00:12.000
佐藤 花: 青葉大学の佐藤花です。テニスサークルで三年間朝練を続けました。

3
00:00:12.500 --> 00:00:19.000
${me}: 港北大学の佐藤一郎です。研究室でツールを作り、作業時間を週に五時間減らしました。

4
00:00:19.500 --> 00:00:25.000
Murakami Sho: 東都大学の村上翔です。アルバイトで新人マニュアルを作り直しました。

5
00:00:25.500 --> 00:00:28.000
高橋 誠: 当社を志望する理由は何ですか。
`;

const ownNames = async () => ((await (await http.call('/api/settings/own-names')).json()) as { names: string[] }).names;
const putNames = (json: unknown) => http.call('/api/settings/own-names', { method: 'PUT', json });
const setRole = (transcriptId: string, json: Record<string, unknown>) =>
  http.call(`/api/transcripts/${transcriptId}/edits`, { method: 'POST', json: { op: 'set-role', ...json } });

describe('the user own names in transcripts', () => {
  it('remembers the speaker the user picks as me, and guesses it in the next group event', async () => {
    await putNames({ names: [] });
    const first = await upload(groupEvent(), 'zoom.vtt', zoomGroup('佐藤 一郎'));
    expect(first.roles.settled).toBe(false);
    expect(first.transcript.speakers.some((speaker) => speaker.role === 'me')).toBe(false);
    expect((await setRole(first.transcript.id, { speaker: '佐藤 一郎', role: 'me', remember: true })).status).toBe(200);
    expect(await ownNames()).toEqual(['佐藤 一郎']);

    // The next event's export writes the name the Teams way: no space, a guest suffix.
    const second = await upload(groupEvent(), 'teams.vtt', zoomGroup('佐藤一郎 (ゲスト)'));
    expect(second.roles.settled).toBe(true);
    const me = second.transcript.speakers.find((speaker) => speaker.role === 'me');
    expect(me).toMatchObject({ label: '佐藤一郎 (ゲスト)', guessed: true });
    expect(me?.evidence?.[0]?.ja).toBe('登録した自分の名前「佐藤 一郎」と一致');
    expect(second.transcript.speakers.find((speaker) => speaker.label === '佐藤 花')?.role).toBe('candidate');
  });

  it('does not remember without the flag, nor a numbered label', async () => {
    await putNames({ names: [] });
    const named = await upload(groupEvent(), 'zoom.vtt', zoomGroup('佐藤 一郎'));
    await setRole(named.transcript.id, { speaker: '佐藤 一郎', role: 'me' });
    await setRole(named.transcript.id, { speaker: 'Murakami Sho', role: 'candidate', remember: true });
    const numbered = await upload(groupEvent(), 'zoom.vtt', zoomGroup('Speaker 3'));
    await setRole(numbered.transcript.id, { speaker: 'Speaker 3', role: 'me', remember: true });
    expect(await ownNames()).toEqual([]);
  });

  it('keeps the names typed in the settings, one spelling of each', async () => {
    const response = await putNames({ names: ['佐藤 一郎', ' Ichiro Sato ', '佐藤一郎（ゲスト）', '', 'sato ichiro'] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ names: ['佐藤 一郎', 'Ichiro Sato'] });
    expect(await ownNames()).toEqual(['佐藤 一郎', 'Ichiro Sato']);
  });

  it.each([
    ['not a list', { names: '佐藤 一郎' }, '名前の一覧', 'list of names'],
    ['not text', { names: [42] }, '文字列', 'text'],
    ['too long', { names: ['あ'.repeat(61)] }, '60文字以内', 'at most 60 characters'],
    ['too many', { names: Array.from({ length: 11 }, (_, i) => `Name${i} Person`) }, '10個まで', 'At most 10 names'],
    ['a numbered label', { names: ['Speaker 3'] }, '人の名前ではない', "not a person's name"],
    ['a title', { names: ['面接官'] }, '人の名前ではない', "not a person's name"],
  ])('refuses %s, in Japanese and English, and keeps the list', async (_, body, ja, en) => {
    await putNames({ names: ['佐藤 一郎'] });
    const response = await putNames(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { message: { ja: string; en: string } };
    expect(error.message.ja).toContain(ja);
    expect(error.message.en).toContain(en);
    expect(await ownNames()).toEqual(['佐藤 一郎']);
  });

  it('needs the token', async () => {
    const response = await http.app.request('http://127.0.0.1:4280/api/settings/own-names', {
      headers: { host: '127.0.0.1:4280' },
    });
    expect(response.status).toBe(401);
  });
});

describe('remembering from the import preview (PUT speakers)', () => {
  it('keeps the name of the speaker sent as me with remember, not of others or without it', async () => {
    await putNames({ names: [] });
    const body = await upload(groupEvent(), 'zoom.vtt', zoomGroup('Ichiro Sato (Guest)'));
    const put = (json: unknown) =>
      http.call(`/api/events/${body.transcript.eventId}/transcript/speakers`, { method: 'PUT', json });
    expect((await put([{ key: 'Murakami Sho', role: 'candidate', remember: true }])).status).toBe(200);
    expect((await put([{ key: 'Ichiro Sato (Guest)', role: 'me' }])).status).toBe(200);
    expect(await ownNames()).toEqual([]);
    expect((await put([{ key: 'Ichiro Sato (Guest)', role: 'me', remember: true }])).status).toBe(200);
    expect(await ownNames()).toEqual(['Ichiro Sato (Guest)']);
  });
});

describe('remembering one name (POST own-names/remembered)', () => {
  const remember = (json: unknown) => http.call('/api/settings/own-names/remembered', { method: 'POST', json });

  it('adds the name to what is kept, as it is now on the server, and answers with the list', async () => {
    await putNames({ names: ['Ichiro Sato'] });
    const response = await remember({ label: '佐藤 一郎' });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ names: ['Ichiro Sato', '佐藤 一郎'] });
    // A name typed in the settings after the page last read the list stays: the server adds to its own copy.
    await putNames({ names: ['Ichiro Sato', '佐藤 一郎', 'いちろう'] });
    await remember({ label: '佐藤 一郎 (ゲスト)' });
    expect(await ownNames()).toEqual(['Ichiro Sato', '佐藤 一郎', 'いちろう']);
  });

  it('changes nothing for a generic label, and refuses a body without a name', async () => {
    await putNames({ names: [] });
    expect((await remember({ label: 'Speaker 3' })).status).toBe(200);
    expect(await ownNames()).toEqual([]);
    expect((await remember({ names: ['佐藤'] })).status).toBe(400);
    expect((await remember({ label: 'x'.repeat(10_000) })).status).toBe(400);
  });

  it('needs the token', async () => {
    const response = await http.app.request('http://127.0.0.1:4280/api/settings/own-names/remembered', {
      method: 'POST',
      headers: { host: '127.0.0.1:4280', 'content-type': 'application/json' },
      body: JSON.stringify({ label: '佐藤 一郎' }),
    });
    expect(response.status).toBe(401);
    expect(await ownNames()).toEqual([]);
  });
});
