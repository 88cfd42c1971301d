import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { splitProcStat } from '../processes.ts';

/** `/proc/meminfo` values as bytes, with the fallback for kernels without MemAvailable applied. */
export interface Meminfo {
  totalBytes: number;
  availableBytes: number;
  swapTotalBytes: number;
  swapFreeBytes: number;
}

/**
 * The 1-, 5- and 15-minute load averages from `/proc/loadavg` (`0.52 0.58 0.59 1/467 12345`).
 * Any run of whitespace separates the fields; throws on text that has no three numbers.
 */
export function parseLoadavg(text: string): [number, number, number] {
  const fields = text.trim().split(/\s+/).slice(0, 3).map(Number);
  if (fields.length < 3 || fields.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new ExternalError(`Unexpected /proc/loadavg content: '${text.trim().slice(0, 80)}'.`);
  }
  return [fields[0]!, fields[1]!, fields[2]!];
}

/**
 * Memory and swap from `/proc/meminfo`. Values there are KiB whatever the `kB` says.
 *
 * Kernels before 3.14 have no `MemAvailable`; there the estimate is `MemFree + Buffers + Cached`
 * (what `free` showed as "-/+ buffers/cache" free), capped at `MemTotal`. It overstates a little
 * because part of Cached (shmem, tmpfs) cannot be dropped, which is good enough for a health
 * score. Throws when `MemTotal` is missing: then the text is not meminfo at all.
 */
export function parseMeminfo(text: string): Meminfo {
  const kib = new Map<string, number>();
  for (const line of text.split('\n')) {
    // `Key:   value kB`, `Key: value` (HugePages_*), tabs or odd spacing alike.
    const match = /^\s*([^:\s]+)\s*:\s*(\d+)(?:\s*kB)?\s*$/i.exec(line);
    if (match) kib.set(match[1]!, Number(match[2]));
  }
  const total = kib.get('MemTotal');
  if (total === undefined) throw new ExternalError('Unexpected /proc/meminfo content: no MemTotal line.');
  const available = kib.get('MemAvailable') ?? Math.min(total, (kib.get('MemFree') ?? 0) + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0));
  return {
    totalBytes: total * 1024,
    availableBytes: available * 1024,
    swapTotalBytes: (kib.get('SwapTotal') ?? 0) * 1024,
    swapFreeBytes: (kib.get('SwapFree') ?? 0) * 1024,
  };
}

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
    const parsed = parseStat(stat);
    if (!parsed || pids.has(parsed.pid)) break;
    pids.add(parsed.pid);
    if (parsed.ppid <= 0) break;
    stat = readOptional(path.join(procRoot, String(parsed.ppid), 'stat'));
  }
  return pids;
}

/** pid and ppid (field 4) from `/proc/<pid>/stat`. */
function parseStat(text: string): { pid: number; ppid: number } | undefined {
  const split = splitProcStat(text);
  if (!split) return undefined;
  const ppid = Number(split.fields[1]);
  return Number.isSafeInteger(split.pid) && Number.isSafeInteger(ppid) ? { pid: split.pid, ppid } : undefined;
}

/**
 * The text of a procfs file, or undefined when it is gone or unreadable (processes come and go;
 * without procfs there is nothing to read). Synchronous: see `countRunnerWorkers`.
 */
export function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
