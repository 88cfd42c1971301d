import { randomBytes } from '../lazy-builtins.ts';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError, ExternalError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { formatDuration } from '../units.ts';
import type { CacheFilesystem } from './filesystem.ts';
import { readRecord, rewriteRecord } from './fresh-file.ts';

/** How long to wait for another holder, and when a silent holder counts as dead. */
export interface LockTiming {
  /** Give up waiting after this long. */
  waitMs: number;
  /**
   * A holder rewrites its lock record every staleMs / 6; one whose record has not changed for
   * staleMs (as the waiter's own clock measures it) is taken over.
   */
  staleMs: number;
  /** staleMs was set by the admin (RUNNER_KIT_LOCK_STALE_MS): never raised for a network filesystem. */
  staleMsSet?: boolean;
}

export const defaultLockTiming: LockTiming = { waitMs: 2 * 60 * 60 * 1000, staleMs: 30_000 };

/**
 * Stale time on a network filesystem: a server failing over or a client reconnecting can block
 * a holder's writes for tens of seconds (NFS's default `timeo` retries take 60 s) without the
 * holder being dead.
 */
export const NETWORK_STALE_MS = 120_000;

/** The stale time for a cache on `filesystem`: raised on a network filesystem unless set explicitly. */
export function lockTimingFor(timing: LockTiming, filesystem: CacheFilesystem): LockTiming {
  if (!filesystem.network || timing.staleMsSet) return timing;
  return { ...timing, staleMs: Math.max(timing.staleMs, NETWORK_STALE_MS) };
}

const POLL_MS = 250;
const REPORT_EVERY_MS = 30_000;
/** A holder that keeps losing its lock (a machine that keeps stalling) gives up after this many takeovers. */
const MAX_TAKEOVERS = 3;

/** What a lock's `owner` file holds, rewritten in place (same size) at every heartbeat. */
interface LockRecord {
  v: 2;
  host: string;
  pid: number;
  token: string;
  /** Bumped at every heartbeat: a waiter judges staleness by seeing it change, on its own clock. */
  seq: number;
  /** The holder's clock at the last heartbeat: lets a waiter take a long-dead lock at once. */
  heartbeatAt: number;
  staleMs: number;
}

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
  /** Random per acquisition: names what this holder owns (its staging directory). */
  readonly token: string;
  /** Proves the lock is still ours, with a heartbeat written just now; throws {@link LockLostError} otherwise. Call it before committing anything. */
  confirm(): Promise<void>;
}

/**
 * Runs `body` while holding an inter-process lock on `lockPath`, on a local disk or a
 * filesystem shared by several machines. The lock is the directory `<lockPath>.held`, which
 * appears by renaming a complete claim directory (holding the `owner` record) onto that name:
 * one rename, which fails while another holder's directory is there. Holders rewrite the record
 * (owner, random token, heartbeat counter and time) in place; waiters read it with a fresh
 * open(), which every network filesystem makes current (close-to-open), instead of trusting
 * attributes a client may have cached for a minute.
 *
 * A holder silent longer than the stale time (killed, a machine gone or stopped) is taken over.
 * The body learns of it by `signal` or `confirm()`; when the body fails after such a takeover,
 * the lock is acquired again and `body` runs again from the start (so it must re-check what it found).
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
  /** True when another process took the lock over (read now, not only when the heartbeat noticed). */
  lost(): Promise<boolean>;
  release(): Promise<void>;
}

const isRecord = (value: LockRecord | 'unreadable' | undefined): value is LockRecord => typeof value === 'object' && typeof value.token === 'string';

async function acquire(lockPath: string, what: string, timing: LockTiming, logger: Logger): Promise<Acquired> {
  const token = randomBytes(12).toString('hex');
  const claim = `${lockPath}.claim-${token}`;
  const record: LockRecord = { v: 2, host: os.hostname(), pid: process.pid, token, seq: 0, heartbeatAt: Date.now(), staleMs: timing.staleMs };
  await mkdir(claim);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path.join(claim, 'owner'), 'wx');
    await rewriteRecord(handle, record);
    await waitAndTake(lockPath, claim, what, timing, logger);
  } catch (error: unknown) {
    await handle?.close().catch(() => undefined);
    await rm(claim, { recursive: true, force: true });
    throw error;
  }
  return holding(lockPath, what, timing, logger, record, handle);
}

/** Waits until the claim directory could be renamed onto `<lockPath>.held`, taking over a dead holder. */
async function waitAndTake(lockPath: string, claim: string, what: string, timing: LockTiming, logger: Logger): Promise<void> {
  const held = `${lockPath}.held`;
  const started = Date.now();
  let lastReport = 0;
  let seen: { key: string; since: number } | undefined;
  let refusedWhileFree = 0;
  for (;;) {
    if (!(await legacyLockIsFresh(lockPath, timing))) {
      try {
        await rename(claim, held);
        return;
      } catch (error: unknown) {
        const code = (error as NodeJS.ErrnoException).code;
        // ENOTEMPTY/EEXIST locally and on NFS; sshfs reports a refused rename as EPERM.
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'EBUSY') throw error;
        const current = await readRecord<LockRecord>(path.join(held, 'owner'));
        if (current === undefined && (await stat(held).catch(() => undefined)) === undefined && ++refusedWhileFree >= 5) throw error; // not a held lock: a real failure
        if (current !== undefined) refusedWhileFree = 0;
        const key = isRecord(current) ? `${current.token}:${current.seq}` : String(current);
        const now = Date.now();
        if (seen?.key !== key) seen = { key, since: now };
        const staleMs = Math.max(timing.staleMs, isRecord(current) ? current.staleMs : 0);
        // Silent for staleMs by our clock, or a heartbeat older than twice that by the holder's (clocks may differ by up to staleMs).
        const stale = current !== undefined && (now - seen.since >= staleMs || (isRecord(current) && now - current.heartbeatAt >= 2 * staleMs));
        if (stale && (await takeOver(held, key, lockPath))) {
          logger.info(`Took over the lock on ${what}: its holder${isRecord(current) ? ` (${current.host}, pid ${current.pid})` : ''} was silent for over ${formatDuration(staleMs)}.`);
          seen = undefined;
          continue;
        }
      }
    }
    const waited = Date.now() - started;
    if (waited >= timing.waitMs) throw new ExternalError(`Gave up after ${formatDuration(waited)} waiting for another job to finish with ${what} (lock ${held}).`);
    if (lastReport === 0 || Date.now() - lastReport >= REPORT_EVERY_MS) {
      logger.info(`Waiting for another job that is installing ${what}…`);
      lastReport = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Moves a dead holder's lock aside (one rename, so of several waiters only one succeeds), then
 * checks it moved what it judged: a holder that wrote a heartbeat meanwhile gets its lock back.
 */
async function takeOver(held: string, judged: string, lockPath: string): Promise<boolean> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(held, aside);
  } catch {
    return false; // another waiter was first, or the holder released it
  }
  const moved = await readRecord<LockRecord>(path.join(aside, 'owner'));
  const key = isRecord(moved) ? `${moved.token}:${moved.seq}` : String(moved);
  if (key !== judged) {
    await rename(aside, held).catch(() => undefined); // alive after all (or a new holder): give it back
    return false;
  }
  // Best effort: a stalled holder's open record keeps a FUSE mount's hidden copy in the directory.
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return true;
}

/**
 * A lock of runner-kit before 0.2 (proper-lockfile: an empty `<lockPath>.lock` directory whose
 * mtime is its heartbeat), held by a runner not yet upgraded on a shared cache: waited for while fresh.
 */
async function legacyLockIsFresh(lockPath: string, timing: LockTiming): Promise<boolean> {
  const info = await stat(`${lockPath}.lock`).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < 2 * timing.staleMs;
}

function holding(lockPath: string, what: string, timing: LockTiming, logger: Logger, record: LockRecord, handle: FileHandle): Acquired {
  const held = `${lockPath}.held`;
  const owner = path.join(held, 'owner');
  const controller = new AbortController();
  let beating: Promise<void> | undefined;
  let released = false;
  const ours = async (): Promise<boolean> => {
    const current = await readRecord<LockRecord>(owner);
    return isRecord(current) && current.token === record.token;
  };
  const beat = (): Promise<void> =>
    (beating ??= (async () => {
      try {
        record.seq++;
        record.heartbeatAt = Date.now();
        // Through the handle: after a takeover it writes into the moved-away file, never the new holder's.
        await rewriteRecord(handle, record);
        if (!(await ours())) controller.abort(lockLost(what, timing));
      } catch (error: unknown) {
        logger.debug(`heartbeat of the lock on ${what}: ${String(error)}`);
        if (!(await ours().catch(() => false))) controller.abort(lockLost(what, timing));
      } finally {
        beating = undefined;
      }
    })());
  const timer = setInterval(() => void beat(), Math.max(50, Math.floor(timing.staleMs / 6)));
  timer.unref();
  return {
    signal: controller.signal,
    token: record.token,
    lost: async () => controller.signal.aborted || !(await ours().catch(() => false)),
    confirm: async () => {
      // A heartbeat that took long (a stall right now) proves nothing: write another.
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = Date.now();
        await beat();
        if (controller.signal.aborted) break;
        if (Date.now() - started < timing.staleMs / 3) return;
      }
      throw lockLost(what, timing);
    },
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await beating;
      await handle.close().catch(() => undefined);
      if (controller.signal.aborted || !(await ours().catch(() => false))) return;
      const done = `${lockPath}.done-${record.token}`;
      try {
        await rename(held, done);
        const moved = await readRecord<LockRecord>(path.join(done, 'owner'));
        if (!isRecord(moved) || moved.token !== record.token) await rename(done, held).catch(() => undefined);
        else await rm(done, { recursive: true, force: true }).catch(() => undefined);
      } catch (error: unknown) {
        logger.debug(`unlock ${held}: ${String(error)}`);
      }
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
 * (RUNNER_KIT_LOCK_STALE_MS) or long model installs (RUNNER_KIT_LOCK_WAIT_MS).
 */
export function lockTimingFromEnv(env: NodeJS.ProcessEnv = process.env): LockTiming {
  const read = (name: string, fallback: number, min: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < min) throw new ConfigurationError(`${name} is '${text}'; expected a whole number of milliseconds of at least ${min}.`);
    return value;
  };
  const staleSet = Boolean(env['RUNNER_KIT_LOCK_STALE_MS']?.trim());
  return {
    waitMs: read('RUNNER_KIT_LOCK_WAIT_MS', defaultLockTiming.waitMs, 0),
    staleMs: read('RUNNER_KIT_LOCK_STALE_MS', defaultLockTiming.staleMs, 2000),
    ...(staleSet ? { staleMsSet: true } : {}),
  };
}
