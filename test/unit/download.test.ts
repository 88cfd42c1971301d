import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, ExternalError } from '../../packages/core/src/errors.ts';
import { ChecksumMismatchError, defaultDownloadLimitMs, downloadFile, DownloadTimeoutError, formatProgress, HttpNotFoundError, HttpStatusError, type DownloadOptions, type DownloadProgress } from '../../packages/core/src/http/download.ts';
import { describeTlsFailure } from '../../packages/core/src/http/errors.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { bufferBody, generatedBody, startTestServer, type Fault, type TestServer } from '../fixtures/http-server.ts';
import { fixtureBytes } from '../fixtures/trees.ts';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), debug: () => {} };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const content = fixtureBytes(42, 300_000);
const contentSha = sha256(content);

let server: TestServer;
let scratch: string;
let destination: string;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-download-'));
  destination = path.join(scratch, 'model.zip');
  logger = recordingLogger();
  server.requests.length = 0;
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

let routes = 0;
/** Serves `content` at a fresh path with these faults; returns the path. */
function serve(faults: Fault[] = [], acceptRanges = false): string {
  const route = `/m${++routes}/model.zip`;
  server.route(route, { body: bufferBody(content), acceptRanges, faults });
  return route;
}

/** Fast settings: tiny backoff and timeouts so retries cost milliseconds. */
function download(route: string, options: Partial<DownloadOptions> = {}) {
  return downloadFile({ url: server.url(route), destination, label: 'model', logger, backoffMs: 1, timeoutMs: 300, ...options });
}

/** Asserts the destination holds exactly `content`. */
function expectContent(): void {
  expect(sha256(readFileSync(destination))).toBe(contentSha);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error: unknown) {
    return error as Error;
  }
  throw new Error('expected the download to fail');
}

describe('downloadFile', () => {
  it('streams a body to the file with its size, digest and a final log line', async () => {
    const route = serve();
    const result = await download(route);
    expect(result).toEqual({ bytes: 300_000, sha256: contentSha, attempts: 1, elapsedMs: expect.any(Number) });
    expectContent();
    expect(server.requestsTo(route).map((r) => [r.method, r.range])).toEqual([['GET', undefined]]);
    expect(logger.lines[0]).toBe(`info model: downloading ${server.url(route)}`);
    expect(logger.lines.at(-1)).toMatch(/^info model: downloaded 293\.0 KiB in .+, \d+\.\d MB\/s\.$/);
  });

  it('overwrites an existing destination and sends the given headers', async () => {
    const route = serve();
    await download(route);
    await download(route, { headers: { authorization: 'Bearer t0ken' } });
    expectContent();
    expect(server.requestsTo(route)[1]!.headers.authorization).toBe('Bearer t0ken');
  });

  it('retries a 500 and succeeds, with a warning naming the cause', async () => {
    const route = serve([{ kind: 'status', status: 500 }]);
    const result = await download(route);
    expect(result.attempts).toBe(2);
    expectContent();
    expect(server.requestsTo(route)).toHaveLength(2);
    expect(logger.lines.filter((line) => line.startsWith('warning'))).toEqual([expect.stringMatching(/^warning model: attempt 1 of 4 failed \(HTTP 500 Internal Server Error\); retrying in \d/)]);
  });

  it.each([408, 429, 502, 503])('retries HTTP %d', async (status) => {
    const route = serve([{ kind: 'status', status }, { kind: 'status', status }]);
    expect((await download(route)).attempts).toBe(3);
    expectContent();
  });

  it('waits as long as Retry-After asks', async () => {
    const route = serve([{ kind: 'status', status: 429, headers: { 'retry-after': '1' } }]);
    await download(route);
    const [first, second] = server.requestsTo(route);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
  });

  it.each([404, 410])('fails at once on HTTP %d with HttpNotFoundError', async (status) => {
    const route = serve([{ kind: 'status', status }]);
    const error = await rejection(download(route));
    expect(error).toBeInstanceOf(HttpNotFoundError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`Not found: ${server.url(route)} (HTTP ${status}).`);
    expect((error as HttpNotFoundError).url).toBe(server.url(route));
    expect(server.requestsTo(route)).toHaveLength(1);
    expect(existsSync(destination)).toBe(false);
  });

  it('fails at once on another 4xx with HttpStatusError', async () => {
    const route = serve([{ kind: 'status', status: 403 }]);
    const error = await rejection(download(route));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as HttpStatusError).status).toBe(403);
    expect(error.message).toBe(`Download of ${server.url(route)} failed: HTTP 403 Forbidden.`);
    expect(server.requestsTo(route)).toHaveLength(1);
  });

  it('gives up on a 5xx after the retries with HttpStatusError', async () => {
    const route = serve(Array<Fault>(3).fill({ kind: 'status', status: 503 }));
    const error = await rejection(download(route, { retries: 2 }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(503);
    expect(error.message).toBe(`Download of ${server.url(route)} failed after 3 attempts: HTTP 503 Service Unavailable.`);
    expect(server.requestsTo(route)).toHaveLength(3);
    expect(existsSync(destination)).toBe(false);
  });

  it('resumes a truncated body with a Range request and keeps the running digest', async () => {
    const route = serve([{ kind: 'truncate', afterBytes: 1000 }], true);
    const result = await download(route);
    expect(result).toMatchObject({ bytes: 300_000, sha256: contentSha, attempts: 2 });
    expectContent();
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, 'bytes=1000-']);
    expect(logger.lines).toContainEqual(expect.stringMatching(/^warning model: attempt 1 of 4 failed \(connection lost after 1000 B of 293\.0 KiB \(aborted\)\); retrying in .+, resuming at 1000 B\.$/));
  });

  it('resumes after a connection reset deep into the body', async () => {
    const route = serve([{ kind: 'reset', afterBytes: 200_000 }], true);
    expect((await download(route)).attempts).toBe(2);
    expectContent();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(server.requestsTo(route)[1]!.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0); // the bytes that made it; what a reset drops varies
    expect(resumedAt).toBeLessThanOrEqual(200_000);
  });

  it('starts over when the server does not support ranges', async () => {
    const route = serve([{ kind: 'truncate', afterBytes: 1000 }], false);
    expect((await download(route)).attempts).toBe(2);
    expectContent();
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, undefined]);
  });

  it('starts over when a range request is answered with the whole body', async () => {
    const route = serve([{ kind: 'truncate', afterBytes: 1000 }, { kind: 'whole' }], true);
    expect(await download(route)).toMatchObject({ bytes: 300_000, sha256: contentSha, attempts: 2 });
    expectContent();
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, 'bytes=1000-']);
  });

  it('starts over without a range when a 206 does not start where the file ends', async () => {
    const route = serve([{ kind: 'truncate', afterBytes: 1000 }, { kind: 'partial', start: 500 }], true);
    expect(await download(route)).toMatchObject({ bytes: 300_000, sha256: contentSha, attempts: 3 });
    expectContent();
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, 'bytes=1000-', undefined]);
  });

  it('retries a stalled body after the inactivity timeout', async () => {
    const route = serve([{ kind: 'stall', afterBytes: 1000 }], true);
    expect((await download(route)).attempts).toBe(2);
    expectContent();
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, 'bytes=1000-']);
    expect(logger.lines).toContainEqual(expect.stringMatching(/^warning model: attempt 1 of 4 failed \(no data for 300 ms\)/));
  });

  it('retries a server that never answers', async () => {
    const route = serve([{ kind: 'hang' }]);
    expect((await download(route)).attempts).toBe(2);
    expectContent();
    expect(logger.lines).toContainEqual(expect.stringMatching(/^warning model: attempt 1 of 4 failed \(no response within 300 ms\)/));
  });

  it('lets a slow body finish when no gap reaches the timeout, reporting progress on the way', async () => {
    const route = serve([{ kind: 'slow', chunkBytes: 30_000, delayMs: 40 }]);
    const reports: DownloadProgress[] = [];
    const result = await download(route, { progressIntervalMs: 100, onProgress: (p) => reports.push(p) });
    expect(result.attempts).toBe(1);
    expectContent();
    const progressLines = logger.lines.filter((line) => / of 293\.0 KiB/.test(line));
    expect(progressLines.length).toBeGreaterThanOrEqual(2);
    for (const line of progressLines) expect(line).toMatch(/^info model: \d{1,3}% of 293\.0 KiB, \d+\.\d MB\/s, ETA \d/);
    expect(reports.length).toBe(progressLines.length + 1); // the final report has no line of its own
    const received = reports.map((r) => r.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(reports.at(-1)).toMatchObject({ receivedBytes: 300_000, totalBytes: 300_000, etaSeconds: 0 });
  });

  it('follows redirects', async () => {
    const target = serve();
    const route = `/redirect${routes}`;
    server.route(route, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: target, status: 301 }] });
    expect((await download(route)).sha256).toBe(contentSha);
    expect(server.requests.map((r) => r.path)).toEqual([route, target]);
  });

  it('follows relative redirects, resolved against the URL that redirected', async () => {
    const target = serve();
    const [, dir] = /^\/(m\d+)\//.exec(target)!;
    const first = `/redirect${routes}/a/start`;
    const second = `/redirect${routes}/b/next`;
    // Root-relative, then relative to the redirecting URL's directory ("../../<dir>/model.zip").
    server.route(first, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: second, status: 302, asIs: true }] });
    server.route(second, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: `../../${dir}/model.zip`, status: 307, asIs: true }] });
    expect((await download(first)).sha256).toBe(contentSha);
    expect(server.requests.map((r) => r.path)).toEqual([first, second, target]);
    expectContent();
  });

  it('keeps headers on a same-host redirect and drops Authorization on a redirect to another host', async () => {
    const target = serve();
    const sameHost = `/same${routes}`;
    const otherHost = `/other${routes}`;
    server.route(sameHost, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: otherHost, asIs: true }] });
    // 127.0.0.1 and localhost are different host names for the same server.
    server.route(otherHost, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: server.url(target).replace('127.0.0.1', 'localhost'), asIs: true }] });
    await download(sameHost, { headers: { authorization: 'Bearer secret', 'x-extra': 'kept' } });
    const [first, second, third] = server.requests;
    expect([first?.headers.authorization, second?.headers.authorization, third?.headers.authorization]).toEqual(['Bearer secret', 'Bearer secret', undefined]);
    expect(third?.headers['x-extra']).toBe('kept');
    expectContent();
  });

  it('gives up after 20 redirects, and refuses a redirect to a non-http URL', async () => {
    const loop = `/loop${++routes}`;
    server.route(loop, { body: bufferBody(Buffer.alloc(0)), faults: Array<Fault>(30).fill({ kind: 'redirect', location: loop, asIs: true }) });
    const error = await rejection(download(loop));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error.message).toBe(`Download of ${server.url(loop)} failed: more than 20 redirects.`);
    expect(server.requestsTo(loop)).toHaveLength(21);

    const away = `/away${routes}`;
    server.route(away, { body: bufferBody(Buffer.alloc(0)), faults: [{ kind: 'redirect', location: 'file:///etc/passwd', asIs: true }] });
    const refused = await rejection(download(away));
    expect(refused).toBeInstanceOf(HttpStatusError);
    expect(refused.message).toContain(`redirects to 'file:///etc/passwd', which is not an http(s) URL`);
    expect(existsSync(destination)).toBe(false);
  });

  it('fails with an ExternalError naming URL, attempts and cause when the body keeps getting cut', async () => {
    const route = serve(Array<Fault>(2).fill({ kind: 'truncate', afterBytes: 1000 }), true);
    const error = await rejection(download(route, { retries: 1 }));
    expect(error).toBeInstanceOf(ExternalError);
    expect(error.message).toBe(`Download of ${server.url(route)} failed after 2 attempts: connection lost after 2.0 KiB of 293.0 KiB (aborted).`);
    expect(server.requestsTo(route).map((r) => r.range)).toEqual([undefined, 'bytes=1000-']);
    expect(existsSync(destination)).toBe(false);
  });

  it('fails with an ExternalError when nothing listens', async () => {
    const closed = await startTestServer();
    await closed.close();
    const url = closed.url('/model.zip');
    const error = await rejection(downloadFile({ url, destination, logger, retries: 2, backoffMs: 1 }));
    expect(error).toBeInstanceOf(ExternalError);
    expect(error).not.toBeInstanceOf(HttpStatusError);
    expect(error.message).toMatch(new RegExp(`^Download of ${url} failed after 3 attempts: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\.$`));
    expect(existsSync(destination)).toBe(false);
  });

  it('fails when the body is short of its Content-Length', async () => {
    // A server that closes early with a Content-Length: Node reports it, the file must not survive.
    const route = serve([{ kind: 'truncate', afterBytes: 299_999 }]);
    const error = await rejection(download(route, { retries: 0 }));
    expect(error).toBeInstanceOf(ExternalError);
    // How much made it to disk varies (chunks still queued when the connection drops are not kept).
    expect(error.message).toMatch(new RegExp(`^Download of ${server.url(route)} failed after 1 attempt: connection lost after \\d+\\.\\d KiB of 293\\.0 KiB \\(aborted\\)\\.$`));
    expect(existsSync(destination)).toBe(false);
  });

  it('accepts a matching sha256 in any case', async () => {
    expect((await download(serve(), { expectedSha256: contentSha.toUpperCase() })).sha256).toBe(contentSha);
  });

  it('rejects a body whose sha256 does not match and deletes it', async () => {
    const route = serve();
    const wrong = 'ab'.repeat(32);
    const error = await rejection(download(route, { expectedSha256: wrong }));
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ expected: wrong, actual: contentSha });
    expect(error.message).toBe(`Checksum mismatch for ${server.url(route)}: expected sha256 ${wrong}, got ${contentSha}.`);
    expect(server.requestsTo(route)).toHaveLength(1);
    expect(existsSync(destination)).toBe(false);
  });

  it.each([
    ['ftp://127.0.0.1/model.zip', undefined, /not an http\(s\) URL/],
    ['not a url', undefined, /not an http\(s\) URL/],
    [undefined, 'abc', /not 64 hex digits/],
  ])('rejects bad options before any request: %p %p', async (url, expectedSha256, message) => {
    const error = await rejection(download(serve(), { ...(url ? { url } : {}), ...(expectedSha256 ? { expectedSha256 } : {}) }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it('streams 200 MiB with flat memory', async () => {
    const size = 200 * 2 ** 20;
    server.route('/big.zip', { body: generatedBody(size, 7) });
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    try {
      const result = await download('/big.zip', { timeoutMs: 10_000 });
      expect(result).toMatchObject({ bytes: size, sha256: '2024d48f1ed84b647275228e486f899c781a684edac7369337d8251658de768a', attempts: 1 });
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(100 * 2 ** 20);
  });
});

describe('formatProgress', () => {
  const total = 1.8 * 2 ** 30;
  it('shows percent, size, speed and ETA when the size is known', () => {
    expect(formatProgress('vosk-model-small-en-us-0.15', { receivedBytes: total * 0.455, totalBytes: total, bytesPerSecond: 23.4e6, etaSeconds: 62 })).toBe(
      'vosk-model-small-en-us-0.15: 45% of 1.8 GiB, 23.4 MB/s, ETA 1m 2s',
    );
  });
  it('leaves out the ETA before a speed is known', () => {
    expect(formatProgress('m', { receivedBytes: 0, totalBytes: 2048, bytesPerSecond: 0 })).toBe('m: 0% of 2.0 KiB, 0.0 MB/s');
  });
  it('shows received bytes and speed without a total', () => {
    expect(formatProgress('m', { receivedBytes: 12 * 2 ** 20, bytesPerSecond: 1.5e6 })).toBe('m: 12.0 MiB, 1.5 MB/s');
  });
});

describe('describeTlsFailure', () => {
  const tlsError = (code: string, message: string) => Object.assign(new Error(message), { code });
  it.each([
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate; if the root CA is installed locally, try running Node.js with --use-system-ca', /^the server's TLS certificate is not trusted on this machine \(self-signed certificate\)\. .*NODE_EXTRA_CA_CERTS/],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate', /not trusted on this machine \(unable to get local issuer certificate\)/],
    ['CERT_HAS_EXPIRED', 'certificate has expired', /^TLS failed \(certificate has expired\)$/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames", /^TLS failed \(Hostname\/IP does not match/],
  ])('%s is described for the user', (code, message, expected) => expect(describeTlsFailure(tlsError(code, message))).toMatch(expected));
  it.each([[tlsError('ECONNRESET', 'socket hang up')], [new Error('plain')], [undefined], ['text']])('%p is no TLS failure', (error) => expect(describeTlsFailure(error)).toBeUndefined());
});

describe('the overall deadline', () => {
  it('covers the waits between attempts too: a server asking to come back later is given up on at the limit', async () => {
    const route = serve([{ kind: 'status', status: 503, headers: { 'retry-after': '30' } }, { kind: 'status', status: 503, headers: { 'retry-after': '30' } }]);
    const started = performance.now();
    const error = await rejection(download(route, { limitMs: 1000, retries: 5 }));
    expect(performance.now() - started).toBeLessThan(5000);
    // The progress clock starts a moment after the deadline's: at the limit it may read 999 ms.
    expect(error).toBeInstanceOf(DownloadTimeoutError);
    expect(error.message).toMatch(new RegExp(`^Download of ${server.url(route).replace(/[.]/g, '\\.')} did not finish within 1\\.00 s: 0 B arrived in (?:99\\d ms|1\\.\\d\\d s) and 1 attempt, 0\\.0 MB/s on average\\.$`));
    expect(existsSync(destination)).toBe(false);
    expect(server.requestsTo(route)).toHaveLength(1);
  });

  it('the default follows the size the server announces', () => {
    expect(defaultDownloadLimitMs(undefined)).toBe(60 * 60_000);
    expect(defaultDownloadLimitMs(0)).toBe(5 * 60_000);
    expect(defaultDownloadLimitMs(50 * 2 ** 20)).toBe(5 * 60_000 + 50_000);
    expect(defaultDownloadLimitMs(2 ** 50)).toBe(24 * 60 * 60_000);
  });

  it('stops at once when the caller aborts, with the caller\'s reason', async () => {
    const route = serve([{ kind: 'slow', chunkBytes: 1024, delayMs: 50 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the lock was taken over')), 300);
    const error = await rejection(download(route, { signal: controller.signal }));
    expect(error.message).toBe('the lock was taken over');
    expect(existsSync(destination)).toBe(false);
  });
});

describe('the runner proxy settings', () => {
  const proxyVariables = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'] as const;
  let saved: Record<string, string | undefined>;
  beforeEach(() => {
    saved = Object.fromEntries(proxyVariables.map((name) => [name, process.env[name]]));
    for (const name of proxyVariables) delete process.env[name];
  });
  afterEach(() => {
    for (const name of proxyVariables) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  /** A forward proxy on loopback that tunnels every CONNECT to the test server, whatever host it names. */
  async function startTunnelProxy(): Promise<{ url: string; connects: string[]; close: () => Promise<void> }> {
    const connects: string[] = [];
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
      connects.push(req.url ?? '');
      const upstream = net.connect(Number(new URL(server.url('/')).port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      connects,
      close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
    };
  }

  it('a host the proxy settings cover is downloaded through the proxy', async () => {
    const proxy = await startTunnelProxy();
    try {
      process.env['http_proxy'] = proxy.url;
      const route = serve();
      const port = new URL(server.url('/')).port;
      // A name that resolves nowhere: only the proxy can reach it.
      const result = await downloadFile({ url: `http://models.invalid:${port}${route}`, destination, label: 'model', logger, backoffMs: 1, timeoutMs: 2000 });
      expect(result.sha256).toBe(contentSha);
      expectContent();
      expect(proxy.connects).toEqual([`models.invalid:${port}`]);
    } finally {
      await proxy.close();
    }
  });

  it('a host no_proxy names, and loopback, are downloaded directly', async () => {
    const proxy = await startTunnelProxy();
    try {
      process.env['http_proxy'] = proxy.url;
      process.env['no_proxy'] = 'models.invalid';
      await download(serve());
      expectContent();
      const port = new URL(server.url('/')).port;
      const refused = await rejection(downloadFile({ url: `http://models.invalid:${port}${serve()}`, destination, label: 'model', logger, backoffMs: 1, timeoutMs: 2000, retries: 0 }));
      expect(refused.message).toMatch(/models\.invalid/);
      expect(proxy.connects).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
