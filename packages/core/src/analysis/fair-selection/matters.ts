import type { Message } from '../../domain/message';

/**
 * The matters an interviewer should not ask about, after the Ministry of Health, Labour and Welfare's
 * guidance on fair selection (厚生労働省「公正な採用選考の基本」, https://www.mhlw.go.jp/www2/topics/topics/saiyo/saiyo1.htm):
 * (a) matters the applicant bears no responsibility for — 本籍・出生地, 家族 (職業・続柄・健康・病歴・地位・学歴・
 * 収入・資産), 住宅状況, 生活環境・家庭環境; (b) matters that should be free (思想・信条) — 宗教, 支持政党,
 * 人生観・生活信条, 尊敬する人物, 思想, 労働組合・学生運動などの社会運動, 購読新聞・雑誌・愛読書.
 * Marriage and childbirth plans: the guideline under the Equal Employment Opportunity Act
 * (性別を理由とする差別の禁止等に関する指針, 平成18年厚生労働省告示第614号) names asking only women about
 * marriage plans or whether they would keep working after having a child as discrimination in hiring.
 */
export const IMPROPER_MATTERS = [
  'birthplace',
  'family',
  'housing',
  'environment',
  'religion',
  'politics',
  'beliefs',
  'respected_person',
  'thought',
  'union',
  'reading',
  'marriage_childbirth',
] as const;
export type ImproperMatter = (typeof IMPROPER_MATTERS)[number];

export const MHLW_URL = 'https://www.mhlw.go.jp/www2/topics/topics/saiyo/saiyo1.htm';

export interface MatterInfo {
  label: Message;
  /** Why it should not be asked, in plain words. */
  why: Message;
  source: Message;
}

/** The two sources, and the two reasons the MHLW guidance gives. */
const TEXT = {
  mhlw: { ja: '厚生労働省「公正な採用選考の基本」', en: 'MHLW, "Basics of fair selection" (公正な採用選考の基本)' },
  eeo: {
    ja: '男女雇用機会均等法に基づく指針（平成18年厚生労働省告示第614号）',
    en: 'Guideline under the Equal Employment Opportunity Act (MHLW notice No. 614 of 2006)',
  },
  unrelated: {
    ja: '本人の適性や能力とは関係がなく、本人に責任のない事柄のため、採用選考で尋ねないよう求められています。',
    en: 'it has nothing to do with your aptitude or ability and is not your responsibility, so selection should not ask about it.',
  },
  free: {
    ja: '思想・信条にかかわる、本来自由であるべき事柄のため、採用選考で尋ねないよう求められています。',
    en: 'it touches on beliefs that should be free, so selection should not ask about it.',
  },
} satisfies Record<string, Message>;
const { unrelated, free } = TEXT;

const matter = (ja: string, en: string, why: Message, source: Message = TEXT.mhlw): MatterInfo => ({
  label: { ja, en },
  why,
  source,
});

export const MATTER_INFO: Record<ImproperMatter, MatterInfo> = {
  birthplace: matter('本籍・出生地', 'Family register or birthplace', unrelated),
  family: matter('家族（職業・続柄・健康・収入・資産など）', 'Family (occupation, health, income, assets…)', unrelated),
  housing: matter('住宅状況', 'Housing', unrelated),
  environment: matter('生活環境・家庭環境', 'Living or family environment', unrelated),
  religion: matter('宗教', 'Religion', free),
  politics: matter('支持政党', 'Political party', free),
  beliefs: matter('人生観・生活信条', 'Outlook on life, personal creed', free),
  respected_person: matter('尊敬する人物', 'People you respect', free),
  thought: matter('思想', 'Political or social views', free),
  union: matter('労働組合・学生運動などの社会運動', 'Trade unions, student or social movements', free),
  reading: matter('購読新聞・雑誌・愛読書', 'Newspapers, magazines or favourite books', free),
  marriage_childbirth: matter(
    '結婚・出産の予定',
    'Marriage or childbirth plans',
    {
      ja: '結婚や出産の予定を（とくに女性にだけ）尋ねることは、性別による差別にあたるおそれがあるとされています。',
      en: 'asking about marriage or childbirth plans (especially only of women) can amount to sex discrimination in hiring.',
    },
    TEXT.eeo,
  ),
};
