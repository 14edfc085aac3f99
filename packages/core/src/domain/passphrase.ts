import type { Message } from './message';

export interface PassphraseAssessment {
  /** 0 (unusable) … 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  hints: Message[];
}

export const MIN_PASSPHRASE_LENGTH = 8;

const COMMON = ['password', 'passw0rd', '12345678', 'qwerty', 'furikaeri', 'iloveyou', 'abc12345', 'shukatsu'];

/**
 * A transparent strength hint, not a guarantee. Length counts code points, so a Japanese phrase of
 * eight or more characters is as acceptable as an ASCII one (kana and kanji carry more entropy per character).
 */
export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const characters = [...passphrase.normalize('NFC')];
  const hints: Message[] = [];
  if (characters.length < MIN_PASSPHRASE_LENGTH) {
    hints.push({
      ja: `${MIN_PASSPHRASE_LENGTH}文字以上にしてください`,
      en: `Use at least ${MIN_PASSPHRASE_LENGTH} characters`,
    });
    return { score: 0, acceptable: false, hints };
  }
  const lowered = passphrase.toLowerCase();
  if (COMMON.some((word) => lowered.includes(word)) || new Set(characters).size <= 3) {
    hints.push({ ja: 'よく使われる語や繰り返しは避けてください', en: 'Avoid common words and repetition' });
    return { score: 1, acceptable: false, hints };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^\p{ASCII}]/u, /[\p{P}\p{S}\s]/u].filter((pattern) =>
    pattern.test(passphrase),
  ).length;
  let score = 1 + Math.min(2, Math.floor(characters.length / 8)) + (classes >= 3 ? 1 : 0);
  score = Math.min(4, score);
  if (characters.length < 16) {
    hints.push({
      ja: '単語をいくつか組み合わせた長めのフレーズにすると安全です',
      en: 'A longer phrase of several words is safer',
    });
  }
  return { score: score as PassphraseAssessment['score'], acceptable: true, hints };
}
