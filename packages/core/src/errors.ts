/**
 * A mistake in how the action was configured (an input, a missing file the user named, …).
 * Reported as a plain message; anything else that is thrown is treated as a bug in runner-kit.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** True for errors that are the user's to fix rather than runner-kit's. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** A readable message for any thrown value, Error or not. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
