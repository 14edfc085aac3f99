import { expect } from 'vitest';
import { AppError } from '../../src/index';

/** Runs a parse that must fail and returns the error, checking it is a bilingual validation error. */
export function parseError(parse: () => unknown): AppError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.userMessage.ja.length).toBeGreaterThan(0);
    expect(appError.userMessage.en.length).toBeGreaterThan(0);
    return appError;
  }
  throw new Error('expected the parse to fail');
}
