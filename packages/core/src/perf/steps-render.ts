import { markdownTable, type Cell } from '../summary.ts';
import { formatBytes, formatDuration } from '../units.ts';
import { EXTRACT, type MetricName, type PerfReport } from './aggregate.ts';
import type { Sample } from './samples.ts';
import type { StepComparison, StepFigures } from './step-figures.ts';

/** The step whose window holds `t`; a later step wins at a shared edge. */
export function stepAt(steps: readonly StepFigures[], t: number): StepFigures | undefined {
  return steps.findLast((step) => t >= step.startedAt && t <= step.endedAt);
}

/** The step that took longest (open steps too: they ran until the report). */
export function slowestStep(report: PerfReport): StepFigures | undefined {
  return report.steps?.items.reduce<StepFigures | undefined>((slowest, step) => (slowest === undefined || step.durationMs > slowest.durationMs ? step : slowest), undefined);
}

/**
 * For threshold warnings: when and during which step a metric peaked, as
 * `" during step 'Run tests' (12:03:10 UTC)"`, or nothing when no step holds the peak.
 */
export function peakDuringStep(steps: readonly StepFigures[], samples: readonly Sample[], report: PerfReport): (metric: MetricName) => string {
  const context = { memoryTotal: report.memoryTotalBytes, diskTotal: report.diskTotalBytes, ...(report.job?.memoryLimitBytes ? { jobMemoryLimit: report.job.memoryLimitBytes } : {}) };
  return (metric) => {
    let peak: Sample | undefined;
    let peakValue = -Infinity;
    for (const sample of samples) {
      const value = EXTRACT[metric](sample, context);
      if (value !== undefined && value > peakValue) [peak, peakValue] = [sample, value];
    }
    const step = peak ? stepAt(steps, peak.t) : undefined;
    return step && peak ? ` during step '${step.name}' (${new Date(peak.t).toISOString().slice(11, 19)} UTC)` : '';
  };
}

/** `step 'Build' took 2m 10s vs 1m 20s (+62%)`. */
export function stepRegressionText(step: StepComparison): string {
  const renamed = step.baselineName === step.name ? '' : ` (was '${step.baselineName}')`;
  return `step '${step.name}'${renamed} took ${formatDuration(step.currentMs)} vs ${formatDuration(step.baselineMs)} (+${Math.round((step.ratio - 1) * 100)}%)`;
}

/**
 * A step name as gantt task text: Mermaid ends the text at `:`, takes `#` for an entity and `;`
 * for a statement end, so those become look-alike characters; line breaks become spaces.
 */
export function ganttText(name: string): string {
  const text = name
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/:/g, '꞉')
    .replace(/#/g, '＃')
    .replace(/;/g, '；')
    .trim();
  return (text || 'step').slice(0, 80);
}

/** The steps as a Mermaid gantt on the wall clock (`dateFormat x`: epoch ms); failed steps `crit`, running ones `active`. */
export function renderStepGantt(steps: readonly StepFigures[], title: string): string {
  const span = steps.length ? Math.max(...steps.map((s) => s.endedAt)) - Math.min(...steps.map((s) => s.startedAt)) : 0;
  const lines = ['```mermaid', 'gantt', `  title ${ganttText(title)}`, '  dateFormat x', `  axisFormat ${span >= 3_600_000 ? '%H:%M' : '%M:%S'}`, '  section Steps'];
  for (const step of steps) {
    const tag = step.conclusion === 'failure' || step.conclusion === 'cancelled' ? 'crit, ' : step.open ? 'active, ' : step.conclusion === 'skipped' ? '' : 'done, ';
    // A zero-length bar does not draw: give it one millisecond.
    lines.push(`  ${ganttText(step.name)} :${tag}s${step.number}, ${step.startedAt}, ${Math.max(step.endedAt, step.startedAt + 1)}`);
  }
  lines.push('```');
  return lines.join('\n');
}

const DASH = '—';

/** One row per step: duration and what the job used in it; "—" where the step was too short to measure. */
export function renderStepTable(report: PerfReport): string {
  const items = report.steps?.items ?? [];
  const scope = report.job ? 'job' : 'host';
  const bytes = (value: number | undefined) => (value === undefined ? DASH : formatBytes(value));
  const percent = (value: number | undefined) => (value === undefined ? DASH : `${value.toFixed(1)}%`);
  const rows: Cell[][] = items.map((step) => [
    String(step.number),
    step.name + (step.conclusion === 'failure' ? ' ❌' : step.conclusion === 'skipped' ? ' (skipped)' : step.open ? ' (running)' : ''),
    formatDuration(step.durationMs),
    percent(step.cpuAvg),
    percent(step.cpuPeak),
    bytes(step.memoryPeakBytes),
    `${bytes(step.diskReadBytes)} / ${bytes(step.diskWrittenBytes)}`,
    `${bytes(step.networkReceivedBytes)} / ${bytes(step.networkSentBytes)}`,
  ]);
  return markdownTable(['#', 'step', 'duration', `CPU avg (${scope})`, 'CPU peak', `memory peak (${scope})`, 'disk read / written', 'network in / out'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
}

/** The steps section of the summary: gantt, table, step regressions; or the one-line notice why there are none. */
export function renderStepsSection(report: PerfReport, options: { charts: boolean }): string[] {
  if (!report.steps) return report.stepsNotice ? [`> [!NOTE]\n> ${report.stepsNotice}`, ''] : [];
  const lines: string[] = [];
  if (options.charts && report.steps.items.length) lines.push(renderStepGantt(report.steps.items, `Steps of ${report.steps.jobName}`), '');
  lines.push(renderStepTable(report), '');
  const regressions = report.baseline?.steps?.filter((s) => s.regression) ?? [];
  for (const step of regressions) lines.push(`> [!CAUTION]\n> Regression: ${stepRegressionText(step)}.`, '');
  return lines;
}

const STEP_CSV_COLUMNS = ['number', 'name', 'conclusion', 'started_at', 'ended_at', 'duration_s', 'cpu_avg_percent', 'cpu_peak_percent', 'memory_peak_bytes', 'disk_read_bytes', 'disk_written_bytes', 'net_rx_bytes', 'net_tx_bytes'];

/** The steps as CSV (`perf-steps.csv`). */
export function renderStepsCsv(steps: readonly StepFigures[]): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const cell = (value: number | undefined) => (value === undefined ? '' : String(value));
  const lines = [STEP_CSV_COLUMNS.join(',')];
  for (const s of steps) {
    lines.push(
      [
        String(s.number),
        quote(s.name),
        s.conclusion ?? (s.open ? 'running' : ''),
        new Date(s.startedAt).toISOString(),
        new Date(s.endedAt).toISOString(),
        (s.durationMs / 1000).toFixed(3),
        cell(s.cpuAvg),
        cell(s.cpuPeak),
        cell(s.memoryPeakBytes),
        cell(s.diskReadBytes),
        cell(s.diskWrittenBytes),
        cell(s.networkReceivedBytes),
        cell(s.networkSentBytes),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
