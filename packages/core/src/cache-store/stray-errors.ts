import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { describeError } from '../errors.ts';
import { untrusted, type Logger } from '../logging.ts';

/**
 * Runs `call` (one call into a library that is known to throw outside its promises, like
 * @actions/cache: actions/cache#441) so that such an error cannot kill the process:
 *
 * - a stray error (uncaught exception or unhandled rejection) while the call runs rejects the
 *   returned promise with it, so the caller reports it like any other failure;
 * - after a call that failed (`failed(value)`, a rejection, or a stray error), the library may
 *   still be unwinding in the background: later stray errors are logged (once per message, as
 *   info) and ignored for the rest of the process, and the client sockets the call opened are
 *   unref'd, so a request it left hanging cannot keep the step from exiting.
 *
 * A call that succeeds leaves nothing installed. Calls must not overlap (callers serialize them).
 */
export async function guardStrayErrors<T>(call: () => Promise<T>, logger: Logger, failed: (value: T) => boolean = () => false): Promise<T> {
  const sockets = new Set<Socket>();
  const track = (message: unknown) => {
    const socket = (message as { socket?: Socket }).socket;
    if (socket) sockets.add(socket);
  };
  diagnostics.subscribe('net.client.socket', track);
  const stray = guard.enter(logger);
  let ok = false;
  try {
    const value = await Promise.race([call(), stray]);
    ok = !failed(value);
    return value;
  } finally {
    diagnostics.unsubscribe('net.client.socket', track);
    guard.exit(ok);
    if (!ok) for (const socket of sockets) socket.unref();
  }
}

/** The process-wide listeners, installed while a call runs and kept after a failed one. */
const guard = new (class StrayErrorGuard {
  #active = 0;
  #kept = false;
  #logger: Logger | undefined;
  #failCall: ((error: unknown) => void) | undefined;
  readonly #logged = new Set<string>();
  readonly #onError = (error: unknown): void => {
    if (this.#failCall) return this.#failCall(error);
    const message = describeError(error);
    // One failed upload can throw from each of its streams: say each thing once.
    if (this.#logged.has(message)) return;
    this.#logged.add(message);
    this.#logger?.info(`A library call that had already failed threw again in the background (ignored): ${untrusted(message)}`);
  };

  enter(logger: Logger): Promise<never> {
    this.#logger = logger;
    if (this.#active++ === 0 && !this.#kept) {
      process.on('uncaughtException', this.#onError);
      process.on('unhandledRejection', this.#onError);
    }
    return new Promise<never>((_, reject) => (this.#failCall = reject));
  }

  exit(ok: boolean): void {
    this.#failCall = undefined;
    if (!ok) this.#kept = true;
    if (--this.#active === 0 && !this.#kept) {
      process.off('uncaughtException', this.#onError);
      process.off('unhandledRejection', this.#onError);
    }
  }
})();
