/**
 * What a cgroup limits and what its processes use, from cgroup v2 or v1 files. The job's share of
 * a machine (a `container:` job, an ARC pod, a systemd slice) is decided here, so health-gate and
 * perf-monitor judge the job against what it gets, not against the node.
 *
 * Files are read into a map keyed `<controller>:<file>` (see {@link usageFiles}); the
 * interpreters take that map, so the sampler's recording and a live read go through the same code.
 */
import path from 'node:path';
import type { CgroupController, CgroupDirs } from './cgroup-files.ts';
import { readOptional } from './procfs.ts';

/** The v1 "no limit" value is PAGE_COUNTER_MAX pages (9223372036854771712 with 4 KiB pages); anything this large limits nothing. */
const UNLIMITED = 2 ** 62;

/** Limits on the path from the cgroup to the root; each undefined when nothing on the path sets it. */
export interface CgroupLimits {
  /** The smallest memory limit on the path, bytes. */
  memoryBytes?: number;
  /** The smallest CPU quota on the path, as CPUs (quota / period): 0.5 is half of one CPU. */
  cpuQuota?: number;
  /** How many CPUs the cpuset allows. */
  cpusetCpus?: number;
  /** The smallest process limit on the path. */
  pidsMax?: number;
}

/** One pressure stall information file (`some`/`full` lines), averages in %. */
export interface Pressure {
  someAvg10: number;
  someAvg60: number;
  /** Microseconds some task stalled, since the cgroup (or boot) began. */
  someTotalUsec: number;
  fullAvg10?: number;
}

/** Counters and gauges of the cgroup's own directory, as they change during a job. */
export interface CgroupUsage {
  memoryBytes?: number;
  inactiveFileBytes?: number;
  /** usage − inactive file cache: the kubelet's working set, what gets a pod evicted or OOM-killed. */
  workingSetBytes?: number;
  /** Processes the kernel's OOM killer killed in this cgroup since it was created. */
  oomKills?: number;
  cpuUsageUsec?: number;
  cpuPeriods?: number;
  throttledPeriods?: number;
  throttledUsec?: number;
  pids?: number;
  ioReadBytes?: number;
  ioWrittenBytes?: number;
  pressure: { cpu?: Pressure; memory?: Pressure; io?: Pressure };
}

/** A cgroup's limits and usage at one moment. */
export interface CgroupSnapshot {
  version: 1 | 2;
  path: string;
  limits: CgroupLimits;
  usage: CgroupUsage;
}

/** File contents keyed `<controller>:<file name>`, e.g. `memory:memory.stat`. */
export type CgroupFileTexts = ReadonlyMap<string, string>;

/** Per version, the files of the cgroup's own directory a sampler copies each tick. */
const USAGE_FILES: Record<1 | 2, [CgroupController, string][]> = {
  2: [
    ['memory', 'memory.current'],
    ['memory', 'memory.stat'],
    ['memory', 'memory.events'],
    ['cpuacct', 'cpu.stat'],
    ['pids', 'pids.current'],
    ['io', 'io.stat'],
    ['pressure', 'cpu.pressure'],
    ['pressure', 'memory.pressure'],
    ['pressure', 'io.pressure'],
  ],
  1: [
    ['memory', 'memory.usage_in_bytes'],
    ['memory', 'memory.stat'],
    ['memory', 'memory.oom_control'],
    ['cpuacct', 'cpuacct.usage'],
    ['cpu', 'cpu.stat'],
    ['pids', 'pids.current'],
    ['io', 'blkio.throttle.io_service_bytes'],
    ['pressure', 'cpu.pressure'],
    ['pressure', 'memory.pressure'],
    ['pressure', 'io.pressure'],
  ],
};

/**
 * The usage files of the cgroup's own directory that exist, keyed as {@link CgroupFileTexts}
 * wants: what perf-monitor's recorder copies every tick.
 */
export function usageFiles(dirs: CgroupDirs): Map<string, string> {
  const files = new Map<string, string>();
  for (const [controller, name] of USAGE_FILES[dirs.version]) {
    const dir = dirs.dirs[controller]?.[0];
    if (dir === undefined) continue;
    const file = path.join(dir, name);
    if (readOptional(file) !== undefined) files.set(`${controller}:${name}`, file);
  }
  return files;
}

/** Reads every usage file now. */
export function readUsageTexts(dirs: CgroupDirs): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, file] of usageFiles(dirs)) {
    const text = readOptional(file);
    if (text !== undefined) texts.set(key, text);
  }
  return texts;
}

/** This cgroup's limits and usage now. */
export function readCgroup(dirs: CgroupDirs): CgroupSnapshot {
  return { version: dirs.version, path: dirs.path, limits: readCgroupLimits(dirs), usage: interpretUsage(readUsageTexts(dirs), dirs.version) };
}

/**
 * The limits that bind this cgroup: for memory, CPU quota and pids the smallest along the path
 * to the root (a parent's limit binds its children); the cpuset of the cgroup itself (it is
 * already the intersection with its parents').
 */
export function readCgroupLimits(dirs: CgroupDirs): CgroupLimits {
  const limits: CgroupLimits = {};
  const read = (controller: CgroupController, name: string) => (dirs.dirs[controller] ?? []).map((dir) => readOptional(path.join(dir, name)));
  const memory =
    dirs.version === 2
      ? read('memory', 'memory.max').map((text) => parseLimit(text))
      : [...read('memory', 'memory.limit_in_bytes').map((text) => parseLimit(text)), parseLimit(String(statValue(read('memory', 'memory.stat')[0], 'hierarchical_memory_limit') ?? ''))];
  const memoryBytes = smallest(memory);
  if (memoryBytes !== undefined) limits.memoryBytes = memoryBytes;

  const quotas =
    dirs.version === 2
      ? read('cpu', 'cpu.max').map(parseCpuMax)
      : zip(read('cpu', 'cpu.cfs_quota_us'), read('cpu', 'cpu.cfs_period_us')).map(([quota, period]) => parseCfsQuota(quota, period));
  const cpuQuota = smallest(quotas);
  if (cpuQuota !== undefined) limits.cpuQuota = cpuQuota;

  const cpusetFiles = dirs.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
  for (const name of cpusetFiles) {
    const count = countCpuList(read('cpuset', name)[0]);
    if (count !== undefined) {
      limits.cpusetCpus = count;
      break;
    }
  }
  const pidsMax = smallest(read('pids', 'pids.max').map((text) => parseLimit(text)));
  if (pidsMax !== undefined) limits.pidsMax = pidsMax;
  return limits;
}

/** Interprets usage files (live, or as perf-monitor recorded them). Missing or odd files leave their fields out. */
export function interpretUsage(files: CgroupFileTexts, version: 1 | 2): CgroupUsage {
  const usage: CgroupUsage = { pressure: {} };
  const memoryStat = files.get('memory:memory.stat');
  const memory = parseLimit(files.get(version === 2 ? 'memory:memory.current' : 'memory:memory.usage_in_bytes'));
  if (memory !== undefined) usage.memoryBytes = memory;
  // v1 lists its own `inactive_file` and the hierarchy's `total_inactive_file`: the hierarchy's counts.
  const inactive = statValue(memoryStat, version === 1 ? 'total_inactive_file' : 'inactive_file') ?? statValue(memoryStat, 'inactive_file');
  if (inactive !== undefined) usage.inactiveFileBytes = inactive;
  if (memory !== undefined) usage.workingSetBytes = Math.max(0, memory - (inactive ?? 0));
  const oomKills = statValue(files.get(version === 2 ? 'memory:memory.events' : 'memory:memory.oom_control'), 'oom_kill');
  if (oomKills !== undefined) usage.oomKills = oomKills;

  if (version === 2) {
    const stat = files.get('cpuacct:cpu.stat');
    assign(usage, 'cpuUsageUsec', statValue(stat, 'usage_usec'));
    assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
    assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
    assign(usage, 'throttledUsec', statValue(stat, 'throttled_usec'));
  } else {
    const nanoseconds = parseLimit(files.get('cpuacct:cpuacct.usage'));
    if (nanoseconds !== undefined) usage.cpuUsageUsec = Math.round(nanoseconds / 1000);
    const stat = files.get('cpu:cpu.stat');
    assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
    assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
    const throttledNs = statValue(stat, 'throttled_time');
    if (throttledNs !== undefined) usage.throttledUsec = Math.round(throttledNs / 1000);
  }
  assign(usage, 'pids', parseLimit(files.get('pids:pids.current')));
  const io = version === 2 ? parseIoStat(files.get('io:io.stat')) : parseBlkioBytes(files.get('io:blkio.throttle.io_service_bytes'));
  if (io) [usage.ioReadBytes, usage.ioWrittenBytes] = io;
  for (const kind of ['cpu', 'memory', 'io'] as const) {
    const pressure = parsePressure(files.get(`pressure:${kind}.pressure`));
    if (pressure) usage.pressure[kind] = pressure;
  }
  return usage;
}

/** The CPUs a job can use: min(quota, cpuset size, online CPUs). */
export function effectiveCpus(limits: CgroupLimits, onlineCpus: number): number {
  return Math.min(limits.cpuQuota ?? Infinity, limits.cpusetCpus ?? Infinity, onlineCpus);
}

/** True when the cgroup gets less than the node: less memory than the node has, or fewer CPUs. */
export function isLimited(limits: CgroupLimits, node: { memoryBytes: number; cpus: number }): boolean {
  return bindingMemoryLimit(limits, node.memoryBytes) !== undefined || effectiveCpus(limits, node.cpus) < node.cpus;
}

/** What a cgroup leaves a job of the node: a memory limit where one binds, the CPUs it can use, and whether it gets less than the node. */
export interface CgroupShare {
  /** The memory limit, when it is below the node's memory (a larger one limits nothing). */
  memoryLimitBytes?: number;
  /** min(quota, cpuset, online CPUs, the process's affinity). */
  cpus: number;
  limited: boolean;
}

/** The job's share of the node under these limits; the one place that decides "limited", for health-gate and perf-monitor alike. */
export function cgroupShare(limits: CgroupLimits, node: { memoryBytes: number; cpus: { online: number; available: number } }): CgroupShare {
  const memoryLimitBytes = bindingMemoryLimit(limits, node.memoryBytes);
  return {
    ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
    cpus: effectiveCpus(limits, Math.min(node.cpus.online, node.cpus.available)),
    limited: isLimited(limits, { memoryBytes: node.memoryBytes, cpus: node.cpus.online }),
  };
}

function bindingMemoryLimit(limits: CgroupLimits, nodeMemoryBytes: number): number | undefined {
  const limit = limits.memoryBytes;
  return limit !== undefined && (nodeMemoryBytes <= 0 || limit < nodeMemoryBytes) ? limit : undefined;
}

/** A limit file's number (`memory.max`, `pids.max`, `memory.limit_in_bytes`); undefined for `max`, the v1 "no limit" number, or no number. */
export function parseLimit(text: string | undefined): number | undefined {
  const value = text?.trim();
  if (!value || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= UNLIMITED ? undefined : number;
}

/** `cpu.max`: `50000 100000` → 0.5 CPUs; `max 100000` → undefined. */
export function parseCpuMax(text: string | undefined): number | undefined {
  const [quota, period] = (text ?? '').trim().split(/\s+/);
  return cpus(quota, period ?? '100000');
}

function parseCfsQuota(quota: string | undefined, period: string | undefined): number | undefined {
  return cpus(quota?.trim(), period?.trim() ?? '100000');
}

function cpus(quota: string | undefined, period: string): number | undefined {
  if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0) return undefined; // `max`, `-1`
  return Number(quota) / Number(period);
}

/** How many CPUs a list such as `0-3,8,10-11` names; undefined for an empty or odd list. */
export function countCpuList(text: string | undefined): number | undefined {
  const list = text?.trim();
  if (!list) return undefined;
  let count = 0;
  for (const part of list.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) return undefined;
    count += match[2] === undefined ? 1 : Number(match[2]) - Number(match[1]) + 1;
  }
  return count > 0 ? count : undefined;
}

/** A `key value` line of a flat-keyed file (`memory.stat`, `cpu.stat`, `memory.events`, `memory.oom_control`). */
export function statValue(text: string | undefined, key: string): number | undefined {
  if (!text) return undefined;
  const match = new RegExp(`(?:^|\\n)${key} (\\d+)`).exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A pressure file: `some avg10=1.20 avg60=0.50 avg300=0.10 total=12345` and an optional `full` line. */
export function parsePressure(text: string | undefined): Pressure | undefined {
  if (!text) return undefined;
  const line = (kind: string) => /^(\w+) avg10=([\d.]+) avg60=([\d.]+) avg300=([\d.]+) total=(\d+)/m.exec(text.split('\n').find((l) => l.startsWith(`${kind} `)) ?? '');
  const some = line('some');
  if (!some) return undefined;
  const full = line('full');
  return { someAvg10: Number(some[2]), someAvg60: Number(some[3]), someTotalUsec: Number(some[5]), ...(full ? { fullAvg10: Number(full[2]) } : {}) };
}

/** v2 `io.stat`: `8:0 rbytes=1 wbytes=2 rios=…` per device, summed. */
function parseIoStat(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  let read = 0;
  let written = 0;
  for (const match of text.matchAll(/rbytes=(\d+) wbytes=(\d+)/g)) {
    read += Number(match[1]);
    written += Number(match[2]);
  }
  return [read, written];
}

/** v1 `blkio.throttle.io_service_bytes`: `8:0 Read 123` lines per device (and a `Total` line), summed. */
function parseBlkioBytes(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  let read = 0;
  let written = 0;
  for (const match of text.matchAll(/^\d+:\d+ (Read|Write) (\d+)$/gm)) {
    if (match[1] === 'Read') read += Number(match[2]);
    else written += Number(match[2]);
  }
  return [read, written];
}

function smallest(values: (number | undefined)[]): number | undefined {
  const present = values.filter((value): value is number => value !== undefined);
  return present.length === 0 ? undefined : Math.min(...present);
}

function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.map((value, i) => [value, b[i]!]);
}

function assign<K extends keyof CgroupUsage>(usage: CgroupUsage, key: K, value: CgroupUsage[K] | undefined): void {
  if (value !== undefined) usage[key] = value;
}
