import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FleetCollector } from '../../packages/core/src/fleet/collector.ts';
import { parseListen, readExporterConfig } from '../../packages/core/src/fleet/config.ts';
import { healthyRunnersQuery, labelSetPattern, labelSetValue } from '../../packages/core/src/fleet/label-set.ts';
import { FLEET_METRICS, fleetFamilies } from '../../packages/core/src/fleet/metrics.ts';
import { writeTextfile } from '../../packages/core/src/fleet/textfile.ts';
import { DEFAULT_THRESHOLDS } from '../../packages/core/src/health/score.ts';
import { Inputs } from '../../packages/core/src/inputs.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { renderExposition } from '../../packages/core/src/metrics/exposition.ts';

const PROC = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/proc');
const quiet: Logger = { info: () => undefined, warning: () => undefined, debug: () => undefined };
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-fleet-unit-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('label sets in Prometheus', () => {
  it('are lower-case, sorted, unique and comma-wrapped', () => {
    expect(labelSetValue(['self-hosted', 'X64', 'Linux', 'linux', ' '])).toBe(',linux,self-hosted,x64,');
    expect(labelSetValue([])).toBe(',');
  });

  it.each([
    [['self-hosted', 'linux'], ',linux,self-hosted,x64,', true],
    [['Linux', 'X64'], ',gpu,linux,self-hosted,x64,', true],
    [['linux', 'gpu'], ',linux,self-hosted,x64,', false],
    [['hosted'], ',linux,self-hosted,', false],
    [['self-hosted'], ',my-self-hosted,', false],
    [['a.b'], ',axb,', false],
    [['a.b'], ',a.b,', true],
  ])('%p matches %p: %p (anchored, as Prometheus does)', (wanted, value, matches) => {
    expect(new RegExp(`^(?:${labelSetPattern(wanted)})$`).test(value)).toBe(matches);
  });

  it('the default query escapes the pattern as a PromQL string', () => {
    expect(healthyRunnersQuery(['self-hosted', 'x64'])).toBe('sum(labels:runner_kit_runners_healthy:sum{labels=~".*,self-hosted,(.*,)?x64,.*"})');
    expect(healthyRunnersQuery(['a.b', 'c"d'])).toBe('sum(labels:runner_kit_runners_healthy:sum{labels=~".*,a\\\\.b,(.*,)?c\\"d,.*"})');
  });
});

describe('renderExposition', () => {
  it('escapes label values and help so outside text cannot add a line or a sample', () => {
    const text = renderExposition([
      { name: 'm', help: 'a\\b\nc', type: 'gauge', samples: [{ labels: { path: '/x"}\nm 1\\' }, value: 0.12345 }] },
      { name: 'empty', help: 'no samples', type: 'gauge', samples: [] },
      { name: 'n', help: 'n', type: 'counter', samples: [{ value: Number.POSITIVE_INFINITY }, { labels: { a: 'b' }, value: Number.NaN }] },
    ]);
    expect(text).toBe('# HELP m a\\\\b\\nc\n# TYPE m gauge\nm{path="/x\\"}\\nm 1\\\\"} 0.123\n# HELP n n\n# TYPE n counter\nn +Inf\nn{a="b"} NaN\n');
  });
});

describe('the exporter metrics from health-gate measures', () => {
  const config = (overrides: Record<string, string | undefined> = {}) =>
    readExporterConfig(Inputs.fromRecord({ 'runner-name': 'box "1"', labels: 'self-hosted, Linux', workspace: scratch, 'cache-paths': `${scratch}\n${path.join(scratch, 'gone')}`, ...overrides }), { RUNNER_TEMP: scratch });

  it('cover score, status, penalties, listener, workers, memory and each path, every sample labelled with the runner', async () => {
    const snapshot = await new FleetCollector(config(), { procRoot: PROC, logger: quiet }).measure();
    expect(snapshot.listeners).toBe(1);
    const families = fleetFamilies(snapshot);
    const sample = (name: string, labels: Record<string, string> = {}) => families.find((f) => f.name === name)?.samples.find((s) => Object.entries(labels).every(([k, v]) => s.labels?.[k] === v));
    expect(families.every((family) => family.samples.every((s) => s.labels?.['runner'] === 'box "1"'))).toBe(true);
    expect(families.every((family) => family.name in FLEET_METRICS)).toBe(true);
    expect(sample('runner_kit_runner_info')?.labels?.['labels']).toBe(',linux,self-hosted,');
    expect(sample('runner_kit_health_score')?.value).toBe(snapshot.health.score);
    expect(families.find((f) => f.name === 'runner_kit_health_status')?.samples.map((s) => [s.labels?.['status'], s.value])).toEqual(
      ['healthy', 'degraded', 'unhealthy'].map((status) => [status, status === snapshot.health.status ? 1 : 0]),
    );
    expect(sample('runner_kit_runner_listener_up')?.value).toBe(1);
    // the fixture tree's workers: 100, 101, 300 and 600 (the exporter runs under no worker of that tree)
    expect(sample('runner_kit_job_workers')?.value).toBe(snapshot.health.measures.runnerWorkers);
    expect(sample('runner_kit_memory_available_bytes')?.value).toBe(snapshot.health.measures.memory.availableBytes);
    expect(sample('runner_kit_path_exists', { role: 'workspace' })?.value).toBe(1);
    expect(sample('runner_kit_path_exists', { path: path.join(scratch, 'gone'), role: 'cache' })?.value).toBe(0);
    expect(sample('runner_kit_disk_available_bytes', { path: path.join(scratch, 'gone') })).toBeUndefined();
    expect(sample('runner_kit_health_penalty', { measure: `path ${path.join(scratch, 'gone')}` })?.value).toBe(DEFAULT_THRESHOLDS.missingPath.weight);
    expect(families.some((f) => f.name.startsWith('runner_kit_model_cache'))).toBe(false);
  });

  it('report the model cache when there is one: entries, bytes, limit; an unreadable one is model_cache_up 0', async () => {
    const families = fleetFamilies(await new FleetCollector(config({ 'cache-dir': path.join(scratch, 'models'), 'cache-max-size': '2GB' }), { procRoot: PROC, logger: quiet }).measure());
    const value = (name: string) => families.find((f) => f.name === name)?.samples[0]?.value;
    expect([value('runner_kit_model_cache_up'), value('runner_kit_model_cache_entries'), value('runner_kit_model_cache_bytes'), value('runner_kit_model_cache_limit_bytes')]).toEqual([1, 0, 0, 2e9]);
    const snapshot = await new FleetCollector(config(), { procRoot: PROC, logger: quiet }).measure();
    const failed = fleetFamilies({ ...snapshot, modelCache: { summary: { error: 'EACCES' } } });
    expect(failed.filter((f) => f.name.startsWith('runner_kit_model_cache') && f.samples.length > 0).map((f) => [f.name, f.samples[0]?.value])).toEqual([['runner_kit_model_cache_up', 0]]);
  });

  it('one measurement answers every request within maxAgeMs, concurrent ones included; a later one measures again', async () => {
    class Counting extends FleetCollector {
      measurements = 0;
      override measure() {
        this.measurements++;
        return super.measure();
      }
    }
    let now = 1_000_000;
    const collector = new Counting(config(), { procRoot: PROC, logger: quiet, now: () => now });
    const [a, b] = await Promise.all([collector.exposition(), collector.exposition()]);
    expect(a).toBe(b);
    now += 4000;
    expect(await collector.exposition()).toBe(a);
    expect(collector.measurements).toBe(1);
    now += 2000;
    const later = await collector.exposition();
    expect(collector.measurements).toBe(2);
    expect(later.split('\n').find((l) => l.startsWith('runner_kit_runner_info'))).toBe('runner_kit_runner_info{runner="box \\"1\\"",labels=",linux,self-hosted,"} 1');
  });
});

describe('exporter settings', () => {
  it.each([
    ['127.0.0.1:9464', { host: '127.0.0.1', port: 9464 }],
    ['0.0.0.0:0', { host: '0.0.0.0', port: 0 }],
    ['[::1]:9100', { host: '::1', port: 9100 }],
    ['runner-1.lan:80', { host: 'runner-1.lan', port: 80 }],
  ])('--listen %s', (text, expected) => expect(parseListen(text)).toEqual(expected));

  it.each(['9464', '127.0.0.1', '127.0.0.1:70000', ':9464', '::1:9464', 'a b:1'])('--listen %p is refused with the expected form', (text) => {
    expect(() => parseListen(text)).toThrow(`--listen has the value '${text}'; expected HOST:PORT such as 127.0.0.1:9464`);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ listen: '127.0.0.1:1', textfile: '/x' }, /--listen and --textfile exclude each other/],
    [{ once: 'true' }, /--once needs --textfile/],
    [{ 'cache-max-size': '2GB' }, /--cache-max-size needs the model cache/],
    [{ textfile: '/x', interval: '100ms' }, /Input 'interval' has the value '100ms'; expected a duration from 1s to 1h/],
    [{ thresholds: '{"nope": {}}' }, /unknown measure 'nope'/],
  ])('%p is a usage error', (values, message) => {
    expect(() => readExporterConfig(Inputs.fromRecord(values), {})).toThrow(message);
  });

  it('defaults: 127.0.0.1:9464, the runner name from RUNNER_NAME, the model cache under RUNNER_TOOL_CACHE, no network checks', () => {
    const config = readExporterConfig(Inputs.fromRecord({}), { RUNNER_NAME: 'gpu-7', RUNNER_TOOL_CACHE: '/opt/tool', GITHUB_WORKSPACE: '/w' });
    expect(config).toMatchObject({ runner: 'gpu-7', output: { kind: 'http', host: '127.0.0.1', port: 9464 }, modelCache: { dir: '/opt/tool/runner-kit/vosk' }, networkUrls: [], paths: ['/w'], maxAgeMs: 5000 });
  });
});

describe('writeTextfile', () => {
  it('replaces runner_kit.prom and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(scratch, 'textfile-'));
    await writeTextfile(dir, 'a 1\n');
    expect(await writeTextfile(dir, 'a 2\n')).toBe(path.join(dir, 'runner_kit.prom'));
    expect(readdirSync(dir)).toEqual(['runner_kit.prom']);
    expect(readFileSync(path.join(dir, 'runner_kit.prom'), 'utf8')).toBe('a 2\n');
  });

  it('a missing directory is an ExternalError naming the file and the remedy', async () => {
    await expect(writeTextfile(path.join(scratch, 'nope'), 'a 1\n')).rejects.toThrow(`Cannot write ${path.join(scratch, 'nope', 'runner_kit.prom')}: the directory does not exist: create it, or point --textfile at node_exporter's --collector.textfile.directory.`);
  });
});
