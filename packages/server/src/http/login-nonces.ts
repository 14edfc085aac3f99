import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Long enough for a browser to start and open the link; short enough that a copy seen later is useless. */
export const LOGIN_NONCE_TTL_MS = 120_000;

/**
 * One-use login links for the browser `furikaeri serve` opens. The opener (xdg-open, open, start) gets
 * the URL on its command line, which every local user can read in `ps`: so it carries a nonce, never the
 * session token. The server exchanges a nonce for the session cookie on first use; then, or after
 * `LOGIN_NONCE_TTL_MS`, it is dead.
 */
export class LoginNonces {
  private readonly live = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = LOGIN_NONCE_TTL_MS,
  ) {}

  issue(): string {
    this.forgetExpired();
    const nonce = randomBytes(24).toString('base64url');
    this.live.set(nonce, this.now() + this.ttlMs);
    return nonce;
  }

  /** True once for a nonce issued here and not yet expired; it is gone afterwards either way. */
  redeem(offered: string): boolean {
    this.forgetExpired();
    const given = Buffer.from(offered);
    for (const [nonce, expires] of this.live) {
      const known = Buffer.from(nonce);
      if (known.length === given.length && timingSafeEqual(known, given)) {
        this.live.delete(nonce);
        return expires > this.now();
      }
    }
    return false;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [nonce, expires] of this.live) if (expires <= now) this.live.delete(nonce);
  }
}
