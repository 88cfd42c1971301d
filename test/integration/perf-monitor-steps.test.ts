import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PerfReport } from '../../packages/core/src/perf/aggregate.ts';
import { jobWithSteps, startGitHubApiServer, type GitHubApiServer } from '../fixtures/github-api-server.ts';
import { makeRunnerDirs, node24, runAction, type ActionRun } from '../harness/index.ts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

// perf-monitor's step timeline through the runner protocol, against the REST-shaped fake: the job's
// steps are published by the fake with the times the job really spent in them.
let api: GitHubApiServer;
const roots: string[] = [];
beforeAll(async () => {
  api = await startGitHubApiServer();
});
beforeEach(() => api.reset());
afterAll(async () => {
  await api.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function burn(ms: number): Promise<void> {
  const child = spawn(node24, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end) {}`], { stdio: 'ignore' });
  await once(child, 'exit');
}

/** A job whose `Build` step burns a core for 1.2 s and whose `Test` step waits 1 s, published as the API would list them. */
async function runJob(inputs: Record<string, string> = {}, dirs = makeRunnerDirs()): Promise<{ run: ActionRun; windows: Record<string, [number, number]> }> {
  roots.push(dirs.root);
  const windows: Record<string, [number, number]> = {};
  const run = await runAction('perf-monitor', {
    dirs,
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/speech', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', RUNNER_NAME: 'runner-7' },
    inputs: { interval: '0.25', 'load-warn': 'off', 'memory-warn': 'off', 'disk-warn': 'off', 'github-token': 'test-token', ...inputs },
    between: async () => {
      const started = Date.now();
      await burn(1200);
      windows['Build'] = [started, Date.now()];
      const testStarted = Date.now();
      await sleep(1000);
      windows['Test'] = [testStarted, Date.now()];
      api.setAttemptJobs(42, 1, [
        jobWithSteps({ runId: 42, name: 'lint', runnerName: 'runner-3', steps: [] }),
        jobWithSteps({
          runId: 42,
          name: 'test-job (linux)',
          runnerName: 'runner-7',
          steps: [
            { name: 'Set up job', startedAt: started - 9000, completedAt: started - 8000 },
            { name: 'Run perf-monitor', startedAt: started - 8000, completedAt: started },
            { name: 'Build', startedAt: windows['Build'][0], completedAt: windows['Build'][1] },
            { name: 'Test', startedAt: windows['Test'][0], completedAt: windows['Test'][1] },
            { name: 'Post Run perf-monitor', startedAt: Date.now() },
          ],
        }),
      ]);
    },
  });
  return { run, windows };
}

describe('perf-monitor step timeline', () => {
  it("shows the job's steps as a gantt and a table, with files and outputs", async () => {
    const { run, windows } = await runJob();
    const post = run.post!;
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain("Found this job as 'test-job (linux)' (by runner_name runner-7, in progress): 5 steps.");
    expect(post.summary).toContain('```mermaid\ngantt\n  title Steps of test-job (linux)\n  dateFormat x');
    expect(post.summary).toMatch(/\| # \| step \| duration \| CPU avg \(host\) \|/);
    expect(post.summary).toMatch(/\| 3 \| Build \| [\d.]+ s \| \d+\.\d% \| \d+\.\d% \|/);
    expect(post.summary).toContain('| 1 | Set up job | 1.00 s | — | — | — | — / — | — / — |'); // before sampling began

    const report = JSON.parse(readFileSync(post.outputs['report-json']!, 'utf8')) as PerfReport;
    const build = report.steps!.items.find((s) => s.name === 'Build')!;
    expect(build.durationMs).toBe(windows['Build']![1] - windows['Build']![0]);
    expect(build.cpuAvg).toBeGreaterThan(0);
    expect(report.steps!.items.find((s) => s.name === 'Post Run perf-monitor')!.open).toBe(true);
    expect(post.outputs['slowest-step']).toBe('Run perf-monitor'); // 8 s, as the API says
    expect(existsSync(post.outputs['steps-json']!)).toBe(true);
    const csv = readFileSync(path.join(post.outputs['report-dir']!, 'perf-steps.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('number,name,conclusion,started_at,ended_at,duration_s,cpu_avg_percent,cpu_peak_percent,memory_peak_bytes,disk_read_bytes,disk_written_bytes,net_rx_bytes,net_tx_bytes');
    expect(csv.some((line) => line.startsWith('3,Build,success,'))).toBe(true);
  });

  it('names the step that regressed against a baseline with renamed and added steps', async () => {
    const dirs = makeRunnerDirs();
    const baselineSteps = [
      { number: 1, name: 'Set up job', conclusion: 'success', startedAt: 0, endedAt: 500, durationMs: 500, open: false },
      { number: 2, name: 'Compile', conclusion: 'success', startedAt: 500, endedAt: 1500, durationMs: 1000, open: false },
    ];
    const baseline: Partial<PerfReport> = { kind: 'runner-kit-perf-report', version: 1, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1e9, metrics: {}, steps: { jobName: 'test-job', rule: 'x', items: baselineSteps } };
    writeFileSync(path.join(dirs.workspace, 'baseline.json'), JSON.stringify(baseline));
    const { run } = await runJob({ baseline: 'baseline.json', 'regression-threshold': '50%' }, dirs);
    const post = run.post!;
    expect(post.outputs['regression']).toBe('true');
    const warnings = post.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    // `Run perf-monitor` took the renamed `Compile`'s place (by position): 8 s against 1 s; `Build` and `Test` are new.
    expect(warnings).toContainEqual("perf-monitor: step 'Run perf-monitor' (was 'Compile') took 8.00 s vs 1.00 s (+700%)");
    expect(post.summary).toContain("> Regression: step 'Run perf-monitor' (was 'Compile') took");
  });

  it('without API access the report still comes out, with a notice saying why', async () => {
    const dirs = makeRunnerDirs();
    roots.push(dirs.root);
    api.failWith('/repos/acme/speech/actions/runs/42/attempts/1/jobs', { status: 403, message: 'Resource not accessible by integration' });
    const run = await runAction('perf-monitor', {
      dirs,
      env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/speech', GITHUB_RUN_ID: '42', RUNNER_NAME: 'runner-7' },
      inputs: { interval: '0.25', 'load-warn': 'off', 'memory-warn': 'off', 'disk-warn': 'off', 'github-token': 'test-token' },
      between: () => sleep(600),
    });
    const post = run.post!;
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('> [!NOTE]\n> No step timeline: the Actions API answered HTTP 403 (Resource not accessible by integration). The token needs `actions: read`');
    expect(post.summary).toContain('| metric | avg | p95 | peak |');
    expect(post.outputs['steps-json']).toBe('');
    expect(post.annotations.filter((a) => a.command === 'warning' || a.command === 'error')).toEqual([]);
  });
});
