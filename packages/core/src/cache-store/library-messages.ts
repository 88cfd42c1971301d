import type { Logger } from '../logging.ts';
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
}

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
export function observeLibrary<T>(call: () => Promise<T>, logger: Logger): Promise<{ value?: T; thrown?: unknown; seen: LibraryMessages }> {
  const run = async () => {
    const seen: LibraryMessages = { problems: [] };
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' && holdBack(chunk.replace(/\r?\n$/, ''), seen)) {
        const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        if (done) queueMicrotask(done);
        return true;
      }
      return (write as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    });
    try {
      const failed = () => seen.problems.length > 0 || seen.reserveFailed !== undefined;
      return { value: await guardStrayErrors(call, logger, failed), seen };
    } catch (thrown: unknown) {
      // Validation errors (a bad key or path) escape @actions/cache, and so do stray errors.
      return { thrown, seen };
    } finally {
      process.stdout.write = write;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Records a line @actions/cache wrote; true when it must not reach the job log. */
function holdBack(line: string, seen: LibraryMessages): boolean {
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
