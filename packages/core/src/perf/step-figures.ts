import type { JobStep } from './job-steps.ts';
import type { Sample } from './samples.ts';

/** One step's window and what the job used in it. Figures are absent where the step was too short to measure. */
export interface StepFigures {
  number: number;
  name: string;
  /** `success`, `failure`, `skipped`, … or null while it runs. */
  conclusion: string | null;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  /** Not completed when the report was made (this step, later post steps): it ends at the report time. */
  open: boolean;
  /** CPU busy % (of the job's CPU limit under a cgroup limit, else of all cores): time-weighted average and peak. */
  cpuAvg?: number;
  cpuPeak?: number;
  /** Memory peak (the job's working set under a cgroup limit, else used on the host), bytes. */
  memoryPeakBytes?: number;
  diskReadBytes?: number;
  diskWrittenBytes?: number;
  networkReceivedBytes?: number;
  networkSentBytes?: number;
}

/**
 * Each step's figures from the samples that fall inside its window. A sample covers the
 * `dt` before its time; counters (disk, network) are shared out by how much of that interval
 * overlaps the step, so the steps' figures add up to the job's. Averages are weighted the same
 * way; peaks come from the samples whose interval's middle lies in the step. A step shorter
 * than one interval, or skipped, gets no figures rather than made-up ones.
 */
export function stepFigures(steps: readonly JobStep[], samples: readonly Sample[], options: { endedAt: number; intervalMs: number; job: boolean }): StepFigures[] {
  const figures: StepFigures[] = [];
  for (const step of steps) {
    if (step.startedAt === undefined) continue; // queued or skipped before it began: no window
    const endedAt = Math.max(step.startedAt, step.completedAt ?? options.endedAt);
    const entry: StepFigures = {
      number: step.number,
      name: step.name,
      conclusion: step.conclusion,
      startedAt: step.startedAt,
      endedAt,
      durationMs: endedAt - step.startedAt,
      open: step.completedAt === undefined,
    };
    if (step.conclusion !== 'skipped' && entry.durationMs >= options.intervalMs) Object.assign(entry, measure(samples, step.startedAt, endedAt, options.job));
    figures.push(entry);
  }
  return figures;
}

function measure(samples: readonly Sample[], from: number, to: number, job: boolean): Partial<StepFigures> {
  let weighted = 0;
  let covered = 0;
  let cpuPeak: number | undefined;
  let memoryPeak: number | undefined;
  const sums = { diskReadBytes: 0, diskWrittenBytes: 0, networkReceivedBytes: 0, networkSentBytes: 0 };
  let counted = false;
  for (const sample of samples) {
    if (sample.dt <= 0) continue;
    const start = sample.t - sample.dt;
    const overlap = Math.min(sample.t, to) - Math.max(start, from);
    if (overlap <= 0) continue;
    const share = overlap / sample.dt;
    const cpu = job ? sample.jobCpu : sample.cpu;
    if (cpu !== undefined) {
      weighted += cpu * overlap;
      covered += overlap;
    }
    counted = true;
    sums.diskReadBytes += (sample.rd ?? 0) * share;
    sums.diskWrittenBytes += (sample.wr ?? 0) * share;
    sums.networkReceivedBytes += (sample.rx ?? 0) * share;
    sums.networkSentBytes += (sample.tx ?? 0) * share;
    const middle = start + sample.dt / 2;
    if (middle >= from && middle < to) {
      if (cpu !== undefined) cpuPeak = Math.max(cpuPeak ?? 0, cpu);
      const memory = job ? sample.jobMem : sample.memUsed;
      if (memory !== undefined) memoryPeak = Math.max(memoryPeak ?? 0, memory);
    }
  }
  if (!counted) return {};
  return {
    ...(covered > 0 ? { cpuAvg: Math.round((weighted / covered) * 10) / 10 } : {}),
    ...(cpuPeak !== undefined ? { cpuPeak } : {}),
    ...(memoryPeak !== undefined ? { memoryPeakBytes: memoryPeak } : {}),
    diskReadBytes: Math.round(sums.diskReadBytes),
    diskWrittenBytes: Math.round(sums.diskWrittenBytes),
    networkReceivedBytes: Math.round(sums.networkReceivedBytes),
    networkSentBytes: Math.round(sums.networkSentBytes),
  };
}

/** A step of the baseline set against this run's: matched by name, then by position. */
export interface StepComparison {
  name: string;
  baselineName: string;
  baselineMs: number;
  currentMs: number;
  ratio: number;
  regression: boolean;
}

/** Steps shorter than this in both runs are compared but never called a regression: their times are mostly noise. */
export const STEP_NOISE_MS = 5_000;

/**
 * Compares step durations with a baseline's. Steps are matched by name (in order, so repeated
 * names pair up one by one), then the unmatched ones by position; steps added since the baseline
 * are left out. A step is a regression when it took more than `1 + threshold/100` times as long,
 * unless both runs took less than {@link STEP_NOISE_MS}.
 */
export function compareSteps(current: readonly StepFigures[], baseline: readonly StepFigures[], thresholdPercent: number): StepComparison[] {
  const unmatched = [...baseline];
  const pairs: [StepFigures, StepFigures | undefined][] = current.map((step) => {
    const at = unmatched.findIndex((old) => old.name === step.name);
    return [step, at >= 0 ? unmatched.splice(at, 1)[0] : undefined];
  });
  // By position: the i-th unmatched step of this run against the i-th unmatched one of the baseline (a renamed step).
  const rest = pairs.filter(([, old]) => old === undefined);
  rest.forEach((pair, i) => (pair[1] = unmatched[i]));
  const factor = 1 + thresholdPercent / 100;
  const comparisons: StepComparison[] = [];
  for (const [step, old] of pairs) {
    if (!old || old.durationMs <= 0 || step.open) continue;
    const ratio = step.durationMs / old.durationMs;
    const noise = step.durationMs < STEP_NOISE_MS && old.durationMs < STEP_NOISE_MS;
    comparisons.push({ name: step.name, baselineName: old.name, baselineMs: old.durationMs, currentMs: step.durationMs, ratio, regression: !noise && ratio > factor });
  }
  return comparisons;
}
