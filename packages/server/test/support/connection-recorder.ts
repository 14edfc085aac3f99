import dns from 'node:dns';
import net from 'node:net';

export interface ConnectionAttempt {
  host: string;
  port: number;
  loopback: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Records every outbound TCP connection and DNS lookup this process makes, by wrapping the two
 * functions all of Node's clients (fetch/undici, http, net) go through. ffmpeg children get local file
 * paths only and are given no network arguments.
 */
export function recordConnections(): { attempts: ConnectionAttempt[]; dnsLookups: string[]; stop(): void } {
  const attempts: ConnectionAttempt[] = [];
  const dnsLookups: string[] = [];
  const originalConnect = net.Socket.prototype.connect;
  const originalLookup = dns.lookup;
  net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options =
      typeof first === 'object' && first !== null ? (first as { host?: string; port?: number; path?: string }) : null;
    if (!options?.path) {
      const host = options?.host ?? (typeof args[1] === 'string' ? args[1] : 'localhost');
      const port = Number(options?.port ?? first);
      attempts.push({ host, port, loopback: LOOPBACK.test(host) });
    }
    return (originalConnect as (...rest: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    dnsLookups.push(hostname);
    return (originalLookup as (...all: unknown[]) => void)(hostname, ...rest);
  }) as typeof dns.lookup;
  return {
    attempts,
    dnsLookups,
    stop() {
      net.Socket.prototype.connect = originalConnect;
      dns.lookup = originalLookup;
    },
  };
}
