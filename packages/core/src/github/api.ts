import type { getOctokit } from '@actions/github';
import { untrusted, type Logger } from '../logging.ts';
import { formatBytes } from '../units.ts';

/** The Octokit instance `@actions/github` builds (REST methods and pagination). */
export type ApiClient = ReturnType<typeof getOctokit>;

/** Thrown when a request got no (complete) answer within the time limit. */
export class ApiTimeoutError extends Error {
  override readonly name: string = 'ApiTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * Thrown when a successful answer is not what the API promises: an HTML page, JSON cut off, or
 * another shape. Says what it was (type, size), never what it said.
 */
export class UnexpectedResponseError extends Error {
  override readonly name: string = 'UnexpectedResponseError';
}

/** What the answers of one endpoint must look like, as GitHub's OpenAPI description promises. */
export interface ResponseShape {
  /** Matches the request path, as a route template (`/repos/{owner}/…`) or as a next-page URL. */
  path: RegExp;
  /** What was promised, for the message: `a runner list`. */
  what: string;
  check(data: unknown): boolean;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * An Octokit for `apiUrl` with a per-request time limit. `@octokit/request` 10 is fetch-based and
 * has no `timeout` option any more, so each call of the proxy-aware `fetch` that `@actions/github`
 * sets up gets its own `AbortSignal.timeout` (which also covers reading the body). A request hook
 * is no substitute: before-after-hook binds each hook's options up front, and a `request.signal`
 * set in a `request` hook was found not to reach `fetch`.
 */
export async function createApiClient(options: { token: string; apiUrl: string; timeoutMs: number; logger: Logger; shapes?: readonly ResponseShape[] }): Promise<ApiClient> {
  // Loaded here, not with the module: Octokit and its HTTP stack are a good part of a step's
  // start-up, and most steps (health-gate local, perf-monitor main) never call the API.
  const [{ getOctokit }, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  const { logger, timeoutMs } = options;
  const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as Fetch;
  const fetch: Fetch = async (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      return await proxyFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    } catch (error: unknown) {
      if (timeout.aborted) throw new ApiTimeoutError(timeoutMs);
      throw error;
    }
  };
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    // Options are merged shallowly: `request` replaces the defaults, so keep their agent too.
    request: { ...defaults.request, fetch },
    // Octokit logs deprecation notices through `log`; keep them in our (redacting) logger.
    log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.warning(m) },
  });
  const shapes = options.shapes ?? [];
  // Every page of a paginated list passes here before the paginator reshapes it, so a page that is
  // not what was promised stops the request with a message instead of a TypeError deep inside.
  octokit.hook.after('request', (response, request) => {
    const shape = shapes.find((candidate) => candidate.path.test(String(request.url).split('?')[0]!));
    if (shape && !shape.check(response.data)) throw new UnexpectedResponseError(`the API answered with something that is not ${shape.what} (${describeBody(response.headers, response.data)})`);
  });
  return octokit;
}

/** `text/html, 1.2 KiB` or `application/json that does not parse, 3 B`: what a body was, not what it said. */
function describeBody(headers: Record<string, unknown>, data: unknown): string {
  const contentType = headers['content-type'];
  const type = (typeof contentType === 'string' ? contentType : '').split(';')[0]!.trim() || 'no content type';
  // Octokit hands over JSON that does not parse as the raw text.
  const kind = typeof data === 'string' && /[/+]json$/.test(type) ? `${type} that does not parse` : type;
  const declared = Number(headers['content-length']);
  const bytes = Number.isSafeInteger(declared) && declared >= 0 ? declared : bodyBytes(data);
  return `${untrusted(kind)}, ${formatBytes(bytes)}`;
}

function bodyBytes(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer) return data.byteLength;
  return data === undefined || data === null ? 0 : Buffer.byteLength(JSON.stringify(data));
}

/** What a failed request came to, for a warning. */
export interface ApiFailure {
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The token's rate limit was used up: a permission hint would mislead. */
  rateLimited: boolean;
  /** E.g. `HTTP 403 (Resource not accessible by integration)` or `no answer within 2000 ms`. */
  text: string;
}

/** Longer server messages are cut: a message is one sentence, not a page. */
const MAX_MESSAGE = 200;

/** Describes any error from an Octokit request without its request details (headers hold the token). */
export function describeApiFailure(error: unknown): ApiFailure {
  const causes = causeChain(error);
  // Octokit wraps what fetch threw (our timeout included) in a RequestError as its `cause`.
  const timeout = causes.find((cause) => cause instanceof ApiTimeoutError || (cause as { name?: unknown }).name === 'ApiTimeoutError');
  if (timeout) return { rateLimited: false, text: (timeout as Error).message };
  const unexpected = causes.find((cause) => cause instanceof UnexpectedResponseError);
  if (unexpected) return { rateLimited: false, text: (unexpected as Error).message };
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  const response = typeof error === 'object' && error !== null ? (error as { response?: { data?: unknown; headers?: Record<string, unknown> } }).response : undefined;
  const data = response?.data;
  const message = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? clipMessage((data as { message: string }).message) : undefined;
  // A response means the server answered; without one Octokit reports network failures as status 500.
  if (typeof status === 'number' && data !== undefined) {
    const limit = rateLimit(status, response?.headers ?? {});
    return { status, rateLimited: limit !== undefined, text: `HTTP ${status}${message ? ` (${message})` : ''}${limit ?? ''}` };
  }
  // fetch says only "fetch failed"; the socket error (ECONNREFUSED, ENOTFOUND, …) is further down.
  const innermost = causes.at(-1);
  const detail = typeof (innermost as { message?: unknown } | undefined)?.message === 'string' ? (innermost as { message: string }).message : typeof innermost === 'string' ? innermost : 'fetch failed';
  return { rateLimited: false, text: `network error: ${clipMessage(detail)}` };
}

function clipMessage(message: string): string {
  const line = untrusted(message);
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}

/**
 * `; rate-limited until 12:34:56 UTC` when a 403/429 says the token's requests are used up
 * (`x-ratelimit-remaining: 0`, or a secondary limit's `retry-after`), else undefined.
 */
function rateLimit(status: number, headers: Record<string, unknown>): string | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(headers['retry-after']);
  const reset = Number(headers['x-ratelimit-reset']);
  let until: Date | undefined;
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) until = new Date(Date.now() + retryAfter * 1000);
  else if (String(headers['x-ratelimit-remaining']) === '0') until = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
  else return undefined;
  return until === undefined ? '; rate-limited' : `; rate-limited until ${until.toISOString().slice(11, 19)} UTC`;
}

/** `error`, its `cause`, that one's `cause`, … (at most 8; objects only). */
function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  for (let current: unknown = error; typeof current === 'object' && current !== null && chain.length < 8; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
}
