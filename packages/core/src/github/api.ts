import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import type { Logger } from '../logging.ts';

/** The Octokit instance `@actions/github` builds (REST methods and pagination). */
export type ApiClient = ReturnType<typeof getOctokit>;

/** Thrown when a request got no (complete) answer within the time limit. */
export class ApiTimeoutError extends Error {
  override readonly name: string = 'ApiTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * An Octokit for `apiUrl` with a per-request time limit. `@octokit/request` 10 is fetch-based and
 * has no `timeout` option any more, so each call of the proxy-aware `fetch` that `@actions/github`
 * sets up gets its own `AbortSignal.timeout` (which also covers reading the body). A request hook
 * is no substitute: before-after-hook binds each hook's options up front, and a `request.signal`
 * set in a `request` hook was found not to reach `fetch`.
 */
export function createApiClient(options: { token: string; apiUrl: string; timeoutMs: number; logger: Logger }): ApiClient {
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
  return getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    // Options are merged shallowly: `request` replaces the defaults, so keep their agent too.
    request: { ...defaults.request, fetch },
    // Octokit logs deprecation notices through `log`; keep them in our (redacting) logger.
    log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.warning(m) },
  });
}

/** What a failed request came to, for a warning. */
export interface ApiFailure {
  /** The HTTP status, when the server answered. */
  status?: number;
  /** E.g. `HTTP 403 (Resource not accessible by integration)` or `no answer within 2000 ms`. */
  text: string;
}

/** Describes any error from an Octokit request without its request details (headers hold the token). */
export function describeApiFailure(error: unknown): ApiFailure {
  const causes = causeChain(error);
  // Octokit wraps what fetch threw (our timeout included) in a RequestError as its `cause`.
  const timeout = causes.find((cause) => cause instanceof ApiTimeoutError || (cause as { name?: unknown }).name === 'ApiTimeoutError');
  if (timeout) return { text: (timeout as Error).message };
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  const data = typeof error === 'object' && error !== null ? (error as { response?: { data?: unknown } }).response?.data : undefined;
  const message = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : undefined;
  // A response means the server answered; without one Octokit reports network failures as status 500.
  if (typeof status === 'number' && data !== undefined) {
    return { status, text: `HTTP ${status}${message ? ` (${message})` : ''}` };
  }
  // fetch says only "fetch failed"; the socket error (ECONNREFUSED, ENOTFOUND, …) is further down.
  const innermost = causes.at(-1);
  const detail = typeof (innermost as { message?: unknown } | undefined)?.message === 'string' ? (innermost as { message: string }).message : String(innermost);
  return { text: `network error: ${detail}` };
}

/** `error`, its `cause`, that one's `cause`, … (at most 8; objects only). */
function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  for (let current: unknown = error; typeof current === 'object' && current !== null && chain.length < 8; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
}
