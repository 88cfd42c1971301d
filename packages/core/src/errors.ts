/**
 * A mistake in how the action was configured (an input, a missing file the user named, …).
 * Reported as a plain message; anything else that is thrown is treated as a bug in runner-kit.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
}

/**
 * A failure outside both runner-kit and the user's configuration: a server that keeps failing,
 * a network that is down, a full disk. Reported as a plain message, not as a bug.
 */
export class ExternalError extends Error {
  override readonly name: string = 'ExternalError';
}

/** True for errors that are the user's to fix rather than runner-kit's. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** True for errors whose message alone tells the user what happened (not runner-kit bugs). */
export function isExpectedError(error: unknown): error is ConfigurationError | ExternalError {
  return error instanceof ConfigurationError || error instanceof ExternalError;
}

/** A readable message for any thrown value, Error or not. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  // Errors from another realm (a VM context, a worker) fail instanceof but still carry a message.
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' && (error as { message: string }).message !== '') {
    return (error as { message: string }).message;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
