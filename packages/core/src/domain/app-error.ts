import type { Message } from './message';

/**
 * What went wrong, in words a user can act on, plus the HTTP status it maps to.
 * Core has no HTTP; the status is plain data so that the server's error handler stays one line.
 */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'duplicate'
  | 'unsupported_media'
  | 'too_large'
  | 'empty_file'
  | 'too_short'
  | 'damaged_media'
  | 'conflict'
  | 'unavailable'
  | 'cancelled'
  | 'locked'
  | 'wrong_passphrase'
  | 'integrity'
  | 'chunk_gap'
  | 'session_closed'
  | 'disk_full'
  | 'internal';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  duplicate: 409,
  unsupported_media: 415,
  too_large: 413,
  empty_file: 400,
  too_short: 422,
  damaged_media: 422,
  conflict: 409,
  unavailable: 503,
  cancelled: 499,
  locked: 423,
  wrong_passphrase: 403,
  integrity: 422,
  // The recorder's chunk protocol: a chunk arrived before the ones it follows; the session was already
  // finalised; the disk is full (507 Insufficient Storage). The page reacts to each differently.
  chunk_gap: 409,
  session_closed: 410,
  disk_full: 507,
  internal: 500,
};

export interface AppErrorBody {
  code: ErrorCode;
  message: Message;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: Message;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, userMessage: Message, details?: Record<string, unknown>) {
    super(userMessage.en);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  toBody(): AppErrorBody {
    return this.details
      ? { code: this.code, message: this.userMessage, details: this.details }
      : { code: this.code, message: this.userMessage };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
