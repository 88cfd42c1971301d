import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { PsEntry } from '../system/darwin.ts';
import { parsePidStat, readOptional } from '../system/procfs.ts';

/** The executable names a GitHub runner job worker runs as (self-contained, or hosted by `dotnet`). */
const WORKER_NAMES = new Set(['Runner.Worker', 'Runner.Worker.dll', 'Runner.Worker.exe']);
/** The runner service's own process, which holds the session with GitHub and starts workers. */
const LISTENER_NAMES = new Set(['Runner.Listener', 'Runner.Listener.dll', 'Runner.Listener.exe']);

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
  return countRunnerProcesses(procRoot, WORKER_NAMES, ownAncestors(procRoot));
}

/**
 * How many runner services (`Runner.Listener`, one per registered runner running on this
 * machine) live under `procRoot`, found the same way as workers. 0 without a readable `procRoot`.
 */
export function countRunnerListeners(procRoot: string): number {
  return countRunnerProcesses(procRoot, LISTENER_NAMES, new Set());
}

function countRunnerProcesses(procRoot: string, executables: ReadonlySet<string>, skip: ReadonlySet<number>): number {
  let names: string[];
  try {
    names = readdirSync(procRoot);
  } catch {
    return 0;
  }
  return names.filter((name) => /^\d+$/.test(name) && !skip.has(Number(name)) && runsAs(procRoot, name, executables)).length;
}

function runsAs(procRoot: string, pid: string, executables: ReadonlySet<string>): boolean {
  const comm = readOptional(path.join(procRoot, pid, 'comm'));
  if (comm === undefined) return false;
  const name = comm.trim();
  if (executables.has(name)) return true;
  // `comm` may be cut short (a 15-byte limit); `dotnet` hosts the runner in old layouts: argv decides.
  const cut = name.length >= 14 && [...executables].some((executable) => executable.startsWith(name));
  if (name !== 'dotnet' && !cut) return false;
  const cmdline = readOptional(path.join(procRoot, pid, 'cmdline'));
  // argv is NUL-separated; the runner runs as argv[0] (apphost) or argv[1] (`dotnet Runner.Worker.dll`).
  return (cmdline ?? '').split('\0').slice(0, 2).some((arg) => executables.has(path.basename(arg)));
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

/**
 * The same count from a process listing (`ps` on macOS, where there is no procfs): workers other
 * than the one `selfPid` runs under. `ps` prints the executable's path; `dotnet`-hosted workers
 * of old layouts show as `dotnet` there and are not told apart.
 */
export function countRunnerWorkersInListing(entries: readonly PsEntry[], selfPid: number): number {
  const parents = new Map(entries.map((entry) => [entry.pid, entry.ppid]));
  const ancestors = new Set<number>();
  // A bound, because a listing taken while processes come and go could form a cycle.
  for (let pid: number | undefined = selfPid, depth = 0; pid !== undefined && pid > 0 && !ancestors.has(pid) && depth < 64; depth++) {
    ancestors.add(pid);
    pid = parents.get(pid);
  }
  return entries.filter((entry) => !ancestors.has(entry.pid) && WORKER_NAMES.has(path.basename(entry.command))).length;
}
