/** An absolute point in time (performance.now() scale) by which something must be done. */
export type Deadline = number;

/** Remaining time before `deadline`, never negative. */
export function remaining(deadline: Deadline): number {
  return Math.max(0, deadline - performance.now());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How {@link pollUntil} paces itself. */
export interface PollOptions {
  deadline: Deadline;
  /** First pause between probes, ms (default 20). */
  intervalMs?: number;
  /** Pauses double up to this (default: `intervalMs`, a fixed pace). */
  maxIntervalMs?: number;
  /** Polled between probes: false ends the wait at once (the process being waited for died). */
  stillAlive?: () => boolean;
}

/**
 * Polls `probe` until it returns a value, `stillAlive` turns false, or the deadline passes. Pauses
 * are tens of ms: this waits for readiness or exit, it is no sleep.
 */
export async function pollUntil<T>(probe: () => Promise<T | undefined> | T | undefined, options: PollOptions): Promise<{ value?: T; died?: boolean }> {
  let pause = options.intervalMs ?? 20;
  const maxPause = options.maxIntervalMs ?? pause;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value };
    if (options.stillAlive && !options.stillAlive()) return { died: true };
    if (remaining(options.deadline) <= 0) return {};
    await sleep(Math.max(1, Math.min(pause, remaining(options.deadline))));
    pause = Math.min(pause * 2, maxPause);
  }
}
