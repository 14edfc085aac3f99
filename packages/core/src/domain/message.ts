/** Every user-facing text exists in Japanese (the default) and English. */
export interface Message {
  ja: string;
  en: string;
}

export type Locale = keyof Message;

export const LOCALES: readonly Locale[] = ['ja', 'en'];

export function message(ja: string, en: string): Message {
  return { ja, en };
}
