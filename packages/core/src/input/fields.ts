import { AppError } from '../domain/app-error';
import type { Message } from '../domain/message';

/**
 * Reads fields out of untrusted JSON (HTTP bodies, CLI flags) and collects every problem at once,
 * so a form can mark all wrong fields in one round trip.
 */
export class FieldReader {
  private readonly problems: Record<string, Message> = {};
  private readonly source: Record<string, unknown>;

  constructor(input: unknown) {
    this.source = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      this.problems._ = { ja: '入力がオブジェクトではありません', en: 'Input must be an object' };
    }
  }

  has(field: string): boolean {
    return this.source[field] !== undefined;
  }

  text(field: string, options: { required?: boolean; max?: number } = {}): string {
    const value = this.source[field];
    const max = options.max ?? 10_000;
    if (value === undefined || value === null) {
      if (options.required) this.fail(field, { ja: '入力してください', en: 'Required' });
      return '';
    }
    if (typeof value !== 'string') {
      this.fail(field, { ja: '文字列で入力してください', en: 'Must be text' });
      return '';
    }
    const trimmed = value.normalize('NFC').trim();
    if (options.required && trimmed === '') this.fail(field, { ja: '入力してください', en: 'Required' });
    if (trimmed.length > max) {
      this.fail(field, { ja: `${max}文字以内で入力してください`, en: `At most ${max} characters` });
    }
    return trimmed;
  }

  optionalId(field: string): string | null {
    const value = this.source[field];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string' || !/^[a-z]{2,4}_[0-9a-z]{8,32}$/.test(value)) {
      this.fail(field, { ja: 'IDの形式が正しくありません', en: 'Malformed id' });
      return null;
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const value = this.source[field];
    if ((value === undefined || value === null || value === '') && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(field, {
      ja: `次のいずれかを指定してください: ${allowed.join(', ')}`,
      en: `Must be one of: ${allowed.join(', ')}`,
    });
    return allowed[0] as T;
  }

  optionalOneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    const value = this.source[field];
    if (value === undefined || value === null || value === '') return null;
    return this.oneOf(field, allowed);
  }

  raw(field: string): unknown {
    return this.source[field];
  }

  fail(field: string, problem: Message): void {
    this.problems[field] ??= problem;
  }

  /** Throws one validation error naming every bad field. */
  done(): void {
    const fields = Object.keys(this.problems);
    if (fields.length === 0) return;
    const list = fields.map((field) => `${field}: ${this.problems[field]?.ja}`).join('、');
    const listEn = fields.map((field) => `${field}: ${this.problems[field]?.en}`).join('; ');
    throw new AppError(
      'validation',
      { ja: `入力内容を確認してください（${list}）`, en: `Please check the input (${listEn})` },
      { fields: this.problems },
    );
  }
}
