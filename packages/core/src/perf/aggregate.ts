import { DEFAULT_REGRESSION_THRESHOLD, type JobContext, type PerfThresholds } from './config.ts';
import { formatCpus, formatDuration } from '../units.ts';
import type { JobLimits } from './job-limits.ts';
import { compareSteps, type StepComparison, type StepFigures } from './step-figures.ts';
import type { Sample, SampleLog } from './samples.ts';

/** Average, 95th percentile and peak of one metric over the job. */
export interface MetricStats {
  avg: number;
  p95: number;
  peak: number;
}

/** The metrics a report has stats for; rates are per second. */
export const METRICS = {
  cpuPercent: { label: 'CPU (all cores)', unit: 'percent' },
  iowaitPercent: { label: 'CPU waiting for IO', unit: 'percent' },
  stealPercent: { label: 'CPU stolen by the hypervisor', unit: 'percent' },
  load1: { label: 'Load (1 min)', unit: 'number' },
  memoryUsedBytes: { label: 'Memory used', unit: 'bytes' },
  memoryUsedPercent: { label: 'Memory used %', unit: 'percent' },
  swapUsedBytes: { label: 'Swap used', unit: 'bytes' },
  diskUsedBytes: { label: 'Workspace disk used', unit: 'bytes' },
  diskUsedPercent: { label: 'Workspace disk used %', unit: 'percent' },
  diskReadBytesPerSecond: { label: 'Disk read', unit: 'bytes/s' },
  diskWriteBytesPerSecond: { label: 'Disk write', unit: 'bytes/s' },
  networkReceiveBytesPerSecond: { label: 'Network received', unit: 'bytes/s' },
  networkTransmitBytesPerSecond: { label: 'Network sent', unit: 'bytes/s' },
  jobCpuPercent: { label: "CPU (job, % of its CPU limit)", unit: 'percent' },
  jobMemoryBytes: { label: 'Memory working set (job)', unit: 'bytes' },
  jobMemoryPercent: { label: 'Memory working set (job, % of its limit)', unit: 'percent' },
} as const;

export type MetricName = keyof typeof METRICS;

/** A process seen among the top ones by CPU, merged by name. */
export interface ProcessStats {
  name: string;
  peakCpuPercent: number;
  peakRssBytes: number;
  /** How many process samples it was in the top list of. */
  seen: number;
}

/** The size of one cache path over the job. */
export interface CacheStats {
  path: string;
  firstBytes: number;
  lastBytes: number;
  peakBytes: number;
}

/** What the job's cgroup limited and what happened against those limits; only when the job ran under a limit. */
export interface JobReport extends JobLimits {
  /** Processes the kernel's OOM killer killed in the job's cgroup while it was sampled. */
  oomKills: number;
  /** Time the job's CPU quota held it back, and in how many scheduler periods. */
  throttledSeconds: number;
  throttledPeriods: number;
}

/** The aggregated report: what the .json file holds and what a later run compares against. */
export interface PerfReport {
  kind: 'runner-kit-perf-report';
  version: 1;
  name: string;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  intervalMs: number;
  samples: number;
  cpuCount: number;
  memoryTotalBytes: number;
  diskTotalBytes: number;
  workspace: string;
  /** `cgroup` when the job ran under a cgroup limit: `job` holds its limits and `job*` metrics are its own. */
  scope: 'cgroup' | 'host';
  job?: JobReport;
  metrics: Partial<Record<MetricName, MetricStats>>;
  totals: { diskReadBytes: number; diskWriteBytes: number; networkReceiveBytes: number; networkTransmitBytes: number };
  /** Average and peak busy % of each core. */
  cores: { avg: number; peak: number }[];
  processes: ProcessStats[];
  caches: CacheStats[];
  /** Thresholds crossed, one sentence each. */
  warnings: string[];
  /** Comparison with the baseline, when one was given and readable. */
  baseline?: BaselineComparison;
  /** This job's steps from the Actions API with the figures of each, when the API could be read. */
  steps?: { jobName: string; rule: string; items: StepFigures[] };
  /** Why there are no steps (no token, no permission, another answer than a job list…), when there are none. */
  stepsNotice?: string;
  sampler: { stopReason?: string; errors: string[]; damagedLines: number };
  context: JobContext;
}

/** One row of the baseline comparison. */
export interface BaselineRow {
  measure: string;
  baseline: number;
  current: number;
  /** current / baseline. */
  ratio: number;
  unit: 'ms' | 'percent' | 'bytes' | 'number';
  regression: boolean;
}

export interface BaselineComparison {
  file: string;
  startedAt: string;
  /** A measure more than `1 + thresholdPercent/100` times its baseline value is a regression. */
  thresholdPercent: number;
  rows: BaselineRow[];
  /** Step durations against the baseline's, when both reports have steps. */
  steps?: StepComparison[];
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** avg / p95 / peak of the values; undefined for none. */
export function stats(values: readonly number[]): MetricStats | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of values) sum += value;
  return { avg: sum / values.length, p95: percentile(sorted as unknown as number[], 95), peak: sorted[sorted.length - 1]! };
}

type Extract = (sample: Sample, context: { memoryTotal: number; diskTotal: number; jobMemoryLimit?: number }) => number | undefined;

const rate = (bytes: number | undefined, dt: number): number | undefined => (bytes === undefined || dt <= 0 ? undefined : (bytes * 1000) / dt);

/** How each metric is read from a sample. */
export const EXTRACT: Record<MetricName, Extract> = {
  cpuPercent: (s) => s.cpu,
  iowaitPercent: (s) => s.iowait,
  stealPercent: (s) => s.steal,
  load1: (s) => s.load1,
  memoryUsedBytes: (s) => s.memUsed,
  memoryUsedPercent: (s, c) => (s.memUsed === undefined || c.memoryTotal <= 0 ? undefined : (s.memUsed / c.memoryTotal) * 100),
  swapUsedBytes: (s) => s.swapUsed,
  diskUsedBytes: (s) => s.diskUsed,
  diskUsedPercent: (s, c) => (s.diskUsed === undefined || c.diskTotal <= 0 ? undefined : (s.diskUsed / c.diskTotal) * 100),
  diskReadBytesPerSecond: (s) => rate(s.rd, s.dt),
  diskWriteBytesPerSecond: (s) => rate(s.wr, s.dt),
  networkReceiveBytesPerSecond: (s) => rate(s.rx, s.dt),
  networkTransmitBytesPerSecond: (s) => rate(s.tx, s.dt),
  jobCpuPercent: (s) => s.jobCpu,
  jobMemoryBytes: (s) => s.jobMem,
  jobMemoryPercent: (s, c) => (s.jobMem === undefined || !c.jobMemoryLimit ? undefined : (s.jobMem / c.jobMemoryLimit) * 100),
};

/** Aggregates a samples log into a report (without baseline; see `compareWithBaseline`). */
export function aggregate(log: SampleLog, options: { name: string; thresholds: PerfThresholds; context: JobContext; endedAt?: number }): PerfReport {
  const { samples, header } = log;
  const first = samples[0];
  const last = samples.at(-1);
  const startedAt = header?.startedAt ?? first?.t ?? Date.now();
  const endedAt = options.endedAt ?? last?.t ?? startedAt;
  const job = header?.job;
  const context = { memoryTotal: header?.memTotalBytes ?? 0, diskTotal: header?.diskTotalBytes ?? 0, ...(job?.memoryLimitBytes ? { jobMemoryLimit: job.memoryLimitBytes } : {}) };
  const metrics: PerfReport['metrics'] = {};
  for (const name of Object.keys(METRICS) as MetricName[]) {
    const values: number[] = [];
    for (const sample of samples) {
      const value = EXTRACT[name](sample, context);
      if (value !== undefined && Number.isFinite(value)) values.push(value);
    }
    const result = stats(values);
    if (result) metrics[name] = result;
  }
  const sum = (pick: (s: Sample) => number | undefined) => samples.reduce((total, s) => total + (pick(s) ?? 0), 0);
  const cpuCount = header?.cpuCount ?? samples.find((s) => s.cores)?.cores?.length ?? 1;
  const stop = log.events.findLast((e) => e.kind === 'stop');
  const report: PerfReport = {
    kind: 'runner-kit-perf-report',
    version: 1,
    name: options.name,
    startedAt: new Date(startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    durationMs: Math.max(0, endedAt - startedAt),
    intervalMs: header?.intervalMs ?? 0,
    samples: samples.length,
    cpuCount,
    memoryTotalBytes: context.memoryTotal,
    diskTotalBytes: context.diskTotal,
    workspace: header?.workspace ?? '',
    scope: job ? 'cgroup' : 'host',
    ...(job ? { job: jobReport(job, samples) } : {}),
    metrics,
    totals: { diskReadBytes: sum((s) => s.rd), diskWriteBytes: sum((s) => s.wr), networkReceiveBytes: sum((s) => s.rx), networkTransmitBytes: sum((s) => s.tx) },
    cores: coreStats(samples, cpuCount),
    processes: processStats(samples),
    caches: cacheStats(samples),
    warnings: [],
    sampler: {
      ...(stop ? { stopReason: stop.message } : {}),
      errors: log.events.filter((e) => e.kind === 'error').map((e) => e.message),
      damagedLines: log.damagedLines,
    },
    context: options.context,
  };
  report.warnings = thresholdWarnings(report, options.thresholds);
  return report;
}

function jobReport(job: JobLimits, samples: readonly Sample[]): JobReport {
  // The OOM counter covers the cgroup's whole life: only what it gained while sampled is this job's.
  const counters = samples.flatMap((s) => (s.jobOomKills === undefined ? [] : [s.jobOomKills]));
  let throttledMs = 0;
  let throttledPeriods = 0;
  for (const sample of samples) {
    throttledMs += sample.jobThrottledMs ?? 0;
    throttledPeriods += sample.jobThrottledPeriods ?? 0;
  }
  return {
    ...job,
    oomKills: counters.length < 2 ? 0 : Math.max(0, counters.at(-1)! - counters[0]!),
    throttledSeconds: Math.round(throttledMs / 100) / 10,
    throttledPeriods,
  };
}

function coreStats(samples: readonly Sample[], cpuCount: number): { avg: number; peak: number }[] {
  const sums = new Array<number>(cpuCount).fill(0);
  const peaks = new Array<number>(cpuCount).fill(0);
  let count = 0;
  for (const sample of samples) {
    if (!sample.cores) continue;
    count++;
    sample.cores.forEach((value, i) => {
      if (i >= cpuCount) return;
      sums[i]! += value;
      if (value > peaks[i]!) peaks[i] = value;
    });
  }
  return count === 0 ? [] : sums.map((total, i) => ({ avg: total / count, peak: peaks[i]! }));
}

function processStats(samples: readonly Sample[], keep = 10): ProcessStats[] {
  const byName = new Map<string, ProcessStats>();
  for (const sample of samples) {
    for (const [, name, cpu, rss] of sample.procs ?? []) {
      const entry = byName.get(name) ?? { name, peakCpuPercent: 0, peakRssBytes: 0, seen: 0 };
      entry.peakCpuPercent = Math.max(entry.peakCpuPercent, cpu);
      entry.peakRssBytes = Math.max(entry.peakRssBytes, rss);
      entry.seen++;
      byName.set(name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.peakCpuPercent - a.peakCpuPercent).slice(0, keep);
}

function cacheStats(samples: readonly Sample[]): CacheStats[] {
  const byPath = new Map<string, CacheStats>();
  for (const sample of samples) {
    for (const [cachePath, bytes] of Object.entries(sample.cache ?? {})) {
      const entry = byPath.get(cachePath);
      if (!entry) byPath.set(cachePath, { path: cachePath, firstBytes: bytes, lastBytes: bytes, peakBytes: bytes });
      else {
        entry.lastBytes = bytes;
        entry.peakBytes = Math.max(entry.peakBytes, bytes);
      }
    }
  }
  return [...byPath.values()];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/**
 * One sentence per threshold the job's peaks crossed. `during` says when and in which step a
 * metric peaked (`" during step 'Run tests' (12:03:10 UTC)"`), once the steps are known.
 */
export function thresholdWarnings(report: PerfReport, thresholds: PerfThresholds, during: (metric: MetricName) => string = () => ''): string[] {
  const warnings: string[] = [];
  const load = report.metrics.load1;
  if (thresholds.loadPerCore !== undefined && load && load.peak / report.cpuCount > thresholds.loadPerCore) {
    warnings.push(`Load per core peaked at ${fixed(load.peak / report.cpuCount, 2)} (load ${fixed(load.peak, 2)} on ${report.cpuCount} cores)${during('load1')}, above load-warn ${thresholds.loadPerCore}.`);
  }
  const jobMemory = report.metrics.jobMemoryPercent;
  const memory = report.metrics.memoryUsedPercent;
  if (thresholds.memoryPercent !== undefined && jobMemory && report.job?.memoryLimitBytes) {
    // Under a memory limit the job's working set against its limit is what gets it OOM-killed.
    if (jobMemory.peak > thresholds.memoryPercent) {
      warnings.push(`The job's memory working set peaked at ${fixed(jobMemory.peak)}% of its ${formatGiB(report.job.memoryLimitBytes)} limit${during('jobMemoryPercent')}, above memory-warn ${thresholds.memoryPercent}%.`);
    }
  } else if (thresholds.memoryPercent !== undefined && memory && memory.peak > thresholds.memoryPercent) {
    warnings.push(`Memory use peaked at ${fixed(memory.peak)}% of ${formatGiB(report.memoryTotalBytes)}${during('memoryUsedPercent')}, above memory-warn ${thresholds.memoryPercent}%.`);
  }
  const job = report.job;
  const throttledShare = job ? job.throttledSeconds / Math.max(0.001, report.durationMs / 1000) : 0;
  if (job && throttledShare >= THROTTLED_WARN_SHARE) {
    warnings.push(`The job's CPU limit (${formatCpus(job.cpus)}) held it back for ${job.throttledSeconds.toFixed(1)} s (${Math.round(throttledShare * 100)}% of the ${formatDuration(report.durationMs)} sampled, in ${job.throttledPeriods} periods): it needs more CPU than it gets.`);
  }
  const disk = report.metrics.diskUsedPercent;
  if (thresholds.diskPercent !== undefined && disk && disk.peak > thresholds.diskPercent) {
    warnings.push(`The workspace's disk was up to ${fixed(disk.peak)}% full (of ${formatGiB(report.diskTotalBytes)})${during('diskUsedPercent')}, above disk-warn ${thresholds.diskPercent}%.`);
  }
  return warnings;
}

/** Throttled for at least this share of the job's time: worth a warning (a little throttling at bursts is normal). */
const THROTTLED_WARN_SHARE = 0.1;

function formatGiB(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}


/** True for a value that looks like a perf-monitor report JSON. */
export function isPerfReport(value: unknown): value is PerfReport {
  const v = value as PerfReport;
  return typeof value === 'object' && value !== null && v.kind === 'runner-kit-perf-report' && typeof v.durationMs === 'number' && typeof v.metrics === 'object';
}

/**
 * Compares duration, peaks and step durations with an earlier report. Each measure more than
 * `1 + thresholdPercent/100` times its baseline value is a regression; measures the baseline
 * lacks (or had at 0) are left out; steps are matched by name, then position (`compareSteps`).
 */
export function compareWithBaseline(report: PerfReport, baseline: PerfReport, file: string, thresholdPercent = DEFAULT_REGRESSION_THRESHOLD): BaselineComparison {
  const factor = 1 + thresholdPercent / 100;
  const rows: BaselineRow[] = [];
  const add = (measure: string, before: number | undefined, now: number | undefined, unit: BaselineRow['unit']) => {
    if (before === undefined || now === undefined || !(before > 0)) return;
    const ratio = now / before;
    rows.push({ measure, baseline: before, current: now, ratio, unit, regression: ratio > factor });
  };
  add('duration', baseline.durationMs, report.durationMs, 'ms');
  add('peak CPU', baseline.metrics.cpuPercent?.peak, report.metrics.cpuPercent?.peak, 'percent');
  add('average CPU', baseline.metrics.cpuPercent?.avg, report.metrics.cpuPercent?.avg, 'percent');
  add('peak memory used', baseline.metrics.memoryUsedBytes?.peak, report.metrics.memoryUsedBytes?.peak, 'bytes');
  add('peak load (1 min)', baseline.metrics.load1?.peak, report.metrics.load1?.peak, 'number');
  add('peak disk used', baseline.metrics.diskUsedBytes?.peak, report.metrics.diskUsedBytes?.peak, 'bytes');
  const steps = report.steps && Array.isArray(baseline.steps?.items) ? compareSteps(report.steps.items, baseline.steps.items, thresholdPercent) : undefined;
  return { file, startedAt: baseline.startedAt, thresholdPercent, rows, ...(steps ? { steps } : {}) };
}

/** True when any measure or step regressed against the baseline. */
export function hasRegression(report: PerfReport): boolean {
  return (report.baseline?.rows.some((r) => r.regression) ?? false) || (report.baseline?.steps?.some((s) => s.regression) ?? false);
}
