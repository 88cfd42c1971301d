import os from 'node:os';

/** This machine's CPUs: online, and available to this process (its affinity, what `os.availableParallelism()` says). */
export function nodeCpus(): { online: number; available: number } {
  const available = os.availableParallelism();
  return { online: Math.max(available, os.cpus().length), available };
}
