import { ConfigurationError, ExternalError } from '../errors.ts';
import { formatDuration } from '../units.ts';

/** The server answered 404 or 410: the URL is wrong (or the file was removed), so retrying is pointless. */
export class HttpNotFoundError extends ConfigurationError {
  override readonly name: string = 'HttpNotFoundError';
  readonly url: string;
  /** 404 or 410, so a caller can name the one the server actually sent. */
  readonly status: number;

  constructor(url: string, status: number) {
    super(`Not found: ${url} (HTTP ${status}).`);
    this.url = url;
    this.status = status;
  }
}

/** Any other non-2xx answer: at once for a client error, or a server error that outlasted every retry. */
export class HttpStatusError extends ExternalError {
  override readonly name: string = 'HttpStatusError';
  readonly url: string;
  readonly status: number;

  constructor(url: string, status: number, message: string) {
    super(message);
    this.url = url;
    this.status = status;
  }
}

/**
 * The whole body arrived but its SHA-256 is not the one the user pinned: the pin is stale or the
 * server serves something else. A configuration problem either way, and a retry would not help.
 */
export class ChecksumMismatchError extends ConfigurationError {
  override readonly name: string = 'ChecksumMismatchError';
  readonly expected: string;
  readonly actual: string;

  constructor(url: string, expected: string, actual: string) {
    super(`Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}.`);
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * A failure worth another attempt (a retryable status, a stalled or truncated body). Internal:
 * once retries run out it becomes an {@link HttpStatusError} or an `ExternalError`.
 */
export class TransientError extends Error {
  override readonly name: string = 'TransientError';
  /** The HTTP status that caused it, when there was one. */
  readonly status: number | undefined;
  /** How long the server asked us to wait (`Retry-After`), already capped. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: { status?: number; retryAfterMs?: number | undefined; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Error codes of network failures that another attempt may well get past. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET', // includes Node's "aborted": the connection closed before the body was complete
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND', // DNS: runners' resolvers do fail transiently
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** True when another attempt may succeed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

/** OpenSSL's verdicts on a certificate chain this machine does not trust (a private CA, a TLS-inspecting proxy). */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/**
 * What to tell the user about a TLS failure, or undefined when `error` is none. TLS errors carry
 * a code but no system call, so without this they would look like bugs of ours.
 */
export function describeTlsFailure(error: unknown): string | undefined {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string') return undefined;
  // Node 24 appends "; … try running Node.js with --use-system-ca", a flag a step cannot pass.
  const message = ((error as Error).message ?? code).split(';')[0];
  if (UNTRUSTED_CERTIFICATE_CODES.has(code)) {
    return `the server's TLS certificate is not trusted on this machine (${message}). If the runner reaches it through a private CA or a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to that CA's PEM file (in the runner's .env file, or the job's env:)`;
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID' || code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    return `TLS failed (${message})`;
  }
  return undefined;
}

/** True for failures of the machine or the network (they name a system call), as opposed to bugs. */
export function isSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | null)?.syscall === 'string';
}

/** A download that did not finish within its overall time limit (a server trickling bytes, say). */
export class DownloadTimeoutError extends ExternalError {
  override readonly name: string = 'DownloadTimeoutError';
  readonly url: string;
  readonly limitMs: number;

  constructor(url: string, limitMs: number, progress: string) {
    super(`Download of ${url} did not finish within ${formatDuration(limitMs)}: ${progress}.`);
    this.url = url;
    this.limitMs = limitMs;
  }
}
