import { ConfigurationError } from '../errors.ts';

/**
 * An archive that cannot be extracted safely: an entry that would land outside the destination,
 * a special file, more data than allowed or declared, or data the reader cannot make sense of.
 * Nothing has been written outside the destination; the caller discards the staging directory.
 */
export class UnsafeArchiveError extends ConfigurationError {
  override readonly name: string = 'UnsafeArchiveError';
}

/**
 * Re-yields `source`, turning the errors the archive reader raises (corrupt data, sizes that
 * lie) into {@link UnsafeArchiveError}. Errors thrown by the consumer are not touched: they end
 * the iteration through `return()`, which never passes through the `catch`.
 */
export async function* readerErrorsAsUnsafe<T>(source: AsyncIterable<T>, subject: string): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error: unknown) {
    throw asUnsafe(error, subject);
  }
}

/**
 * `error` from the archive reader as an {@link UnsafeArchiveError} about `subject`. I/O errors
 * (a missing file, a full disk) are not the archive's fault and pass through unchanged.
 */
export function asUnsafe(error: unknown, subject: string): unknown {
  // Duck-typed, not instanceof Error: errors from Node's own modules may come from another realm (jest's VM).
  const { message, syscall } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; syscall?: unknown };
  if (error instanceof UnsafeArchiveError || syscall !== undefined) return error;
  return new UnsafeArchiveError(`${subject} is corrupt: ${typeof message === 'string' ? message : String(error)}`, { cause: error });
}
