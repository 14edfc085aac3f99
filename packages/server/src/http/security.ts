import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { LoginNonces } from './login-nonces';
import { checkPathSpelling } from './path-spelling';
import { isPublicRequest } from './public-paths';

export const SESSION_COOKIE = 'furikaeri_session';

const READ_METHODS = new Set(['GET', 'HEAD']);

export interface SecurityOptions {
  token: string;
  /** The hosts (name:port) the server answers to; anything else is a DNS-rebinding attempt. */
  allowedHosts: readonly string[];
  /** One-use login links (`?login=`) for the browser the CLI opens; without it only `?token=` logs in. */
  loginNonces?: LoginNonces;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function badPath(reason: { ja: string; en: string }): Response {
  return Response.json(
    {
      code: 'bad_path',
      message: { ja: `URLのパスが正しくありません（${reason.ja}）`, en: `Malformed URL path: ${reason.en}` },
    },
    { status: 400 },
  );
}

function forbidden(reason: string, ja: string): Response {
  return Response.json({ code: 'forbidden', message: { ja, en: reason } }, { status: 403 });
}

/**
 * The local server is reachable by every page the user's browser opens, so it trusts nothing by default:
 * the Host must be ours (DNS rebinding), a cross-site Origin is refused (CSRF), and the API needs the
 * per-launch token, which the printed URL exchanges for an HttpOnly SameSite=Strict cookie.
 */
export function security(options: SecurityOptions): MiddlewareHandler {
  const allowedOrigins = new Set(options.allowedHosts.map((host) => `http://${host}`));
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!options.allowedHosts.includes(host)) {
      return forbidden(`Unknown host "${host}"`, `不明なホスト名です（${host}）`);
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return forbidden('Cross-origin request refused', '他のサイトからのリクエストは受け付けません');
    }
    // Only our own page (same-origin) or the user typing/opening the URL (none). `same-site` is another port of
    // 127.0.0.1 — a dev server, a notebook, a local listener: cookies are not kept apart by port (RFC 6265
    // §8.5), so the browser would send our session cookie with its requests. Anything else, lists included, too.
    const fetchSite = c.req.header('sec-fetch-site');
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return forbidden('Cross-site request refused', '他のサイトからのリクエストは受け付けません');
    }

    const url = new URL(c.req.url);
    const spelling = checkPathSpelling(url.pathname);
    if (!spelling.ok) return badPath(spelling.reason);

    const offered = url.searchParams.get('token');
    const nonce = url.searchParams.get('login');
    if ((offered !== null || nonce !== null) && c.req.method === 'GET') {
      if (offered !== null && !sameToken(offered, options.token)) {
        return forbidden('Invalid token: open the URL printed by `furikaeri serve`', 'トークンが正しくありません');
      }
      if (offered === null && !options.loginNonces?.redeem(nonce ?? '')) {
        return forbidden(
          'This login link was already used or has expired: open the URL printed by `furikaeri serve`',
          'このログイン用リンクは使用済みか期限切れです。`furikaeri serve` が表示したURLから開いてください',
        );
      }
      setCookie(c, SESSION_COOKIE, options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      url.searchParams.delete('login');
      // Drop the token (or the spent nonce) from the address bar and history.
      return c.redirect(url.pathname + url.search, 303);
    }

    // Decided on the path the router matched (c.req.path), never on the raw URL, so that no spelling can
    // reach a handler the check did not guard. Everything but the page's public files needs the session.
    if (!isPublicRequest(c.req.method, c.req.path)) {
      const bearer = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
      const byBearer = sameToken(bearer, options.token);
      const byCookie = sameToken(getCookie(c, SESSION_COOKIE), options.token);
      // A browser sends Origin with every write; a write carried by the cookie alone without it did not come
      // from our page (an old browser's form from another local port). Scripts use the Bearer header.
      if (byCookie && !byBearer && !READ_METHODS.has(c.req.method) && origin === undefined) {
        return forbidden('A write without Origin is refused', '送信元の分からない変更は受け付けません');
      }
      if (!byCookie && !byBearer) {
        return Response.json(
          {
            code: 'unauthorized',
            message: {
              ja: 'セッションの有効期限が切れました。ターミナルに表示されたURLから開き直してください。',
              en: 'No valid session. Open the URL printed in the terminal.',
            },
          },
          { status: 401 },
        );
      }
    }
    await next();
  };
}

/** No CDN, no inline script, no framing: the page can only talk to this server. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}
