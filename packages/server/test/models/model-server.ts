import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

/**
 * A local file server on 127.0.0.1 that behaves like a release download: Range requests answered with 206,
 * plus the faults a real network has, switched on per test.
 */
export interface ModelServer {
  url(name: string): string;
  /** Every request's Range header (null when none), in order. */
  ranges: (string | null)[];
  /** Close the socket after this many body bytes, on the next N responses. */
  dropAfter(bytes: number, times?: number): void;
  /** Answer Range requests with the whole file (200), like a server without range support. */
  ignoreRanges(value: boolean): void;
  close(): Promise<void>;
}

export async function startModelServer(files: Record<string, Buffer>): Promise<ModelServer> {
  const ranges: (string | null)[] = [];
  let drop: { bytes: number; times: number } | null = null;
  let ignoreRanges = false;
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    const body = files[name];
    ranges.push(request.headers.range ?? null);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    const match = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    const start = match && !ignoreRanges ? Number(match[1]) : 0;
    if (start >= body.byteLength && start > 0) {
      response.writeHead(416, { 'Content-Range': `bytes */${body.byteLength}` }).end();
      return;
    }
    const slice = body.subarray(start);
    const headers: http.OutgoingHttpHeaders = { 'Content-Length': slice.byteLength, 'Accept-Ranges': 'bytes' };
    if (start > 0) headers['Content-Range'] = `bytes ${start}-${body.byteLength - 1}/${body.byteLength}`;
    response.writeHead(start > 0 ? 206 : 200, headers);
    if (drop && drop.times > 0) {
      drop.times -= 1;
      // Send part of the body, then cut the connection as a flaky network would.
      response.write(slice.subarray(0, drop.bytes), () => response.socket?.destroy());
      return;
    }
    response.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    ranges,
    dropAfter(bytes, times = 1) {
      drop = { bytes, times };
    },
    ignoreRanges(value) {
      ignoreRanges = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback port nothing listens on: connecting is refused at once, as an unreachable site's would be. */
export async function closedLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
