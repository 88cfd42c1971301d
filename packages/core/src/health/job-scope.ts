import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { locateCgroup, type CgroupLocatorOptions } from '../system/cgroup-files.ts';
import { readOptional } from '../system/procfs.ts';
import { cgroupShare, parsePressure, readCgroup, type CgroupLimits, type CgroupShare, type CgroupSnapshot } from '../system/cgroup.ts';
import type { Meminfo } from '../system/procfs.ts';

/** Which share of the machine a figure describes: the job's cgroup, or the whole host. */
export type MeasureScope = 'cgroup' | 'host';

/** The cgroup section of a health report: where the job runs and what it may use. */
export interface CgroupMeasure {
  version: 1 | 2;
  path: string;
  limits: CgroupLimits & { effectiveCpus: number };
  usage: {
    memoryBytes?: number;
    workingSetBytes?: number;
    oomKills?: number;
    /** `oomKills` when the count rose within the last hour, else 0 (see `recentOomKills`). */
    recentOomKills: number;
    pids?: number;
    throttledPeriods?: number;
    cpuPeriods?: number;
  };
  /** True when it gets less memory or fewer CPUs than the node: figures are then the job's. */
  limited: boolean;
}

/** CPU pressure stall information: % of the last 10 s some runnable task waited for a CPU. */
export interface CpuPressure {
  someAvg10: number;
  scope: MeasureScope;
}

/** What the cgroup and PSI change about the host's figures. */
export interface JobScope {
  scope: MeasureScope;
  cpuCount: number;
  memory: { totalBytes: number; availableBytes: number };
  cpuPressure?: CpuPressure;
  cgroup?: CgroupMeasure;
}

/** Where to read; tests point both roots at fixture trees. */
export interface JobScopeOptions extends CgroupLocatorOptions {
  /** File remembering each cgroup's OOM-kill count between checks; none: every kill counts as recent. */
  oomStateFile?: string;
  now?: number;
}

/** How long an OOM kill stays "recent" once runner-kit has seen the counter rise. */
export const RECENT_OOM_MS = 60 * 60 * 1000;

/**
 * The job's share of this machine. Under a cgroup limit, memory is the limit and what is left of
 * it (limit − working set, or the node's available memory if that is less), and CPUs are
 * min(quota, cpuset, online CPUs); elsewhere the node's figures stand. CPU pressure comes from
 * the cgroup's `cpu.pressure` when it has its own, else from `/proc/pressure/cpu`.
 */
export function measureJobScope(node: { cpus: { online: number; available: number }; meminfo: Meminfo }, options: JobScopeOptions = {}): JobScope {
  const nodeMemory = { totalBytes: node.meminfo.totalBytes, availableBytes: node.meminfo.availableBytes };
  const dirs = locateCgroup(options);
  const hostPressure = parsePressure(readOptional(path.join(options.procRoot ?? '/proc', 'pressure', 'cpu')));
  const hostScope: JobScope = { scope: 'host', cpuCount: node.cpus.available, memory: nodeMemory, ...(hostPressure ? { cpuPressure: { someAvg10: hostPressure.someAvg10, scope: 'host' } } : {}) };
  if (!dirs) return hostScope;
  const snapshot = readCgroup(dirs);
  const share = cgroupShare(snapshot.limits, { memoryBytes: node.meminfo.totalBytes, cpus: node.cpus });
  const ownPressure = dirs.dirs.pressure && dirs.dirs.pressure.length > 1 ? snapshot.usage.pressure.cpu : undefined; // length 1: the hierarchy's root, i.e. the host
  const cgroup = cgroupMeasure(snapshot, share, options);
  const cpuPressure = ownPressure ? { cpuPressure: { someAvg10: ownPressure.someAvg10, scope: 'cgroup' as const } } : hostScope.cpuPressure ? { cpuPressure: hostScope.cpuPressure } : {};
  if (!share.limited) return { ...hostScope, ...cpuPressure, cgroup };
  const limit = share.memoryLimitBytes;
  const memory =
    limit === undefined ? nodeMemory : { totalBytes: limit, availableBytes: Math.max(0, Math.min(limit - (snapshot.usage.workingSetBytes ?? 0), nodeMemory.availableBytes)) };
  return { scope: 'cgroup', cpuCount: cgroup.limits.effectiveCpus, memory, ...cpuPressure, cgroup };
}

function cgroupMeasure(snapshot: CgroupSnapshot, share: CgroupShare, options: JobScopeOptions): CgroupMeasure {
  const { usage } = snapshot;
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    version: snapshot.version,
    path: snapshot.path,
    limits: { ...snapshot.limits, effectiveCpus: round2(share.cpus) },
    usage: {
      ...optional('memoryBytes', usage.memoryBytes),
      ...optional('workingSetBytes', usage.workingSetBytes),
      ...optional('oomKills', usage.oomKills),
      recentOomKills: recentOomKills(snapshot.path, usage.oomKills ?? 0, options),
      ...optional('pids', usage.pids),
      ...optional('throttledPeriods', usage.throttledPeriods),
      ...optional('cpuPeriods', usage.cpuPeriods),
    },
    limited: share.limited,
  };
}

interface OomRecord {
  count: number;
  /** When the count was last seen to rise (epoch ms). */
  roseAt: number;
}

/**
 * OOM kills that count as recent. The kernel's counter covers the cgroup's whole life, which for
 * a pod or a `container:` job is the job, but for a runner's systemd service can be weeks. So the
 * count is remembered per cgroup in `oomStateFile` (on self-hosted runners, in the tool cache,
 * which outlives jobs): kills are recent for {@link RECENT_OOM_MS} after the count was first seen
 * to rise. A cgroup seen for the first time with kills counts them all: when they happened is unknown.
 * Failing to read or write the file only makes every kill count.
 */
export function recentOomKills(cgroupPath: string, count: number, options: { oomStateFile?: string; now?: number }): number {
  const file = options.oomStateFile;
  if (!file) return count;
  const now = options.now ?? Date.now();
  let records: Record<string, OomRecord> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) records = parsed as Record<string, OomRecord>;
  } catch {
    // first check, or a damaged file: start afresh
  }
  const before = records[cgroupPath];
  const valid = before !== undefined && Number.isSafeInteger(before.count) && Number.isFinite(before.roseAt);
  // A count that fell belongs to a new cgroup under the same path: its kills are new too.
  const rose = !valid || count !== before.count;
  const record: OomRecord = rose ? { count, roseAt: count > 0 ? now : 0 } : before;
  if (rose) {
    records[cgroupPath] = record;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(records));
      renameSync(temporary, file);
    } catch {
      return count;
    }
  }
  return count > 0 && now - record.roseAt < RECENT_OOM_MS ? count : 0;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
