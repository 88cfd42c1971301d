import { describe, expect, it } from '@jest/globals';
import { aggregate } from '../../packages/core/src/perf/aggregate.ts';
import type { JobContext } from '../../packages/core/src/perf/config.ts';
import { CHART_POINTS, chartSeries, elapsedLabel, niceCeiling, renderCharts, renderReportMarkdown, timeLabels } from '../../packages/core/src/perf/render.ts';
import type { JobLimits } from '../../packages/core/src/perf/job-limits.ts';
import type { Sample, SampleHeader, SampleLog } from '../../packages/core/src/perf/samples.ts';

const GiB = 2 ** 30;
const context: JobContext = { repository: 'acme/speech', workflow: 'CI', job: 'build', runId: '7', runAttempt: '1', runnerName: 'box', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', eventName: 'push' };

/** A job of `count` samples `intervalMs` apart starting at t=0, CPU and memory from `shape`. */
function job(count: number, intervalMs: number, shape: (i: number) => { cpu: number; memGiB: number; load: number }, limits?: JobLimits): SampleLog {
  const header: SampleHeader = { kind: 'start', v: 1, startedAt: 0, intervalMs, cpuCount: 2, memTotalBytes: 24 * GiB, swapTotalBytes: 0, workspace: '/w', diskTotalBytes: 100 * GiB, pageBytes: 4096, ...(limits ? { job: limits } : {}) };
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const { cpu, memGiB, load } = shape(i);
    // The first sample has no rates yet (CPU needs two readings), as the sampler writes it.
    samples.push({ t: i * intervalMs + 40, dt: intervalMs, ...(i > 0 ? { cpu, ...(limits ? { jobCpu: cpu } : {}) } : {}), ...(limits ? { jobMem: memGiB * GiB } : {}), load1: load, memUsed: memGiB * GiB, memAvail: 0, swapUsed: 0, diskUsed: 50 * GiB, rd: 0, wr: i * 1000, rx: 0, tx: 0 });
  }
  return { header, samples, events: [], damagedLines: 0 };
}

const busy = (i: number) => ({ cpu: 20 + ((i * 37) % 70), memGiB: 0.5 + i * 0.01, load: 1 + i * 0.1 });

/** The x labels and the value lists of a rendered chart block. */
function parse(block: string): { title: string; labels: string[]; series: number[][]; yAxis: string } {
  const title = /^ {2}title "(.*)"$/m.exec(block)![1]!;
  const labels = JSON.parse(/^ {2}x-axis "[^"]*" (\[.*\])$/m.exec(block)![1]!) as string[];
  const series = [...block.matchAll(/^ {2}line (\[.*\])$/gm)].map((m) => JSON.parse(m[1]!) as number[]);
  return { title, labels, series, yAxis: /^ {2}y-axis (.*)$/m.exec(block)![1]! };
}

function charts(log: SampleLog): string[] {
  const report = aggregate(log, { name: 'build', thresholds: {}, context });
  return renderCharts(report, log.samples, log.header);
}

describe('perf-monitor charts', () => {
  it('a 6 s job at 0.5 s: three charts, one distinct label per value, on one time axis', () => {
    const blocks = charts(job(12, 500, busy));
    expect(blocks).toHaveLength(3);
    const parsed = blocks.map(parse);
    for (const chart of parsed) {
      expect(new Set(chart.labels).size).toBe(12);
      for (const values of chart.series) expect(values).toHaveLength(12);
    }
    // Every other label shows its time (twelve would crowd the axis); whole seconds tell them apart.
    expect(parsed[0]!.labels.filter((label) => /\d/.test(label))).toEqual(['0:00', '0:01', '0:02', '0:03', '0:04', '0:05']);
    expect(parsed[1]!.labels).toEqual(parsed[0]!.labels);
    expect(parsed[2]!.labels).toEqual(parsed[0]!.labels);
    // The CPU's first interval starts at the first sample: its value stands there too.
    expect(parsed[0]!.series[0]!.slice(0, 2)).toEqual([busy(1).cpu, busy(1).cpu]);
  });

  it('every chart has a title, axis titles with units and the palette', () => {
    for (const block of charts(job(12, 500, busy))) {
      expect(block).toContain('%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#');
      expect(block).toMatch(/^ {2}x-axis "time since start \(m:ss\)" \[/m);
      expect(block).toMatch(/^ {2}y-axis "[^"]+\([^)]+\)" 0 --> [\d.]+$/m);
    }
  });

  it('memory is drawn to its peak with headroom, not to the machine’s 24 GiB', () => {
    const memory = parse(charts(job(12, 500, busy))[1]!);
    expect(memory.yAxis).toBe('"memory (MiB)" 0 --> 800');
    expect(memory.title).toBe('Memory used (peak 624.6 MiB of 24.0 GiB)');
  });

  it('under a cgroup memory limit, memory is the job’s working set against the limit', () => {
    const memory = parse(charts(job(12, 500, busy, { version: 2, path: '/job', cpus: 1, memoryLimitBytes: 2 * GiB }))[1]!);
    expect(memory.yAxis).toBe('"memory (GiB)" 0 --> 2');
    expect(memory.title).toBe('Memory working set (job), of its 2.0 GiB limit');
  });

  it('the load chart has a legend line naming both colours', () => {
    const load = charts(job(12, 500, busy))[2]!;
    expect(parse(load).series[1]).toEqual(Array(12).fill(2));
    expect(load.split('\n').at(-1)).toBe('<sub>🟦 blue: load (1 min) · 🟧 orange: 2 cores: above it, processes wait for a CPU</sub>');
  });

  it('a measure that did not move gets one line instead of a flat chart', () => {
    const blocks = charts(job(12, 500, () => ({ cpu: 100, memGiB: 2.8, load: 12.35 })));
    expect(blocks).toEqual(['CPU stayed at 100.0% throughout (no chart).', 'Memory used stayed at 2.8 GiB throughout (no chart).', 'Load (1 min) stayed at 12.35 on 2 cores throughout (no chart).']);
    expect(charts(job(12, 500, (i) => ({ cpu: 99 + (i % 2) * 0.5, memGiB: 2.8, load: 12.35 })))[0]).toBe('CPU stayed between 99.0% and 99.5% throughout (no chart).');
  });

  it('a 6-hour job keeps at most CHART_POINTS points, its one-sample peak, and distinct labels', () => {
    const log = job(6 * 3600, 1000, (i) => ({ cpu: i === 9000 ? 97 : 10 + (i % 7), memGiB: 1, load: 1 }));
    const cpu = parse(charts(log)[0]!);
    expect(cpu.labels).toHaveLength(CHART_POINTS);
    expect(new Set(cpu.labels).size).toBe(CHART_POINTS);
    expect(Math.max(...cpu.series[0]!)).toBe(97);
    expect(Math.min(...cpu.series[0]!)).toBe(10);
    // Only as many labels show a time as fit side by side; the others are blank (zero-width spaces).
    const shown = cpu.labels.filter((label) => /\d/.test(label));
    expect(shown[0]).toBe('0:00');
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(shown.length).toBeLessThanOrEqual(12);
    expect(cpu.labels.filter((label) => !/\d/.test(label)).every((label) => /^\u200b+$/.test(label))).toBe(true);
    expect(charts(log)[0]).toContain('x-axis "time since start (h:mm:ss)"');
  });

  it('rows of zeros leave the metrics table for one line', () => {
    const log = job(12, 500, busy);
    const markdown = renderReportMarkdown(aggregate(log, { name: 'build', thresholds: {}, context }), log.samples, log.header, { charts: true });
    expect(markdown).not.toMatch(/^\| Network received \|/m);
    expect(markdown).toContain('Zero throughout: Swap used, Disk read, Network received, Network sent.');
  });
});

describe('time labels', () => {
  it('have the precision the step needs', () => {
    expect(elapsedLabel(1500, 1)).toBe('0:01.5');
    expect(elapsedLabel(3_725_250, 2)).toBe('1:02:05.25');
    expect(timeLabels(0, 3000, 4)).toEqual(['0:00', '0:01', '0:02', '0:03']);
    expect(timeLabels(0, 1500, 4)).toEqual(['0:00.0', '0:00.5', '0:01.0', '0:01.5']);
    expect(timeLabels(0, 90, 4)).toEqual(['0:00.00', '0:00.03', '0:00.06', '0:00.09']);
  });

  it('stay distinct for any span and count, and the ones that show a time fit side by side', () => {
    for (const [from, to, count] of [[40, 5540, 12], [0, 59_000, 60], [120, 7 * 3600_000 + 17, 60], [0, 1_000_999, 60], [5, 6, 2], [0, 700, 60]] as const) {
      const labels = timeLabels(from, to, count);
      expect(new Set(labels).size).toBe(count);
      const shown = labels.filter((label) => /\d/.test(label));
      expect(shown.length * Math.max(...shown.map((label) => label.length * 7.5 + 12))).toBeLessThanOrEqual(600);
    }
  });

  it('show tenths of a second where the shown labels are closer than a second', () => {
    expect(timeLabels(0, 2000, 5)).toEqual(['0:00.0', '0:00.5', '0:01.0', '0:01.5', '0:02.0']);
    // 11 samples over 4.8 s: every other label shows, and whole seconds tell those apart.
    expect(timeLabels(0, 4800, 11).filter((label) => /\d/.test(label))).toEqual(['0:00', '0:01', '0:02', '0:03', '0:04', '0:05']);
  });

  it('a series’ labels come from its samples’ times', () => {
    const log = job(4, 1000, busy);
    expect(chartSeries(log.samples, (s) => s.load1, 0).labels).toEqual(['0:00', '0:01', '0:02', '0:03']);
  });

  it('axis ends are round numbers', () => {
    expect([0.7, 1, 1.2, 2.3, 4, 7, 24, 130].map(niceCeiling)).toEqual([0.8, 1, 1.2, 2.5, 4, 8, 25, 150]);
  });
});
