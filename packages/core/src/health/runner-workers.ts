import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parsePidStat, readOptional } from '../system/procfs.ts';

/** The executable names a GitHub runner job worker runs as (self-contained, or hosted by `dotnet`). */
const WORKER_NAMES = new Set(['Runner.Worker', 'Runner.Worker.dll', 'Runner.Worker.exe']);

/**
 * How many GitHub runner job workers (`Runner.Worker`, one per job being run) live under
 * `procRoot`, not counting the worker this process itself runs under: the gate's own job is
 * about to end and is not load another job has to share the machine with, and leaving it out
 * gives the same number in a step and in `runner-kit health` run by an admin.
 *
 * `comm` decides for almost every process; `cmdline` is read only for `dotnet`, which hosts the
 * worker as `dotnet …/Runner.Worker.dll` in old runner layouts. Processes that end while being
 * looked at, or whose files cannot be read, are skipped. 0 without a readable `procRoot`.
 *
 * Reads are synchronous on purpose: procfs lives in memory and answers at once, while an async
 * read per process costs a thread-pool round trip each (1500 processes: ~80 ms async, ~10 ms
 * sync).
 */
export function countRunnerWorkers(procRoot: string): number {
  let names: string[];
  try {
    names = readdirSync(procRoot);
  } catch {
    return 0;
  }
  const own = ownAncestors(procRoot);
  return names.filter((name) => /^\d+$/.test(name) && !own.has(Number(name)) && isRunnerWorker(procRoot, name)).length;
}

function isRunnerWorker(procRoot: string, pid: string): boolean {
  const comm = readOptional(path.join(procRoot, pid, 'comm'));
  if (comm === undefined) return false;
  const name = comm.trim();
  if (WORKER_NAMES.has(name)) return true;
  if (name !== 'dotnet') return false;
  const cmdline = readOptional(path.join(procRoot, pid, 'cmdline'));
  // argv is NUL-separated; the worker is argv[0] (apphost) or argv[1] (`dotnet Runner.Worker.dll`).
  return (cmdline ?? '').split('\0').slice(0, 2).some((arg) => WORKER_NAMES.has(path.basename(arg)));
}

/** This process and its ancestors, from `<procRoot>/self/stat` up through each parent's stat. */
function ownAncestors(procRoot: string): Set<number> {
  const pids = new Set<number>();
  let stat = readOptional(path.join(procRoot, 'self', 'stat'));
  // A bound, because a fake or racing tree could form a cycle.
  for (let depth = 0; stat !== undefined && depth < 64; depth++) {
    const parsed = parsePidStat(stat);
    if (!parsed || pids.has(parsed.pid)) break;
    pids.add(parsed.pid);
    if (parsed.ppid <= 0) break;
    stat = readOptional(path.join(procRoot, String(parsed.ppid), 'stat'));
  }
  return pids;
}
