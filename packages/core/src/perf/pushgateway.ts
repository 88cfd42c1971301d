import * as core from '../workflow-commands.ts';
import { describeError } from '../errors.ts';
import { EXPOSITION_CONTENT_TYPE, renderExposition as renderFamilies, type MetricFamily } from '../metrics/exposition.ts';
import { METRICS, type MetricName, type PerfReport } from './aggregate.ts';

/** The Pushgateway group a job's metrics replace: the `job` label first, then the others. */
export interface Grouping {
  job: string;
  labels: [name: string, value: string][];
}

/** repository, workflow, job, run id and runner name of a report, as Pushgateway grouping labels. */
export function reportGrouping(report: PerfReport): Grouping {
  const { context } = report;
  return {
    job: report.name,
    labels: [
      ['repository', context.repository],
      ['workflow', context.workflow],
      ['run_id', context.runId],
      ['runner', context.runnerName],
    ],
  };
}

/**
 * One path segment pair of a grouping key. Pushgateway cannot take a `/` in a value even
 * %-encoded, nor an empty value (the path would collapse), so those (and values with spaces,
 * which some proxies mangle) use its `name@base64/<base64url>` form; `=` alone is the empty value.
 */
export function groupingSegment(name: string, value: string): string {
  if (value === '') return `${name}@base64/=`;
  if (/[/\s%]/.test(value)) return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
  return `${name}/${encodeURIComponent(value)}`;
}

/** `<base>/metrics/job/<job>/<label>/<value>…`, each part encoded as Pushgateway expects. */
export function pushUrl(baseUrl: string, grouping: Grouping): string {
  const base = new URL(baseUrl);
  base.username = '';
  base.password = '';
  const prefix = base.toString().replace(/\/+$/, '');
  return [prefix, 'metrics', groupingSegment('job', grouping.job), ...grouping.labels.map(([n, v]) => groupingSegment(n, v))].join('/');
}

const SNAKE: Record<MetricName, string> = {
  cpuPercent: 'cpu_percent',
  iowaitPercent: 'cpu_iowait_percent',
  stealPercent: 'cpu_steal_percent',
  load1: 'load1',
  memoryUsedBytes: 'memory_used_bytes',
  memoryUsedPercent: 'memory_used_percent',
  swapUsedBytes: 'swap_used_bytes',
  diskUsedBytes: 'disk_used_bytes',
  diskUsedPercent: 'disk_used_percent',
  diskReadBytesPerSecond: 'disk_read_bytes_per_second',
  diskWriteBytesPerSecond: 'disk_write_bytes_per_second',
  networkReceiveBytesPerSecond: 'network_receive_bytes_per_second',
  networkTransmitBytesPerSecond: 'network_transmit_bytes_per_second',
  jobCpuPercent: 'job_cpu_percent',
  jobMemoryBytes: 'job_memory_working_set_bytes',
  jobMemoryPercent: 'job_memory_working_set_percent',
};

/** Prometheus text exposition format (0.0.4) of a report's aggregates: gauges with a `stat` label. */
export function renderExposition(report: PerfReport): string {
  const families: MetricFamily[] = [];
  const gauge = (name: string, help: string, samples: [stat: string, value: number][]) => {
    families.push({ name, help, type: 'gauge', samples: samples.map(([stat, value]) => ({ ...(stat ? { labels: { stat } } : {}), value })) });
  };
  gauge('runner_kit_perf_duration_seconds', 'Duration of the monitored part of the job.', [['', report.durationMs / 1000]]);
  gauge('runner_kit_perf_samples', 'Samples taken.', [['', report.samples]]);
  gauge('runner_kit_perf_cpu_count', 'CPU cores of the runner.', [['', report.cpuCount]]);
  gauge('runner_kit_perf_memory_total_bytes', 'Memory of the runner.', [['', report.memoryTotalBytes]]);
  if (report.job) {
    if (report.job.memoryLimitBytes !== undefined) gauge('runner_kit_perf_job_memory_limit_bytes', "Memory limit of the job's cgroup.", [['', report.job.memoryLimitBytes]]);
    gauge('runner_kit_perf_job_cpus', "CPUs the job's cgroup may use (quota, cpuset).", [['', report.job.cpus]]);
    gauge('runner_kit_perf_job_oom_kills', "Processes OOM-killed in the job's cgroup during the job.", [['', report.job.oomKills]]);
    gauge('runner_kit_perf_job_cpu_throttled_seconds', "Time the job's CPU quota throttled it.", [['', report.job.throttledSeconds]]);
  }
  for (const name of Object.keys(METRICS) as MetricName[]) {
    const stats = report.metrics[name];
    if (!stats) continue;
    gauge(`runner_kit_perf_${SNAKE[name]}`, `${METRICS[name].label} over the job (avg, p95, peak).`, [
      ['avg', stats.avg],
      ['p95', stats.p95],
      ['peak', stats.peak],
    ]);
  }
  gauge('runner_kit_perf_disk_read_bytes', 'Bytes read by real disks during the job.', [['', report.totals.diskReadBytes]]);
  gauge('runner_kit_perf_disk_written_bytes', 'Bytes written by real disks during the job.', [['', report.totals.diskWriteBytes]]);
  gauge('runner_kit_perf_network_receive_bytes', 'Bytes received by external interfaces during the job.', [['', report.totals.networkReceiveBytes]]);
  gauge('runner_kit_perf_network_transmit_bytes', 'Bytes sent by external interfaces during the job.', [['', report.totals.networkTransmitBytes]]);
  gauge('runner_kit_perf_threshold_warnings', 'Thresholds the job crossed.', [['', report.warnings.length]]);
  return renderFamilies(families);
}

/** What a push came to. */
export interface PushOutcome {
  ok: boolean;
  url: string;
  detail: string;
}

/**
 * PUTs the report's metrics, replacing the group's previous ones. Credentials in the URL
 * (`https://user:pass@host`) become a Basic Authorization header (fetch refuses them in URLs)
 * and are masked. Never throws: a failure is an outcome for a warning.
 */
export async function pushToGateway(baseUrl: string, report: PerfReport, timeoutMs = 10_000): Promise<PushOutcome> {
  const parsed = new URL(baseUrl);
  const headers: Record<string, string> = { 'content-type': EXPOSITION_CONTENT_TYPE };
  if (parsed.username || parsed.password) {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    if (password) core.setSecret(password);
    headers['authorization'] = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  const url = pushUrl(baseUrl, reportGrouping(report));
  try {
    const response = await fetch(url, { method: 'PUT', headers, body: renderExposition(report), signal: AbortSignal.timeout(timeoutMs) });
    const text = (await response.text()).trim().slice(0, 200);
    if (!response.ok) return { ok: false, url, detail: `HTTP ${response.status}${text ? ` (${text})` : ''}` };
    return { ok: true, url, detail: `HTTP ${response.status}` };
  } catch (error: unknown) {
    const cause = (error as { cause?: unknown }).cause;
    const name = (error as { name?: unknown }).name;
    const detail = name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describeError(cause ?? error);
    return { ok: false, url, detail };
  }
}
