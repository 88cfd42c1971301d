import { code, downsample, markdownTable, mermaidXyChart, type Cell, type ChartSeries } from '../summary.ts';
import { formatBytes, formatCpus, formatDuration } from '../units.ts';
import { EXTRACT, hasRegression, METRICS, type BaselineRow, type MetricName, type PerfReport } from './aggregate.ts';
import { DEFAULT_REGRESSION_THRESHOLD } from './config.ts';
import { renderStepsSection } from './steps-render.ts';
import type { Sample, SampleHeader } from './samples.ts';

/**
 * Points per chart at most: the x axis is a row of category labels, so more would crowd it;
 * longer jobs keep each stretch's minimum and maximum (see `downsample`).
 */
export const CHART_POINTS = 60;

/** The x axis's title, shared by every chart of a report: the labels' form depends on how long the job ran. */
export function timeAxisTitle(durationMs: number): string {
  return `time since start (${durationMs >= 3_600_000 - 500 ? 'h:mm:ss' : 'm:ss'})`;
}

/** Formats a metric value in its unit. */
export function formatMetric(value: number, unit: string): string {
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  if (unit === 'bytes') return formatBytes(Math.round(value));
  if (unit === 'bytes/s') return `${formatBytes(Math.round(value))}/s`;
  if (unit === 'ms') return formatDuration(value);
  return value.toFixed(2);
}

/** `m:ss` or `h:mm:ss` since the start, with `decimals` digits of the second (`0:01.5`). */
export function elapsedLabel(ms: number, decimals = 0): string {
  const scale = 10 ** decimals;
  const total = Math.max(0, Math.round((ms / 1000) * scale)) / scale;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = (total % 60).toFixed(decimals).padStart(decimals > 0 ? 3 + decimals : 2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Time labels shown along a chart at most. */
export const VISIBLE_TIME_LABELS = 12;

// Mermaid's xychart is 700 px wide; its plot about 600, its 14 px labels about 7.5 px a character.
const PLOT_WIDTH_PX = 600;
const labelWidthPx = (label: string) => label.length * 7.5 + 12;

/**
 * `count` evenly spaced labels from `fromMs` to `toMs` since the start, one per value. Mermaid
 * puts equal labels on one x position, so all are distinct: as many as fit side by side
 * (evenly spaced, the first included, at most `visible`) show a time, with the fewest decimals
 * that keep those distinct; the rest are distinct runs of zero-width spaces, so tick labels
 * never overlap.
 */
export function timeLabels(fromMs: number, toMs: number, count: number, visible = VISIBLE_TIME_LABELS): string[] {
  if (count <= 0) return [];
  const step = count > 1 ? (toMs - fromMs) / (count - 1) : 0;
  let shown: (string | undefined)[] = [];
  for (let fit = Math.max(1, visible); fit >= 1; fit--) {
    const every = Math.ceil(count / fit);
    // Whole seconds where they tell the shown labels apart (easier to read than 0:01.9, 0:02.9).
    for (let decimals = 0; decimals <= 3; decimals++) {
      shown = Array.from({ length: count }, (_, i) => (i % every === 0 ? elapsedLabel(fromMs + i * step, decimals) : undefined));
      const texts = shown.filter((label) => label !== undefined);
      if (new Set(texts).size === texts.length) break;
    }
    const texts = shown.filter((label) => label !== undefined);
    if (texts.length * Math.max(...texts.map(labelWidthPx)) <= PLOT_WIDTH_PX) break;
  }
  let blank = 0;
  return shown.map((label) => label ?? '\u200b'.repeat(++blank));
}

/**
 * One metric, one value per sample: a gap (an unreadable sample) repeats the previous value,
 * and a leading gap takes the first value (a rate's first interval starts at the first sample).
 * Empty when the metric has no value at all.
 */
export function metricTrack(samples: readonly Sample[], pick: (s: Sample) => number | undefined): number[] {
  const picked = samples.map((sample) => {
    const value = pick(sample);
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  });
  const first = picked.find((value) => value !== undefined);
  if (first === undefined) return [];
  let previous = first;
  return picked.map((value) => (previous = value ?? previous));
}

/**
 * One metric as a chart series of at most `points` values (each stretch's minimum and maximum
 * when there are more samples), with evenly spaced time labels. The labels depend on the
 * samples only, so every metric of a report shares one time axis.
 */
export function chartSeries(samples: readonly Sample[], pick: (s: Sample) => number | undefined, startedAt: number, points = CHART_POINTS): { labels: string[]; values: number[] } {
  const values = downsample(metricTrack(samples, pick), points);
  if (values.length === 0) return { labels: [], values };
  return { labels: timeLabels(samples[0]!.t - startedAt, samples.at(-1)!.t - startedAt, values.length), values };
}

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above `value`: an axis end people read easily. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * magnitude >= value * (1 - 1e-9))!;
  return step * magnitude;
}

/** Whether a line moves visibly: by more than 1% of its axis's height. */
function moves(values: readonly number[], axisTop: number): boolean {
  return Math.max(...values) - Math.min(...values) > axisTop / 100;
}

/** `stayed at 100.0%` or `stayed between 99.0% and 100.0%`, for a measure too still to chart. */
function stayed(values: readonly number[], format: (value: number) => string): string {
  const [low, high] = [format(Math.min(...values)), format(Math.max(...values))];
  return low === high ? `stayed at ${low}` : `stayed between ${low} and ${high}`;
}

/**
 * The charts on one time axis: CPU %, memory (to the job's limit, or to its peak with
 * headroom), load against the core count. A measure that did not move gets one line instead.
 */
export function renderCharts(report: PerfReport, samples: readonly Sample[], header: SampleHeader | undefined): string[] {
  const startedAt = Date.parse(report.startedAt);
  const blocks: string[] = [];
  const { job } = report;
  const xTitle = timeAxisTitle((samples.at(-1)?.t ?? startedAt) - startedAt);
  const chart = (title: string, yLabel: string, yRange: readonly [number, number], series: ChartSeries[], labels: string[]) =>
    mermaidXyChart({ title, xTitle, xLabels: labels, yLabel, yRange, series });

  // Under a cgroup limit, CPU and memory are the job's own against its limits.
  const cpu = chartSeries(samples, (s) => (job ? s.jobCpu : s.cpu), startedAt);
  if (cpu.values.length >= 2) {
    const title = job ? `CPU busy (job), % of its ${formatCpus(job.cpus)} limit` : `CPU busy, % of all ${report.cpuCount} cores`;
    blocks.push(
      moves(cpu.values, 100)
        ? chart(title, 'CPU (%)', [0, 100], [{ kind: 'line', values: cpu.values }], cpu.labels)
        : `${job ? 'The job\'s CPU' : 'CPU'} ${stayed(cpu.values, (v) => formatMetric(v, 'percent'))} throughout (no chart).`,
    );
  }

  const limit = job?.memoryLimitBytes;
  const memory = chartSeries(samples, (s) => (limit !== undefined ? s.jobMem : s.memUsed), startedAt);
  if (memory.values.length >= 2) {
    const peak = Math.max(...memory.values);
    const top = limit ?? peak * 1.25;
    const unit = top >= 2 ** 30 ? { name: 'GiB', bytes: 2 ** 30 } : { name: 'MiB', bytes: 2 ** 20 };
    const title =
      limit !== undefined
        ? `Memory working set (job), of its ${formatBytes(limit)} limit`
        : `Memory used (peak ${formatBytes(Math.round(peak))} of ${formatBytes(header?.memTotalBytes ?? report.memoryTotalBytes)})`;
    blocks.push(
      moves(memory.values, top)
        ? chart(title, `memory (${unit.name})`, [0, niceCeiling(top / unit.bytes)], [{ kind: 'line', values: memory.values.map((v) => v / unit.bytes) }], memory.labels)
        : `${limit !== undefined ? 'The job\'s memory working set' : 'Memory used'} ${stayed(memory.values, (v) => formatBytes(Math.round(v)))} throughout (no chart).`,
    );
  }

  const load = chartSeries(samples, (s) => s.load1, startedAt);
  if (load.values.length >= 2) {
    const top = niceCeiling(Math.max(report.cpuCount, ...load.values) * 1.1);
    const cores = `${report.cpuCount} core${report.cpuCount === 1 ? '' : 's'}`;
    blocks.push(
      moves(load.values, top)
        ? chart(
            `Load (1 min) of the host against its ${cores}`,
            'load (processes)',
            [0, top],
            [
              { kind: 'line', values: load.values, name: 'load (1 min)' },
              { kind: 'line', values: load.values.map(() => report.cpuCount), name: `${cores}: above it, processes wait for a CPU` },
            ],
            load.labels,
          )
        : `Load (1 min) ${stayed(load.values, (v) => v.toFixed(2))} on ${cores} throughout (no chart).`,
    );
  }
  return blocks;
}

/** Where the report can be found, for links in the summary and the PR comment. */
export interface RenderOptions {
  /** Include the Mermaid charts (summary, .md file, PR comment). */
  charts: boolean;
  /** Link to the workflow run (PR comment). */
  runUrl?: string;
  /** An HTML comment put first (the PR comment's marker). */
  marker?: string;
}

/** The report as Markdown: headline, metrics table, warnings, baseline, charts, details. */
export function renderReportMarkdown(report: PerfReport, samples: readonly Sample[], header: SampleHeader | undefined, options: RenderOptions): string {
  const lines: string[] = [];
  if (options.marker) lines.push(options.marker);
  const regressions = report.baseline?.rows.filter((r) => r.regression) ?? [];
  const badge = report.warnings.length > 0 || hasRegression(report) ? '⚠️' : '✅';
  lines.push(`### ${badge} perf-monitor: ${report.name}`, '');
  lines.push(
    `${formatDuration(report.durationMs)} · ${report.samples} samples every ${formatDuration(report.intervalMs)}` +
      (report.context.runnerName ? ` · runner ${code(report.context.runnerName)}` : '') +
      (options.runUrl ? ` · [workflow run](${options.runUrl})` : ''),
    '',
    `Measured: ${describeReportScope(report)}`,
    '',
  );
  const oom = oomKillMessage(report);
  if (oom) lines.push(`> [!CAUTION]\n> ${oom}`, '');
  if (report.samples === 0) {
    lines.push('No samples were recorded (the sampler ended before its first sample, or its file is missing).', '');
  }
  for (const warning of report.warnings) lines.push(`> [!WARNING]\n> ${warning}`, '');
  for (const row of regressions) {
    lines.push(`> [!CAUTION]\n> Regression: ${row.measure} is ${row.ratio.toFixed(2)}× the baseline (${formatMetric(row.current, row.unit)} vs ${formatMetric(row.baseline, row.unit)}).`, '');
  }
  lines.push(renderMetricsTable(report), '');
  lines.push(
    `Totals: disk read ${formatBytes(report.totals.diskReadBytes)}, written ${formatBytes(report.totals.diskWriteBytes)}; ` +
      `network received ${formatBytes(report.totals.networkReceiveBytes)}, sent ${formatBytes(report.totals.networkTransmitBytes)}.`,
    '',
  );
  if (options.charts) {
    for (const block of renderCharts(report, samples, header)) lines.push(block, '');
  }
  lines.push(...renderStepsSection(report, options));
  if (report.baseline) {
    lines.push(`Compared with the baseline from ${report.baseline.startedAt} (${code(report.baseline.file)}); more than ${report.baseline.thresholdPercent ?? DEFAULT_REGRESSION_THRESHOLD}% worse is a regression:`, '');
    lines.push(renderBaselineTable(report.baseline.rows), '');
  }
  const details = renderDetails(report);
  if (details) lines.push(details, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Which share of the machine the figures are: `job (cgroup v2 /…: 1.0 GiB, 0.5 CPU) on a host with 2 cores, 23.5 GiB` or `host (2 cores, 23.5 GiB)`. */
export function describeReportScope(report: PerfReport): string {
  const host = `${report.cpuCount} core${report.cpuCount === 1 ? '' : 's'}, ${formatBytes(report.memoryTotalBytes)}`;
  const { job } = report;
  if (!job) return `host (${host})`;
  const memory = job.memoryLimitBytes === undefined ? 'no memory limit' : formatBytes(job.memoryLimitBytes);
  return `job (cgroup v${job.version} ${code(job.path)}: ${memory}, ${formatCpus(job.cpus)}) on a host with ${host}; rows marked "host" are the whole machine's`;
}

/** The error to annotate when the kernel OOM-killed processes of the job's cgroup during the job; undefined otherwise. */
export function oomKillMessage(report: PerfReport): string | undefined {
  const job = report.job;
  if (!job || job.oomKills === 0) return undefined;
  const peak = report.metrics.jobMemoryBytes?.peak;
  const limit = job.memoryLimitBytes === undefined ? 'its memory limit' : `its ${formatBytes(job.memoryLimitBytes)} memory limit`;
  const seen = peak === undefined ? '' : ` The working set peaked at ${formatBytes(Math.round(peak))} in the samples (a spike between samples can be higher).`;
  return `The kernel's OOM killer killed ${job.oomKills} process${job.oomKills === 1 ? '' : 'es'} of this job: it ran out of ${limit}.${seen} Raise the limit (the pod's or container's memory) or make the job use less.`;
}

/** Metrics that describe the whole machine, marked as such when the job has limits of its own. */
const HOST_METRICS = new Set<MetricName>(['cpuPercent', 'iowaitPercent', 'stealPercent', 'load1', 'memoryUsedBytes', 'memoryUsedPercent', 'swapUsedBytes']);

function renderMetricsTable(report: PerfReport): string {
  const rows: Cell[][] = [];
  const zero: string[] = [];
  for (const name of Object.keys(METRICS) as MetricName[]) {
    const stats = report.metrics[name];
    if (!stats) continue;
    const { unit } = METRICS[name];
    const label = report.job && HOST_METRICS.has(name) ? `${METRICS[name].label} — host` : METRICS[name].label;
    // Rows of zeros (no network traffic, no steal on bare metal, no swap) only lengthen the table: one line names them.
    if (stats.peak === 0) zero.push(label);
    else rows.push([label, formatMetric(stats.avg, unit), formatMetric(stats.p95, unit), formatMetric(stats.peak, unit)]);
  }
  const table = markdownTable(['metric', 'avg', 'p95', 'peak'], rows, ['l', 'r', 'r', 'r']);
  return zero.length ? `${table}\n\nZero throughout: ${zero.join(', ')}.` : table;
}

function renderBaselineTable(rows: readonly BaselineRow[]): string {
  return markdownTable(
    ['measure', 'baseline', 'this run', 'change'],
    rows.map((r) => [r.measure, formatMetric(r.baseline, r.unit), formatMetric(r.current, r.unit), `${r.regression ? '🔺 ' : ''}×${r.ratio.toFixed(2)}`]),
    ['l', 'r', 'r', 'r'],
  );
}

function renderDetails(report: PerfReport): string {
  const parts: string[] = [];
  if (report.cores.length > 1) {
    parts.push(markdownTable(['core', 'avg', 'peak'], report.cores.map((c, i) => [`cpu${i}`, `${c.avg.toFixed(1)}%`, `${c.peak.toFixed(0)}%`]), ['l', 'r', 'r']));
  }
  if (report.processes.length) {
    parts.push(markdownTable(['process', 'peak CPU (of one core)', 'peak RSS', 'in top list'], report.processes.map((p) => [code(p.name), `${p.peakCpuPercent.toFixed(1)}%`, formatBytes(p.peakRssBytes), `${p.seen}×`]), ['l', 'r', 'r', 'r']));
  }
  if (report.caches.length) {
    const shown = (file: string) => (report.workspace && file.startsWith(`${report.workspace}/`) ? file.slice(report.workspace.length + 1) : file);
    parts.push(markdownTable(['cache path (in the workspace)', 'at start', 'at end', 'peak'], report.caches.map((c) => [code(shown(c.path)), cacheSize(c.firstBytes), cacheSize(c.lastBytes), cacheSize(c.peakBytes)]), ['l', 'r', 'r', 'r']));
  }
  if (report.sampler.errors.length || report.sampler.damagedLines) {
    parts.push(`Sampler problems: ${[...report.sampler.errors.slice(0, 5), report.sampler.damagedLines ? `${report.sampler.damagedLines} unreadable line(s)` : ''].filter(Boolean).join('; ')}`);
  }
  if (parts.length === 0) return '';
  return `<details><summary>Per core, processes, caches</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

function cacheSize(bytes: number): string {
  return bytes < 0 ? 'missing' : formatBytes(bytes);
}

const CSV_COLUMNS = [
  'time',
  'elapsed_s',
  'cpu_percent',
  'iowait_percent',
  'steal_percent',
  'load1',
  'memory_used_bytes',
  'memory_available_bytes',
  'swap_used_bytes',
  'disk_used_bytes',
  'disk_read_bytes_per_s',
  'disk_write_bytes_per_s',
  'net_rx_bytes_per_s',
  'net_tx_bytes_per_s',
];

/** Every sample as CSV (one column per core at the end), for spreadsheets and pandas. */
export function renderCsv(samples: readonly Sample[], header: SampleHeader | undefined): string {
  const cores = header?.cpuCount ?? samples.find((s) => s.cores)?.cores?.length ?? 0;
  const startedAt = header?.startedAt ?? samples[0]?.t ?? 0;
  const context = { memoryTotal: header?.memTotalBytes ?? 0, diskTotal: header?.diskTotalBytes ?? 0 };
  const cell = (value: number | undefined, digits = 2) => (value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits));
  const lines = [[...CSV_COLUMNS, ...Array.from({ length: cores }, (_, i) => `cpu${i}_percent`)].join(',')];
  for (const s of samples) {
    lines.push(
      [
        new Date(s.t).toISOString(),
        cell((s.t - startedAt) / 1000, 3),
        cell(s.cpu),
        cell(s.iowait),
        cell(s.steal),
        cell(s.load1),
        cell(s.memUsed, 0),
        cell(s.memAvail, 0),
        cell(s.swapUsed, 0),
        cell(s.diskUsed, 0),
        cell(EXTRACT.diskReadBytesPerSecond(s, context), 0),
        cell(EXTRACT.diskWriteBytesPerSecond(s, context), 0),
        cell(EXTRACT.networkReceiveBytesPerSecond(s, context), 0),
        cell(EXTRACT.networkTransmitBytesPerSecond(s, context), 0),
        ...Array.from({ length: cores }, (_, i) => cell(s.cores?.[i])),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
