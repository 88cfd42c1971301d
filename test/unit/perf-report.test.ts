import { describe, expect, it } from '@jest/globals';
import { aggregate, compareWithBaseline, percentile, stats, type PerfReport } from '../../packages/core/src/perf/aggregate.ts';
import type { JobContext } from '../../packages/core/src/perf/config.ts';
import { commentMarker } from '../../packages/core/src/perf/pr-comment.ts';
import { groupingSegment, pushUrl, renderExposition, reportGrouping } from '../../packages/core/src/perf/pushgateway.ts';
import { CHART_POINTS, chartSeries, elapsedLabel, renderCsv, renderReportMarkdown } from '../../packages/core/src/perf/render.ts';
import { parseSampleLog, type Sample, type SampleHeader, type SampleLog } from '../../packages/core/src/perf/samples.ts';

const GiB = 2 ** 30;
const context: JobContext = {
  repository: 'acme/speech',
  workflow: 'CI / build',
  job: 'build',
  runId: '77',
  runAttempt: '1',
  runnerName: 'gpu box 1',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  eventName: 'push',
};

function header(startedAt = 0): SampleHeader {
  return { kind: 'start', v: 1, startedAt, intervalMs: 1000, cpuCount: 4, memTotalBytes: 16 * GiB, swapTotalBytes: 0, workspace: '/w', diskTotalBytes: 100 * GiB, pageBytes: 4096 };
}

/** `count` samples 1 s apart; `shape(i)` gives the CPU %, memory follows it. */
function log(count: number, shape: (i: number) => number = (i) => i % 100): SampleLog {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const cpu = shape(i);
    samples.push({ t: (i + 1) * 1000, dt: 1000, cpu, cores: [cpu, cpu, 0, 100], load1: cpu / 25, memUsed: (cpu / 100) * 16 * GiB, memAvail: 0, swapUsed: 0, diskUsed: 50 * GiB, rd: 1000, wr: 2000, rx: 3000, tx: 4000 });
  }
  return { header: header(), samples, events: [], damagedLines: 0 };
}

describe('statistics', () => {
  it('nearest-rank p95, average and peak', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(stats(values)).toEqual({ avg: 50.5, p95: 95, peak: 100 });
    expect(stats([7])).toEqual({ avg: 7, p95: 7, peak: 7 });
    expect(stats([])).toBeUndefined();
  });
});

describe('aggregate', () => {
  it('summarises every metric, totals, cores and duration', () => {
    const report = aggregate(log(100), { name: 'build', thresholds: {}, context, endedAt: 101_000 });
    expect(report.durationMs).toBe(101_000);
    expect(report.samples).toBe(100);
    expect(report.metrics.cpuPercent).toEqual({ avg: 49.5, p95: 94, peak: 99 });
    expect(report.metrics.memoryUsedPercent!.peak).toBeCloseTo(99);
    expect(report.metrics.diskUsedPercent!.avg).toBeCloseTo(50);
    expect(report.metrics.diskReadBytesPerSecond!.avg).toBe(1000);
    expect(report.totals).toEqual({ diskReadBytes: 100_000, diskWriteBytes: 200_000, networkReceiveBytes: 300_000, networkTransmitBytes: 400_000 });
    expect(report.cores.map((c) => c.peak)).toEqual([99, 99, 0, 100]);
    expect(report.warnings).toEqual([]);
  });

  it('warns for each threshold the peaks crossed, and only those', () => {
    const report = aggregate(log(100), { name: 'build', thresholds: { loadPerCore: 0.9, memoryPercent: 95, diskPercent: 60 }, context });
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toBe('Load per core peaked at 0.99 (load 3.96 on 4 cores), above load-warn 0.9.');
    expect(report.warnings[1]).toMatch(/^Memory use peaked at 99\.0% of 16\.0 GiB, above memory-warn 95%\.$/);
  });

  it('merges top processes by name and keeps the stop reason and damaged lines', () => {
    const input = log(3);
    input.samples[0]!.procs = [[10, 'cc1plus', 95, 200e6], [11, 'node', 20, 80e6]];
    input.samples[2]!.procs = [[12, 'cc1plus', 99, 150e6]];
    input.events.push({ kind: 'stop', t: 5, message: 'stopped by SIGTERM' });
    input.damagedLines = 1;
    const report = aggregate(input, { name: 'b', thresholds: {}, context });
    expect(report.processes).toEqual([
      { name: 'cc1plus', peakCpuPercent: 99, peakRssBytes: 200e6, seen: 2 },
      { name: 'node', peakCpuPercent: 20, peakRssBytes: 80e6, seen: 1 },
    ]);
    expect(report.sampler).toEqual({ stopReason: 'stopped by SIGTERM', errors: [], damagedLines: 1 });
  });
});

describe('baseline', () => {
  const report = (durationMs: number, cpuPeak: number): PerfReport => {
    const r = aggregate(log(10, () => cpuPeak), { name: 'b', thresholds: {}, context });
    r.durationMs = durationMs;
    return r;
  };

  it('flags measures more than 1.5× the baseline', () => {
    const comparison = compareWithBaseline(report(160_000, 40), report(100_000, 40), 'old.json');
    const duration = comparison.rows.find((r) => r.measure === 'duration')!;
    expect(duration).toMatchObject({ baseline: 100_000, current: 160_000, regression: true });
    expect(duration.ratio).toBeCloseTo(1.6);
    expect(comparison.rows.find((r) => r.measure === 'peak CPU')!.regression).toBe(false);
  });

  it('exactly 1.5× is not yet a regression', () => {
    expect(compareWithBaseline(report(150_000, 40), report(100_000, 40), 'old.json').rows.some((r) => r.regression)).toBe(false);
  });
});

describe('rendering', () => {
  it('elapsed labels', () => {
    expect(elapsedLabel(0)).toBe('0:00');
    expect(elapsedLabel(65_000)).toBe('1:05');
    expect(elapsedLabel(3_725_000)).toBe('1:02:05');
  });

  it('chart series keep each bucket’s peak and stay within the point budget', () => {
    const samples = log(1000, (i) => (i === 500 ? 100 : 10)).samples;
    const series = chartSeries(samples, (s) => s.cpu, 0);
    expect(series.values).toHaveLength(CHART_POINTS);
    expect(series.labels).toHaveLength(CHART_POINTS);
    expect(Math.max(...series.values)).toBe(100);
    expect(series.labels[0]).toBe('0:01');
  });

  it('a 6-hour job at 1 s renders a summary far under the 1 MiB limit', () => {
    const big = log(6 * 3600);
    const report = aggregate(big, { name: 'build', thresholds: { memoryPercent: 50 }, context });
    const markdown = renderReportMarkdown(report, big.samples, big.header, { charts: true, runUrl: 'https://github.com/acme/speech/actions/runs/77' });
    expect(markdown.length).toBeLessThan(20_000);
    expect(markdown.match(/```mermaid/g)).toHaveLength(3);
    expect(markdown).toContain('| metric | avg | p95 | peak |');
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toContain('xychart-beta');
    expect(markdown).toContain('6h 0m 0s'); // the duration, as formatDuration gives it
  });

  it('the comment body starts with its hidden marker', () => {
    const small = log(5);
    const report = aggregate(small, { name: 'build', thresholds: {}, context });
    const body = renderReportMarkdown(report, small.samples, small.header, { charts: false, marker: commentMarker('build') });
    expect(body.startsWith('<!-- runner-kit:perf-monitor:build -->\n')).toBe(true);
    expect(body).not.toContain('```mermaid');
    expect(commentMarker('a--b')).toBe('<!-- runner-kit:perf-monitor:a-b -->'); // `--` would end the HTML comment
  });

  it('CSV has a row per sample and a column per core', () => {
    const small = log(3);
    const lines = renderCsv(small.samples, small.header).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'time,elapsed_s,cpu_percent,iowait_percent,steal_percent,load1,memory_used_bytes,memory_available_bytes,swap_used_bytes,disk_used_bytes,disk_read_bytes_per_s,disk_write_bytes_per_s,net_rx_bytes_per_s,net_tx_bytes_per_s,cpu0_percent,cpu1_percent,cpu2_percent,cpu3_percent',
    );
    expect(lines[2]!.split(',')).toHaveLength(18);
    expect(lines[2]!.startsWith('1970-01-01T00:00:02.000Z,2,1,,,0.04,')).toBe(true);
  });
});

describe('samples file', () => {
  it('reads header, samples and events; a line cut off by a kill is counted, not fatal', () => {
    const text = [JSON.stringify(header(5)), '{"t":6,"dt":1,"cpu":10}', '{"kind":"error","t":7,"message":"net/dev: EACCES"}', '{"t":8,"dt":1,"cp'].join('\n');
    const parsed = parseSampleLog(text);
    expect(parsed.header?.startedAt).toBe(5);
    expect(parsed.samples).toEqual([{ t: 6, dt: 1, cpu: 10 }]);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.damagedLines).toBe(1);
  });
});

describe('Pushgateway', () => {
  it('grouping values with slashes, spaces or nothing use the base64 form', () => {
    expect(groupingSegment('job', 'build')).toBe('job/build');
    expect(groupingSegment('repository', 'acme/speech')).toBe(`repository@base64/${Buffer.from('acme/speech').toString('base64url')}`);
    expect(groupingSegment('runner', 'gpu box 1')).toBe(`runner@base64/${Buffer.from('gpu box 1').toString('base64url')}`);
    expect(groupingSegment('workflow', '')).toBe('workflow@base64/=');
    expect(groupingSegment('job', 'a?b#c')).toBe('job/a%3Fb%23c');
  });

  it('the push URL keeps a path prefix and drops credentials', () => {
    const report = aggregate(log(2), { name: 'build', thresholds: {}, context });
    const url = pushUrl('https://user:secret@metrics.example/pgw/', reportGrouping(report));
    expect(url.startsWith('https://metrics.example/pgw/metrics/job/build/repository@base64/')).toBe(true);
    expect(url).not.toContain('secret');
    expect(url).toContain('/run_id/77/');
  });

  it('exposition format: HELP and TYPE once per metric, a stat label per value', () => {
    const report = aggregate(log(10), { name: 'build', thresholds: {}, context });
    const text = renderExposition(report);
    expect(text).toContain('# TYPE runner_kit_perf_cpu_percent gauge\n');
    expect(text).toContain('runner_kit_perf_cpu_percent{stat="peak"} 9\n');
    expect(text).toContain('runner_kit_perf_disk_read_bytes 10000\n');
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) [a-z_0-9]+ .+|[a-z_0-9]+(\{stat="(avg|p95|peak)"\})? -?[\d.e+]+)$/);
  });
});
