import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of the library home and the company page. */
export const library = {
  homeTitle: { ja: '就活ライブラリ', en: 'Job hunt library' },
  homeLead: {
    ja: '企業ごとに面接・OB/OG訪問・座談会などの記録をまとめ、録音をあとから振り返れます。',
    en: 'Keep interviews, OB/OG visits and roundtables together by company, and review their recordings later.',
  },
  companies: { ja: '企業', en: 'Companies' },
  noCompanies: {
    ja: 'まだ企業が登録されていません。「企業を追加」から始めましょう。',
    en: 'No companies yet. Start with “Add a company”.',
  },
  recentEvents: { ja: '最近の予定・記録', en: 'Recent events' },
  noEvents: {
    ja: 'まだ予定・記録がありません。面接や座談会を追加すると、ここに並びます。',
    en: 'No events yet. Interviews and roundtables you add appear here.',
  },
  applicationCount: (count: number) => ({ ja: `応募 ${count}件`, en: `${count} application${count === 1 ? '' : 's'}` }),
  eventCount: (count: number) => ({ ja: `予定・記録 ${count}件`, en: `${count} event${count === 1 ? '' : 's'}` }),
  lastEvent: (date: string) => ({ ja: `最終: ${date}`, en: `Last: ${date}` }),
  recordingCount: (count: number) => ({ ja: `録音 ${count}件`, en: `${count} recording${count === 1 ? '' : 's'}` }),
  noRecordings: { ja: '録音なし', en: 'No recording' },
  addCompany: { ja: '企業を追加', en: 'Add a company' },
  companyName: { ja: '企業名', en: 'Company name' },
  companyNamePlaceholder: { ja: '例: 株式会社〇〇', en: 'e.g. Example Corp.' },
  companyNotesPlaceholder: {
    ja: '志望動機、事業内容、気になっている点など',
    en: 'Why you are interested, what they do, open questions…',
  },
  companyAdded: (name: string) => ({ ja: `「${name}」を追加しました`, en: `Added “${name}”` }),
  addEvent: { ja: '予定・記録を追加', en: 'Add an event' },
  addEventHere: { ja: 'この企業の予定・記録を追加', en: 'Add an event for this company' },
  company: { ja: '企業', en: 'Company' },
  chooseCompany: { ja: '企業を選んでください', en: 'Choose a company' },
  noCompanyPractice: { ja: '企業なし（練習）', en: 'No company (practice)' },
  needCompanyFirst: {
    ja: '先に企業を追加してください（練習は企業なしでも登録できます）。',
    en: 'Add a company first (practice sessions need none).',
  },
  createEvent: { ja: '追加して開く', en: 'Add and open' },
  applications: { ja: '応募', en: 'Applications' },
  noApplications: {
    ja: '応募はまだありません。職種と選考状況を記録しておくと便利です。',
    en: 'No applications yet. Note the role and where you are in the process.',
  },
  role: { ja: '職種・コース', en: 'Role / track' },
  rolePlaceholder: { ja: '例: 総合職（IT）', en: 'e.g. Software engineer' },
  status: { ja: '選考状況', en: 'Status' },
  statusOf: (role: string) => ({ ja: `「${role}」の選考状況`, en: `Status of “${role}”` }),
  unnamedRole: { ja: '（職種未入力）', en: '(no role)' },
  addApplication: { ja: '応募を追加', en: 'Add application' },
  updated: (when: string) => ({ ja: `${when} 更新`, en: `Updated ${when}` }),
  eventsOfCompany: { ja: '予定・記録（日付順）', en: 'Events (by date)' },
  noEventsOfCompany: {
    ja: 'この企業の予定・記録はまだありません。',
    en: 'No events for this company yet.',
  },
} satisfies Record<string, Text>;

/** Texts of the event form, shared by "add" and "edit". */
export const eventForm = {
  type: { ja: '種類', en: 'Type' },
  round: { ja: '選考段階', en: 'Round' },
  noRound: { ja: '指定なし', en: 'Not specified' },
  title: { ja: 'タイトル', en: 'Title' },
  titlePlaceholder: { ja: '例: 技術面接（オンライン）', en: 'e.g. Technical interview (online)' },
  date: { ja: '日付', en: 'Date' },
  time: { ja: '開始時刻', en: 'Start time' },
  participants: { ja: '参加者', en: 'Participants' },
  participantsHint: {
    ja: '名前が分からなければ役職だけでも構いません（例: 面接官・人事部長）。',
    en: 'A role alone is fine when you do not know the name (e.g. interviewer, HR manager).',
  },
  participantName: { ja: '名前', en: 'Name' },
  participantRole: { ja: '役職・立場', en: 'Role' },
  participantNameOf: (n: number) => ({ ja: `参加者 ${n} の名前`, en: `Name of participant ${n}` }),
  participantRoleOf: (n: number) => ({ ja: `参加者 ${n} の役職・立場`, en: `Role of participant ${n}` }),
  removeParticipant: (n: number) => ({ ja: `参加者 ${n} を削除`, en: `Remove participant ${n}` }),
  addParticipant: { ja: '＋ 参加者を追加', en: '+ Add participant' },
  notesPlaceholder: {
    ja: '聞かれたこと、手応え、次回までの課題など',
    en: 'What they asked, how it went, what to prepare next…',
  },
  consent: { ja: '録音の許可', en: 'Permission to record' },
  consentDeclinedWarning: {
    ja: '録音を断られた場合は録音しないでください。録音は自分の振り返り専用です。',
    en: 'If they declined, do not record. Recordings are for your own review only.',
  },
} satisfies Record<string, Text>;
