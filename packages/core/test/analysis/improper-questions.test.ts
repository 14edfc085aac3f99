import { describe, expect, it } from 'vitest';
import { improperMatterOf } from '../../src/analysis/fair-selection/improper-questions';
import { analyseTranscript, renderReportMarkdown } from '../../src/index';
import { morphemesFor, transcript } from './support';

describe('improper interviewer questions (MHLW 公正な採用選考)', () => {
  it.each([
    ['尊敬する人は誰ですか', 'respected_person'],
    ['あなたが尊敬している人物を教えてください', 'respected_person'],
    ['本籍地はどちらになりますか', 'birthplace'],
    ['生まれはどこなの', 'birthplace'],
    ['ご両親のお仕事は', 'family'],
    ['お父さんは何しよるん', 'family'],
    ['お父さんはどちらの会社にお勤めですか', 'family'],
    ['お住まいは持ち家ですか、それとも賃貸ですか', 'housing'],
    ['あなたの生い立ちを聞かせてください', 'environment'],
    ['何か宗教を信仰されていますか', 'religion'],
    ['支持している政党はありますか', 'politics'],
    ['あなたの座右の銘は何ですか', 'beliefs'],
    ['憲法改正についてどう考えますか', 'thought'],
    ['学生運動に関わったことは', 'union'],
    ['どんな新聞を取っていますか', 'reading'],
    ['愛読書を教えてください', 'reading'],
    ['結婚後も働き続けるつもりですか', 'marriage_childbirth'],
    ['お子さんの予定はありますか', 'marriage_childbirth'],
    ['お子さんはいらっしゃいますか', 'family'],
    ['ご実家は持ち家ですか', 'housing'],
    // A spouse's occupation is asked about the family too.
    ['奥様はどちらで働いていらっしゃいますか', 'family'],
    ['配偶者の方の年収を伺えますか', 'family'],
    // Where one comes from, put as it is in speech, and where the family home is.
    ['どちらのご出身ですか', 'birthplace'],
    ['生まれも育ちも東京なんですか', 'birthplace'],
    ['ご実家は県内のどのあたりなんですか', 'birthplace'],
    ['地元ってどこだっけ', 'birthplace'],
    ['ご兄弟はいらっしゃいますか', 'family'],
    ['きょうだいって何人', 'family'],
    ['ご両親はお元気ですか', 'family'],
    ['今は一人暮らしですか', 'environment'],
    ['誰と住んでるの', 'environment'],
    ['神様って信じるほう？', 'religion'],
    ['選挙には行かれてますか', 'politics'],
    ['好きな政治家はいますか', 'politics'],
    ['デモとか行ったことある？', 'union'],
    ['産休とか取るつもりはありますか', 'marriage_childbirth'],
    ['今はご実家から通勤されてるんですか', 'housing'],
    ['この前の選挙ではどこに投票しました？', 'politics'],
  ])('%s → %s', (text, matter) => {
    expect(improperMatterOf(text)?.matter).toBe(matter);
  });

  it.each([
    'チームで働いたとき、尊敬する先輩から学んだことのエピソードを教えてください',
    '出身大学と学部を教えてください',
    'ご出身の大学では何を専攻されましたか',
    '最近読んだ技術書で印象に残ったものはありますか',
    '結婚式場の予約数を増やす施策を考えてください',
    '仕事をするうえで大切にしている価値観は何ですか',
    '転勤はご家族と相談されていますか',
    '将来どんな人になりたいですか',
    '通勤にはどのくらいかかりますか',
    'ご主人様に向けた商品の企画を考えてください',
    '営業の工夫で仕事が変わった経験はありますか',
    '出身学部で学んだことは仕事にどう活きますか',
    '地元の企業を支えたいと思ったきっかけは',
    '一人暮らしを始めて一番苦労したことは何ですか',
    '兄弟のように仲のいいチームで働いた経験はありますか',
    'お客様がどこの出身でも伝わる説明を心がけていますか',
    '選挙の投票率を上げる施策を考えてください',
    '当社の産休・育休制度について説明は聞きましたか',
    'デモ版を作ってお客様に見せたことはありますか',
    // a vote inside a teamwork story is no question about politics
    'サークルの投票で負けた側の人には、何かフォローしましたか',
  ])('not improper: %s', (text) => {
    expect(improperMatterOf(text)).toBeNull();
  });

  it('reports the moment, a plain explanation with its source and the evidence export, in the Markdown too', () => {
    const content = transcript({ I: 'interviewer', M: 'me' }, [
      ['I', 0, 3, '自己紹介をお願いします。'],
      ['M', 3.5, 10, '山田と申します。営業を五年しております。'],
      ['I', 11, 14, 'ちなみに、尊敬する人物はどなたですか。'],
      ['M', 15, 20, '祖父です。'],
    ]);
    const report = analyseTranscript({
      transcript: content,
      morphemes: morphemesFor(content),
      eventType: 'interview',
      generatedAt: '2026-01-01T00:00:00Z',
    });
    expect(report.improperQuestions).toHaveLength(1);
    const [item] = report.improperQuestions;
    expect(item).toMatchObject({ questionId: 'q2', segmentId: 'seg-3', atMs: 11_000, matter: 'respected_person' });
    expect(item?.explanation.ja).toContain('厚生労働省');
    expect(item?.explanation.ja).not.toMatch(/違法|違反/);
    expect(item?.keepEvidence.ja).toContain('証拠用に書き出す');
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('## 公正な採用選考の観点で気になる質問');
    expect(markdown).toContain('**尊敬する人物** [0:11] q2');
    expect(markdown).toContain('https://www.mhlw.go.jp/');
  });
});
