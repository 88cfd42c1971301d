import { createHash } from '../lazy-builtins.ts';
import { open, rm, type FileHandle } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError, describeError, ExternalError, isExpectedError } from '../errors.ts';
import { actionsLogger, type Logger } from '../logging.ts';
import { formatBytes, formatDuration } from '../units.ts';
import { DownloadDeadline } from './deadline.ts';
import { ChecksumMismatchError, describeTlsFailure, HttpNotFoundError, HttpStatusError, isRetryable, isSystemError, TransientError } from './errors.ts';
import { FileSink, type BodyTap, type WrittenState } from './file-sink.ts';
import { Getter } from './get.ts';
import { formatProgress, formatRate, ProgressMeter, snapshot, type DownloadProgress } from './progress.ts';

export { defaultDownloadLimitMs, MAX_DOWNLOAD_LIMIT_MS } from './deadline.ts';
export { ChecksumMismatchError, DownloadTimeoutError, HttpNotFoundError, HttpStatusError } from './errors.ts';
export { formatProgress, type DownloadProgress } from './progress.ts';
export type { BodyTap } from './file-sink.ts';

/** What {@link downloadFile} fetches, where to, and how hard it tries. */
export interface DownloadOptions {
  url: string;
  /** File to write; its directory must exist. Created or overwritten; removed if the download fails. */
  destination: string;
  /** Name used in log lines, e.g. the model name; defaults to the destination's file name. */
  label?: string;
  /** Extra attempts after the first; default 3. */
  retries?: number;
  /** Per-attempt inactivity timeout: no bytes for this long fails the attempt; default 30 s. */
  timeoutMs?: number;
  /**
   * Overall limit on the whole download, retries and waits included. Default: derived from the
   * size once the server tells it (see {@link defaultDownloadLimitMs}), an hour until then.
   */
  limitMs?: number;
  /** Stops the download (rejecting with the signal's reason). */
  signal?: AbortSignal;
  /** Delay before the first retry; doubles each retry, with jitter; default 1 s. */
  backoffMs?: number;
  /** Hex SHA-256 the body must have (any case). */
  expectedSha256?: string;
  /** At most one progress line per this many ms; default 5 s. */
  progressIntervalMs?: number;
  logger?: Logger;
  headers?: Record<string, string>;
  /** Called along with each progress line. */
  onProgress?: (progress: DownloadProgress) => void;
  /**
   * Gets every byte of the body in order as it is written, e.g. to extract while downloading.
   * Abandoned (and given nothing more) as soon as an attempt fails, since a retry may resume or
   * start over. Memory stays bounded: the download waits for it.
   */
  tap?: BodyTap;
}

/** A finished download. */
export interface DownloadResult {
  bytes: number;
  /** Lowercase hex SHA-256 of the file. */
  sha256: string;
  attempts: number;
  elapsedMs: number;
}

/** However long a server asks us to wait, a CI job should not sit idle longer than this per retry. */
const MAX_WAIT_MS = 60_000;

/** Where a download stands between attempts. */
interface Transfer {
  readonly written: WrittenState;
  /** Full size of the file, from Content-Length or Content-Range, once a server told us. */
  totalBytes?: number;
  /** The server advertised `Accept-Ranges: bytes`, so a retry may resume instead of starting over. */
  acceptsRanges: boolean;
  /** Strong ETag or Last-Modified, sent as If-Range so a file changed in between is fetched whole. */
  validator?: string;
}

/** The options with their defaults applied. */
interface Settings {
  url: string;
  label: string;
  timeoutMs: number;
  headers: Record<string, string>;
  logger: Logger;
  tap: BodyTap | undefined;
  deadline: DownloadDeadline;
}

/**
 * Streams `url` into `destination` with bounded memory, hashing on the way. Retries network
 * failures, stalls, truncated bodies, 408, 429 and 5xx with exponential backoff, resuming with a
 * Range request when the server supports it. The runner's proxy settings apply (see {@link Getter});
 * redirects are followed (relative ones too), at most 20.
 * @throws HttpNotFoundError on 404/410, at once.
 * @throws HttpStatusError on another 4xx at once, or a 5xx/408/429 that outlasts the retries.
 * @throws ChecksumMismatchError when `expectedSha256` does not match.
 * @throws ExternalError when a network failure outlasts the retries, naming the URL, the attempts and the last cause.
 * @throws DownloadTimeoutError when the overall limit passes, saying how far the download got.
 * @throws the Node system error of a failing local write (a full disk, …) as it is, for the caller
 *   to explain with what it knows (see explainSystemError).
 */
export async function downloadFile(options: DownloadOptions): Promise<DownloadResult> {
  const { url, destination, retries = 3, backoffMs = 1000, progressIntervalMs = 5000, onProgress } = options;
  const transfer: Transfer = { written: { bytes: 0, hash: createHash('sha256') }, acceptsRanges: false };
  let attempts = 0;
  // Before the deadline's timer exists: a bad option must not leave an hour-long timer behind.
  const expected = checkOptions(url, options.expectedSha256);
  const deadline = new DownloadDeadline(url, options.limitMs, options.signal, () => ({ bytes: transfer.written.bytes, attempts, ...(transfer.totalBytes === undefined ? {} : { totalBytes: transfer.totalBytes }) }));
  const settings: Settings = {
    url,
    label: options.label ?? path.basename(destination),
    timeoutMs: options.timeoutMs ?? 30_000,
    headers: options.headers ?? {},
    logger: options.logger ?? actionsLogger,
    tap: options.tap,
    deadline,
  };
  const { label, logger } = settings;
  const maxAttempts = Math.max(0, Math.floor(retries)) + 1;
  const meter = new ProgressMeter(progressIntervalMs, (progress) => {
    logger.info(formatProgress(label, progress));
    onProgress?.(progress);
  });
  const client = new Getter(settings.timeoutMs);
  const handle = await open(destination, 'w').catch((error: unknown) => {
    deadline.dispose();
    throw error;
  });
  let done = false;
  try {
    logger.info(`${label}: downloading ${url}`);
    for (;;) {
      attempts++;
      try {
        await attempt(client, settings, transfer, handle, meter);
        break;
      } catch (error: unknown) {
        settings.tap?.abandon(`attempt ${attempts} failed`);
        settings.tap = undefined;
        deadline.signal.throwIfAborted(); // whatever the attempt died of, the deadline (or the caller) ended it
        if (!isRetryable(error) || attempts >= maxAttempts) throw finalError(error, url, attempts);
        const delay = retryDelay(backoffMs, attempts, error);
        const resume = transfer.acceptsRanges && transfer.written.bytes > 0 ? `, resuming at ${formatBytes(transfer.written.bytes)}` : '';
        logger.warning(`${label}: attempt ${attempts} of ${maxAttempts} failed (${describeError(error)}); retrying in ${formatDuration(delay)}${resume}.`);
        await sleep(delay, undefined, { signal: deadline.signal }).catch(() => deadline.signal.throwIfAborted());
      }
    }
    const { bytes } = transfer.written;
    const sha256 = transfer.written.hash.digest('hex');
    if (expected !== undefined && sha256 !== expected) throw new ChecksumMismatchError(url, expected, sha256);
    const elapsedMs = meter.elapsedMs();
    const rate = meter.averageRate();
    logger.info(`${label}: downloaded ${formatBytes(bytes)} in ${formatDuration(elapsedMs)}, ${formatRate(rate)}${attempts > 1 ? ` (${attempts} attempts)` : ''}.`);
    onProgress?.(snapshot(bytes, bytes, rate));
    done = true;
    return { bytes, sha256, attempts, elapsedMs };
  } finally {
    deadline.dispose();
    await handle.close();
    if (!done) await rm(destination, { force: true }); // never leave a short or wrong file behind
    client.dispose();
  }
}

/** Fails fast on a URL or digest that could never work, before any byte is fetched. */
function checkOptions(url: string, expectedSha256: string | undefined): string | undefined {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') throw new ConfigurationError(`Cannot download '${url}': not an http(s) URL.`);
  if (expectedSha256 === undefined) return undefined;
  const expected = expectedSha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) throw new ConfigurationError(`Expected sha256 for ${url} is not 64 hex digits: '${expectedSha256}'.`);
  return expected;
}

/** One request, streamed into the file. Throws a {@link TransientError} for anything worth retrying. */
async function attempt(client: Getter, settings: Settings, transfer: Transfer, handle: FileHandle, meter: ProgressMeter): Promise<void> {
  const { written } = transfer;
  const resumeFrom = transfer.acceptsRanges ? written.bytes : 0;
  const headers = { ...settings.headers };
  if (resumeFrom > 0) {
    headers['range'] = `bytes=${resumeFrom}-`;
    if (transfer.validator) headers['if-range'] = transfer.validator;
  }
  const response = await untilAborted(request(client, settings, headers), settings.deadline.signal);
  const stop = () => response.destroy(settings.deadline.signal.reason as Error);
  settings.deadline.signal.addEventListener('abort', stop, { once: true });
  try {
    const status = response.statusCode ?? 0;
    settings.logger.debug(`${settings.label}: GET ${settings.url}${resumeFrom > 0 ? ` (${headers['range']})` : ''} → HTTP ${status}`);
    if (status === 416 && resumeFrom > 0) {
      transfer.acceptsRanges = false;
      throw new TransientError(`the server refused to resume at byte ${resumeFrom} (HTTP 416)`);
    }
    checkStatus(response, settings.url);
    if (status === 206) acceptPartial(response.headers, transfer, resumeFrom);
    else await startOver(response.headers, transfer, handle);
    settings.deadline.sizeKnown(transfer.totalBytes);

    // From here our timer watches for stalls. The client's socket timeout (which covered the wait
    // for headers) only half-closes the socket, which a stalled server may never answer.
    response.socket?.setTimeout(0);
    const stalled = () => response.destroy(new TransientError(`no data for ${formatDuration(settings.timeoutMs)}`));
    const timer = setTimeout(stalled, settings.timeoutMs);
    const sink = new FileSink(handle, written, (bytes) => {
      timer.refresh();
      meter.add(bytes, written.bytes, transfer.totalBytes);
    }, settings.tap);
    const outcome = await pipeline(response, sink).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    await sink.settled(); // a write under way when the body failed still lands, and counts
    clearTimeout(timer);
    if (outcome) throw describeCut(outcome.error, transfer);
    const { totalBytes } = transfer;
    if (totalBytes !== undefined && written.bytes !== totalBytes) throw new TransientError(`the body ended after ${written.bytes} of ${totalBytes} bytes`);
  } finally {
    settings.deadline.signal.removeEventListener('abort', stop);
    response.destroy(); // a no-op once the body was read; frees the socket when it was not
  }
}

/** `pending`, or a rejection with the signal's reason as soon as it aborts; a response that comes too late is discarded. */
async function untilAborted(pending: Promise<IncomingMessage>, signal: AbortSignal): Promise<IncomingMessage> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    // Reasons here are Errors (a deadline, a caller's abort); anything else is wrapped so callers always get one.
    onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([pending, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
    if (signal.aborted) pending.then((late) => late.destroy(), () => undefined);
  }
}

/** Node says only "aborted" when a connection drops mid-body: say how far the body got. */
function describeCut(error: unknown, transfer: Transfer): unknown {
  if (error instanceof TransientError || !isRetryable(error)) return error;
  const of = transfer.totalBytes === undefined ? '' : ` of ${formatBytes(transfer.totalBytes)}`;
  return new TransientError(`connection lost after ${formatBytes(transfer.written.bytes)}${of} (${describeError(error)})`, { cause: error });
}

/** Redirects one download follows before giving up (http-client's own default is 50). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GET, following redirects here (http-client, used behind a proxy, cannot resolve a relative
 * `Location`: it throws "Invalid URL"). Like http-client, refuses a redirect from https to http
 * and drops an Authorization header on a redirect to another host.
 */
async function request(client: Getter, settings: Settings, headers: Record<string, string>): Promise<IncomingMessage> {
  let url = settings.url;
  let sent = headers;
  for (let redirects = 0; ; redirects++) {
    const response = await client.get(url, sent);
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || !location) return response;
    response.destroy(); // a redirect's body is never read
    if (redirects >= MAX_REDIRECTS) throw new HttpStatusError(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: more than ${MAX_REDIRECTS} redirects.`);
    const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
    if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
      throw new HttpStatusError(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: ${url} redirects to '${location}', which is not an http(s) URL.`);
    }
    const from = new URL(url);
    if (from.protocol === 'https:' && next.protocol === 'http:') {
      throw new HttpStatusError(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: ${url} redirects from https to http (${next.href}), which is not followed.`);
    }
    if (next.hostname !== from.hostname) sent = Object.fromEntries(Object.entries(sent).filter(([name]) => name.toLowerCase() !== 'authorization'));
    settings.logger.debug(`${settings.label}: ${url} → HTTP ${response.statusCode} → ${next.href}`);
    url = next.href;
  }
}

/** Throws for any non-2xx status: retryable ones as {@link TransientError}, the rest for good. */
function checkStatus(response: IncomingMessage, url: string): void {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) throw new HttpNotFoundError(url, status);
  const what = `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
    throw new TransientError(what, { status, retryAfterMs: parseRetryAfter(response.headers['retry-after']) });
  }
  throw new HttpStatusError(url, status, `Download of ${url} failed: ${what}.`);
}

/** A 2xx other than 206: the body is the whole file, so drop whatever an earlier attempt wrote. */
async function startOver(headers: IncomingHttpHeaders, transfer: Transfer, handle: FileHandle): Promise<void> {
  const { written } = transfer;
  if (written.bytes > 0) {
    await handle.truncate(0);
    written.bytes = 0; // in place: the attempt's sink already holds this object
    written.hash = createHash('sha256');
  }
  const length = headers['content-length'];
  transfer.totalBytes = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
  transfer.acceptsRanges = /\bbytes\b/i.test(headers['accept-ranges'] ?? '');
  const etag = headers.etag;
  transfer.validator = etag && !etag.startsWith('W/') ? etag : headers['last-modified'];
}

/**
 * A 206 continues the file only if it starts exactly where the file ends and belongs to a file of
 * the same size; otherwise the next attempt starts over without a Range.
 */
function acceptPartial(headers: IncomingHttpHeaders, transfer: Transfer, resumeFrom: number): void {
  const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(headers['content-range'] ?? '');
  const total = range?.[3] === '*' ? undefined : Number(range?.[3]);
  const fits = range && resumeFrom > 0 && Number(range[1]) === resumeFrom && (total === undefined || transfer.totalBytes === undefined || total === transfer.totalBytes);
  if (!fits) {
    transfer.acceptsRanges = false;
    throw new TransientError(`the server answered a request for bytes ${resumeFrom}- with Content-Range '${headers['content-range'] ?? ''}'`);
  }
  if (total !== undefined) transfer.totalBytes = total;
}

/** Delay before retry number `failures`: exponential, jittered, and at least what Retry-After asked. */
function retryDelay(backoffMs: number, failures: number, error: unknown): number {
  const exponential = Math.min(backoffMs * 2 ** (failures - 1), MAX_WAIT_MS);
  // ±25%, so parallel jobs that failed together do not retry in lockstep.
  const jittered = exponential * (0.75 + Math.random() * 0.5);
  const asked = error instanceof TransientError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(jittered, asked);
}

/** Retry-After as seconds or an HTTP date, in ms, capped; undefined when absent or unreadable. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), MAX_WAIT_MS);
}

/** Local disk failures: the caller knows what the file was for, and explains them. */
function isLocalFileError(error: unknown): boolean {
  const { code, syscall } = error as NodeJS.ErrnoException;
  return syscall !== 'connect' && ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EMFILE', 'ENFILE', 'ENOENT'].includes(code ?? '');
}

/** The error a failed download ends with: typed errors as they are, network and disk failures as ExternalError. */
function finalError(error: unknown, url: string, attempts: number): unknown {
  if (isExpectedError(error)) return error;
  const tls = describeTlsFailure(error);
  if (tls) return new ExternalError(`Download of ${url} failed: ${tls}.`, { cause: error });
  const message = `Download of ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${describeError(error)}.`;
  if (error instanceof TransientError && error.status !== undefined) return new HttpStatusError(url, error.status, message);
  if (isRetryable(error)) return new ExternalError(message, { cause: error });
  if (isSystemError(error)) return isLocalFileError(error) ? error : new ExternalError(message, { cause: error });
  return error; // anything else is a bug here, and should look like one
}
