/**
 * Milliseconds since this process started, as `performance.now()` gives them, without loading
 * `perf_hooks` (about 2 ms of a step's start-up under Node 24). For timing a step's own work.
 */
export function nowMs(): number {
  return process.uptime() * 1000;
}
