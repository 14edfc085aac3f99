import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium';
import { type E2eApp, openApp } from '../support/e2e-app';
import { screenshot, screenshotOf } from '../support/screenshots';
import { chooseFileInUi, createInterviewInUi, setUpLibraryInUi } from '../support/ui-journey';

/** A Zoom "closed caption" file: "Name: text" cues, people under their real names, saved as .txt by the user. */
const ZOOM_VTT = `WEBVTT

1
00:00:01.200 --> 00:00:05.800
佐藤 一郎: 本日はお時間をいただきありがとうございます。人事部の佐藤です。よろしくお願いします。

2
00:00:06.300 --> 00:00:08.900
田中 花子: よろしくお願いいたします。田中花子と申します。

3
00:00:09.500 --> 00:00:12.400
佐藤 一郎: では、まず自己紹介をお願いできますか。

4
00:00:13.000 --> 00:00:41.000
田中 花子: はい。東都大学情報学部の田中です。大学では機械学習を学び、研究室ではデータ分析の手法を研究しています。アルバイトでは塾講師として三年間、中学生に数学を教えてきました。本日はよろしくお願いいたします。

5
00:00:42.000 --> 00:00:46.500
佐藤 一郎: ありがとうございます。学生時代に一番力を入れたことは何ですか。

6
00:00:47.200 --> 00:01:20.000
田中 花子: 塾講師のアルバイトで、生徒の成績を上げる仕組みづくりに力を入れました。担当した生徒の小テストの結果を毎週記録して、苦手な単元を一覧にし、授業の最初の十分で復習する時間を作りました。その結果、担当クラスの平均点が半年で十五点上がりました。

7
00:01:21.000 --> 00:01:25.000
佐藤 一郎: なぜ当社を志望されたのですか。

8
00:01:25.800 --> 00:01:55.000
田中 花子: 御社のデータ分析の事業で、教育の現場を良くしたいと考えたからです。塾講師の経験から、データで一人ひとりに合った学び方を見つけられると感じました。

9
00:01:56.000 --> 00:01:59.000
佐藤 一郎: 最後に、何か質問はありますか。

10
00:01:59.800 --> 00:02:05.000
田中 花子: 入社後の研修ではどのようなことを学びますか。

11
00:02:05.500 --> 00:02:12.000
佐藤 一郎: 最初の三か月はプログラミングとデータ分析の基礎を学んでいただきます。
`;

/** Teams' WebVTT: voice tags numbering people ("Speaker 1") when the meeting had no names, cue ids as Teams writes them. */
const TEAMS_VTT = `WEBVTT

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/11-0
00:00:00.800 --> 00:00:05.200
<v Speaker 1>本日は二次面接にお越しいただきありがとうございます。開発部の山本です。</v>

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/12-0
00:00:05.900 --> 00:00:08.100
<v Speaker 2>よろしくお願いいたします。</v>

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/13-0
00:00:08.600 --> 00:00:13.000
<v Speaker 1>前回の面接でお話しいただいた研究について、もう少し詳しく教えてください。</v>

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/14-0
00:00:13.600 --> 00:00:45.000
<v Speaker 2>はい。画像から部品の傷を見つける研究をしています。最初は精度が六割ほどでしたが、撮影の条件をそろえてデータを増やし、八割五分まで上げました。工場の方に使っていただき、検査の時間が半分になったと言っていただきました。</v>

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/15-0
00:00:46.000 --> 00:00:50.000
<v Speaker 1>その研究で一番苦労したことは何ですか。</v>

6f1c2a3b-7d4e-4f5a-9b8c-0d1e2f3a4b5c/16-0
00:00:50.600 --> 00:01:20.000
<v Speaker 2>傷の画像が少なかったことです。工場の方にお願いして不良品を集めていただき、毎週撮影に通いました。</v>
`;

/** Google Meet's transcript document saved as text: a title line, 出席者, timestamps, then "Name: text". */
const MEET_TEXT = `一次面接 (2026-05-20 14:00 GMT+09:00) - 文字起こし

出席者
鈴木 健太, 高橋 美咲

文字起こし

00:00:00

鈴木 健太: 本日はお時間をいただきありがとうございます。採用担当の鈴木です。よろしくお願いします。
高橋 美咲: よろしくお願いいたします。高橋美咲と申します。
鈴木 健太: では早速ですが、自己紹介をお願いできますか。
高橋 美咲: はい。東都大学経済学部の高橋です。ゼミでは地域経済を研究し、アルバイトでは飲食店で新人教育を担当していました。
鈴木 健太: ありがとうございます。学生時代に一番力を入れたことは何ですか。
高橋 美咲: 飲食店の新人教育です。覚えることを一枚の表にまとめ、最初の一週間で教える順番を決めました。その結果、新人が辞める人数が半分になりました。
鈴木 健太: 最後に、何か質問はありますか。
高橋 美咲: 配属はどのように決まりますか。
鈴木 健太: 研修のあとに面談をして決めます。
`;

/**
 * From an empty library to an analysed review, in the browser only (issue #18): the passphrase, a company and an
 * interview made in the forms, a transcript file chosen on the event page, previewed, saved, roles settled.
 */
describe.skipIf(!chromiumAvailable())('transcript import in Chromium (needs /usr/bin/chromium)', () => {
  let app: E2eApp;
  let tempDir: string;

  const write = (name: string, text: string | Buffer): string => {
    const file = path.join(tempDir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-e2e-transcripts-'));
    app = await openApp();
    await setUpLibraryInUi(app.page, '文字起こしから振り返る 2026');
  });

  afterAll(async () => {
    await app?.dispose();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  /** Waits for the analysed review: question cards from the analysis, never the "could not analyse" state. */
  async function expectAnalysedReview(page: Page, firstQuestion: string): Promise<void> {
    const report = page.locator('[data-testid="qa-report"]:not([data-state="roles-unknown"])');
    await report.waitFor({ timeout: 60_000 });
    await page.getByTestId('qa-card').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('qa-question').first().textContent()).resolves.toContain(firstQuestion);
    await expect(page.getByTestId('roles-unknown').count()).resolves.toBe(0);
    const count = Number(await page.getByTestId('summary-question-count').locator('strong').textContent());
    expect(count).toBeGreaterThanOrEqual(2);
  }

  it('Zoom VTT with real names, saved as .txt: preview, roles picked there, analysed review', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社ミライ技研');
    await chooseFileInUi(page, write('meeting_saved_closed_caption.txt', ZOOM_VTT));
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    // Read by content: WebVTT, though the name says .txt; nothing is saved yet.
    await expect(preview.getByTestId('transcript-preview-facts').textContent()).resolves.toContain('WebVTT');
    await expect(preview.getByTestId('transcript-preview-facts').textContent()).resolves.toContain('11 件の発言');
    const speakers = preview.getByTestId('preview-speaker');
    await expect(speakers.allTextContents()).resolves.toEqual([
      expect.stringContaining('佐藤 一郎'),
      expect.stringContaining('田中 花子'),
    ]);
    await expect(preview.getByTestId('preview-lines').locator('li').first().textContent()).resolves.toContain(
      '人事部の佐藤です',
    );
    await expect(page.getByTestId('recording-card').count()).resolves.toBe(0);
    await screenshotOf(page.getByTestId('import-area'), 'import-01-zoom-preview');
    // The keyboard path: the preview's heading has the focus, Tab reaches the role choices.
    await expect(page.evaluate('document.activeElement?.tagName')).resolves.toBe('H3');
    await preview.getByLabel('佐藤 一郎 の役割').selectOption('interviewer');
    await preview.getByLabel('田中 花子 の役割').selectOption('me');
    await expect(preview.getByTestId('preview-roles-unknown').count()).resolves.toBe(0);
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-saved').waitFor();
    await screenshot(page, 'import-02-zoom-saved');
    await page.getByTestId('transcript-open-review').click();
    await page.getByTestId('review-page').waitFor();
    await expectAnalysedReview(page, '自己紹介');
    await expect(page.getByTestId('speaker-role').nth(1).inputValue()).resolves.toBe('me');
    await screenshot(page, 'import-03-zoom-review');
  });

  it('Teams VTT with Speaker 1/2: the review asks who is who first, one click, then the analysis', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社テック工房');
    await chooseFileInUi(page, write('二次面接.vtt', TEAMS_VTT));
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    await expect(preview.getByTestId('preview-speaker').allTextContents()).resolves.toEqual([
      expect.stringContaining('Speaker 1'),
      expect.stringContaining('Speaker 2'),
    ]);
    // Saved as the file says: no roles chosen here.
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-open-review').click();
    await page.getByTestId('review-page').waitFor();
    const unknown = page.getByTestId('roles-unknown');
    const guessed = page.getByTestId('roles-guessed');
    await unknown.or(guessed).first().waitFor();
    if (await unknown.isVisible()) {
      // Never a green "nothing to work on" for an analysis that could not run.
      await page.getByTestId('analysis-roles-unknown').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('qa-summary').count()).resolves.toBe(0);
      await expect(page.getByTestId('review-page').textContent()).resolves.not.toContain(
        '目立った課題はありませんでした',
      );
      await screenshot(page, 'import-04-teams-roles-unknown');
      await unknown.locator('[data-testid="role-pick"][data-key="Speaker 2"]').click();
    } else {
      // Once roles are inferred from the content, the guess is shown as a guess and confirmed in one click.
      await screenshot(page, 'import-04-teams-roles-guessed');
      await page.getByTestId('confirm-all-roles').click();
    }
    await expectAnalysedReview(page, '研究');
    await expect(page.getByTestId('roles-guessed').count()).resolves.toBe(0);
    await screenshot(page, 'import-05-teams-review');
  });

  it('Meet text transcript: preview shows what was read, roles picked, analysed review', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社みなと商会');
    await chooseFileInUi(page, write('一次面接 - 文字起こし.txt', MEET_TEXT));
    const preview = page.getByTestId('transcript-preview');
    await preview.waitFor();
    await expect(preview.getByTestId('transcript-preview-facts').textContent()).resolves.toContain('テキスト');
    await screenshotOf(page.getByTestId('import-area'), 'import-06-meet-preview');
    await preview.getByLabel('鈴木 健太 の役割').selectOption('interviewer');
    await preview.getByLabel('高橋 美咲 の役割').selectOption('me');
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-open-review').click();
    await expectAnalysedReview(page, '自己紹介');
    await screenshot(page, 'import-07-meet-review');
  });

  it('guessed roles are shown as guesses, analysed at once, and confirmed in one click', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社すいそく');
    // Our own JSON export of a transcript whose roles were inferred (speakers as ASR diarization names them).
    const rows: Array<[string, number, number, string]> = [
      ['S1', 0, 4, '本日はよろしくお願いします。採用担当の森です。'],
      ['S2', 4.5, 6, 'よろしくお願いいたします。'],
      ['S1', 7, 10, '自己紹介をお願いします。'],
      ['S2', 11, 40, '東都大学の木村です。大学では物理を学び、サークルでは会計を担当していました。'],
      ['S1', 41, 44, '学生時代に力を入れたことは何ですか。'],
      [
        'S2',
        45,
        80,
        '会計の仕組みを見直し、毎月の締めを三日早くしました。表計算の関数を覚えて、手作業を減らしました。',
      ],
    ];
    const json = JSON.stringify({
      language: 'ja',
      speakers: [
        {
          key: 'S1',
          label: '話者1',
          role: 'interviewer',
          guessed: true,
          evidence: [
            { ja: '質問を 2 件している', en: 'asked 2 questions' },
            { ja: '「採用担当の森です」', en: '“採用担当の森です”' },
          ],
        },
        {
          key: 'S2',
          label: '話者2',
          role: 'me',
          guessed: true,
          evidence: [{ ja: '長く答えている', en: 'answers at length' }],
        },
      ],
      segments: rows.map(([speaker, start, end, text], index) => ({
        id: `seg-${index + 1}`,
        speaker,
        startMs: start * 1000,
        endMs: end * 1000,
        text,
      })),
    });
    await chooseFileInUi(page, write('transcript.json', json));
    const preview = page.getByTestId('transcript-preview');
    await expect(preview.getByTestId('role-guess').first().textContent()).resolves.toContain('推定: 面接官');
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-open-review').click();
    const guessed = page.getByTestId('roles-guessed');
    await guessed.waitFor();
    // The analysis ran on the guess without waiting for a confirmation.
    await expectAnalysedReview(page, '自己紹介');
    await expect(guessed.getByTestId('guessed-speaker').allTextContents()).resolves.toEqual([
      expect.stringContaining('推定: 面接官'),
      expect.stringContaining('推定: 自分'),
    ]);
    await guessed.getByTestId('guessed-speaker').first().locator('summary').click();
    await expect(guessed.textContent()).resolves.toContain('「採用担当の森です」');
    await screenshot(page, 'import-09-roles-guessed');
    await guessed.getByTestId('confirm-role').first().click();
    await expect.poll(() => guessed.getByTestId('guessed-speaker').count()).toBe(1);
    await guessed.getByTestId('confirm-role').click();
    await page.getByTestId('roles-guessed').waitFor({ state: 'detached' });
    await expect(page.getByTestId('speaker-role-guess').count()).resolves.toBe(0);
  });

  it('a Whisper SRT with one speaker is split into asker and answerer from the review, then analysed', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社ささやき');
    const lines = [
      '本日はよろしくお願いします。まず自己紹介をお願いできますか。',
      '東都大学の木村です。大学では物理を学び、サークルでは会計を担当していました。',
      '学生時代に力を入れたことは何ですか。',
      '会計の仕組みを見直して、毎月の締めを三日早くしました。手作業を減らすために表計算を覚えました。',
      'なぜ当社を志望されたのですか。',
      '御社のデータ分析の事業で、地域の店舗を支えたいと考えたからです。',
    ];
    const stamp = (seconds: number) => `00:00:${String(seconds).padStart(2, '0')},000`;
    const srt = lines
      .map((text, index) => `${index + 1}\n${stamp(index * 8)} --> ${stamp(index * 8 + 7)}\n${text}\n`)
      .join('\n');
    await chooseFileInUi(page, write('whisper.srt', srt));
    const preview = page.getByTestId('transcript-preview');
    await preview.getByTestId('preview-speaker').first().waitFor();
    await expect(preview.getByTestId('preview-speaker').count()).resolves.toBe(1);
    await preview.getByTestId('preview-save').click();
    await page.getByTestId('transcript-open-review').click();
    await page.getByTestId('roles-unknown').waitFor();
    await page.getByTestId('split-speakers').click();
    await page.getByTestId('roles-guessed').waitFor({ timeout: 30_000 });
    await expectAnalysedReview(page, '自己紹介');
    await screenshot(page, 'import-10-whisper-split');
  });

  it('a broken cue is skipped and named; an unreadable file is refused with the line at fault, nothing saved', async () => {
    const { page } = app;
    await createInterviewInUi(page, '株式会社こわれ');
    // One cue with a broken time: as a browser drops it, the rest is kept and the preview names its line.
    const brokenCue =
      '1\n00:00:01,000 --> 00:00:02,000\n面接官: はい\n\n2\n00:00:0x,000 --> 00:00:04,000\n自分: はい\n';
    await chooseFileInUi(page, write('broken.srt', brokenCue));
    const warnings = page.getByTestId('preview-warnings');
    await warnings.waitFor();
    await expect(warnings.textContent()).resolves.toContain('6行目');
    await screenshotOf(page.getByTestId('transcript-preview'), 'import-07-skipped-cue');
    await page.getByTestId('preview-cancel').click();
    // A file that cannot be read at all is refused, showing the line from the user's own file.
    const brokenJson = '{\n  "language": "ja",\n  "speakers": [],\n  "segments": [{ ]\n}\n';
    await chooseFileInUi(page, write('broken.json', brokenJson));
    const error = page.getByTestId('transcript-import-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('4行目');
    await expect(error.getByTestId('line-at-fault').textContent()).resolves.toContain('"segments": [{ ]');
    await screenshotOf(page.getByTestId('import-area'), 'import-08-line-at-fault');
    await page.getByTestId('open-review').click();
    await page.getByTestId('transcript-pending').waitFor();
  });
});
