import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { node24, repoRoot } from '../harness/index.ts';

/** `npm run demo <names…>`, under real Node 24. */
function demo(names: string[], timeoutMs: number, env: Record<string, string> = {}) {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return spawnSync(node24, [tsx, path.join(repoRoot, 'packages', 'dev', 'src', 'demo.ts'), ...names], { cwd: repoRoot, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env } });
}

it('npm run demo runs cache-key end to end and shows its outputs and summary', () => {
  const result = demo(['cache-key'], 60_000);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/key: npm-v1-Linux-X64-gpu\+linux\+self-hosted\+x64-test-job-m42f136f79983-[0-9a-f]{64}/);
  expect(result.stdout).toContain("WARNING: cache-key: no files matched the pattern 'requirments.txt'");
  expect(result.stdout).toContain('│ | segment | value |');
});

it('npm run demo runs setup-vosk on both runner kinds, showing each path a model can take', () => {
  const result = demo(['setup-vosk'], 120_000);
  expect(result.status).toBe(0);
  const sources = [...result.stdout.matchAll(/^ {2}source: (\S+)$/gm)].map((m) => m[1]);
  expect(sources).toEqual(['download', 'local-cache', 'download', 'actions-cache']);
  expect(result.stdout).toContain('│ | model | source | size | time | path |');
});

it('npm run demo runs health-gate locally and dispatches against a loopback API', () => {
  const result = demo(['health-gate'], 60_000);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^ {2}status: (healthy|degraded|unhealthy)$/m);
  const runsOn = [...result.stdout.matchAll(/^ {2}runs-on: (.+)$/gm)].map((m) => m[1]);
  expect(runsOn).toEqual(['["self-hosted","linux","x64"]', '"ubuntu-latest"', '"ubuntu-latest"']);
  expect(result.stdout).toContain('pull request from the fork stranger/octo-repo');
  expect(result.stdout).not.toContain('ghp_runnerkitDemoToken');
});

it('npm run demo runs headless-env: the stack up, used by later steps, a screenshot when the job failed', () => {
  const result = demo(['headless-env'], 120_000);
  expect(result.status).toBe(0);
  const rms = /RMS (\d+)/.exec(result.stdout);
  expect(Number(rms?.[1])).toBeGreaterThan(1000);
  expect(result.stdout).toContain('| 🔊 PulseAudio |');
  expect(result.stdout).toMatch(/screenshot of :\d+ saved to `[^`]+\.png`/);
});

it('npm run demo runs perf-monitor: a report, a regression against the first run, a Pushgateway push', () => {
  const result = demo(['perf-monitor'], 120_000);
  expect(result.status).toBe(0);
  expect([...result.stdout.matchAll(/^ {2}regression: (\w+)$/gm)].map((m) => m[1])).toEqual(['false', 'true']);
  expect(result.stdout).toContain('xychart-beta');
  expect(result.stdout).toMatch(/runner_kit_perf_cpu_percent\{[^}]*stat="p95"/);
});

it('npm run demo setup-vosk-cached runs the alias\'s demo and leaves nothing in the temp dir', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rk-demo-tmp-'));
  try {
    const result = demo(['setup-vosk-cached'], 120_000, { TMPDIR: tmp });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('==================== setup-vosk');
    // tsx-<uid> is tsx's compile cache, one per user and reused by every run: not the demo's.
    expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

it('npm run demo with an unknown name lists the demos there are and exits 64', () => {
  const result = demo(['cache-kye'], 60_000);
  expect(result.status).toBe(64);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain("no demo named 'cache-kye'. Demos: cache-key, setup-vosk, health-gate, perf-monitor, headless-env, setup-vosk-cached");
});
