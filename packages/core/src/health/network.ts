import { describeError } from '../errors.ts';

/** The outcome of one network check. */
export interface NetworkCheck {
  url: string;
  /** True when the server answered with a status below 500. */
  ok: boolean;
  status?: number;
  /** Wall time of the check, including the GET retry after a 405. */
  ms: number;
  error?: string;
}

/**
 * Asks `url` whether it is reachable: HEAD, then GET when the server refuses HEAD with 405.
 * Any status below 500 counts, as a 401 or 404 still proves DNS, TLS and the route work.
 *
 * One `AbortSignal.timeout` covers both requests, so the whole check ends within `timeoutMs`
 * (plus timer latency) even against a server that accepts the connection and never answers.
 * Never throws: failures come back as `ok: false` with an `error`.
 */
export async function checkUrl(url: string, timeoutMs: number): Promise<NetworkCheck> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    let response = await request(url, 'HEAD', signal);
    if (response.status === 405) response = await request(url, 'GET', signal);
    const ok = response.status < 500;
    return { url, ok, status: response.status, ms: elapsed(), ...(ok ? {} : { error: `HTTP ${response.status} ${response.statusText}`.trim() }) };
  } catch (error: unknown) {
    return { url, ok: false, ms: elapsed(), error: signal.aborted ? `no answer within ${timeoutMs} ms` : fetchErrorText(error) };
  }
}

/** Checks every URL at once; an empty list makes no request. */
export function checkUrls(urls: readonly string[], timeoutMs: number): Promise<NetworkCheck[]> {
  return Promise.all(urls.map((url) => checkUrl(url, timeoutMs)));
}

async function request(url: string, method: 'HEAD' | 'GET', signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, { method, signal, redirect: 'follow', headers: { 'user-agent': 'runner-kit-health-gate' } });
  // Only the status matters: drop any body so a GET never downloads a page and the socket is freed.
  await response.body?.cancel().catch(() => {});
  return response;
}

/** undici reports `fetch failed` and hides the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in `cause`. */
function fetchErrorText(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause === undefined ? describeError(error) : describeError(cause);
}
