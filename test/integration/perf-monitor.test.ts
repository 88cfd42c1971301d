import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PerfReport } from '../../packages/core/src/perf/aggregate.ts';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { startCommentsServer, type CommentsServer } from '../fixtures/perf/comments-server.ts';
import { startPushgateway, type Pushgateway } from '../fixtures/pushgateway.ts';
import { makeRunnerDirs, node24, runAction, type ActionRun, type StepResult } from '../harness/index.ts';

// Thresholds off unless a test is about them: other work on this machine must not decide a test.
const QUIET = { 'load-warn': 'off', 'memory-warn': 'off', 'disk-warn': 'off' };
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

let burnerPid: number | undefined;

/** Keeps one core busy for `ms`, in a child process like a job's compiler would. */
function burnCpu(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end) {}`], { stdio: 'ignore' });
    burnerPid = child.pid;
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

const samplerOf = (main: StepResult): StartedProcess => (JSON.parse(main.state['perf-monitor']!) as { sampler: StartedProcess }).sampler;
const reportOf = (step: StepResult): PerfReport => JSON.parse(readFileSync(step.outputs['report-json']!, 'utf8')) as PerfReport;
const warnings = (step: StepResult | undefined) => (step?.annotations ?? []).filter((a) => a.command === 'warning').map((a) => a.message);

async function run(options: Parameters<typeof runAction>[1] = {}): Promise<ActionRun> {
  const result = await runAction('perf-monitor', options);
  roots.push(result.dirs.root);
  return result;
}

describe('perf-monitor through the runner protocol', () => {
  it('samples the whole job in the background and reports it in post, leaving no process behind', async () => {
    let samplerDuringJob: StartedProcess | undefined;
    const { main, post } = await run({
      inputs: { interval: '0.2', processes: '10', ...QUIET },
      between: async ({ main: started }) => {
        samplerDuringJob = samplerOf(started);
        expect(isRunning(samplerDuringJob)).toBe(true); // main returned, the sampler goes on
        await burnCpu(2500);
      },
    });
    expect(main.exitCode).toBe(0);
    expect(main.durationMs).toBeLessThan(5000); // returns at once, never waits for the job
    expect(main.outputs['report-dir']).toBeTruthy();
    expect(post!.exitCode).toBe(0);
    expect(isRunning(samplerDuringJob!)).toBe(false);
    expect(post!.stdout).toContain(`Sampler (pid ${samplerDuringJob!.pid}) terminated.`);

    const report = reportOf(post!);
    expect(report.samples).toBeGreaterThanOrEqual(8);
    expect(report.durationMs).toBeGreaterThanOrEqual(2500);
    // One of the machine's cores was kept busy for most of the job.
    expect(report.metrics.cpuPercent!.peak).toBeGreaterThanOrEqual((100 / os.cpus().length) * 0.6);
    // The busy child is among the top processes, named by its command line (Node 24's comm is `MainThread`).
    const sampled = readFileSync(post!.outputs['samples-file']!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { procs?: [number, string, number, number][] });
    const busy = sampled.flatMap((s) => s.procs ?? []).filter(([pid]) => pid === burnerPid);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...busy.map(([, , cpu]) => cpu))).toBeGreaterThanOrEqual(10); // shares 2 cores with whatever else runs here
    expect(busy[0]![1]).toBe('node');
    expect(warnings(post)).toEqual([]);

    const summary = post!.summary;
    expect(summary).toContain('### ✅ perf-monitor: test-job');
    expect(summary).toContain('| metric | avg | p95 | peak |');
    // CPU, memory and load: each a chart, or one line when it did not move (a machine kept busy by others).
    expect((summary.match(/^xychart-beta$/gm) ?? []).length + (summary.match(/ throughout \(no chart\)\.$/gm) ?? []).length).toBe(3);
    expect(summary).toContain('| CPU (all cores) |');
    for (const name of ['report-json', 'report-md', 'report-csv', 'samples-file']) expect(existsSync(post!.outputs[name]!)).toBe(true);
    expect(path.dirname(post!.outputs['report-json']!)).toBe(main.outputs['report-dir']);
    expect(readFileSync(post!.outputs['report-csv']!, 'utf8').split('\n')[0]).toMatch(/^time,elapsed_s,cpu_percent,/);
  });

  it('mode: stop in a later step reports early; the post step does not report twice', async () => {
    let stop: ActionRun | undefined;
    const dirs = makeRunnerDirs();
    const { main, post } = await run({
      dirs,
      inputs: { interval: '0.2', ...QUIET },
      between: async () => {
        await burnCpu(600);
        stop = await run({ dirs, inputs: { mode: 'stop' } });
      },
    });
    expect(main.exitCode).toBe(0);
    expect(stop!.main.exitCode).toBe(0);
    expect(stop!.main.summary).toContain('| metric | avg | p95 | peak |');
    expect(stop!.main.outputs['report-dir']).toBe(main.outputs['report-dir']);
    expect(reportOf(stop!.main).samples).toBeGreaterThanOrEqual(2);
    expect(isRunning(samplerOf(main))).toBe(false);
    expect(stop!.post!.exitCode).toBe(0); // the stop step's own post has nothing to do
    expect(post!.exitCode).toBe(0);
    expect(post!.summary).toBe('');
    expect(post!.stdout).toContain('already reported by a step with mode: stop');
  });

  it('mode: stop without a started sampler warns and does not fail', async () => {
    const { main } = await run({ inputs: { mode: 'stop' } });
    expect(main.exitCode).toBe(0);
    expect(warnings(main)[0]).toContain('mode: stop found no sampler started earlier in this job');
  });

  it('a post step whose main failed (no sampler) succeeds quietly', async () => {
    const { main, post } = await run({ inputs: { interval: 'fast' } });
    expect(main.exitCode).toBe(1);
    expect(post!.exitCode).toBe(0);
    expect(warnings(post)).toEqual([]);
    expect(post!.summary).toBe('');
    expect(post!.stdout).toContain('this step started no sampler');
  });

  it.each([
    [{ interval: 'fast' }, "Input 'interval' has the value 'fast'; expected a number from 0.1 to 3600."],
    [{ interval: '0' }, "Input 'interval' has the value '0'; expected a number from 0.1 to 3600."],
    [{ mode: 'pause' }, "Input 'mode' has the value 'pause'; expected one of start, stop."],
    [{ processes: 'lots' }, "Input 'processes' has the value 'lots'; expected true or false."],
    [{ 'memory-warn': '150' }, "Input 'memory-warn' has the value '150'; expected a number from 0 to 100, or off."],
    [{ 'pushgateway-url': 'ftp://metrics' }, "Input 'pushgateway-url' has the value 'ftp://metrics'; expected an http:// or https:// URL"],
    [{ 'comment-on-pr': 'yes' }, "Input 'comment-on-pr' has the value 'yes'; expected true or false."],
    [{ 'report-name': 'a/b' }, "Input 'report-name' has the value 'a/b'"],
  ])('rejects %p naming the input', async (inputs, message) => {
    const { main, post } = await run({ inputs });
    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(post!.exitCode).toBe(0);
  });

  it('warns for crossed thresholds and flags a regression against the baseline', async () => {
    const dirs = makeRunnerDirs();
    roots.push(dirs.root);
    const baseline: Partial<PerfReport> = { kind: 'runner-kit-perf-report', version: 1, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 100, metrics: { cpuPercent: { avg: 1, p95: 1, peak: 1 } } };
    writeFileSync(path.join(dirs.workspace, 'baseline.json'), JSON.stringify(baseline));
    const { post } = await run({ dirs, inputs: { interval: '0.2', ...QUIET, 'memory-warn': '0', baseline: 'baseline.json' }, between: () => burnCpu(800) });
    expect(post!.exitCode).toBe(0);
    const messages = warnings(post);
    expect(messages.some((m) => /^perf-monitor: Memory use peaked at [\d.]+% of [\d.]+ GiB, above memory-warn 0%\.$/.test(m))).toBe(true);
    expect(messages).toContain(`perf-monitor: duration regressed to ${(reportOf(post!).durationMs / 100).toFixed(2)}× the baseline.`);
    expect(post!.outputs['regression']).toBe('true');
    expect(post!.summary).toContain('### ⚠️ perf-monitor');
    expect(post!.summary).toContain('> Regression: duration is');
    expect(post!.summary).toContain('| measure | baseline | this run | change |');
  });

  it('a missing baseline (first run) is no problem', async () => {
    const { post } = await run({ inputs: { interval: '0.2', ...QUIET, baseline: 'no-such/perf-report.json' } });
    expect(post!.exitCode).toBe(0);
    expect(warnings(post)).toEqual([]);
    expect(post!.stdout).toContain('No baseline at');
  });
});

describe('perf-monitor PR comment against a loopback REST server', () => {
  const token = 'ghs_perfTestToken123';
  let server: CommentsServer;
  let eventDir: string;
  beforeAll(async () => {
    server = await startCommentsServer(token);
    eventDir = mkdtempSync(path.join(os.tmpdir(), 'perf-event-'));
    roots.push(eventDir);
  });
  afterAll(() => server.close());

  const prEnv = (number: number): Record<string, string> => {
    const file = path.join(eventDir, `pr-${number}.json`);
    writeFileSync(file, JSON.stringify({ action: 'synchronize', number, pull_request: { number } }));
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/speech', GITHUB_TOKEN: token };
  };

  it('updates its own comment in place, found on a later page, and keeps the token out of the sampler', async () => {
    const marker = '<!-- runner-kit:perf-monitor:test-job -->';
    server.seed(7, Array.from({ length: 130 }, (_, i) => (i === 115 ? `${marker}\nold report` : `unrelated comment ${i}`)));
    let samplerEnv = '';
    const { post } = await run({
      env: prEnv(7),
      inputs: { interval: '0.2', ...QUIET, 'comment-on-pr': 'true' },
      between: async ({ main }) => {
        samplerEnv = readFileSync(`/proc/${samplerOf(main).pid}/environ`, 'utf8');
      },
    });
    expect(post!.exitCode).toBe(0);
    expect(warnings(post)).toEqual([]);
    expect(samplerEnv).not.toContain(token);
    expect(samplerEnv).not.toContain('INPUT_');
    expect(post!.masks).toContain(token);
    expect(post!.stdout.replace(`::add-mask::${token}`, '')).not.toContain(token);
    const comments = server.comments(7);
    expect(comments).toHaveLength(130); // none added
    expect(comments[115]!.body).toMatch(/^<!-- runner-kit:perf-monitor:test-job -->\n### ✅ perf-monitor: test-job/);
    expect(comments[115]!.body).toContain('| metric | avg | p95 | peak |');
    // Besides the step timeline's request for this job's steps (this fake has none: a notice).
    const commentRequests = server.requests.filter((r) => !r.pathname.includes('/actions/runs/'));
    expect(commentRequests.filter((r) => r.method === 'GET').map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(post!.stdout).toContain('Updated the report comment on pull request #7');
  });

  it('creates the comment when there is none, then updates that one on the next run', async () => {
    server.requests.length = 0;
    const inputs = { interval: '0.2', ...QUIET, 'comment-on-pr': 'true' };
    await run({ env: prEnv(8), inputs });
    await run({ env: prEnv(8), inputs });
    expect(server.comments(8)).toHaveLength(1);
    expect(server.requests.map((r) => r.method).filter((m) => m !== 'GET')).toEqual(['POST', 'PATCH']);
  });

  it('an API failure is a warning naming the permission, never a failed job', async () => {
    server.failWith(403);
    try {
      const { post } = await run({ env: prEnv(9), inputs: { interval: '0.2', ...QUIET, 'comment-on-pr': 'true' } });
      expect(post!.exitCode).toBe(0);
      expect(warnings(post)).toEqual([
        'perf-monitor: could not comment on pull request #9: HTTP 403 (Resource not accessible by integration). The token needs pull-requests: write (pull requests from forks get a read-only token).',
      ]);
    } finally {
      server.failWith(0);
    }
  });

  it('on a push event it does not comment', async () => {
    server.requests.length = 0;
    const { post } = await run({ env: { ...prEnv(10), GITHUB_EVENT_NAME: 'push' }, inputs: { interval: '0.2', ...QUIET, 'comment-on-pr': 'true' } });
    expect(post!.exitCode).toBe(0);
    expect(server.requests.filter((r) => !r.pathname.includes('/actions/runs/'))).toEqual([]);
    expect(post!.stdout).toContain('comment-on-pr: this is a push event, not a pull request; no comment.');
  });
});

describe('perf-monitor Pushgateway push against a real prometheus-pushgateway', () => {
  let gateway: Pushgateway;
  beforeAll(async () => {
    gateway = await startPushgateway();
  });
  afterAll(() => gateway?.stop());

  it('pushes the aggregates with grouping labels that survive slashes and spaces', async () => {
    const { post } = await run({
      env: { RUNNER_NAME: 'runner kit 1', GITHUB_WORKFLOW: 'CI / build' },
      inputs: { interval: '0.2', ...QUIET, 'pushgateway-url': gateway.url, 'report-name': 'build-linux' },
      between: () => burnCpu(500),
    });
    expect(post!.exitCode).toBe(0);
    expect(warnings(post)).toEqual([]);
    const report = reportOf(post!);
    const metrics = await gateway.metrics();
    const line = metrics.split('\n').find((l) => l.startsWith('runner_kit_perf_cpu_percent{') && l.includes('stat="peak"') && l.includes('job="build-linux"'));
    expect(line).toBeDefined();
    for (const label of ['job="build-linux"', 'repository="octo-org/octo-repo"', 'workflow="CI / build"', 'run_id="1000"', 'runner="runner kit 1"']) expect(line).toContain(label);
    expect(Number(line!.split(' ').at(-1))).toBeCloseTo(report.metrics.cpuPercent!.peak, 1);
    expect(metrics).toMatch(/runner_kit_perf_duration_seconds\{[^}]*job="build-linux"[^}]*\} [\d.e+]+/);
  });

  it('an unreachable gateway is a warning, never a failed job', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { post } = await run({ inputs: { interval: '0.2', ...QUIET, 'pushgateway-url': `http://127.0.0.1:${port}` } });
    expect(post!.exitCode).toBe(0);
    expect(warnings(post)[0]).toMatch(/^perf-monitor: pushing to the Pushgateway failed: .*ECONNREFUSED/);
  });
});
