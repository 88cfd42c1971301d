/**
 * procfs, read in one place: the parsers of every `/proc` file runner-kit reads (health-gate,
 * perf-monitor's replay, process control, the CLI) and the layout of `/proc/<pid>/stat`. They take
 * text, never paths, so edge cases (counter wrap, vanished interfaces, partitions, old kernels)
 * are tested from fixtures. cgroup files are read in cgroup.ts beside this one.
 */
import { readFileSync } from 'node:fs';
import { ExternalError } from '../errors.ts';

/** Jiffies of one `cpu`/`cpuN` line of `/proc/stat`: everything, and the part spent idle. */
export interface CpuTimes {
  total: number;
  /** idle + iowait: time the CPU had nothing to run. */
  idle: number;
  iowait: number;
  steal: number;
}

/**
 * `/proc/stat`'s `cpu` line (all cores) and one per core, in core order. `guest` time is already
 * part of `user`, so only the first eight fields are added up (adding guest would count it twice).
 */
export function parseCpuTimes(text: string): { all: CpuTimes; cores: CpuTimes[] } | undefined {
  let all: CpuTimes | undefined;
  const cores: CpuTimes[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('cpu')) continue;
    const fields = line.trim().split(/\s+/);
    const values = fields.slice(1, 9).map(Number);
    while (values.length < 8) values.push(0); // old kernels have fewer columns
    if (values.some((v) => !Number.isFinite(v))) continue;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values as [number, number, number, number, number, number, number, number];
    const times: CpuTimes = { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, iowait, steal };
    if (fields[0] === 'cpu') all = times;
    else cores.push(times);
  }
  return all ? { all, cores } : undefined;
}

/** Busy share of the time between two readings, 0-100; 0 when no time passed. */
export function cpuPercent(previous: CpuTimes, current: CpuTimes): number {
  const total = current.total - previous.total;
  if (total <= 0) return 0;
  const busy = total - (current.idle - previous.idle);
  return clampPercent((busy / total) * 100);
}

/** Share of `field` (`iowait` or `steal`) of the time between two readings, 0-100. */
export function cpuSharePercent(previous: CpuTimes, current: CpuTimes, field: 'iowait' | 'steal'): number {
  const total = current.total - previous.total;
  return total <= 0 ? 0 : clampPercent(((current[field] - previous[field]) / total) * 100);
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** Received and transmitted bytes per interface from `/proc/net/dev`. */
export type NetCounters = Map<string, { rx: number; tx: number }>;

/**
 * `/proc/net/dev`: two header lines, then `name: rx_bytes … (8 receive fields) tx_bytes …`.
 * Names may be long enough to touch the colon (`veth1234abcd:123`), so split on the colon.
 */
export function parseNetDev(text: string): NetCounters {
  const counters: NetCounters = new Map();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const fields = line.slice(colon + 1).trim().split(/\s+/).map(Number);
    if (name === '' || fields.length < 9 || !Number.isFinite(fields[0]) || !Number.isFinite(fields[8])) continue;
    counters.set(name, { rx: fields[0]!, tx: fields[8]! });
  }
  return counters;
}

/**
 * Interfaces whose traffic leaves the machine. Loopback never does; bridges, veth pairs and
 * container networks carry traffic that is counted again on the physical interface.
 */
export function isExternalInterface(name: string): boolean {
  return !/^(lo|veth|docker|br-|virbr|vnet|cni|flannel|cali|weave|kube|ifb|dummy|tunl|sit|ip6tnl|gre|erspan|bond\d+\.)/.test(name);
}

/** Sectors read and written per block device from `/proc/diskstats` (sectors are 512 bytes there). */
export type DiskCounters = Map<string, { readBytes: number; writtenBytes: number }>;

const SECTOR_BYTES = 512;

/** `/proc/diskstats`: `major minor name reads merged sectors_read ms writes merged sectors_written …`. */
export function parseDiskstats(text: string): DiskCounters {
  const counters: DiskCounters = new Map();
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const name = fields[2]!;
    const read = Number(fields[5]);
    const written = Number(fields[9]);
    if (!Number.isFinite(read) || !Number.isFinite(written)) continue;
    counters.set(name, { readBytes: read * SECTOR_BYTES, writtenBytes: written * SECTOR_BYTES });
  }
  return counters;
}

/**
 * Whole physical (or virtual-machine) disks only: a partition's IO is already in its disk's
 * numbers, device-mapper, md RAID and bcache sit on top of disks (counted twice otherwise), and
 * loop, ram, zram, optical and network block devices are no disk IO of the machine.
 */
export function isRealDisk(name: string): boolean {
  if (/^(loop|ram|zram|dm-|md|sr|fd|nbd|bcache|drbd|rbd)\d*/.test(name)) return false;
  if (/^(nvme\d+n\d+|mmcblk\d+|nbd\d+)p\d+$/.test(name)) return false; // nvme0n1p1, mmcblk0p2
  if (/^nvme\d+c\d+n\d+$/.test(name)) return false; // hidden multipath controller paths
  if (/^(x?[shv]d[a-z]+)\d+$/.test(name)) return false; // sda1, vdb2, xvda1
  return /^(x?[shv]d[a-z]+|nvme\d+n\d+|mmcblk\d+)$/.test(name);
}

const TWO_TO_32 = 2 ** 32;

/**
 * How much a monotonic counter grew. A smaller value than before is either a wrap of a 32-bit
 * counter (32-bit kernels, some drivers) or a reset (interface re-created, device re-attached):
 * a wrap is assumed only when both readings fit 32 bits and the wrapped growth is plausible
 * (under 2^31); otherwise the counter restarted at 0 and its current value is the growth.
 */
export function counterDelta(previous: number, current: number): number {
  if (current >= previous) return current - previous;
  if (previous < TWO_TO_32) {
    const wrapped = TWO_TO_32 - previous + current;
    if (wrapped < 2 ** 31) return wrapped;
  }
  return current;
}

/**
 * Growth summed over the devices in both readings that `include` accepts. A device that
 * appears between readings adds nothing this time (its counters start from now); one that
 * vanished is simply not in the sum.
 */
export function sumDeltas<T>(previous: Map<string, T>, current: Map<string, T>, include: (name: string) => boolean, fields: readonly (keyof T & string)[]): number[] {
  const sums = fields.map(() => 0);
  for (const [name, now] of current) {
    const before = previous.get(name);
    if (!before || !include(name)) continue;
    fields.forEach((field, i) => {
      sums[i]! += counterDelta(before[field] as number, now[field] as number);
    });
  }
  return sums;
}

/** Clock ticks per second of `/proc` process times (USER_HZ): 100 on every Linux architecture. */
export const USER_HZ = 100;

/** Seconds since boot from `/proc/uptime` (`12345.67 23456.78`). */
export function parseUptime(text: string): number | undefined {
  const seconds = Number(text.trim().split(/\s+/)[0]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** One process as `/proc/<pid>/stat` shows it. */
export interface PidStat {
  pid: number;
  comm: string;
  /** Field 3: R, S, D, Z, T… */
  state: string;
  ppid: number;
  /** Process group. */
  pgrp: number;
  /** utime + stime, in clock ticks. */
  cpuTicks: number;
  rssPages: number;
  /** When it started, in clock ticks since boot. */
  startTicks: number;
}

/** proc(5) field numbers of `/proc/<pid>/stat`; `splitProcStat`'s `fields[0]` is field 3. */
const FIELD = { state: 3, ppid: 4, pgrp: 5, utime: 14, stime: 15, starttime: 22, rss: 24 } as const;

/**
 * `/proc/<pid>/stat` split into its fields. `comm` is in parentheses and may itself hold spaces
 * and parentheses, so it runs to the last `)`; `fields[0]` is field 3 (state), so field N of
 * proc(5) is `fields[N - 3]`. The one place that knows this layout.
 */
export function splitProcStat(text: string): { pid: number; comm: string; fields: string[] } | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  return { pid: Number.parseInt(text, 10), comm: text.slice(open + 1, close), fields: text.slice(close + 1).trim().split(/\s+/) };
}

/** Every field runner-kit uses from `/proc/<pid>/stat`; undefined for text that is not one. */
export function parsePidStat(text: string): PidStat | undefined {
  const split = splitProcStat(text);
  if (!split) return undefined;
  const field = (n: number) => Number(split.fields[n - 3]);
  const stat: PidStat = {
    pid: split.pid,
    comm: split.comm,
    state: split.fields[0] ?? '',
    ppid: field(FIELD.ppid),
    pgrp: field(FIELD.pgrp),
    cpuTicks: field(FIELD.utime) + field(FIELD.stime),
    rssPages: field(FIELD.rss),
    startTicks: field(FIELD.starttime),
  };
  const numbers = [stat.ppid, stat.pgrp, stat.cpuTicks, stat.rssPages, stat.startTicks];
  return stat.state !== '' && Number.isSafeInteger(stat.pid) && numbers.every(Number.isFinite) ? stat : undefined;
}

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

/**
 * The text of a procfs or cgroup file, or undefined when it is gone or unreadable (processes
 * come and go, controllers may not be enabled, without procfs there is nothing to read).
 * Synchronous: these files live in memory and answer at once (see `countRunnerWorkers`).
 */
export function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
