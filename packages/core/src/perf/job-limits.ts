import { locateCgroup, type CgroupLocatorOptions } from '../system/cgroup-files.ts';
import { cgroupShare, readCgroupLimits, usageFiles } from '../system/cgroup.ts';
import { nodeCpus } from '../system/node.ts';

/**
 * The cgroup limits a job runs under (a `container:` job, an ARC pod, a systemd slice), as
 * perf-monitor reports against them. Present only when the cgroup gets less than the node.
 */
export interface JobLimits {
  version: 1 | 2;
  path: string;
  memoryLimitBytes?: number;
  /** min(quota, cpuset, online CPUs): the basis of the job's CPU %. */
  cpus: number;
  cpuQuota?: number;
  cpusetCpus?: number;
}

/** Controllers whose files the report reads; PSI, pids and io are health-gate's. */
const REPORTED = new Set(['memory', 'cpu', 'cpuacct']);

/** The job's limits and the files the recorder copies each tick; undefined where nothing limits the job (the node's figures are the job's). */
export function detectJobLimits(nodeMemoryBytes: number, options: CgroupLocatorOptions = {}): { limits: JobLimits; files: Map<string, string> } | undefined {
  const dirs = locateCgroup(options);
  if (!dirs) return undefined;
  const limits = readCgroupLimits(dirs);
  const share = cgroupShare(limits, { memoryBytes: nodeMemoryBytes, cpus: nodeCpus() });
  if (!share.limited) return undefined;
  return {
    limits: {
      version: dirs.version,
      path: dirs.path,
      ...(share.memoryLimitBytes !== undefined ? { memoryLimitBytes: share.memoryLimitBytes } : {}),
      cpus: share.cpus,
      ...(limits.cpuQuota !== undefined ? { cpuQuota: limits.cpuQuota } : {}),
      ...(limits.cpusetCpus !== undefined ? { cpusetCpus: limits.cpusetCpus } : {}),
    },
    // Only what the report uses (memory, OOM kills, CPU time and throttling): each file is a read per tick.
    files: new Map([...usageFiles(dirs)].filter(([key]) => REPORTED.has(key.split(':')[0]!))),
  };
}
