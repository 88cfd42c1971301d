import { describe, expect, it } from '@jest/globals';
import { aggregate } from '../../packages/core/src/perf/aggregate.ts';
import type { JobLimits } from '../../packages/core/src/perf/job-limits.ts';
import { oomKillMessage, renderReportMarkdown } from '../../packages/core/src/perf/render.ts';
import { replayRecording } from '../../packages/core/src/perf/replay.ts';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const CONTEXT = { repository: 'o/r', workflow: 'w', job: 'j', runId: '1', runAttempt: '1', runnerName: 'pod-1', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', eventName: 'push' };

/** A cgroup v2 frame: the host's CPU and memory, and the job's cgroup files as the recorder copies them. */
function frame(uptimeMs: number, job: { usageUsec: number; memory: number; inactive: number; oomKills: number; throttledUsec: number; throttled: number }): string {
  return [
    `@${uptimeMs}`,
    '=stat',
    `cpu  ${uptimeMs / 10} 0 0 ${uptimeMs} 0 0 0 0 0 0`,
    '=meminfo',
    `MemTotal: ${16 * 1024 * 1024} kB\nMemAvailable: ${12 * 1024 * 1024} kB`,
    '=cgroup memory:memory.current',
    String(job.memory),
    '=cgroup memory:memory.stat',
    `inactive_file ${job.inactive}`,
    '=cgroup memory:memory.events',
    `low 0\nhigh 0\nmax 3\noom 1\noom_kill ${job.oomKills}`,
    '=cgroup cpuacct:cpu.stat',
    `usage_usec ${job.usageUsec}\nuser_usec 0\nsystem_usec 0\nnr_periods 50\nnr_throttled ${job.throttled}\nthrottled_usec ${job.throttledUsec}`,
    '.',
  ].join('\n');
}

const JOB: JobLimits = { version: 2, path: '/kubepods/pod1/ctr', memoryLimitBytes: GiB, cpus: 0.5, cpuQuota: 0.5 };

describe("perf-monitor under a cgroup limit", () => {
  // Three frames 1 s apart: the job uses its whole half CPU, then a quarter of it; one OOM kill in between.
  const text = [
    'H 1 1000',
    frame(10_000, { usageUsec: 1_000_000, memory: 600 * MiB, inactive: 100 * MiB, oomKills: 2, throttledUsec: 0, throttled: 0 }),
    frame(11_000, { usageUsec: 1_500_000, memory: 1000 * MiB, inactive: 50 * MiB, oomKills: 2, throttledUsec: 400_000, throttled: 8 }),
    frame(12_000, { usageUsec: 1_625_000, memory: 300 * MiB, inactive: 50 * MiB, oomKills: 3, throttledUsec: 500_000, throttled: 10 }),
  ].join('\n');
  const log = replayRecording(text, { clock: { epochMs: 1_700_000_000_000, uptimeMs: 10_000 }, workspace: '/ws', intervalMs: 1000, topProcesses: 0, pageBytes: 4096, job: JOB });
  const report = aggregate(log, { name: 'job', thresholds: { memoryPercent: 90 }, context: CONTEXT });

  it("turns the recorded cgroup files into the job's CPU (% of its quota), working set, throttling and OOM counter", () => {
    expect(log.header?.job).toEqual(JOB);
    expect(log.samples.map((s) => [s.jobCpu, s.jobMem, s.jobThrottledMs, s.jobThrottledPeriods, s.jobOomKills])).toEqual([
      [undefined, 500 * MiB, undefined, undefined, 2],
      [100, 950 * MiB, 400, 8, 2],
      [25, 250 * MiB, 100, 2, 3],
    ]);
  });

  it("aggregates the job's figures: OOM kills gained during the job only, throttled time, peaks against the limit", () => {
    expect(report.scope).toBe('cgroup');
    expect(report.job).toEqual({ ...JOB, oomKills: 1, throttledSeconds: 0.5, throttledPeriods: 10 });
    expect(report.metrics.jobCpuPercent?.peak).toBe(100);
    expect(report.metrics.jobMemoryBytes?.peak).toBe(950 * MiB);
    expect(report.metrics.jobMemoryPercent?.peak).toBeCloseTo(92.77, 1);
    expect(report.warnings).toEqual([
      "The job's memory working set peaked at 92.8% of its 1.0 GiB limit, above memory-warn 90%.",
      "The job's CPU limit (0.5 CPU) held it back for 0.5 s (25% of the 2.00 s sampled, in 10 periods): it needs more CPU than it gets.",
    ]);
  });

  it('names the OOM kill, the limit and the peak, and says the scope of the figures', () => {
    expect(oomKillMessage(report)).toBe("The kernel's OOM killer killed 1 process of this job: it ran out of its 1.0 GiB memory limit. The working set peaked at 950.0 MiB in the samples (a spike between samples can be higher). Raise the limit (the pod's or container's memory) or make the job use less.");
    const markdown = renderReportMarkdown(report, log.samples, log.header, { charts: true });
    expect(markdown).toContain('Measured: job (cgroup v2 `/kubepods/pod1/ctr`: 1.0 GiB, 0.5 CPU) on a host with 1 core, 16.0 GiB');
    expect(markdown).toContain('> [!CAUTION]\n> The kernel');
    expect(markdown).toContain('| CPU (job, % of its CPU limit) |');
    expect(markdown).toContain('| Memory used — host |');
    expect(markdown).toContain('CPU busy (job), % of its 0.5 CPU limit');
  });

  it('without job limits the report is about the host, as before', () => {
    const host = replayRecording(text, { clock: { epochMs: 1_700_000_000_000, uptimeMs: 10_000 }, workspace: '/ws', intervalMs: 1000, topProcesses: 0, pageBytes: 4096 });
    expect(host.samples.some((s) => s.jobCpu !== undefined || s.jobMem !== undefined)).toBe(false);
    const hostReport = aggregate(host, { name: 'job', thresholds: { memoryPercent: 90 }, context: CONTEXT });
    expect(hostReport.scope).toBe('host');
    expect(hostReport.job).toBeUndefined();
    expect(oomKillMessage(hostReport)).toBeUndefined();
    expect(renderReportMarkdown(hostReport, host.samples, host.header, { charts: false })).toContain('Measured: host (1 core, 16.0 GiB)');
  });
});
