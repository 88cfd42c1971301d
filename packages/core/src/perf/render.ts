import { code, markdownTable, mermaidXyChart, type Cell } from '../summary.ts';
import { formatBytes, formatCpus, formatDuration } from '../units.ts';
import { EXTRACT, hasRegression, METRICS, type BaselineRow, type MetricName, type PerfReport } from './aggregate.ts';
import { DEFAULT_REGRESSION_THRESHOLD } from './config.ts';
import { renderStepsSection } from './steps-render.ts';
import type { Sample, SampleHeader } from './samples.ts';

/** Points per chart: enough to see the job's phases, few enough for a readable x axis. */
export const CHART_POINTS = 40;

/** Formats a metric value in its unit. */
export function formatMetric(value: number, unit: string): string {
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  if (unit === 'bytes') return formatBytes(Math.round(value));
  if (unit === 'bytes/s') return `${formatBytes(Math.round(value))}/s`;
  if (unit === 'ms') return formatDuration(value);
  return value.toFixed(2);
}

/** `m:ss` or `h:mm:ss` since the start. */
export function elapsedLabel(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * One metric as a chart series of at most `points` values: each bucket's maximum (peaks stay
 * visible), labelled with the elapsed time at the bucket's start. Gaps (unreadable samples)
 * repeat the previous value.
 */
export function chartSeries(samples: readonly Sample[], pick: (s: Sample) => number | undefined, startedAt: number, points = CHART_POINTS): { labels: string[]; values: number[] } {
  const raw: { t: number; v: number }[] = [];
  let previous: number | undefined;
  for (const sample of samples) {
    const value = pick(sample) ?? previous;
    if (value === undefined || !Number.isFinite(value)) continue;
    previous = value;
    raw.push({ t: sample.t, v: value });
  }
  const buckets = Math.min(points, raw.length);
  const labels: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < buckets; i++) {
    const from = Math.floor((i * raw.length) / buckets);
    const to = Math.max(from + 1, Math.floor(((i + 1) * raw.length) / buckets));
    let peak = -Infinity;
    for (let j = from; j < to; j++) if (raw[j]!.v > peak) peak = raw[j]!.v;
    labels.push(elapsedLabel(raw[from]!.t - startedAt));
    values.push(peak);
  }
  return { labels, values };
}

/** The three charts: CPU %, memory used (GiB), load with the core count as a reference line. */
export function renderCharts(report: PerfReport, samples: readonly Sample[], header: SampleHeader | undefined): string[] {
  const startedAt = Date.parse(report.startedAt);
  const charts: string[] = [];
  const { job } = report;
  // Under a cgroup limit, CPU and memory are the job's own against its limits.
  const cpu = chartSeries(samples, (s) => (job ? s.jobCpu : s.cpu), startedAt);
  if (cpu.values.length >= 2) {
    const title = job ? `CPU busy (job), % of its ${formatCpus(job.cpus)} limit` : 'CPU busy, % of all cores';
    charts.push(mermaidXyChart({ title, xLabels: cpu.labels, yLabel: '%', yRange: [0, 100], series: [{ kind: 'line', values: cpu.values }] }));
  }
  const jobMemory = job?.memoryLimitBytes !== undefined;
  const memory = chartSeries(samples, (s) => {
    const bytes = jobMemory ? s.jobMem : s.memUsed;
    return bytes === undefined ? undefined : bytes / 2 ** 30;
  }, startedAt);
  if (memory.values.length >= 2) {
    const total = (jobMemory ? job.memoryLimitBytes! : (header?.memTotalBytes ?? report.memoryTotalBytes)) / 2 ** 30;
    charts.push(
      mermaidXyChart({
        title: jobMemory ? `Memory working set (job), GiB of its ${total.toFixed(1)} GiB limit` : `Memory used, GiB of ${total.toFixed(1)}`,
        xLabels: memory.labels,
        yLabel: 'GiB',
        ...(total > 0 ? { yRange: [0, Math.ceil(total)] as const } : {}),
        series: [{ kind: 'line', values: memory.values }],
      }),
    );
  }
  const load = chartSeries(samples, (s) => s.load1, startedAt);
  if (load.values.length >= 2) {
    const top = Math.max(report.cpuCount, ...load.values);
    charts.push(
      mermaidXyChart({
        title: `Load (1 min); flat line: ${report.cpuCount} cores`,
        xLabels: load.labels,
        yLabel: 'load',
        yRange: [0, Math.ceil(top * 1.1)],
        series: [
          { kind: 'line', values: load.values },
          { kind: 'line', values: load.values.map(() => report.cpuCount) },
        ],
      }),
    );
  }
  return charts;
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
    for (const chart of renderCharts(report, samples, header)) lines.push(chart, '');
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
  for (const name of Object.keys(METRICS) as MetricName[]) {
    const stats = report.metrics[name];
    if (!stats) continue;
    const { unit } = METRICS[name];
    const label = report.job && HOST_METRICS.has(name) ? `${METRICS[name].label} — host` : METRICS[name].label;
    // Quiet rows (no steal on bare metal, no swap) would only lengthen the table.
    if ((name === 'stealPercent' || name === 'iowaitPercent' || name === 'swapUsedBytes') && stats.peak === 0) continue;
    rows.push([label, formatMetric(stats.avg, unit), formatMetric(stats.p95, unit), formatMetric(stats.peak, unit)]);
  }
  return markdownTable(['metric', 'avg', 'p95', 'peak'], rows, ['l', 'r', 'r', 'r']);
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
    parts.push(markdownTable(['cache path', 'at start', 'at end', 'peak'], report.caches.map((c) => [code(c.path), cacheSize(c.firstBytes), cacheSize(c.lastBytes), cacheSize(c.peakBytes)]), ['l', 'r', 'r', 'r']));
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
