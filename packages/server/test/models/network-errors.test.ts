import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppError } from '@furikaeri/core';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFile } from '../../src/models/download';
import { closedLoopbackPort } from './model-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function failedDownload(url: string, fetchImpl?: typeof fetch): Promise<AppError> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'furikaeri-net-'));
  dirs.push(dir);
  try {
    await downloadFile({
      url,
      partFile: path.join(dir, 'model.tar.bz2.part'),
      expected: { size: 10, sha256: '0'.repeat(64) },
      label: 'model.tar.bz2',
      fetch: fetchImpl,
      maxAttempts: 1,
    });
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the download to fail');
}

describe('a model download that cannot reach its site says so in plain words', () => {
  it('connection refused (real, on loopback): the site is unreachable, with the offline import offered', async () => {
    const url = `http://127.0.0.1:${await closedLoopbackPort()}/model.tar.bz2`;
    const error = await failedDownload(url);
    expect(error.details).toMatchObject({ reason: 'unreachable', code: 'ECONNREFUSED', url });
    expect(error.userMessage.ja).toContain('接続できませんでした');
    expect(error.userMessage.ja).toContain('ファイルから取り込む');
    expect(error.userMessage.ja).not.toContain('fetch failed');
    expect(error.userMessage.en).toContain('Import from a file');
  });

  it('a name that does not resolve (as undici reports it: fetch failed, cause ENOTFOUND): offline', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', { cause: notFound });
    }) as unknown as typeof fetch;
    const error = await failedDownload('https://github.com/k2-fsa/model.tar.bz2', fetchImpl);
    expect(error.details).toMatchObject({ reason: 'offline', code: 'ENOTFOUND' });
    expect(error.userMessage.ja).toContain('インターネットに接続されていない');
    expect(error.userMessage.ja).toContain('github.com');
    expect(error.userMessage.ja).not.toContain('getaddrinfo');
    expect(error.userMessage.en).toContain('offline');
  });

  it('a timeout inside an AggregateError (both address families tried) is found too', async () => {
    const timeout = Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' });
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', { cause: new AggregateError([timeout], 'all attempts failed') });
    }) as unknown as typeof fetch;
    const error = await failedDownload('https://github.com/model.tar.bz2', fetchImpl);
    expect(error.details).toMatchObject({ reason: 'unreachable', code: 'ETIMEDOUT' });
  });
});
