import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server';
import { type HttpTestApp, openHttpTestApp } from './support/http-app';
import { tempDir } from './support/temp-context';

/**
 * #15: a path that spells `/api` with percent-escapes used to skip the token check while the router still served
 * it. Every spelling below must be refused (400 for an ambiguous spelling, 401 without the session), and never
 * reach data. Checked in-process and through a real socket, where Node's own URL handling comes into play.
 */
const SECRET_COMPANY = '秘密の会社株式会社';
const HOST = '127.0.0.1:4280';

let t: HttpTestApp;
let eventId: string;
beforeAll(async () => {
  t = await openHttpTestApp();
  const company = t.ctx.library.createCompany({ name: SECRET_COMPANY });
  eventId = t.ctx.library.createEvent({ companyId: company.id, type: 'interview', round: 'first' }).id;
});
afterAll(async () => {
  await t.cleanup();
});

/** A request as another local process would send it: right Host, no cookie, no token. */
async function anonymous(pathname: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('host', HOST);
  return t.app.request(`http://${HOST}${pathname}`, { ...init, headers });
}

const BYPASS_SPELLINGS = [
  '/%61pi/events',
  '/ap%69/events',
  '/a%70i/companies',
  '/%41PI/events',
  '/%41%50%49/events',
  '/API/events',
  '/Api/companies',
  '/%2561pi/events',
  '/%252561pi/events',
  '/api%2Fevents',
  '/api%2fcompanies',
  '/%2Fapi/events',
  '/api%5Cevents',
  '/api\\events',
  '//api/events',
  '/api//events',
  '/./api/events',
  '/assets/../api/events',
  '/assets/%2e%2e/api/events',
  '/%2e/api/events',
  '/api/%2e%2e/api/events',
  '/api/events%00',
  '/%C0%AFapi/events',
  '/api%09/events',
];

describe('no spelling of a path gets around the session', () => {
  it.each(BYPASS_SPELLINGS)('refuses %s without the session and shows no data', async (spelling) => {
    const response = await anonymous(spelling);
    expect([400, 401, 404]).toContain(response.status);
    expect(await response.text()).not.toContain(SECRET_COMPANY);
  });

  it('refuses ambiguous spellings with 400 even with the token (they are never served)', async () => {
    for (const spelling of ['/%61pi/events', '/%2561pi/events', '/api%2Fevents', '/%41PI/events']) {
      const response = await t.call(spelling);
      expect(response.status, spelling).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('bad_path');
    }
  });

  it('a write through an encoded path is refused and changes nothing', async () => {
    const response = await anonymous('/%61pi/companies', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '侵入者' }),
    });
    expect([400, 401]).toContain(response.status);
    expect(t.ctx.repos.companies.findByName('侵入者')).toBeNull();
  });

  it('every registered API route refuses a request without the session (401), for every method', async () => {
    const routes = t.app.routes.filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(50);
    const groups = new Set<string>();
    for (const route of routes) {
      const concrete = route.path.replace(/:[A-Za-z]+/g, route.path.includes('/events/') ? eventId : 'x_1');
      const response = await anonymous(concrete, { method: route.method });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      groups.add(route.path.split('/')[2] ?? '');
    }
    // One check per route group at least: the app's whole surface, whatever is added later.
    expect([...groups]).toEqual(
      expect.arrayContaining(['vault', 'companies', 'events', 'recordings', 'live-sessions', 'settings', 'models']),
    );
  });

  it('serves the page and its bundled files without the session, nothing else', async () => {
    expect((await anonymous('/')).status).toBe(200);
    expect((await anonymous('/index.html')).status).toBe(200);
    expect((await anonymous('/assets/missing-abc123.js')).status).toBe(404);
    for (const pathname of ['/settings', '/companies/x', '/index.html/x', '/assets/a/b.js', '/health']) {
      expect((await anonymous(pathname)).status, pathname).toBe(401);
    }
    expect((await anonymous('/', { method: 'POST' })).status).toBe(401);
  });

  it('still serves escaped UTF-8 paths that mean one thing only', async () => {
    const response = await t.call('/api/companies/%E6%A0%AA%E5%BC%8F');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('not_found');
  });
});

describe('malformed paths are 400, not 500 (#15 item 2)', () => {
  it.each(['/%ff', '/%E3%81', '/api/%ff', '/api/events/%E3%81', '/assets/%zz.js', '/%', '/api/events/%e3%8'])(
    '%s',
    async (malformed) => {
      const response = await t.call(malformed);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { code: string; message: { ja: string; en: string } };
      expect(body.code).toBe('bad_path');
      expect(body.message.ja).toContain('URL');
    },
  );
});

describe('through a real socket', () => {
  it('refuses every spelling the same way when Node parses the request line', async () => {
    const webRoot = tempDir('furikaeri-web-');
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>furikaeri</title>');
    const server = await startServer(t.session, { port: 0, webRoot });
    try {
      for (const spelling of [...BYPASS_SPELLINGS, '/%ff', '/%E3%81']) {
        const { status, body } = await rawGet(server.port, spelling);
        expect([400, 401, 404], `${spelling} → ${status}`).toContain(status);
        expect(body).not.toContain(SECRET_COMPANY);
      }
      const allowed = await rawGet(server.port, '/api/companies', `Authorization: Bearer ${server.token}`);
      expect(allowed.status).toBe(200);
      expect(allowed.body).toContain(SECRET_COMPANY);
    } finally {
      await server.close();
      fs.rmSync(webRoot, { recursive: true, force: true });
    }
  });
});

/** A GET whose request line is sent byte for byte as given (fetch would normalise it first). */
function rawGet(port: number, target: string, extraHeader = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, body: received.slice(received.indexOf('\r\n\r\n') + 4) });
    });
    const headers = [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
    if (extraHeader) headers.push(extraHeader);
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
  });
}
