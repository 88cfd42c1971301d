// A library call that is given up on (a cache save past its time limit, retries against a failing
// service) keeps timers and sockets of its own; waiting for them would make the step take as long
// as if it had not been given up on. The step ends without them instead.

const pending = new Set<Promise<void>>();

/** Lets the step end without waiting for `work`; its outcome is ignored. */
export function abandonWork(work: Promise<unknown>): void {
  const settled: Promise<void> = work.then(
    () => undefined,
    () => undefined,
  );
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/**
 * Ends the process (with the exit code set so far) when abandoned work would keep it alive, once
 * everything written to stdout has been flushed. Called when a step's work is over.
 */
export async function endAbandonedWork(): Promise<void> {
  if (pending.size === 0) return;
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit();
}
