import fs from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ConfigurationError, ExternalError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { formatDuration } from '../units.ts';

/** How long to wait for another holder, and when a silent holder counts as dead. */
export interface LockTiming {
  /** Give up waiting after this long. */
  waitMs: number;
  /**
   * A holder refreshes its lock every staleMs / 2; one silent for staleMs (killed, machine
   * gone) is taken over. proper-lockfile works on network filesystems too, so this also
   * covers a cache shared by several runner machines.
   */
  staleMs: number;
}

export const defaultLockTiming: LockTiming = { waitMs: 2 * 60 * 60 * 1000, staleMs: 30_000 };

const POLL_MS = 250;
const REPORT_EVERY_MS = 30_000;
/** A holder that keeps losing its lock (a machine that keeps stalling) gives up after this many takeovers. */
const MAX_TAKEOVERS = 3;

/**
 * Thrown (and the signal's reason) once another process has taken the lock over; the step's
 * error only when that keeps happening (see MAX_TAKEOVERS).
 */
export class LockLostError extends ExternalError {
  override readonly name: string = 'LockLostError';
}

/** The lock as the body holding it sees it. */
export interface HeldLock {
  /** Aborted (with a {@link LockLostError}) when another process takes the lock over. */
  readonly signal: AbortSignal;
  /** Resolves while the lock is still ours and cannot be taken over in the next moments; throws {@link LockLostError} otherwise. Call it before committing anything. */
  confirm(): Promise<void>;
}

/**
 * Runs `body` while holding an inter-process lock on `lockPath` (a directory `<lockPath>.lock`
 * is created atomically). Waits, with a log line now and then, while another process holds it.
 *
 * A holder that stalls longer than the stale time (a stopped or swapped-out job) may have its
 * lock taken over by another process, which then removes its work in progress. The body learns
 * of it by `signal` or `confirm()`; when the body fails after such a takeover, the lock is
 * acquired again and `body` runs again from the start (so it must re-check what it found).
 */
export async function withLock<T>(lockPath: string, what: string, timing: LockTiming, logger: Logger, body: (lock: HeldLock) => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  for (let takeovers = 0; ; takeovers++) {
    const held = await acquire(lockPath, what, timing, logger);
    try {
      return await body(held);
    } catch (error: unknown) {
      if (takeovers >= MAX_TAKEOVERS || !(await held.lost())) throw error;
      logger.warning(`Another job took over the lock on ${what} while this one was stalled (silent for over ${formatDuration(timing.staleMs)}); checking the cache again.`);
    } finally {
      await held.release();
    }
  }
}

interface Acquired extends HeldLock {
  /** True when another process took the lock over (checked now, not only when the refresh noticed). */
  lost(): Promise<boolean>;
  release(): Promise<void>;
}

async function acquire(lockPath: string, what: string, timing: LockTiming, logger: Logger): Promise<Acquired> {
  const lockDir = `${lockPath}.lock`;
  const controller = new AbortController();
  // The mtime proper-lockfile last set on the lock dir: a lock whose mtime is another is no longer ours.
  let ours: number | undefined;
  const trackingFs = {
    ...fs,
    utimes: (file: fs.PathLike, atime: fs.TimeLike, mtime: Date, callback: (error: NodeJS.ErrnoException | null) => void) =>
      fs.utimes(file, atime, mtime, (error) => {
        if (!error && file === lockDir) ours = mtime.getTime();
        callback(error);
      }),
  };
  const options = {
    realpath: false,
    stale: timing.staleMs,
    retries: 0,
    fs: trackingFs,
    onCompromised: (error: Error) => {
      logger.debug(`The lock on ${what} was taken over: ${error.message}`);
      controller.abort(lockLost(what, timing));
    },
  };
  const started = Date.now();
  let lastReport = 0;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(lockPath, options);
      break;
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const waited = Date.now() - started;
      if (waited >= timing.waitMs) {
        throw new ExternalError(`Gave up after ${formatDuration(waited)} waiting for another job to finish with ${what} (lock ${lockDir}).`);
      }
      if (lastReport === 0 || Date.now() - lastReport >= REPORT_EVERY_MS) {
        logger.info(`Waiting for another job that is installing ${what}…`);
        lastReport = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  let gone = false;
  const lost = async (): Promise<boolean> => {
    if (gone || controller.signal.aborted) return true;
    const mtime = await stat(lockDir).then(
      (info) => info.mtime.getTime(),
      () => undefined,
    );
    if (mtime !== undefined && mtime === ours) return false;
    gone = true;
    // Taken over, but proper-lockfile has not noticed yet: until its refresh does (within
    // staleMs / 2), it would still remove the lock dir, now the other holder's, on release or exit.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timing.staleMs);
      controller.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    return true;
  };
  return {
    signal: controller.signal,
    lost,
    confirm: async () => {
      // Stalled past half the stale time: another process may judge us dead any moment now.
      // proper-lockfile's overdue refresh runs first (or finds the lock taken).
      for (const deadline = Date.now() + timing.staleMs; ours !== undefined && Date.now() - ours > timing.staleMs / 2 && Date.now() < deadline; ) {
        if (controller.signal.aborted) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (await lost()) throw lockLost(what, timing);
    },
    release: async () => {
      if (!gone && !controller.signal.aborted) await release().catch((error: unknown) => logger.debug(`unlock ${lockPath}: ${String(error)}`));
    },
  };
}

function lockLost(what: string, timing: LockTiming): LockLostError {
  return new LockLostError(
    `Another job took over the lock on ${what}: this one was silent for over ${formatDuration(timing.staleMs)} (a stopped or overloaded machine). ` +
      'Raise RUNNER_KIT_LOCK_STALE_MS if the machine is regularly that slow.',
  );
}

/**
 * Lock timing with overrides from the environment, for caches on slow network filesystems
 * (raise RUNNER_KIT_LOCK_STALE_MS) or long model installs (RUNNER_KIT_LOCK_WAIT_MS).
 */
export function lockTimingFromEnv(env: NodeJS.ProcessEnv = process.env): LockTiming {
  const read = (name: string, fallback: number, min: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < min) throw new ConfigurationError(`${name} is '${text}'; expected a whole number of milliseconds of at least ${min}.`);
    return value;
  };
  return { waitMs: read('RUNNER_KIT_LOCK_WAIT_MS', defaultLockTiming.waitMs, 0), staleMs: read('RUNNER_KIT_LOCK_STALE_MS', defaultLockTiming.staleMs, 2000) };
}
