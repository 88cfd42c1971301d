import { formatBytes, formatDuration } from '../units.ts';
import { DownloadTimeoutError } from './errors.ts';
import { formatRate } from './progress.ts';

/** Time a download may take before its size is known, or when the server never says. */
const UNKNOWN_SIZE_LIMIT_MS = 60 * 60_000;
/** Slack on top of the time the size takes at {@link FLOOR_RATE}: connection set-up, retries. */
const BASE_LIMIT_MS = 5 * 60_000;
/** The slowest rate a healthy download is expected to keep up (1 MiB/s). */
const FLOOR_RATE = 2 ** 20;
/** Longest limit: a day (timers cannot exceed ~24.8 days anyway). */
export const MAX_DOWNLOAD_LIMIT_MS = 24 * 60 * 60_000;

/**
 * The overall time limit for a download of `totalBytes` when none is given: 5 minutes plus the
 * time the size takes at 1 MiB/s (a 50 MB model: about 6 minutes; 1.8 GB: about 34), or an hour
 * while the size is unknown. At most a day.
 */
export function defaultDownloadLimitMs(totalBytes: number | undefined): number {
  if (totalBytes === undefined) return UNKNOWN_SIZE_LIMIT_MS;
  return Math.min(MAX_DOWNLOAD_LIMIT_MS, Math.round(BASE_LIMIT_MS + (totalBytes / FLOOR_RATE) * 1000));
}

/** Where a download stands, for the message when its time is up. */
export interface DownloadStanding {
  bytes: number;
  totalBytes?: number;
  attempts: number;
}

/**
 * The overall time limit of one download, and the signal that stops it: aborted with a
 * {@link DownloadTimeoutError} saying how far the download got when the limit passes, or with the
 * caller's reason when the caller's signal aborts.
 */
export class DownloadDeadline {
  readonly #controller = new AbortController();
  readonly #started = performance.now();
  readonly #url: string;
  readonly #fixed: boolean;
  readonly #standing: () => DownloadStanding;
  #timer: NodeJS.Timeout | undefined;
  #sized = false;

  constructor(url: string, limitMs: number | undefined, external: AbortSignal | undefined, standing: () => DownloadStanding) {
    this.#url = url;
    this.#fixed = limitMs !== undefined;
    this.#standing = standing;
    this.#arm(limitMs ?? defaultDownloadLimitMs(undefined));
    if (external?.aborted) this.#controller.abort(external.reason);
    else external?.addEventListener('abort', () => this.#controller.abort(external.reason), { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The server told the size: a default limit is now derived from it (once). */
  sizeKnown(totalBytes: number | undefined): void {
    if (this.#fixed || this.#sized || totalBytes === undefined) return;
    this.#sized = true;
    this.#arm(defaultDownloadLimitMs(totalBytes));
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  #arm(limitMs: number): void {
    clearTimeout(this.#timer);
    const elapsed = performance.now() - this.#started;
    this.#timer = setTimeout(() => this.#controller.abort(this.#timeUp(limitMs)), Math.max(0, limitMs - elapsed));
  }

  #timeUp(limitMs: number): DownloadTimeoutError {
    const { bytes, totalBytes, attempts } = this.#standing();
    const seconds = (performance.now() - this.#started) / 1000;
    const of = totalBytes === undefined ? '' : ` of ${formatBytes(totalBytes)} (${totalBytes > 0 ? Math.floor((bytes / totalBytes) * 100) : 100}%)`;
    const progress = `${formatBytes(bytes)}${of} arrived in ${formatDuration(seconds * 1000)} and ${attempts} attempt${attempts === 1 ? '' : 's'}, ${formatRate(seconds > 0 ? bytes / seconds : 0)} on average`;
    return new DownloadTimeoutError(this.#url, limitMs, progress);
  }
}
