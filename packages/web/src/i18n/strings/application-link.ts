import type { Message } from '@furikaeri/core';

type Text = Message | ((...args: never[]) => Message);

/** Texts of an event's link to its application: the event form, the event page and the company page. */
export const applicationLink = {
  application: { ja: '応募', en: 'Application' },
  none: { ja: '紐付けない', en: 'Not linked' },
  noneYet: {
    ja: 'この企業の応募はまだありません。企業ページで応募を追加すると、ここで選べます。',
    en: 'This company has no application yet. Add one on the company page to link it here.',
  },
  retentionHint: {
    ja: '応募が内定承諾・不採用・辞退になると、保持期間の設定に従ってこの予定の音声が削除されます。',
    en: 'When the application ends (offer accepted, rejected, withdrawn), this event’s audio follows your retention setting.',
  },
  notLinked: { ja: '応募に紐付いていません', en: 'Not linked to an application' },
  unlinkedTitle: { ja: '応募に紐付いていない予定・記録', en: 'Events not linked to an application' },
  unlinkedHint: {
    ja: '紐付けると、応募の終了後に保持期間の設定が音声に適用されます。ここか、予定の「詳細を編集」で選べます。',
    en: 'Linked events follow your retention setting once the application ends. Choose it here or under “Edit details”.',
  },
  applicationOf: (role: string) => ({ ja: `応募: ${role}`, en: `Application: ${role}` }),
  applicationOfEvent: (heading: string) => ({ ja: `「${heading}」の応募`, en: `Application of “${heading}”` }),
} satisfies Record<string, Text>;
