import { abandonWork } from '../abandoned-work.ts';
import { ExternalError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { spellDuration } from '../units.ts';
import { describeFailedAnswer, watchCacheTraffic, type FailedAnswer } from './cache-traffic.ts';
import { guardStrayErrors } from './stray-errors.ts';

// What @actions/cache writes to stdout while it runs: the one place it says why a restore or save
// failed. actions-cache.ts makes the calls; this module listens to them.

/** What @actions/cache said on stdout during one call. */
export interface LibraryMessages {
  /** Its warning / error annotations, decoded, oldest first. */
  problems: string[];
  /** Its "Failed to save: Unable to reserve cache …" info line. */
  reserveFailed?: string;
  /** Why the v2 reservation failed (a debug line: the info line leaves it out). */
  reserveDetail?: string;
  /** HTTP answers that were not what the library asked for, oldest first. */
  failedAnswers: FailedAnswer[];
}

/** How one observed call ended. */
export interface ObservedCall<T> {
  value?: T;
  thrown?: unknown;
  seen: LibraryMessages;
  /** Set when the call was given up on (it may still be running; the step does not wait for it). */
  abandoned?: string;
}

/** Why library calls are no longer made in this process, once one was given up on. */
let givenUp: string | undefined;

/** Annotations @actions/cache writes itself; anything else written meanwhile passes through. */
const LIBRARY_PROBLEMS = ['Failed to restore: ', 'Failed to save: ', 'Cache reservation failed: ', 'uploadCacheArchiveSDK: ', "You've hit a rate limit"];
const RESERVE_FAILED = 'Failed to save: Unable to reserve cache with key ';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one @actions/cache call and collects what it logged. The library swallows its errors and
 * only logs them (as ::warning::, or ::error:: for a 5xx), so its stdout is the one place that says
 * whether a restore missed or failed and why a save did not happen; those lines are held back so
 * the job log gets our single warning (or info) instead. Calls run one at a time, so every line
 * caught belongs to the call that caught it. An error the library throws outside its promises
 * ends the call as a failure instead of the process (see guardStrayErrors).
 */
export function observeLibrary<T>(call: () => Promise<T>, logger: Logger, limits: { timeoutMs?: number } = {}): Promise<ObservedCall<T>> {
  const run = async (): Promise<ObservedCall<T>> => {
    const seen: LibraryMessages = { problems: [], failedAnswers: [] };
    if (givenUp !== undefined) return { thrown: new ExternalError(`not asking the cache service again in this step: ${givenUp}`), seen };
    let abandonedFor: string | undefined;
    let giveUp: (reason: string) => void = () => {};
    const abandoned = new Promise<string>((resolve) => {
      giveUp = (reason) => {
        abandonedFor ??= reason;
        resolve(abandonedFor);
      };
    });
    // A failing service is retried by the library for half a minute; saving and restoring are
    // best effort, so the first 5xx ends the call.
    const traffic = watchCacheTraffic((answer) => giveUp(describeFailedAnswer(answer)));
    seen.failedAnswers = traffic.failures;
    const timer = limits.timeoutMs === undefined ? undefined : setTimeout(() => giveUp(`it took longer than ${spellDuration(limits.timeoutMs!)}`), limits.timeoutMs);
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' && holdBack(chunk.replace(/\r?\n$/, ''), seen, abandonedFor !== undefined)) {
        const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        if (done) queueMicrotask(done);
        return true;
      }
      return (write as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    });
    const failed = () => seen.problems.length > 0 || seen.reserveFailed !== undefined;
    const work = guardStrayErrors(call, logger, failed);
    const finish = () => {
      clearTimeout(timer);
      traffic.stop();
      process.stdout.write = write;
    };
    const outcome = await Promise.race([
      work.then(
        (value) => ({ value }),
        // Validation errors (a bad key or path) escape @actions/cache, and so do stray errors.
        (thrown: unknown) => ({ thrown }),
      ),
      abandoned.then((reason) => ({ abandoned: reason })),
    ]);
    if (!('abandoned' in outcome)) {
      finish();
      return { ...outcome, seen };
    }
    // The library goes on in the background until its retries end; what it still writes stays
    // out of the log, and no further call is made meanwhile or after.
    givenUp = outcome.abandoned;
    clearTimeout(timer);
    abandonWork(work.finally(finish));
    return { abandoned: outcome.abandoned, seen };
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Records a line @actions/cache wrote; true when it must not reach the job log. Once the call was
 * given up on, its retry notices ("Attempt 2 of 5 failed …") are held back too.
 */
function holdBack(line: string, seen: LibraryMessages, abandoned: boolean): boolean {
  if (abandoned && /^Attempt \d+ of \d+ failed/.test(line)) return true;
  const annotation = /^::(?:warning|error)::(.*)$/s.exec(line);
  if (annotation) {
    const text = decodeCommandData(annotation[1]!);
    if (!LIBRARY_PROBLEMS.some((prefix) => text.startsWith(prefix))) return false;
    seen.problems.push(text);
    return true;
  }
  const reserveDebug = /^::debug::Failed to reserve cache: (.*)$/s.exec(line);
  if (reserveDebug) seen.reserveDetail = decodeCommandData(reserveDebug[1]!).replace(/^Error: /, '');
  if (!line.startsWith(RESERVE_FAILED)) return false;
  seen.reserveFailed = line.slice('Failed to save: '.length);
  return true;
}

/** The library's final word, without the "Failed to …: " it puts in front. */
export function lastProblem(seen: LibraryMessages): string | undefined {
  return seen.problems.at(-1)?.replace(/^Failed to (?:save|restore): /, '');
}

/** Undoes @actions/core's escaping of workflow command data. */
function decodeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
