import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FLEET_METRICS } from '../../packages/core/src/fleet/metrics.ts';
import { decideRunsOn, type DispatchConfig } from '../../packages/core/src/health/dispatch/decide.ts';
import { healthyRunnersQuery } from '../../packages/core/src/fleet/label-set.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { dispatchConfig, runner, startGitHubApiServer, type GitHubApiServer } from '../fixtures/github-api-server.ts';
import { freePort, requireTool, startExporter, startPrometheus, stopChild, waitFor, type RunningExporter, type RunningPrometheus } from '../fixtures/prometheus.ts';
import { makeRunnerDirs, node24, repoRoot, runAction } from '../harness/index.ts';

// A real Prometheus (Debian's `prometheus`) scrapes two real `runner-kit exporter`s on loopback:
// box-1 scores 100 (every weight 0), box-2 scores 40 (a missing cache path weighs 60). A process
// named Runner.Listener (a symlink to sleep) stands in for the runner service.
const RULES = path.join(repoRoot, 'monitoring', 'prometheus', 'runner-kit.rules.yml');
const MEASURES = ['loadPerCore', 'cpuPressurePercent', 'memoryAvailablePercent', 'swapUsedPercent', 'diskFreePercent', 'inodesFreePercent', 'runnerWorkers', 'oomKills', 'missingPath', 'network'];
const weights = (overrides: Record<string, number> = {}) => JSON.stringify(Object.fromEntries(MEASURES.map((measure) => [measure, { weight: overrides[measure] ?? 0 }])));
const TOKEN = 'ghs_fleetTestToken0123456789';
const quiet: Logger = { info: () => undefined, warning: () => undefined, debug: () => undefined };

let scratch: string;
let listener: ChildProcess | undefined;
let healthy: RunningExporter | undefined;
let unhealthy: RunningExporter | undefined;
let prometheus: RunningPrometheus | undefined;
let api: GitHubApiServer | undefined;

beforeAll(async () => {
  requireTool('prometheus');
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-fleet-'));
  const fake = path.join(scratch, 'Runner.Listener');
  symlinkSync('/bin/sleep', fake);
  listener = spawn(fake, ['600'], { stdio: 'ignore' });
  mkdirSync(path.join(scratch, 'models'));
  healthy = await startExporter(['--runner-name', 'box-1', '--labels', 'self-hosted,Linux,X64', '--workspace', scratch, '--thresholds', weights(), '--cache-dir', path.join(scratch, 'models'), '--cache-max-size', '1GB'], { RUNNER_TEMP: scratch });
  unhealthy = await startExporter(['--runner-name', 'box-2', '--labels', 'self-hosted, linux, gpu', '--workspace', scratch, '--cache-path', path.join(scratch, 'gone'), '--thresholds', weights({ missingPath: 60 })], { RUNNER_TEMP: scratch });
  prometheus = await startPrometheus([healthy.address, unhealthy.address], [RULES]);
  await prometheus.waitForTargetsUp(2);
  api = await startGitHubApiServer({ token: TOKEN });
}, 90_000);

afterAll(async () => {
  try {
    await prometheus?.stop();
  } finally {
    await Promise.all([healthy?.stop(), unhealthy?.stop(), listener ? stopChild(listener) : undefined, api?.close()]);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
});

const byRunner = (samples: { metric: Record<string, string>; value: [number, string] }[]) => Object.fromEntries(samples.map((s) => [s.metric['runner'] ?? s.metric['labels'] ?? '', Number(s.value[1])]));

describe('runner-kit exporter scraped by a real Prometheus', () => {
  it('the health score, status, labels, runner service, paths and model cache come back through the HTTP API', async () => {
    expect(byRunner(await prometheus!.query('runner_kit_health_score'))).toEqual({ 'box-1': 100, 'box-2': 40 });
    expect(byRunner(await prometheus!.query('runner_kit_health_status{status="unhealthy"}'))).toEqual({ 'box-1': 0, 'box-2': 1 });
    const info = await prometheus!.query('runner_kit_runner_info');
    expect(info.map((s) => [s.metric['runner'], s.metric['labels'], s.metric['job']]).sort()).toEqual([
      ['box-1', ',linux,self-hosted,x64,', 'runner-kit'],
      ['box-2', ',gpu,linux,self-hosted,', 'runner-kit'],
    ]);
    expect(byRunner(await prometheus!.query('runner_kit_runner_listener_up'))).toEqual({ 'box-1': 1, 'box-2': 1 });
    expect(byRunner(await prometheus!.query('runner_kit_path_exists{role="cache"}'))).toEqual({ 'box-2': 0 });
    expect(byRunner(await prometheus!.query('runner_kit_health_penalty{measure=~"path .*"}'))).toEqual({ 'box-2': 60 });
    expect(byRunner(await prometheus!.query('runner_kit_model_cache_limit_bytes'))).toEqual({ 'box-1': 1e9 });
    expect(byRunner(await prometheus!.query('runner_kit_model_cache_entries'))).toEqual({ 'box-1': 0 });
    const ratio = byRunner(await prometheus!.query('runner_kit_disk_available_ratio{role="workspace"}'));
    expect(ratio['box-1']).toBeGreaterThan(0);
    expect(ratio['box-1']).toBeLessThanOrEqual(1);
  });

  it('the recording rule counts healthy runners per label set', async () => {
    const counts = await waitFor('the recording rule to be evaluated', async () => {
      const samples = await prometheus!.query('labels:runner_kit_runners_healthy:sum');
      return samples.length === 2 ? byRunner(samples) : undefined;
    });
    expect(counts).toEqual({ ',linux,self-hosted,x64,': 1, ',gpu,linux,self-hosted,': 0 });
  });

  it('emits only metrics the dashboard and rules may know, in a format promtool accepts', async () => {
    const text = await (await fetch(`${healthy!.url}/metrics`)).text();
    const names = new Set(text.split('\n').filter((line) => line.startsWith('# TYPE ')).map((line) => line.split(' ')[2]!));
    expect([...names].filter((name) => !(name in FLEET_METRICS))).toEqual([]);
    expect(names.size).toBeGreaterThan(20);
    requireTool('promtool');
    const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });
});

describe('health-gate dispatch asking the real Prometheus', () => {
  function config(overrides: Partial<DispatchConfig>): DispatchConfig {
    const labels = overrides.labels ?? ['self-hosted', 'linux', 'x64'];
    return dispatchConfig(api!, TOKEN, { labels, timeoutMs: 5000, prometheus: { url: prometheus!.url, query: healthyRunnersQuery(labels) }, ...overrides });
  }

  beforeAll(async () => {
    api!.setRunners('repo', [runner('box-1', ['self-hosted', 'Linux', 'X64']), runner('box-2', ['self-hosted', 'Linux', 'X64', 'gpu'])]);
    await waitFor('the recording rule', async () => ((await prometheus!.query('labels:runner_kit_runners_healthy:sum')).length === 2 ? true : undefined));
  });

  it('healthy: self-hosted when Prometheus counts at least min-online healthy runners', async () => {
    const decision = await decideRunsOn(config({}), quiet);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.prometheus).toEqual({ query: 'sum(labels:runner_kit_runners_healthy:sum{labels=~".*,linux,(.*,)?self-hosted,(.*,)?x64,.*"})', value: 1 });
    expect(decision.reason).toBe('2 of 2 matching runners online, 2 idle; Prometheus counts 1 healthy runner; using self-hosted [self-hosted, linux, x64].');
  });

  it('unhealthy: falls back when the runners are online but Prometheus counts too few healthy', async () => {
    const gpu = await decideRunsOn(config({ labels: ['self-hosted', 'gpu'] }), quiet);
    expect(gpu.useSelfHosted).toBe(false);
    expect(gpu.reason).toBe('1 of 1 matching runners online, 1 idle, but Prometheus counts 0 healthy runners (at least 1 needed); falling back to ubuntu-latest.');
    const two = await decideRunsOn(config({ labels: ['self-hosted', 'linux'], minOnline: 2 }), quiet);
    expect(two.reason).toBe('2 of 2 matching runners online, 2 idle, but Prometheus counts 1 healthy runner (at least 2 needed); falling back to ubuntu-latest.');
  });

  it('unreachable: falls back, naming Prometheus', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const decision = await decideRunsOn(config({ prometheus: { url: closed, query: 'up' } }), quiet);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toMatch(/^2 of 2 matching runners online, 2 idle, but Prometheus could not be asked \(unreachable \(.*ECONNREFUSED.*\)\); falling back to ubuntu-latest\.$/);
  });

  it('a query that returns nothing falls back; a query Prometheus cannot parse names its error', async () => {
    const none = await decideRunsOn(config({ labels: ['self-hosted', 'x64'], prometheus: { url: prometheus!.url, query: healthyRunnersQuery(['self-hosted', 'arm64']) } }), quiet);
    expect(none.reason).toBe('2 of 2 matching runners online, 2 idle, but Prometheus could not be asked (the query returned nothing (no series matched)); falling back to ubuntu-latest.');
    const broken = await decideRunsOn(config({ prometheus: { url: prometheus!.url, query: 'sum(' } }), quiet);
    expect(broken.reason).toContain('but Prometheus could not be asked (HTTP 400: bad_data: ');
  });

  it('through the action: the inputs reach the decision and the summary shows the query and its answer', async () => {
    const dirs = makeRunnerDirs();
    const eventPath = path.join(dirs.temp, 'event.json');
    writeFileSync(eventPath, '{}');
    const { main } = await runAction('health-gate', {
      dirs,
      env: { GITHUB_API_URL: api!.url, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/speech' },
      inputs: { mode: 'dispatch', 'github-token': TOKEN, labels: 'self-hosted, linux, x64', 'prometheus-url': prometheus!.url, 'prometheus-token': 'prom-bearer-0123456789' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['use-self-hosted']).toBe('true');
    expect(main.summary).toContain('Prometheus: `sum(labels:runner_kit_runners_healthy:sum{labels=~');
    expect(main.summary).toContain('→ **1**');
    expect(main.masks).toContain('prom-bearer-0123456789');
  });
});

describe('runner-kit exporter on its own', () => {
  it('answers /healthz, refuses other paths and methods, and shares one measurement between concurrent scrapes', async () => {
    expect(await (await fetch(`${healthy!.url}/healthz`)).text()).toBe('ok\n');
    expect((await fetch(`${healthy!.url}/other`)).status).toBe(404);
    expect((await fetch(`${healthy!.url}/metrics`, { method: 'POST' })).status).toBe(405);
    const [a, b] = await Promise.all([fetch(`${healthy!.url}/metrics`).then((r) => r.text()), fetch(`${healthy!.url}/metrics`).then((r) => r.text())]);
    expect(a).toBe(b);
  });

  it('refuses to start on a port that is taken, saying which and what to do', () => {
    const result = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'main', 'index.js'), 'exporter', '--listen', healthy!.address], { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env['PATH'] ?? '', RUNNER_TEMP: scratch } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`runner-kit: 127.0.0.1:${healthy!.address.split(':')[1]} is already in use by another process; stop it, or pass --listen with another port`);
    expect(result.stderr).not.toContain('    at ');
  });

  it('--textfile --once writes runner_kit.prom for node_exporter, leaving no temporary file', () => {
    const dir = path.join(scratch, 'textfile');
    mkdirSync(dir);
    const result = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'main', 'index.js'), 'exporter', '--textfile', dir, '--once', '--runner-name', 'box-3', '--labels', 'self-hosted'], { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env['PATH'] ?? '', RUNNER_TEMP: scratch } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['runner_kit.prom']);
    expect(readFileSync(path.join(dir, 'runner_kit.prom'), 'utf8')).toContain('runner_kit_runner_info{runner="box-3",labels=",self-hosted,"} 1\n');
    const missing = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'main', 'index.js'), 'exporter', '--textfile', path.join(dir, 'nope'), '--once'], { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env['PATH'] ?? '', RUNNER_TEMP: scratch } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`Cannot write ${path.join(dir, 'nope', 'runner_kit.prom')}: the directory does not exist`);
  });

  it('the systemd unit’s launch line starts an exporter that stops cleanly on SIGTERM', async () => {
    const unit = readFileSync(path.join(repoRoot, 'monitoring', 'systemd', 'runner-kit-exporter.service'), 'utf8');
    const execStart = /^ExecStart=((?:[^\n]*\\\n)*[^\n]*)/m.exec(unit)![1]!.replace(/\\\n/g, ' ');
    const args = execStart.trim().split(/\s+/).slice(2).map((arg) => (arg === '%H' ? os.hostname() : arg));
    expect(args.slice(0, 2)).toEqual(['--listen', '127.0.0.1:9464']);
    const exporter = await startExporter(args.slice(2), { RUNNER_TEMP: scratch });
    try {
      expect(await (await fetch(`${exporter.url}/metrics`)).text()).toContain('runner_kit_model_cache_limit_bytes');
    } finally {
      await exporter.stop();
    }
    expect(exporter.child.exitCode).toBe(0);
  });
});
