import { AppError } from '@furikaeri/core';

export function usageError(ja: string, en: string): AppError {
  return new AppError('validation', { ja, en });
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw usageError(`ポート番号が正しくありません: ${value}`, `Invalid port: ${value}`);
  }
  return port;
}
