import { JOB_FIELD_LABELS, JOB_TRACK_LABELS } from '@furikaeri/core';

/** Texts of the prep page's choosers: which application and which round to prepare, and company-wide drafts. */
export const prepScopeText = {
  application: { ja: '準備する応募', en: 'Application' },
  wholeCompany: { ja: '会社全体（全応募で共有）', en: 'Whole company (shared by all applications)' },
  round: { ja: '準備する面接', en: 'Round to prepare' },
  nextRound: { ja: '（次の面接）', en: ' (next)' },
  loading: { ja: '予測を更新しています…', en: 'Updating the predictions…' },
  companyWideLead: {
    ja: 'ここで書いた下書きと逆質問は、この会社のすべての応募で共有されます。職種ごとに準備するには、上で応募を選んでください。',
    en: 'Drafts and questions written here are shared by every application to this company. Choose an application above to prepare one position.',
  },
  companyWideNote: { ja: '会社全体の下書き', en: 'Company-wide draft' },
  companyWideHint: {
    ja: 'この会社の全応募で共有している下書きです。ここで保存すると、この応募用の下書きとして別に保存され、他の応募の下書きは変わりません。',
    en: 'This draft is shared by all applications to this company. Saving here keeps a copy for this application; the others keep the shared one.',
  },
  jobLabel: { ja: 'この段階の定番質問', en: 'Common questions worded for' },
  jobUnknown: { ja: '職種を問わない一般的な質問', en: 'any job (the kind of job is not known)' },
  jobHint: {
    ja: '応募の職種名と、これまでの面接の内容から推定しています（職種・採用区分を選んだ部分はその設定）。',
    en: 'Guessed from the application’s role and what your interviews talked about, except what you chose.',
  },
  fields: JOB_FIELD_LABELS,
  tracks: JOB_TRACK_LABELS,
  jobField: { ja: '職種', en: 'Kind of job' },
  jobTrack: { ja: '採用区分', en: 'Hiring track' },
  jobGuessed: (guess: string) => ({ ja: `自動（推定: ${guess}）`, en: `Automatic (guessed: ${guess})` }),
  jobNotGuessed: { ja: '不明', en: 'unknown' },
  jobFromCompany: (kind: string) => ({ ja: `自動（会社の設定: ${kind}）`, en: `Automatic (the company's: ${kind})` }),
  jobCorrectHint: {
    ja: '推定が違うときは選び直してください。この応募の準備として保存され、予測と練習の質問に使われます。',
    en: 'If the guess is wrong, choose the right one. It is kept with this application’s preparation and used for the predictions and practice.',
  },
  jobSaved: { ja: '保存しました', en: 'Saved' },
  companyReverseQuestions: { ja: '会社全体の逆質問（全応募で共有）', en: 'Company-wide questions (all applications)' },
};
