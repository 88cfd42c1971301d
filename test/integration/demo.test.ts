import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { mermaidBlocks, SummaryRenderer, type Summary } from '../../packages/dev/src/summary-render.ts';
import { node24, repoRoot } from '../harness/index.ts';

// Every demo writes its job summaries here (--summaries); the last test renders them all.
const summariesDir = mkdtempSync(path.join(os.tmpdir(), 'rk-demo-summaries-'));
afterAll(() => rmSync(summariesDir, { recursive: true, force: true }));

/** `npm run demo <names…>`, under real Node 24. */
function demo(names: string[], timeoutMs: number, env: Record<string, string> = {}) {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const summaries = ['--summaries', path.join(summariesDir, names.join('+') || 'all')];
  return spawnSync(node24, [tsx, path.join(repoRoot, 'packages', 'dev', 'src', 'demo.ts'), ...summaries, ...names], { cwd: repoRoot, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env } });
}

/** The summaries the demos above wrote. */
function writtenSummaries(): Summary[] {
  return readdirSync(summariesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ name: file, markdown: readFileSync(path.join(summariesDir, file), 'utf8') }));
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
  expect(result.stdout).toContain('│ | model | source | size | time |');
  expect(result.stdout).toMatch(/│ - `vosk-model-small-en-us-0\.15` → `[^`]+`/);
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
  expect(result.stdout).toMatch(/screenshot of :\d+ saved on the runner as `display-\d+-post\.png`/);
  expect(result.stdout).toMatch(/XDG_CURRENT_DESKTOP → x11 \w+/);
  expect(result.stdout).toContain('IsEnabled → true');
  expect(result.stdout).toMatch(/display-\d+-video\.mp4/);
  expect(result.stdout).toContain('│   uses: actions/upload-artifact@v4');
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

it('every summary the demos wrote renders as GitHub shows it: Mermaid draws each chart in both themes without error, NaN or folded x positions, and every table has its headers', async () => {
  const summaries = writtenSummaries();
  // cache-key ×2, setup-vosk ×4 (+4 from the alias), health-gate ×4, perf-monitor ×2, headless-env ×4.
  expect(summaries.length).toBeGreaterThanOrEqual(20);
  const charts = summaries.flatMap((s) => mermaidBlocks(s.markdown));
  expect(charts.length).toBeGreaterThan(0);
  const renderer = await SummaryRenderer.launch();
  try {
    expect(await renderer.check(summaries)).toEqual([]);
    // The check can fail: a chart whose labels fold is caught.
    const folded = 'xychart-beta\n  x-axis "t" ["0:01", "0:01", "0:02"]\n  y-axis "%" 0 --> 100\n  line [1, 50, 2]';
    expect(await renderer.check([{ name: 'folded', markdown: `\`\`\`mermaid\n${folded}\n\`\`\`\n\n| | b |\n| --- | --- |\n| 1 | 2 |\n` }])).toEqual([
      'folded: table 1 has an empty header in column 1',
      'folded, chart 1 (light): series 1: 3 values on 2 distinct x positions',
      'folded, chart 1 (dark): series 1: 3 values on 2 distinct x positions',
    ]);
    const broken = await renderer.check([{ name: 'broken', markdown: '```mermaid\nxychart-beta\n  line [1, x]\n```\n' }]);
    expect(broken).toHaveLength(2);
    expect(broken[0]).toMatch(/^broken, chart 1 \(light\): Mermaid: .*Parse error/s);
  } finally {
    await renderer.close();
  }
});

it('npm run demo with an unknown name lists the demos there are and exits 64', () => {
  const result = demo(['cache-kye'], 60_000);
  expect(result.status).toBe(64);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain("no demo named 'cache-kye'. Demos: cache-key, setup-vosk, health-gate, perf-monitor, headless-env, setup-vosk-cached");
});
