import * as cache from '@actions/cache';
import { describeError } from '../errors.ts';
import { actionsLogger, type Logger } from '../logging.ts';
import { spellDuration } from '../units.ts';
import { actionsCacheAvailable } from './actions-cache-env.ts';
import { describeFailedAnswer } from './cache-traffic.ts';
import { lastProblem, observeLibrary, type LibraryMessages } from './library-messages.ts';

export { actionsCacheAvailable } from './actions-cache-env.ts';

/**
 * The GitHub Actions cache service through @actions/cache, as a best-effort layer: nothing here
 * throws or fails the job. A problem becomes one warning and the caller falls back to a download;
 * losing the race to save a key another job saved first is only worth an info line.
 */

/**
 * Restores `paths`; returns the key that matched (exact key or a restore key) or undefined on a
 * miss or any failure (failure → logger.warning with the reason). Pass the same `paths` as when
 * saving: they are part of the cache version. After a failure the paths may hold a partial
 * restore, so clear them before falling back.
 */
export async function restoreActionsCache(paths: string[], key: string, restoreKeys: string[] = [], logger: Logger = actionsLogger): Promise<string | undefined> {
  if (!actionsCacheAvailable()) {
    logger.debug(`No Actions cache service in this job; not restoring ${key}.`);
    return undefined;
  }
  const { value, thrown, seen, abandoned } = await observeLibrary(() => cache.restoreCache(paths, key, restoreKeys), logger);
  if (abandoned !== undefined) {
    logger.warning(`Could not restore ${key} from the Actions cache: ${abandoned}; not waiting for the library's retries.`);
    return undefined;
  }
  const problem = thrown === undefined ? lastProblem(seen) : describeError(thrown);
  if (problem !== undefined) {
    logger.warning(`Could not restore ${key} from the Actions cache: ${explained(problem, seen)}`);
    return undefined;
  }
  return value;
}

/**
 * How long saving `bytes` may take by default: two minutes, plus the time they take at 10 MiB/s, in
 * whole seconds (a 50 MB model: about 2 minutes; 1.8 GB: about 5). Hosted runners upload far faster; a save
 * that takes longer is stuck.
 */
export function defaultSaveTimeoutMs(bytes: number): number {
  return 2 * 60_000 + Math.ceil(bytes / (10 * 1024 * 1024)) * 1000;
}

/** Options of {@link saveActionsCache}. */
export interface SaveLimits {
  /** Give up after this long: saving is best effort and must not hold the job. */
  timeoutMs?: number;
  /** The input that sets `timeoutMs`, named when the limit is hit. */
  timeoutInput?: string;
}

/** How {@link saveActionsCache} ended. */
export type SaveOutcome = 'saved' | 'already-exists' | 'unavailable' | 'failed';

/**
 * Saves `paths` under `key`; never throws. 'already-exists' when another job reserved/saved the
 * key first (logged as info, not a warning); 'unavailable' when the job has no cache service or
 * its ACTIONS_CACHE_MODE does not allow writes.
 */
export async function saveActionsCache(paths: string[], key: string, logger: Logger = actionsLogger, limits: SaveLimits = {}): Promise<SaveOutcome> {
  if (!actionsCacheAvailable()) {
    logger.debug(`No Actions cache service in this job; not saving ${key}.`);
    return 'unavailable';
  }
  const mode = (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
  if (mode === 'none' || mode === 'read') {
    logger.info(`Not saving ${key} to the Actions cache: this job's cache mode is '${mode}'.`);
    return 'unavailable';
  }
  // One v1 chunk at a time: when a chunk fails, @actions/cache closes the archive while the other
  // chunks still read it (by then maybe another file's descriptor), their errors are thrown from
  // stream listeners and their requests hang (actions/cache#441). The library lets
  // CACHE_UPLOAD_CONCURRENCY in the env override the option, so that is pinned for the call too.
  // v2 ignores both (its Azure upload does not have the bug).
  const { value: id, thrown, seen, abandoned } = await observeLibrary(
    () => withEnv('CACHE_UPLOAD_CONCURRENCY', '1', () => cache.saveCache(paths, key, { uploadConcurrency: 1 })),
    logger,
    limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs },
  );
  if (abandoned !== undefined) {
    const limit = limits.timeoutMs === undefined ? '' : ` (at most ${spellDuration(limits.timeoutMs)}${limits.timeoutInput ? `, set by ${limits.timeoutInput}` : ''})`;
    logger.warning(`Gave up saving ${key} to the Actions cache: ${abandoned}. Saving is best effort${limit}; the job goes on without it.`);
    return 'failed';
  }
  if (seen.reserveFailed !== undefined) {
    // @actions/cache reports every failed reservation alike; only a 409 means another job has it.
    const detail = seen.reserveDetail ?? seen.reserveFailed.split('More details: ')[1] ?? seen.reserveFailed;
    if (/\(409\)|already exists/i.test(detail)) {
      logger.info(`The Actions cache already has ${key} (another job saved it first); not saving it again.`);
      return 'already-exists';
    }
    logger.warning(`Could not save ${key} to the Actions cache: the key could not be reserved: ${detail}`);
    return 'failed';
  }
  const problem = thrown === undefined ? lastProblem(seen) : describeError(thrown);
  if (problem === undefined && id !== undefined && id > 0) return 'saved';
  // v2 reports a finalize refusal by a warning of its own and a cacheId of -1.
  logger.warning(`Could not save ${key} to the Actions cache: ${explained(problem ?? 'the cache service did not accept the upload', seen)}`);
  return 'failed';
}

/**
 * Why a call failed. The storage's answer comes first when it refused something: the library's
 * reason is then a consequence ("Content-Length not found on blob response") or, from the Azure
 * SDK for a refused HEAD, an empty message.
 */
function explained(problem: string, seen: LibraryMessages): string {
  const refused = seen.failedAnswers.findLast((answer) => answer.from === 'storage');
  if (refused) return describeFailedAnswer(refused);
  if (problem.trim() !== '') return problem;
  const answer = seen.failedAnswers.at(-1);
  return answer ? describeFailedAnswer(answer) : 'the cache library gave no reason (re-run with ACTIONS_STEP_DEBUG=true to see its log)';
}

/** Runs `call` with process.env[name] set to `value` (read by the library when the call starts). */
async function withEnv<T>(name: string, value: string, call: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await call();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}
