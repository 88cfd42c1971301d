import { describeError } from '../../errors.ts';

/** Where and what to ask Prometheus; the token (if any) is already masked. */
export interface PrometheusSignal {
  /** The server's base URL, e.g. `http://prometheus:9090` (a path prefix is kept). */
  url: string;
  query: string;
  token?: string;
}

/** Prometheus could not give one number: unreachable, an error, or an answer of the wrong kind. */
export class PrometheusAnswerError extends Error {
  override readonly name: string = 'PrometheusAnswerError';
}

/** The longest piece of a server's error text repeated in a message. */
const MAX_ERROR_TEXT = 200;

/**
 * Asks Prometheus's HTTP API (`GET /api/v1/query`) for one number: a scalar, or the sum of an
 * instant vector's samples. An empty vector, NaN, a range or string result, an error status,
 * and no answer within `timeoutMs` are {@link PrometheusAnswerError}s saying which.
 */
export async function queryPrometheus(signal: PrometheusSignal, timeoutMs: number): Promise<number> {
  const endpoint = new URL('api/v1/query', signal.url.endsWith('/') ? signal.url : `${signal.url}/`);
  endpoint.searchParams.set('query', signal.query);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (signal.token) headers['authorization'] = `Bearer ${signal.token}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(endpoint, { headers, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error: unknown) {
    if ((error as { name?: unknown }).name === 'TimeoutError') throw new PrometheusAnswerError(`no answer within ${timeoutMs} ms`);
    const cause = (error as { cause?: unknown }).cause;
    throw new PrometheusAnswerError(`unreachable (${describeError(cause ?? error)})`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new PrometheusAnswerError(`HTTP ${response.status} with a body that is not the API's JSON (${response.headers.get('content-type') ?? 'no content type'}, ${text.length} bytes)`);
  }
  const answer = (typeof body === 'object' && body !== null ? body : {}) as { status?: unknown; error?: unknown; errorType?: unknown; data?: { resultType?: unknown; result?: unknown } };
  if (!response.ok || answer.status !== 'success') {
    const detail = typeof answer.error === 'string' ? `: ${typeof answer.errorType === 'string' ? answer.errorType : 'error'}: ${answer.error.slice(0, MAX_ERROR_TEXT)}` : '';
    throw new PrometheusAnswerError(`HTTP ${response.status}${detail}`);
  }
  return toNumber(answer.data?.resultType, answer.data?.result);
}

function toNumber(resultType: unknown, result: unknown): number {
  const sampleValue = (sample: unknown): number => {
    const pair = Array.isArray(sample) ? sample : (sample as { value?: unknown } | null)?.value;
    const value = Array.isArray(pair) ? Number(pair[1]) : Number.NaN;
    if (Number.isNaN(value)) throw new PrometheusAnswerError('the query returned NaN');
    return value;
  };
  if (resultType === 'scalar') return sampleValue(result);
  if (resultType !== 'vector' || !Array.isArray(result)) throw new PrometheusAnswerError(`the query returned a ${typeof resultType === 'string' ? resultType : 'result'} where one number (a scalar or an instant vector) was expected`);
  if (result.length === 0) throw new PrometheusAnswerError('the query returned nothing (no series matched)');
  return result.reduce((sum: number, sample: unknown) => sum + sampleValue(sample), 0);
}
