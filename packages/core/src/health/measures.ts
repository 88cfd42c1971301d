import { statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../headless/commands.ts';
import { nodeCpus } from '../system/node.ts';
import { measureJobScope, type CgroupMeasure, type CpuPressure, type MeasureScope } from './job-scope.ts';
import { checkUrls, type NetworkCheck } from './network.ts';
import { parsePs, parseSwapUsage, parseVmStat, vmStatAvailableBytes } from '../system/darwin.ts';
import { parseLoadavg, parseMeminfo, readOptional, type Meminfo } from '../system/procfs.ts';
import { countRunnerWorkers, countRunnerWorkersInListing } from './runner-workers.ts';

export { parseLoadavg, parseMeminfo } from '../system/procfs.ts';

/** Space and inodes of the filesystem holding one path. */
export interface DiskMeasure {
  path: string;
  /** False when the path does not exist or cannot be reached; every number is then 0. */
  exists: boolean;
  totalBytes: number;
  /** Bytes an unprivileged user can still write (`df`'s "Avail", not counting root's reserve). */
  freeBytes: number;
  /** 0 on filesystems without an inode limit (btrfs, some FUSE and network filesystems). */
  totalInodes: number;
  freeInodes: number;
}

/** One network check: any HTTP status below 500 counts as reachable. */
export type NetworkMeasure = NetworkCheck;

/** What `measureHost` saw on this machine, at one moment. */
export interface HostMeasures {
  /**
   * `cgroup` when the job runs under a cgroup limit (a container, an ARC pod, a systemd slice):
   * `cpuCount` and `memory` are then the job's; `host` when they are the machine's.
   */
  scope: MeasureScope;
  /** CPUs the job can use: min(quota, cpuset, online CPUs) under a limit, else the CPUs available to this process. */
  cpuCount: number;
  /** CPUs of the machine (online), the basis of the node-wide load average. */
  nodeCpuCount: number;
  loadAverage: [number, number, number];
  /** Pressure stall information for CPU, where the kernel has it (the cgroup's own, else the node's). */
  cpuPressure?: CpuPressure;
  /** The job's memory under a limit (limit, and limit − working set), else the machine's. */
  memory: { totalBytes: number; availableBytes: number };
  /** The machine's memory (MemTotal, MemAvailable), whatever the scope. */
  nodeMemory: { totalBytes: number; availableBytes: number };
  /** The process's cgroup, where there are cgroups to read. */
  cgroup?: CgroupMeasure;
  /** Undefined where the OS does not say (Windows). */
  swap?: { totalBytes: number; freeBytes: number };
  /** One per path asked for, in order (workspace first, then cache paths). */
  disks: DiskMeasure[];
  /**
   * GitHub runner job workers (`Runner.Worker`) on this machine, i.e. jobs running now, other
   * than the one this process belongs to (from procfs on Linux, `ps` on macOS). Undefined where
   * they are not counted (Windows), never a made-up 0.
   */
  runnerWorkers?: number;
  network: NetworkMeasure[];
}

export interface MeasureOptions {
  /** The workspace first, then cache paths; each gets one `DiskMeasure`. */
  paths: string[];
  /** URLs to check; empty makes no request at all. */
  networkUrls: string[];
  /** Time limit of each check (all run at once, so also of all of them). */
  networkTimeoutMs: number;
  /** Where procfs is; default `/proc`. Tests point it at a fixture tree. */
  procRoot?: string;
  /** Prefix of the cgroup mount points mountinfo names; tests point it at a fixture tree. */
  fsRoot?: string;
  /** Remembers each cgroup's OOM-kill count between checks, so that only recent kills count (see `recentOomKills`). */
  oomStateFile?: string;
  /** Default: `process.platform`; tests pass another, with `runCommand` replaying recorded outputs. */
  platform?: NodeJS.Platform;
  /** Runs a command and returns its stdout (macOS reads `vm_stat`, `sysctl` and `ps`). */
  runCommand?: (file: string, args: string[]) => Promise<string>;
}

/**
 * Measures this machine's health: load, memory, swap, disks, running jobs, network, and the
 * job's share of it where a cgroup limits the job (see `measureJobScope`).
 *
 * Reads procfs and `statfs` directly, never `free`, `df` or `ps`: no process is spawned, so
 * without network checks it takes a few milliseconds. Network checks and disks run in parallel.
 *
 * Without procfs, see {@link measureWithoutProcfs}.
 */
export async function measureHost(options: MeasureOptions): Promise<HostMeasures> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'linux') return measureWithoutProcfs(platform, options);
  const procRoot = options.procRoot ?? '/proc';
  // Requests and statfs calls (which can block on a network filesystem) go out first; the procfs
  // reads, synchronous because procfs answers from memory, run while they are under way.
  const pending = Promise.all([
    checkUrls(options.networkUrls, options.networkTimeoutMs),
    Promise.all(options.paths.map(measureDisk)),
  ]);
  const loadAverage = readLoadAverage(procRoot);
  const meminfo = readMemory(procRoot);
  const runnerWorkers = countRunnerWorkers(procRoot);
  const cpus = nodeCpus();
  const job = measureJobScope({ cpus, meminfo }, { procRoot, ...pick(options, 'fsRoot', 'oomStateFile') });
  const [network, disks] = await pending;
  return {
    scope: job.scope,
    cpuCount: job.cpuCount,
    nodeCpuCount: cpus.online,
    loadAverage,
    ...(job.cpuPressure ? { cpuPressure: job.cpuPressure } : {}),
    memory: job.memory,
    nodeMemory: { totalBytes: meminfo.totalBytes, availableBytes: meminfo.availableBytes },
    ...(job.cgroup ? { cgroup: job.cgroup } : {}),
    swap: { totalBytes: meminfo.swapTotalBytes, freeBytes: meminfo.swapFreeBytes },
    disks,
    runnerWorkers,
    network,
  };
}

/**
 * macOS and Windows. Load from `os.loadavg()` (Node reads `vm.loadavg` on macOS; Windows has no
 * load average: zeros, which judge as idle), disks by `statfs` and network checks as on Linux.
 * macOS: memory available from `vm_stat` (free + inactive + speculative + purgeable pages:
 * `os.freemem()` counts free pages only and reads a few percent on a healthy Mac), swap from
 * `sysctl vm.swapusage`, runner workers from `ps`; the three commands run at once, about 10 ms.
 * A command that fails leaves memory at `os.freemem()` and swap or workers unknown.
 * Windows: `os.freemem()` (available physical memory there), swap and workers unknown.
 */
async function measureWithoutProcfs(platform: NodeJS.Platform, options: MeasureOptions): Promise<HostMeasures> {
  const run = options.runCommand ?? runQuietly;
  const pending = Promise.all([checkUrls(options.networkUrls, options.networkTimeoutMs), Promise.all(options.paths.map(measureDisk))]);
  const totalBytes = os.totalmem();
  let availableBytes = os.freemem();
  let swap: HostMeasures['swap'];
  let runnerWorkers: number | undefined;
  if (platform === 'darwin') {
    const [vm, swapText, ps] = await Promise.all([run('vm_stat', []), run('sysctl', ['-n', 'vm.swapusage']), run('ps', ['-A', '-o', 'pid=,ppid=,comm='])].map((call) => call.catch(() => undefined)));
    const parsedVm = vm === undefined ? undefined : parseVmStat(vm);
    if (parsedVm) availableBytes = vmStatAvailableBytes(parsedVm, totalBytes);
    swap = swapText === undefined ? undefined : parseSwapUsage(swapText);
    runnerWorkers = ps === undefined ? undefined : countRunnerWorkersInListing(parsePs(ps), process.pid);
  }
  const cpus = os.availableParallelism();
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  const [network, disks] = await pending;
  const memory = { totalBytes, availableBytes };
  return {
    scope: 'host',
    cpuCount: cpus,
    nodeCpuCount: cpus,
    loadAverage: [one, five, fifteen],
    memory,
    nodeMemory: memory,
    ...(swap ? { swap } : {}),
    disks,
    ...(runnerWorkers === undefined ? {} : { runnerWorkers }),
    network,
  };
}

/** stdout of a command that must finish quickly; rejects on failure. */
async function runQuietly(file: string, args: string[]): Promise<string> {
  const result = await runCommand(file, args, { env: process.env, timeoutMs: 5000 });
  if (!result.ok) throw new Error(`${file} failed: ${result.stderr}`);
  return result.stdout;
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]])) as Partial<Pick<T, K>>;
}

function readLoadAverage(procRoot: string): [number, number, number] {
  const text = readOptional(path.join(procRoot, 'loadavg'));
  if (text === undefined) {
    const [one = 0, five = 0, fifteen = 0] = os.loadavg();
    return [one, five, fifteen];
  }
  return parseLoadavg(text);
}

function readMemory(procRoot: string): Meminfo {
  const text = readOptional(path.join(procRoot, 'meminfo'));
  if (text === undefined) return { totalBytes: os.totalmem(), availableBytes: os.freemem(), swapTotalBytes: 0, swapFreeBytes: 0 };
  return parseMeminfo(text);
}

/** `statfs` of the path; a path that is missing (or unreachable) is `exists: false`, never an error. */
async function measureDisk(target: string): Promise<DiskMeasure> {
  try {
    // bigint keeps blocks × block size exact; the result fits a number up to 8 PiB.
    const stats = await statfs(target, { bigint: true });
    return {
      path: target,
      exists: true,
      totalBytes: Number(stats.blocks * stats.bsize),
      freeBytes: Number(stats.bavail * stats.bsize),
      totalInodes: Number(stats.files),
      freeInodes: Number(stats.ffree),
    };
  } catch {
    return { path: target, exists: false, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 };
  }
}
