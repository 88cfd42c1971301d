import { lstatSync, readdirSync, readFileSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { parseLoadavg, parseMeminfo } from '../health/proc.ts';
import type { Sample, SampleHeader } from './samples.ts';
import {
  cpuPercent,
  cpuSharePercent,
  isExternalInterface,
  isRealDisk,
  parseCpuTimes,
  parseDiskstats,
  parseNetDev,
  parsePidStat,
  parseUptime,
  sumDeltas,
  USER_HZ,
  type CpuTimes,
  type DiskCounters,
  type NetCounters,
} from './procfs.ts';

/** What one probe measures besides the always-on metrics. */
export interface ProbeOptions {
  workspace: string;
  /** Record the top processes by CPU on every `processesEvery`-th sample (0: never). */
  topProcesses: number;
  processesEvery: number;
  cachePaths: string[];
  /** Measure cache sizes on every `cacheEvery`-th sample. */
  cacheEvery: number;
  /** Default `/proc`; tests point it at a fixture tree. */
  procRoot?: string;
}

/** Files and entries a cache-size walk looks at, at most: a runaway cache must not stall sampling. */
const CACHE_WALK_LIMIT = 50_000;

/**
 * Reads procfs and statfs synchronously (procfs answers from memory; a thread-pool round trip
 * per file would cost more than the read) and turns counters into per-interval values. Each
 * source is read on its own: one that fails leaves its fields out and is reported through
 * `onError`, the others still count.
 */
export class Probe {
  private readonly procRoot: string;
  private cpu: { all: CpuTimes; cores: CpuTimes[] } | undefined;
  private disks: DiskCounters | undefined;
  private net: NetCounters | undefined;
  private processTicks = new Map<number, number>();
  private processCpuTotal: number | undefined;
  private count = 0;
  private lastTime: number | undefined;
  readonly pageBytes: number;

  constructor(
    private readonly options: ProbeOptions,
    private readonly onError: (source: string, error: unknown) => void,
  ) {
    this.procRoot = options.procRoot ?? '/proc';
    this.pageBytes = detectPageBytes(this.procRoot);
  }

  /** The header line: machine facts that do not change during the job. */
  header(now: number, intervalMs: number): SampleHeader {
    const memory = this.attempt('meminfo', () => parseMeminfo(this.read('meminfo')));
    const disk = this.attempt('statfs', () => statfsSync(this.options.workspace));
    const cpu = this.attempt('stat', () => parseCpuTimes(this.read('stat')));
    return {
      kind: 'start',
      v: 1,
      startedAt: now,
      intervalMs,
      cpuCount: cpu?.cores.length || 1,
      memTotalBytes: memory?.totalBytes ?? 0,
      swapTotalBytes: memory?.swapTotalBytes ?? 0,
      workspace: this.options.workspace,
      diskTotalBytes: disk ? disk.blocks * disk.bsize : 0,
      pageBytes: this.pageBytes,
    };
  }

  /** One sample; the first call only sets the baseline for rates (its rate fields are absent). */
  sample(now: number): Sample {
    const sample: Sample = { t: now, dt: this.lastTime === undefined ? 0 : now - this.lastTime };
    this.lastTime = now;
    const index = this.count++;

    const cpu = this.attempt('stat', () => parseCpuTimes(this.read('stat')));
    if (cpu && this.cpu && cpu.all.total > this.cpu.all.total) {
      const before = this.cpu;
      sample.cpu = round1(cpuPercent(before.all, cpu.all));
      sample.iowait = round1(cpuSharePercent(before.all, cpu.all, 'iowait'));
      sample.steal = round1(cpuSharePercent(before.all, cpu.all, 'steal'));
      sample.cores = cpu.cores.map((core, i) => Math.round(before.cores[i] ? cpuPercent(before.cores[i], core) : 0));
    }
    const loads = this.attempt('loadavg', () => parseLoadavg(this.read('loadavg')));
    if (loads) sample.load1 = loads[0];
    const memory = this.attempt('meminfo', () => parseMeminfo(this.read('meminfo')));
    if (memory) {
      sample.memUsed = memory.totalBytes - memory.availableBytes;
      sample.memAvail = memory.availableBytes;
      sample.swapUsed = memory.swapTotalBytes - memory.swapFreeBytes;
    }
    const disk = this.attempt('statfs', () => statfsSync(this.options.workspace));
    if (disk) sample.diskUsed = (disk.blocks - disk.bfree) * disk.bsize;

    const disks = this.attempt('diskstats', () => parseDiskstats(this.read('diskstats')));
    if (disks && this.disks) [sample.rd, sample.wr] = sumDeltas(this.disks, disks, isRealDisk, ['readBytes', 'writtenBytes']);
    const net = this.attempt('net/dev', () => parseNetDev(this.read('net/dev')));
    if (net && this.net) [sample.rx, sample.tx] = sumDeltas(this.net, net, isExternalInterface, ['rx', 'tx']);

    if (this.options.topProcesses > 0 && cpu && index % this.options.processesEvery === 0) {
      const procs = this.attempt('processes', () => this.topProcesses(cpu.all.total, cpu.cores.length || 1));
      if (procs) sample.procs = procs;
    }
    if (this.options.cachePaths.length > 0 && index % this.options.cacheEvery === 0) {
      sample.cache = Object.fromEntries(this.options.cachePaths.map((p) => [p, directoryBytes(p)]));
    }
    if (cpu) this.cpu = cpu;
    if (disks) this.disks = disks;
    if (net) this.net = net;
    return sample;
  }

  /** Top processes by CPU since the previous process sample, as a share of one core. */
  private topProcesses(cpuTotal: number, cpuCount: number): Sample['procs'] {
    const ticks = new Map<number, number>();
    const found: [number, string, number, number][] = [];
    // Jiffies of one core over the interval, from the same clock as the process counters.
    const coreTicks = this.processCpuTotal === undefined ? 0 : (cpuTotal - this.processCpuTotal) / cpuCount;
    // A process started since the previous look has no earlier reading: its whole life is the interval.
    const uptime = parseUptime(readFileSync(`${this.procRoot}/uptime`, 'utf8'));
    const nowTicks = uptime === undefined ? undefined : uptime * USER_HZ;
    for (const name of readdirSync(this.procRoot)) {
      const first = name.charCodeAt(0);
      if (first < 48 || first > 57) continue; // only numeric entries are processes
      let stat;
      try {
        stat = parsePidStat(readFileSync(`${this.procRoot}/${name}/stat`, 'utf8'));
      } catch {
        continue; // ended while we looked
      }
      if (!stat) continue;
      const pid = Number(name);
      ticks.set(pid, stat.cpuTicks);
      if (coreTicks <= 0) continue;
      const before = this.processTicks.get(pid);
      let percent: number;
      if (before !== undefined) percent = ((stat.cpuTicks - before) / coreTicks) * 100;
      else if (nowTicks !== undefined && nowTicks - stat.startTicks < coreTicks * 1.5) percent = (stat.cpuTicks / Math.max(1, nowTicks - stat.startTicks)) * 100;
      else continue; // older than the interval yet unseen: a reused PID or a missed look, no baseline
      if (percent > 0) found.push([pid, stat.comm, round1(percent), stat.rssPages * this.pageBytes]);
    }
    this.processTicks = ticks;
    this.processCpuTotal = cpuTotal;
    const top = found.sort((a, b) => b[2] - a[2]).slice(0, this.options.topProcesses);
    for (const entry of top) entry[1] = this.commandName(entry[0]) ?? entry[1];
    return top;
  }

  /**
   * A readable name from the command line, for the few top processes only: `comm` alone says
   * `MainThread` for Node 24 or `python3` for every script. Kernel threads have no command line.
   */
  private commandName(pid: number): string | undefined {
    let cmdline: string;
    try {
      cmdline = readFileSync(`${this.procRoot}/${pid}/cmdline`, 'utf8');
    } catch {
      return undefined;
    }
    const args = cmdline.split('\0').filter((arg) => arg !== '');
    if (args.length === 0) return undefined;
    const program = path.basename(args[0]!);
    const script = args.slice(1).find((arg) => !arg.startsWith('-') && !/\s/.test(arg)); // a file, not `-e` code
    const name = script && /^(node|python[\d.]*|ruby|perl|bash|sh|java|dotnet|deno|bun)$/.test(program) ? `${program} ${path.basename(script)}` : program;
    return name.slice(0, 60);
  }

  private read(file: string): string {
    return readFileSync(`${this.procRoot}/${file}`, 'utf8');
  }

  private attempt<T>(source: string, body: () => T): T | undefined {
    try {
      return body();
    } catch (error: unknown) {
      this.onError(source, error);
      return undefined;
    }
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Bytes of a memory page. No API tells it without a native call, so it is derived from this
 * process's RSS, which `/proc/self/stat` gives in pages and `/proc/self/status` in KiB. 4096
 * when that fails (x86-64, most arm64).
 */
function detectPageBytes(procRoot: string): number {
  try {
    const pages = parsePidStat(readFileSync(path.join(procRoot, 'self', 'stat'), 'utf8'))?.rssPages ?? 0;
    const kib = Number(/VmRSS:\s*(\d+)/.exec(readFileSync(path.join(procRoot, 'self', 'status'), 'utf8'))?.[1]);
    if (pages > 0 && kib > 0) {
      const ratio = (kib * 1024) / pages;
      for (const size of [4096, 16384, 65536]) if (Math.abs(ratio - size) / size < 0.25) return size;
    }
  } catch {
    // fall through
  }
  return 4096;
}

/** Apparent size of everything under `root` (symlinks not followed); -1 when it does not exist. */
export function directoryBytes(root: string, limit = CACHE_WALK_LIMIT): number {
  let total = 0;
  let seen = 0;
  const pending = [root];
  try {
    const rootStat = lstatSync(root);
    if (!rootStat.isDirectory()) return rootStat.size;
  } catch {
    return -1;
  }
  while (pending.length > 0 && seen < limit) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > limit) break;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) {
        try {
          total += lstatSync(full).size;
        } catch {
          // removed meanwhile
        }
      }
    }
  }
  return total;
}
