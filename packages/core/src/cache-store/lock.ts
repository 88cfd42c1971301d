import { mkdir } from 'node:fs/promises';
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

/**
 * Runs `body` while holding an inter-process lock on `lockPath` (a directory `<lockPath>.lock`
 * is created atomically). Waits, with a log line now and then, while another process holds it.
 */
export async function withLock<T>(lockPath: string, what: string, timing: LockTiming, logger: Logger, body: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  const started = Date.now();
  let lastReport = 0;
  let compromised: Error | undefined;
  const options = {
    realpath: false,
    stale: timing.staleMs,
    retries: 0,
    onCompromised: (error: Error) => {
      // Another process decided we were dead (we stalled longer than staleMs). Installs are
      // atomic renames, so carrying on is safe; say so instead of crashing.
      compromised = error;
      logger.warning(`The lock on ${what} was taken over by another process (${error.message}); continuing.`);
    },
  };
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(lockPath, options);
      break;
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const waited = Date.now() - started;
      if (waited >= timing.waitMs) {
        throw new ExternalError(`Gave up after ${formatDuration(waited)} waiting for another job to finish with ${what} (lock ${lockPath}.lock).`);
      }
      if (lastReport === 0 || Date.now() - lastReport >= REPORT_EVERY_MS) {
        logger.info(`Waiting for another job that is installing ${what}…`);
        lastReport = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    return await body();
  } finally {
    if (!compromised) await release().catch((error: unknown) => logger.debug(`unlock ${lockPath}: ${String(error)}`));
  }
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
