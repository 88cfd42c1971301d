import { formatBytes, formatCount } from '../units.ts';
import type { DiskMeasure, HostMeasures, NetworkMeasure } from './measures.ts';

/**
 * When a measure starts to cost points. The penalty is 0 on the good side of `warn`, `weight / 2`
 * at `warn`, rises linearly to `weight` at `critical`, and stays at `weight` beyond it.
 * Whether higher or lower is worse is fixed per measure (see `HealthThresholds`). With `warn`
 * and `critical` equal, or in the wrong order, only `critical` counts (a single step to `weight`).
 */
export interface Threshold {
  warn: number;
  critical: number;
  weight: number;
}

/** Every measure's threshold; the score starts at 100 and loses each finding's penalty. */
export interface HealthThresholds {
  /** 1-minute load average / the machine's CPUs; higher is worse. Judged only where the kernel has no CPU pressure stall information. */
  loadPerCore: Threshold;
  /** CPU pressure (PSI `some avg10`): % of the last 10 s some task waited for a CPU; higher is worse. */
  cpuPressurePercent: Threshold;
  /** MemAvailable as % of MemTotal; lower is worse. */
  memoryAvailablePercent: Threshold;
  /** Swap in use as % of swap size; higher is worse; no penalty without swap. */
  swapUsedPercent: Threshold;
  /** Free space as % of the filesystem, for each path; lower is worse. */
  diskFreePercent: Threshold;
  /** Free inodes as %, for each path; lower is worse; none on filesystems without an inode limit. */
  inodesFreePercent: Threshold;
  /** Other jobs running on this machine now; higher is worse. */
  runnerWorkers: Threshold;
  /** When the job's cgroup had a process OOM-killed within the last hour. */
  oomKills: { weight: number };
  /** For each path that does not exist. */
  missingPath: { weight: number };
  /** For each network-check URL that did not answer below 500. */
  network: { weight: number };
}

/**
 * The defaults. A warning alone (−15) leaves a machine healthy, one critical measure (−30) or
 * two warnings make it `degraded`, two critical measures make it `unhealthy`:
 *
 * | measure | worse when | warn (−weight/2) | critical (−weight) | weight |
 * | --- | --- | ---: | ---: | ---: |
 * | `cpuPressurePercent` | higher | 20 % | 50 % | 30 |
 * | `loadPerCore` (without PSI) | higher | 1.0 | 2.0 | 30 |
 * | `memoryAvailablePercent` | lower | 20 % | 10 % | 30 |
 * | `swapUsedPercent` | higher | 50 % | 80 % | 15 |
 * | `diskFreePercent` (each path) | lower | 15 % | 5 % | 30 |
 * | `inodesFreePercent` (each path) | lower | 15 % | 5 % | 30 |
 * | `runnerWorkers` | higher | 2 | 4 | 20 |
 * | `oomKills` (recent, in the job's cgroup) | — | — | — | 30 |
 * | `missingPath` (each path) | — | — | — | 30 |
 * | `network` (each URL) | — | — | — | 30 |
 *
 * CPU pressure is judged where the kernel has it (Linux 4.20+): it is the time work actually
 * waited for a CPU, in the job's own cgroup where it has one, so it is right under a CPU quota and
 * on a pinned cpuset, where the node-wide load average is not. Without it, load per CPU of the
 * machine is judged instead. Load 1.0 per CPU means every core is busy, 2.0 that runnable work
 * waits half the time. Memory available is the job's under a cgroup memory limit (the limit less
 * the working set); a recent OOM kill in the job's cgroup is as bad as a critical measure. Swap
 * weighs less because a little swap in use is often old idle pages; low available memory is
 * what hurts now. Runner workers leave out this job's own worker, so a machine with a single
 * runner always reads 0 and 2 or more means several runners on one machine are busy at once.
 * An unreachable URL or a missing cache path counts as much as a critical measure: jobs that
 * need them fail or download everything again.
 */
export const DEFAULT_THRESHOLDS: HealthThresholds = {
  loadPerCore: { warn: 1, critical: 2, weight: 30 },
  cpuPressurePercent: { warn: 20, critical: 50, weight: 30 },
  memoryAvailablePercent: { warn: 20, critical: 10, weight: 30 },
  swapUsedPercent: { warn: 50, critical: 80, weight: 15 },
  diskFreePercent: { warn: 15, critical: 5, weight: 30 },
  inodesFreePercent: { warn: 15, critical: 5, weight: 30 },
  runnerWorkers: { warn: 2, critical: 4, weight: 20 },
  oomKills: { weight: 30 },
  missingPath: { weight: 30 },
  network: { weight: 30 },
};

/** One measure as judged: shown as a row of the job summary. */
export interface Finding {
  /** e.g. `load per CPU`, `disk free /home/runner/work`, `network https://api.github.com`. */
  measure: string;
  /** The path or URL the measure names, when it names one (tables put it under themselves: paths are long). */
  subject?: string;
  value: string;
  threshold: string;
  /** Points taken off the score, rounded to 0.1; 0 when the measure is fine. */
  penalty: number;
  /** A sentence saying what is wrong; only when penalty > 0. */
  problem?: string;
}

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

export interface HealthReport {
  /** 0-100: 100 minus every penalty, rounded. */
  score: number;
  status: HealthStatus;
  recommendation: 'use-self-hosted' | 'use-self-hosted-with-caution' | 'use-fallback';
  /** Every measure in a fixed order, also those without a penalty. */
  findings: Finding[];
  /** The problem sentence of every finding with a penalty, in the same order. */
  problems: string[];
  measures: HostMeasures;
}

const RECOMMENDATIONS = {
  healthy: 'use-self-hosted',
  degraded: 'use-self-hosted-with-caution',
  unhealthy: 'use-fallback',
} as const satisfies Record<HealthStatus, HealthReport['recommendation']>;

/**
 * Scores measures: `max(0, round(100 − Σ penalties))`; `healthy` at 75 or more, `degraded` at
 * 50 or more, else `unhealthy`, each with its recommendation. Findings come in the order load,
 * memory, OOM kills (under a cgroup), swap, each path (free space and inodes, or `missing`),
 * runner workers, each URL. With CPU pressure, its finding comes first and load is listed unjudged.
 */
export function scoreHealth(measures: HostMeasures, thresholds: HealthThresholds = DEFAULT_THRESHOLDS): HealthReport {
  const findings = [
    ...(measures.cpuPressure ? [pressureFinding(measures.cpuPressure, thresholds.cpuPressurePercent)] : []),
    loadFinding(measures, thresholds.loadPerCore),
    memoryFinding(measures, thresholds.memoryAvailablePercent),
    ...(measures.cgroup ? [oomFinding(measures.cgroup, thresholds.oomKills.weight)] : []),
    swapFinding(measures, thresholds.swapUsedPercent),
    ...measures.disks.flatMap((disk) => diskFindings(disk, thresholds)),
    workersFinding(measures.runnerWorkers, thresholds.runnerWorkers),
    ...measures.network.map((check) => networkFinding(check, thresholds.network.weight)),
  ];
  const penalties = findings.reduce((sum, finding) => sum + finding.penalty, 0);
  // Penalties are multiples of 0.1; rounding their sum first keeps e.g. 74.5 from becoming 74.49999….
  const score = Math.max(0, Math.round(100 - round1(penalties)));
  const status: HealthStatus = score >= 75 ? 'healthy' : score >= 50 ? 'degraded' : 'unhealthy';
  return {
    score,
    status,
    recommendation: RECOMMENDATIONS[status],
    findings,
    problems: findings.flatMap((finding) => (finding.problem ? [finding.problem] : [])),
    measures,
  };
}

/** The penalty of `value` against `threshold`; see `Threshold`. */
export function thresholdPenalty(value: number, threshold: Threshold, higherIsWorse: boolean): number {
  const reaches = (limit: number) => (higherIsWorse ? value >= limit : value <= limit);
  if (threshold.weight <= 0 || !Number.isFinite(value)) return 0;
  if (reaches(threshold.critical)) return round1(threshold.weight);
  if (!reaches(threshold.warn)) return 0;
  const fraction = (value - threshold.warn) / (threshold.critical - threshold.warn);
  return round1(threshold.weight / 2 + (threshold.weight / 2) * fraction);
}

function loadFinding(measures: HostMeasures, threshold: Threshold): Finding {
  // The load average counts the whole machine's runnable tasks: judged against the machine's CPUs, never the job's share.
  const cpus = Math.max(1, measures.nodeCpuCount);
  const load = measures.loadAverage[0];
  const perCore = load / cpus;
  const onCpus = `on ${cpus} CPU${cpus === 1 ? '' : 's'}${measures.scope === 'cgroup' ? ' of the host' : ''}`;
  const value = `${round2(perCore)} (load ${round2(load)} ${onCpus})`;
  if (measures.cpuPressure) return unjudged('load per CPU (host, for reference)', value, threshold, true, '');
  return judged('load per CPU', value, perCore, threshold, true, '', (level) => `Load is ${round2(perCore)} per CPU (1-minute load ${round2(load)} ${onCpus}), ${level}.`);
}

function pressureFinding(pressure: NonNullable<HostMeasures['cpuPressure']>, threshold: Threshold): Finding {
  const whose = pressure.scope === 'cgroup' ? "the job's cgroup" : 'the host';
  const value = `${round1(pressure.someAvg10)}% (${whose}, last 10 s)`;
  return judged('CPU pressure', value, pressure.someAvg10, threshold, true, '%', (level) => `Work waited for a CPU ${round1(pressure.someAvg10)}% of the last 10 s in ${whose}, ${level}.`);
}

function memoryFinding(measures: HostMeasures, threshold: Threshold): Finding {
  const { totalBytes, availableBytes } = measures.memory;
  if (totalBytes <= 0) return unjudged('memory available', 'unknown', threshold, false, '%');
  const percent = (availableBytes * 100) / totalBytes;
  const limited = measures.scope === 'cgroup' && totalBytes < measures.nodeMemory.totalBytes;
  const of = limited ? `of the job's ${formatBytes(totalBytes)} limit` : `of ${formatBytes(totalBytes)}`;
  const value = `${round1(percent)}% (${formatBytes(availableBytes)} ${of})`;
  return judged('memory available', value, percent, threshold, false, '%', (level) => `Only ${formatBytes(availableBytes)} ${of} memory is available (${round1(percent)}%), ${level}.`);
}

function oomFinding(cgroup: NonNullable<HostMeasures['cgroup']>, weight: number): Finding {
  const total = cgroup.usage.oomKills;
  const value = total === undefined ? 'unknown' : cgroup.usage.recentOomKills > 0 ? `${total}, the latest within the hour` : String(total);
  const penalty = cgroup.usage.recentOomKills > 0 ? round1(Math.max(0, weight)) : 0;
  return {
    measure: 'OOM kills in the cgroup',
    value,
    threshold: 'none within the hour',
    penalty,
    ...(penalty > 0 ? { problem: `The kernel killed ${total} process${total === 1 ? '' : 'es'} of this cgroup for lack of memory (the latest within the hour): jobs here run out of their memory limit.` } : {}),
  };
}

function swapFinding(measures: HostMeasures, threshold: Threshold): Finding {
  if (!measures.swap) return unjudged('swap used', 'unknown on this OS', threshold, true, '%');
  const { totalBytes, freeBytes } = measures.swap;
  if (totalBytes <= 0) return unjudged('swap used', 'no swap', threshold, true, '%');
  const used = totalBytes - freeBytes;
  const percent = (used * 100) / totalBytes;
  const value = `${round1(percent)}% (${formatBytes(used)} of ${formatBytes(totalBytes)})`;
  return judged('swap used', value, percent, threshold, true, '%', (level) => `${formatBytes(used)} of ${formatBytes(totalBytes)} swap is in use (${round1(percent)}%), ${level}; the machine is short of memory.`);
}

function diskFindings(disk: DiskMeasure, thresholds: HealthThresholds): Finding[] {
  if (!disk.exists) {
    const penalty = round1(Math.max(0, thresholds.missingPath.weight));
    return [{ measure: `path ${disk.path}`, subject: disk.path, value: 'missing', threshold: 'must exist', penalty, ...(penalty > 0 ? { problem: `${disk.path} does not exist.` } : {}) }];
  }
  return [spaceFinding(disk, thresholds.diskFreePercent), inodesFinding(disk, thresholds.inodesFreePercent)].map((finding) => ({ ...finding, subject: disk.path }));
}

function spaceFinding(disk: DiskMeasure, threshold: Threshold): Finding {
  const measure = `disk free ${disk.path}`;
  // Pseudo and some FUSE filesystems report no size at all: unknown, not full.
  if (disk.totalBytes <= 0) return unjudged(measure, 'no size reported', threshold, false, '%');
  const percent = (disk.freeBytes * 100) / disk.totalBytes;
  const amounts = `${formatBytes(disk.freeBytes)} of ${formatBytes(disk.totalBytes)}`;
  return judged(measure, `${round1(percent)}% (${amounts})`, percent, threshold, false, '%', (level) => `Only ${amounts} is free on the filesystem of ${disk.path} (${round1(percent)}%), ${level}.`);
}

function inodesFinding(disk: DiskMeasure, threshold: Threshold): Finding {
  const measure = `inodes free ${disk.path}`;
  // btrfs and many FUSE or network filesystems have no inode limit: nothing to run out of.
  if (disk.totalInodes <= 0) return unjudged(measure, 'no inode limit', threshold, false, '%');
  const percent = (disk.freeInodes * 100) / disk.totalInodes;
  const amounts = `${formatCount(disk.freeInodes)} of ${formatCount(disk.totalInodes)}`;
  return judged(measure, `${round1(percent)}% (${amounts})`, percent, threshold, false, '%', (level) => `Only ${amounts} inodes are free on the filesystem of ${disk.path} (${round1(percent)}%), ${level}.`);
}

function workersFinding(workers: number | undefined, threshold: Threshold): Finding {
  if (workers === undefined) return unjudged('other jobs running', 'not counted on this OS', threshold, true, '');
  return judged('other jobs running', String(workers), workers, threshold, true, '', (level) => `${workers} other job${workers === 1 ? ' is' : 's are'} running on this machine, ${level}.`);
}

function networkFinding(check: NetworkMeasure, weight: number): Finding {
  const penalty = check.ok ? 0 : round1(Math.max(0, weight));
  const value = check.ok ? `HTTP ${check.status} in ${check.ms} ms` : `unreachable: ${check.error ?? `HTTP ${check.status}`} (${check.ms} ms)`;
  return {
    measure: `network ${check.url}`,
    subject: check.url,
    value,
    threshold: 'any status < 500',
    penalty,
    ...(penalty > 0 ? { problem: `${check.url} is unreachable: ${check.error ?? `HTTP ${check.status}`}.` } : {}),
  };
}

/** A finding scored against its threshold; `problem` gets the level reached as text. */
function judged(measure: string, value: string, amount: number, threshold: Threshold, higherIsWorse: boolean, unit: string, problem: (level: string) => string): Finding {
  const penalty = thresholdPenalty(amount, threshold, higherIsWorse);
  const text = thresholdText(threshold, higherIsWorse, unit);
  if (penalty === 0) return { measure, value, threshold: text, penalty };
  const critical = penalty >= round1(threshold.weight);
  const level = critical ? `critical (${higherIsWorse ? '≥' : '≤'} ${threshold.critical}${unit})` : `warning (${higherIsWorse ? '≥' : '≤'} ${threshold.warn}${unit})`;
  return { measure, value, threshold: text, penalty, problem: problem(level) };
}

/** A measure that cannot be judged here (no swap, no inode limit): listed, never penalised. */
function unjudged(measure: string, value: string, threshold: Threshold, higherIsWorse: boolean, unit: string): Finding {
  return { measure, value, threshold: thresholdText(threshold, higherIsWorse, unit), penalty: 0 };
}

function thresholdText(threshold: Threshold, higherIsWorse: boolean, unit: string): string {
  const sign = higherIsWorse ? '≥' : '≤';
  return `warn ${sign} ${threshold.warn}${unit}, critical ${sign} ${threshold.critical}${unit}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
