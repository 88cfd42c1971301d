import { readFileSync } from 'node:fs';
import path from 'node:path';
import { interpretUsage, type CgroupUsage } from '../system/cgroup.ts';
import type { JobLimits } from './job-limits.ts';
import type { FrameSource, ProcessLook, RecordedFrame } from './recording.ts';
import type { Sample, SampleHeader } from './samples.ts';
import {
  cpuPercent,
  cpuSharePercent,
  isExternalInterface,
  isRealDisk,
  parseCpuTimes,
  parseDiskstats,
  parseLoadavg,
  parseMeminfo,
  parseNetDev,
  parsePidStat,
  parseUptime,
  sumDeltas,
  USER_HZ,
  type CpuTimes,
  type DiskCounters,
  type NetCounters,
} from '../system/procfs.ts';

/** What a frame sampler needs besides the frames. */
export interface FrameSamplerOptions {
  /** How many top processes a process look reports (0: none). */
  topProcesses: number;
  /** Bytes of a memory page, for process RSS. */
  pageBytes: number;
  /** The cgroup limits the job runs under: its recorded cgroup files become the `job*` fields. */
  job?: JobLimits;
}

/**
 * Turns the Linux recorder's frames into samples: parses each source and makes per-interval values
 * of its counters. Each source counts on its own: one that is missing leaves its fields out,
 * one that does not parse is also reported through `onError`.
 */
export class FrameSampler implements FrameReplayer {
  private cpu: { all: CpuTimes; cores: CpuTimes[] } | undefined;
  private disks: DiskCounters | undefined;
  private net: NetCounters | undefined;
  /** The newest stat line of every live pid: a process look carries only the lines that changed. */
  private statLines = new Map<number, string>();
  /** CPU ticks and start time of every live pid at the previous look. */
  private processTicks = new Map<number, { ticks: number; start: number }>();
  private processCpuTotal: number | undefined;
  private commandLines = new Map<number, string[]>();
  private lastTime: number | undefined;
  private jobUsage: CgroupUsage | undefined;

  constructor(
    private readonly options: FrameSamplerOptions,
    private readonly onError: (source: string, error: unknown) => void,
  ) {}

  /** The header line: machine facts that do not change during the job, from the first frame. */
  header(frame: RecordedFrame, startedAt: number, intervalMs: number, workspace: string): SampleHeader {
    // Quietly: sample() reads the same frame and reports what does not parse.
    const quiet = () => {};
    const memory = this.parse('meminfo', frame, parseMeminfo, quiet);
    const cpu = this.parse('stat', frame, parseCpuTimes, quiet);
    return {
      kind: 'start',
      v: 1,
      startedAt,
      intervalMs,
      cpuCount: cpu?.cores.length || 1,
      memTotalBytes: memory?.totalBytes ?? 0,
      swapTotalBytes: memory?.swapTotalBytes ?? 0,
      workspace,
      diskTotalBytes: frame.statfs ? frame.statfs.blocks * frame.statfs.bsize : 0,
      pageBytes: this.options.pageBytes,
      ...(this.options.job ? { job: this.options.job } : {}),
    };
  }

  /** The sample of one frame taken at `now` (epoch ms); the first only sets the baseline for rates. */
  sample(now: number, frame: RecordedFrame): Sample {
    const sample: Sample = { t: now, dt: this.lastTime === undefined ? 0 : now - this.lastTime };
    this.lastTime = now;

    const cpu = this.parse('stat', frame, parseCpuTimes);
    if (cpu && this.cpu && cpu.all.total > this.cpu.all.total) {
      const before = this.cpu;
      sample.cpu = round1(cpuPercent(before.all, cpu.all));
      sample.iowait = round1(cpuSharePercent(before.all, cpu.all, 'iowait'));
      sample.steal = round1(cpuSharePercent(before.all, cpu.all, 'steal'));
      sample.cores = cpu.cores.map((core, i) => Math.round(before.cores[i] ? cpuPercent(before.cores[i], core) : 0));
    }
    const loads = this.parse('loadavg', frame, parseLoadavg);
    if (loads) sample.load1 = loads[0];
    const memory = this.parse('meminfo', frame, parseMeminfo);
    if (memory) {
      sample.memUsed = memory.totalBytes - memory.availableBytes;
      sample.memAvail = memory.availableBytes;
      sample.swapUsed = memory.swapTotalBytes - memory.swapFreeBytes;
    }
    if (frame.statfs) sample.diskUsed = (frame.statfs.blocks - frame.statfs.bfree) * frame.statfs.bsize;

    const disks = this.parse('diskstats', frame, parseDiskstats);
    if (disks && this.disks) [sample.rd, sample.wr] = sumDeltas(this.disks, disks, isRealDisk, ['readBytes', 'writtenBytes']);
    const net = this.parse('net/dev', frame, parseNetDev);
    if (net && this.net) [sample.rx, sample.tx] = sumDeltas(this.net, net, isExternalInterface, ['rx', 'tx']);

    for (const [pid, args] of frame.cmdlines) this.commandLines.set(pid, args);
    if (frame.processes) {
      const procs = this.topProcesses(frame.processes, cpu);
      if (this.options.topProcesses > 0) sample.procs = procs;
    }
    if (frame.cacheSizes) sample.cache = frame.cacheSizes;
    if (this.options.job && frame.cgroup) this.jobFields(sample, interpretUsage(frame.cgroup, this.options.job.version), this.options.job);
    if (cpu) this.cpu = cpu;
    if (disks) this.disks = disks;
    if (net) this.net = net;
    return sample;
  }

  /** The job's share from its cgroup's counters: CPU as % of its CPUs, working set, throttling, OOM kills. */
  private jobFields(sample: Sample, usage: CgroupUsage, job: JobLimits): void {
    const before = this.jobUsage;
    if (usage.workingSetBytes !== undefined) sample.jobMem = usage.workingSetBytes;
    if (usage.oomKills !== undefined) sample.jobOomKills = usage.oomKills;
    if (before && sample.dt > 0) {
      const used = delta(before.cpuUsageUsec, usage.cpuUsageUsec);
      if (used !== undefined) sample.jobCpu = round1(Math.min(100, (used / 1000 / sample.dt / job.cpus) * 100));
      const throttled = delta(before.throttledUsec, usage.throttledUsec);
      if (throttled !== undefined) sample.jobThrottledMs = Math.round(throttled / 1000);
      const periods = delta(before.throttledPeriods, usage.throttledPeriods);
      if (periods !== undefined) sample.jobThrottledPeriods = periods;
    }
    this.jobUsage = usage;
  }

  /**
   * Top processes by CPU since the previous look, as a share of one core. Only changed stat
   * lines are parsed: an unchanged line used no CPU in between.
   */
  private topProcesses(look: ProcessLook, cpu: { all: CpuTimes; cores: CpuTimes[] } | undefined): Sample['procs'] {
    const cpuTotal = cpu?.all.total;
    // Jiffies of one core over the interval, from the same clock as the process counters.
    const coreTicks = this.processCpuTotal === undefined || cpuTotal === undefined ? 0 : (cpuTotal - this.processCpuTotal) / (cpu!.cores.length || 1);
    // A process started since the previous look has no earlier reading: its whole life is the interval.
    const uptime = parseUptime(look.uptime);
    const nowTicks = uptime === undefined ? undefined : uptime * USER_HZ;
    const lines = new Map<number, string>();
    const ticks = new Map<number, { ticks: number; start: number }>();
    const found: [number, string, number, number][] = [];
    for (const pid of look.pids) {
      const changed = look.changed.get(pid);
      const line = changed ?? this.statLines.get(pid);
      if (line === undefined) continue;
      lines.set(pid, line);
      if (changed === undefined) {
        const before = this.processTicks.get(pid);
        if (before !== undefined) ticks.set(pid, before);
        continue;
      }
      const stat = parsePidStat(changed);
      if (!stat) continue;
      ticks.set(pid, { ticks: stat.cpuTicks, start: stat.startTicks });
      if (coreTicks <= 0) continue;
      const previous = this.processTicks.get(pid);
      // Another start time: the pid was reused, and the earlier reading was another process's.
      const before = previous?.start === stat.startTicks ? previous.ticks : undefined;
      let percent: number;
      if (before !== undefined) percent = ((stat.cpuTicks - before) / coreTicks) * 100;
      else if (nowTicks !== undefined && nowTicks - stat.startTicks < coreTicks * 1.5) percent = (stat.cpuTicks / Math.max(1, nowTicks - stat.startTicks)) * 100;
      else continue; // older than the interval yet unseen: a reused PID or a missed look, no baseline
      if (percent > 0) found.push([pid, stat.comm, round1(percent), stat.rssPages * this.options.pageBytes]);
    }
    for (const pid of this.commandLines.keys()) if (!lines.has(pid)) this.commandLines.delete(pid);
    this.statLines = lines;
    this.processTicks = ticks;
    if (cpuTotal !== undefined) this.processCpuTotal = cpuTotal;
    const top = found.sort((a, b) => b[2] - a[2]).slice(0, this.options.topProcesses);
    for (const entry of top) entry[1] = commandName(this.commandLines.get(entry[0])) ?? entry[1];
    return top;
  }

  private parse<T>(source: FrameSource, frame: RecordedFrame, parser: (text: string) => T | undefined, onError = this.onError): T | undefined {
    return parseSource(source, frame, parser, onError);
  }
}

/** What replays frames into samples: {@link FrameSampler} for Linux recordings, `DarwinFrameSampler` for macOS ones. */
export interface FrameReplayer {
  header(frame: RecordedFrame, startedAt: number, intervalMs: number, workspace: string): SampleHeader;
  sample(now: number, frame: RecordedFrame): Sample;
}

/**
 * One recorded source through its parser. Undefined when the frame lacks it (the recorder
 * reported that) or it does not parse (reported through `onError`).
 */
export function parseSource<T>(source: FrameSource, frame: RecordedFrame, parser: (text: string) => T | undefined, onError: (source: string, error: unknown) => void): T | undefined {
  const text = frame.files[source];
  if (text === undefined) return undefined; // not read: the recorder reported it
  try {
    const parsed = parser(text);
    if (parsed === undefined) throw new Error('unexpected content');
    return parsed;
  } catch (error: unknown) {
    onError(source, error);
    return undefined;
  }
}

/**
 * A readable name from the command line: `comm` alone says `MainThread` for Node 24 or
 * `python3` for every script. Kernel threads have no command line.
 */
function commandName(args: string[] | undefined): string | undefined {
  if (!args || args.length === 0) return undefined;
  const program = path.basename(args[0]!);
  const script = args.slice(1).find((arg) => !arg.startsWith('-') && !/\s/.test(arg)); // a file, not `-e` code
  const name = script && /^(node|python[\d.]*|ruby|perl|bash|sh|java|dotnet|deno|bun)$/.test(program) ? `${program} ${path.basename(script)}` : program;
  return name.slice(0, 60);
}

/** How much a counter grew; undefined when either reading is missing or it went back (a new cgroup). */
function delta(before: number | undefined, now: number | undefined): number | undefined {
  return before === undefined || now === undefined || now < before ? undefined : now - before;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Bytes of a memory page. No API tells it without a native call, so it is derived from this
 * process's RSS, which `/proc/self/stat` gives in pages and `/proc/self/status` in KiB. 4096
 * when that fails (x86-64, most arm64).
 */
export function detectPageBytes(): number {
  try {
    const pages = parsePidStat(readFileSync('/proc/self/stat', 'utf8'))?.rssPages ?? 0;
    const kib = Number(/VmRSS:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    if (pages > 0 && kib > 0) {
      const ratio = (kib * 1024) / pages;
      for (const size of [4096, 16384, 65536]) if (Math.abs(ratio - size) / size < 0.25) return size;
    }
  } catch {
    // fall through
  }
  return 4096;
}
