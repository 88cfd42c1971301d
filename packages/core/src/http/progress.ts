import { formatBytes, formatDuration } from '../units.ts';

/** A snapshot of a download in flight. */
export interface DownloadProgress {
  receivedBytes: number;
  /** Unknown when the server sends no Content-Length. */
  totalBytes?: number;
  bytesPerSecond: number;
  /** Unknown without a total size or before any speed is measured. */
  etaSeconds?: number;
}

/**
 * One log line for a download: `model: 45% of 1.8 GiB, 23.4 MB/s, ETA 1m 2s`, or
 * `model: 12.0 MiB, 23.4 MB/s` when the size is unknown.
 */
export function formatProgress(label: string, progress: DownloadProgress): string {
  const { receivedBytes, totalBytes, etaSeconds } = progress;
  const speed = formatRate(progress.bytesPerSecond);
  if (totalBytes === undefined) return `${label}: ${formatBytes(receivedBytes)}, ${speed}`;
  // Rounded down, so 100% means done rather than "nearly".
  const percent = totalBytes > 0 ? Math.floor((receivedBytes / totalBytes) * 100) : 100;
  const eta = etaSeconds === undefined ? '' : `, ETA ${formatDuration(etaSeconds * 1000)}`;
  return `${label}: ${percent}% of ${formatBytes(totalBytes)}, ${speed}${eta}`;
}

/** Decimal megabytes per second: the unit people know download speeds in (unlike binary file sizes). */
export function formatRate(bytesPerSecond: number): string {
  return `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
}

/** Builds a snapshot, deriving the ETA from the speed. */
export function snapshot(receivedBytes: number, totalBytes: number | undefined, bytesPerSecond: number): DownloadProgress {
  const progress: DownloadProgress = { receivedBytes, bytesPerSecond };
  if (totalBytes === undefined) return progress;
  progress.totalBytes = totalBytes;
  if (bytesPerSecond > 0) progress.etaSeconds = Math.max(0, totalBytes - receivedBytes) / bytesPerSecond;
  return progress;
}

/**
 * Throttles progress reports to one per interval. The speed is measured over the bytes since the
 * previous report, so it follows the network rather than averaging in a slow start or a retry.
 */
export class ProgressMeter {
  private readonly startedAt = performance.now();
  private lastAt = this.startedAt;
  private transferred = 0;
  private lastTransferred = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly report: (progress: DownloadProgress) => void,
  ) {}

  /** Records that `bytes` more arrived (`receivedBytes` in the file now); reports if it is time. */
  add(bytes: number, receivedBytes: number, totalBytes: number | undefined): void {
    this.transferred += bytes;
    const now = performance.now();
    const seconds = (now - this.lastAt) / 1000;
    if (now - this.lastAt < this.intervalMs || seconds <= 0) return;
    const rate = (this.transferred - this.lastTransferred) / seconds;
    this.lastAt = now;
    this.lastTransferred = this.transferred;
    this.report(snapshot(receivedBytes, totalBytes, rate));
  }

  /** Milliseconds since the meter started. */
  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** Average speed over everything transferred so far, discarded attempts included. */
  averageRate(): number {
    const seconds = this.elapsedMs() / 1000;
    return seconds > 0 ? this.transferred / seconds : 0;
  }
}
