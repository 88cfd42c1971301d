import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { ExternalError } from '../errors.ts';
import { untrusted } from '../logging.ts';
import { formatBytes } from '../units.ts';

// @actions/cache keeps the HTTP answers it got to itself: an Azure SDK error reaches its log with
// an empty message, a 403 error page from the storage is written to disk as the archive and handed
// to tar, and a failing cache service is retried for half a minute. Node publishes every client
// response on a diagnostics channel, so this module sees the answers while a call runs.

/** One answer the cache library got that was not what it asked for. */
export interface FailedAnswer {
  /** `service` for the cache service's own API, `storage` for the archive's signed URL. */
  from: 'service' | 'storage';
  method: string;
  /** Host and path, never the query: a signed URL's query is its credential. */
  where: string;
  status: number;
  /** Azure's `x-ms-error-code` (AuthenticationFailed, BlobNotFound…), when it sent one. */
  code?: string;
  contentType?: string;
  bytes?: number;
}

/** What the archive download was answered with instead of an archive; the library never sees the body. */
export class RefusedArchiveError extends ExternalError {
  override readonly name: string = 'RefusedArchiveError';
}

export interface CacheTraffic {
  /** Failed answers in arrival order. */
  readonly failures: FailedAnswer[];
  stop(): void;
}

/**
 * Watches the HTTP answers the process gets until `stop()`: records the failed ones and calls
 * `onServiceFailure` for a 5xx or 429 from the cache service. An archive download by
 * @actions/http-client that is answered with an error status or an HTML page is failed at once,
 * with a description of the answer, so the page never reaches tar.
 */
export function watchCacheTraffic(onServiceFailure: (answer: FailedAnswer) => void = () => {}): CacheTraffic {
  const failures: FailedAnswer[] = [];
  const onResponse = (message: unknown) => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const status = response.statusCode ?? 0;
    const contentType = headerText(response, 'content-type');
    const archiveDownload = isArchiveDownload(request);
    const htmlInsteadOfArchive = archiveDownload && status < 300 && /^text\/html\b/i.test(contentType ?? '');
    if (status < 400 && !htmlInsteadOfArchive) return;
    const answer = describeResponse(request, response, status, contentType);
    failures.push(answer);
    if (answer.from === 'service' && (status >= 500 || status === 429)) onServiceFailure(answer);
    if (archiveDownload) {
      // The library's own handler is attached and ignores errors after its callback ran; this
      // one keeps the socket error that follows from ever being unhandled.
      request.on('error', () => {});
      response.destroy(new RefusedArchiveError(describeFailedAnswer(answer)));
    }
  };
  diagnostics.subscribe('http.client.response.finish', onResponse);
  return { failures, stop: () => diagnostics.unsubscribe('http.client.response.finish', onResponse) };
}

/** One line for the log: who answered what, and what it usually means. */
export function describeFailedAnswer(answer: FailedAnswer): string {
  const code = answer.code ? ` ${untrusted(answer.code)}` : '';
  if (answer.from === 'service') {
    const [host, ...rest] = answer.where.split('/');
    // A Twirp call is named by its last segment; a v1 REST call by its method and path.
    const call = answer.where.includes('/twirp/') ? rest.at(-1)! : `${answer.method} /${rest.join('/')}`;
    return `the cache service at ${untrusted(host!)} answered HTTP ${answer.status}${code} to ${untrusted(call)}`;
  }
  const what = answer.method === 'PUT' ? 'the upload' : 'the archive';
  if (answer.status < 400) {
    const size = answer.bytes === undefined ? '' : `, ${formatBytes(answer.bytes)}`;
    return `the cache storage answered ${what} with a web page (${untrusted(answer.contentType ?? 'text/html')}${size}), not a cache archive: ${untrusted(answer.where)}`;
  }
  const outcome = answer.status >= 500 ? `failed on ${what}` : `refused ${what}`;
  return `the cache storage ${outcome}: HTTP ${answer.status}${code} from ${untrusted(answer.where)}${storageHint(answer)}`;
}

function storageHint(answer: FailedAnswer): string {
  if (answer.code === 'AuthorizationPermissionMismatch') return ' (the signed URL does not allow this operation)';
  if (answer.status === 403) return ' (the signed URL has expired or was refused)';
  if (answer.status === 404) return ' (the archive is no longer there)';
  return '';
}

/** An archive GET by @actions/cache's HTTP client: its API calls ask for JSON, downloads do not. */
function isArchiveDownload(request: ClientRequest): boolean {
  const agent = String(request.getHeader('user-agent') ?? '');
  const accept = String(request.getHeader('accept') ?? '');
  return request.method === 'GET' && agent.startsWith('actions/cache') && !/json/i.test(accept);
}

function describeResponse(request: ClientRequest, response: IncomingMessage, status: number, contentType: string | undefined): FailedAnswer {
  // Through a proxy the path is the whole URL; either way the query is left out.
  const host = String(request.getHeader('host') ?? request.host);
  const target = /^https?:\/\//i.test(request.path) ? new URL(request.path) : new URL(request.path, `${request.protocol}//${host}`);
  const length = headerText(response, 'content-length');
  const code = headerText(response, 'x-ms-error-code');
  return {
    from: /\/(?:twirp|_apis\/artifactcache)\//.test(target.pathname) ? 'service' : 'storage',
    method: request.method,
    where: `${target.host}${target.pathname}`,
    status,
    ...(code ? { code } : {}),
    ...(contentType ? { contentType } : {}),
    ...(length !== undefined && Number.isFinite(Number(length)) ? { bytes: Number(length) } : {}),
  };
}

function headerText(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
