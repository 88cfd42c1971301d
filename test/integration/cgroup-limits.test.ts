import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { makeRunnerDirs, node24, repoRoot, runAction, type RunnerDirs, type StepResult } from '../harness/index.ts';
import { createLimitedCgroup, type LimitedCgroup } from '../fixtures/real-cgroup.ts';

// health-gate and perf-monitor inside a real cgroup limited to 1 GiB and half a CPU: what a
// `container:` job or an Actions Runner Controller pod looks like from inside.
const GiB = 2 ** 30;
const made = createLimitedCgroup('limits', { memoryBytes: GiB, cpuQuota: 0.5 });
const skip = 'skip' in made ? made.skip : undefined;
if (skip) console.warn(`cgroup-limits tests skipped: ${skip}`);
const cgroup = made as LimitedCgroup;
const inCgroup = skip ? it.skip : it;

const roots: RunnerDirs[] = [];
afterAll(async () => {
  for (const dirs of roots) rmSync(dirs.root, { recursive: true, force: true });
  if (!skip) await cgroup.remove();
});
function runnerDirs(): RunnerDirs {
  const dirs = makeRunnerDirs();
  roots.push(dirs);
  return dirs;
}

/** Runs a Node 24 one-liner inside the cgroup; resolves with its exit code and signal. */
async function runInCgroup(code: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(cgroup.wrapper[0]!, [...cgroup.wrapper.slice(1), node24, '-e', code], { stdio: 'ignore' });
  const [exitCode, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code: exitCode, signal };
}

/** Allocates (and touches) memory past the limit until the kernel's OOM killer ends it. */
const ALLOCATE_PAST_LIMIT = 'const kept = []; for (let i = 0; i < 40; i++) kept.push(Buffer.alloc(64 * 2 ** 20, 1)); console.log(kept.length);';

interface HealthJson {
  scope: string;
  score: number;
  cgroup?: { version: number; path: string; limits: { memoryBytes?: number; cpuQuota?: number; effectiveCpus: number }; usage: { oomKills?: number; recentOomKills: number }; limited: boolean };
  measures: { cpuCount: number; nodeCpuCount: number; memory: { totalBytes: number; availableBytes: number }; nodeMemory: { totalBytes: number } };
  findings: { measure: string; value: string; penalty: number }[];
  problems: string[];
}
const healthOf = (step: StepResult) => JSON.parse(step.outputs['report']!) as HealthJson;

describe('health-gate local in a 1 GiB / 0.5-CPU cgroup', () => {
  let holder: ChildProcess | undefined;
  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  inCgroup("judges memory and CPUs by the job's limits, the host's beside them", async () => {
    const dirs = runnerDirs();
    const { main } = await runAction('health-gate', { dirs, wrapper: cgroup.wrapper, inputs: { 'network-check': '' } });
    expect(main.exitCode).toBe(0);
    const report = healthOf(main);
    expect(report.scope).toBe('cgroup');
    expect(report.cgroup).toMatchObject({ version: cgroup.version, path: cgroup.path, limited: true, limits: { memoryBytes: GiB, cpuQuota: 0.5, effectiveCpus: 0.5 } });
    expect(report.measures.memory.totalBytes).toBeLessThanOrEqual(GiB);
    expect(report.measures.cpuCount).toBeLessThanOrEqual(1);
    expect(report.measures.nodeMemory.totalBytes).toBeGreaterThan(GiB);
    expect(main.summary).toContain(`Measured: job (cgroup v${cgroup.version} ${cgroup.path}: 1.0 GiB, 0.5 CPU) on a host with`);
    expect(report.findings.find((f) => f.measure === 'memory available')!.value).toContain("of the job's 1.0 GiB limit");
  });

  inCgroup('sees the limit nearly used up by another process of the job', async () => {
    // 900 MiB held by a process in the same cgroup, as a test runner beside the gate would.
    holder = spawn(cgroup.wrapper[0]!, [...cgroup.wrapper.slice(1), node24, '-e', "const b = Buffer.alloc(900 * 2 ** 20, 1); console.log('held'); setInterval(() => b[0]++, 1000);"], { stdio: ['ignore', 'pipe', 'ignore'] });
    await once(holder.stdout!, 'data');
    const { main } = await runAction('health-gate', { dirs: runnerDirs(), wrapper: cgroup.wrapper, inputs: { 'network-check': '' } });
    const report = healthOf(main);
    expect(report.measures.memory.availableBytes).toBeLessThan(0.15 * GiB);
    const memory = report.findings.find((f) => f.measure === 'memory available')!;
    expect(memory.penalty).toBeGreaterThan(0);
    expect(report.problems.join('\n')).toContain("of the job's 1.0 GiB limit memory is available");
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    holder = undefined;
  });

  inCgroup('penalises a recent OOM kill in the cgroup, once per rise of the counter', async () => {
    const dirs = runnerDirs();
    const before = healthOf((await runAction('health-gate', { dirs, wrapper: cgroup.wrapper, inputs: { 'network-check': '' } })).main);
    const killed = await runInCgroup(ALLOCATE_PAST_LIMIT);
    expect(killed.signal).toBe('SIGKILL');
    const after = healthOf((await runAction('health-gate', { dirs, wrapper: cgroup.wrapper, inputs: { 'network-check': '' } })).main);
    expect(after.cgroup!.usage.oomKills).toBeGreaterThan(before.cgroup!.usage.oomKills ?? 0);
    expect(after.cgroup!.usage.recentOomKills).toBe(after.cgroup!.usage.oomKills);
    expect(after.findings.find((f) => f.measure === 'OOM kills in the cgroup')!.penalty).toBe(30);
    expect(after.problems.join('\n')).toMatch(/killed \d+ process(es)? of this cgroup for lack of memory/);
  });
});

describe('runner-kit health in a 1 GiB / 0.5-CPU cgroup', () => {
  /** The CLI bundle run inside the cgroup, as an admin's cron job in a container would. */
  function cliInCgroup(...args: string[]): Promise<{ stdout: string }> {
    return new Promise((resolve, reject) => {
      execFile(cgroup.wrapper[0]!, [...cgroup.wrapper.slice(1), node24, path.join(repoRoot, 'dist', 'cli', 'main', 'index.js'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout) =>
        // Exit 1 or 2 is a degraded or unhealthy score, not a failure to run.
        error && typeof error.code === 'number' && error.code > 2 ? reject(new Error(error.message, { cause: error })) : resolve({ stdout }),
      );
    });
  }

  inCgroup('shows the same job figures as the action, in JSON and in the table', async () => {
    const json = JSON.parse((await cliInCgroup('health', '--json', '--network-check', '')).stdout) as HealthJson;
    expect(json.scope).toBe('cgroup');
    expect(json.cgroup).toMatchObject({ version: cgroup.version, path: cgroup.path, limits: { memoryBytes: GiB, effectiveCpus: 0.5 } });
    const table = (await cliInCgroup('health', '--network-check', '')).stdout;
    expect(table).toContain(`Measured: job (cgroup v${cgroup.version} ${cgroup.path}: 1.0 GiB, 0.5 CPU) on a host with`);
  });
});

describe('perf-monitor in a 1 GiB / 0.5-CPU cgroup', () => {
  let report: { scope: string; job: { version: number; path: string; memoryLimitBytes: number; cpus: number; oomKills: number; throttledSeconds: number; throttledPeriods: number }; metrics: Record<string, { peak: number }> };
  let post: StepResult;

  beforeAll(async () => {
    if (skip) return;
    const run = await runAction('perf-monitor', {
      dirs: runnerDirs(),
      wrapper: cgroup.wrapper,
      inputs: { interval: '0.25', 'load-warn': 'off', 'disk-warn': 'off' },
      between: async () => {
        // A full core of work in a half-CPU quota, then a process that outgrows the limit.
        await runInCgroup('const end = Date.now() + 2500; while (Date.now() < end);');
        await runInCgroup(ALLOCATE_PAST_LIMIT);
        await new Promise((resolve) => setTimeout(resolve, 600)); // a sample after the kill
      },
    });
    expect(run.main.exitCode).toBe(0);
    post = run.post!;
    expect(post.exitCode).toBe(0);
    report = JSON.parse(readFileSync(post.outputs['report-json']!, 'utf8')) as typeof report;
  }, 90_000);

  inCgroup("reports CPU as % of the job's quota and the time it was throttled", () => {
    expect(report.scope).toBe('cgroup');
    expect(report.job).toMatchObject({ version: cgroup.version, path: cgroup.path, memoryLimitBytes: GiB, cpus: 0.5 });
    // The quota was used up: ≥ 70% of the job's half CPU, where of the host's cores it is ≤ 25%.
    expect(Number(post.outputs['cpu-peak'])).toBeGreaterThanOrEqual(70);
    expect(Number(post.outputs['cpu-peak'])).toBeLessThanOrEqual(100);
    expect(report.metrics['jobCpuPercent']!.peak).toBe(Number(post.outputs['cpu-peak']));
    // How long depends on how much CPU the busy host lets the burner have; that it was throttled does not.
    expect(Number(post.outputs['cpu-throttled-seconds'])).toBeGreaterThan(0);
    expect(report.job.throttledPeriods).toBeGreaterThan(0);
  });

  inCgroup('reports the OOM kill as an error annotation naming the peak, and in the outputs', () => {
    expect(Number(post.outputs['oom-kills'])).toBeGreaterThanOrEqual(1);
    const errors = post.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/OOM killer killed \d+ process(es)? of this job: it ran out of its 1\.0 GiB memory limit\. The working set peaked at/);
    expect(Number(post.outputs['memory-peak-bytes'])).toBeGreaterThan(0.5 * GiB);
    expect(Number(post.outputs['memory-peak-bytes'])).toBeLessThanOrEqual(GiB);
  });

  inCgroup('says which scope every figure is, in the summary', () => {
    expect(post.summary).toContain(`Measured: job (cgroup v${cgroup.version} \`${cgroup.path}\`: 1.0 GiB, 0.5 CPU) on a host with`);
    expect(post.summary).toContain("| CPU (job, % of its CPU limit) |");
    expect(post.summary).toContain('| CPU (all cores) — host |');
    expect(post.summary).toContain('> [!CAUTION]');
    expect(post.summary).toContain('CPU busy (job), % of its 0.5 CPU limit');
    expect(post.summary).toContain('Memory working set (job), of its 1.0 GiB limit');
    expect(post.summary).toContain('y-axis "memory (GiB)" 0 --> 1');
  });
});
