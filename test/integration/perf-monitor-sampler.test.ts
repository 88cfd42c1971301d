import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { isRunning, processStartTicks, startDetached, stopProcess, type StartedProcess } from '../../packages/core/src/processes.ts';
import { parseSampleLog } from '../../packages/core/src/perf/samples.ts';
import { SAMPLER_NODE_FLAGS } from '../../packages/core/src/perf/session.ts';
import { SAMPLER_SETTINGS_ENV, type SamplerSettings } from '../../packages/core/src/perf/sampler-loop.ts';
import { node24, repoRoot } from '../harness/index.ts';

// The sampler bundle as main starts it: a detached Node 24 process with its settings in the environment.
const bundle = path.join(repoRoot, 'dist', 'perf-monitor', 'sampler', 'index.js');
const started: StartedProcess[] = [];
const helpers: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const record of started.splice(0)) await stopProcess(record, { graceMs: 500 });
  for (const child of helpers.splice(0)) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-sampler-'));
  dirs.push(dir);
  return dir;
}

async function startSampler(overrides: Partial<SamplerSettings> = {}): Promise<{ record: StartedProcess; dataFile: string }> {
  const dir = tempDir();
  const settings: SamplerSettings = { dataFile: path.join(dir, 'samples.jsonl'), intervalMs: 100, workspace: dir, topProcesses: 3, cachePaths: [dir], ...overrides };
  const record = await startDetached(node24, [...SAMPLER_NODE_FLAGS, bundle], { env: { [SAMPLER_SETTINGS_ENV]: JSON.stringify(settings) } });
  started.push(record);
  return { record, dataFile: settings.dataFile };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readLog = (file: string) => {
  try {
    return parseSampleLog(readFileSync(file, 'utf8'));
  } catch {
    return parseSampleLog('');
  }
};

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(25);
  }
  return condition();
}

describe('the detached sampler process', () => {
  it('samples real /proc, and stops on SIGTERM with a last sample and a stop line', async () => {
    const { record, dataFile } = await startSampler();
    expect(await until(() => readLog(dataFile).samples.length >= 4, 5000)).toBe(true);
    expect(await stopProcess(record, { graceMs: 2000 })).toBe('terminated');
    const log = readLog(dataFile);
    expect(log.header).toMatchObject({ kind: 'start', intervalMs: 100 });
    expect(log.header!.cpuCount).toBe(os.cpus().length);
    const measured = log.samples.filter((s) => s.cpu !== undefined);
    expect(measured.length).toBeGreaterThanOrEqual(3);
    for (const sample of measured) {
      expect(sample.cpu).toBeGreaterThanOrEqual(0);
      expect(sample.cpu).toBeLessThanOrEqual(100);
      expect(sample.cores).toHaveLength(os.cpus().length);
      expect(sample.memUsed).toBeGreaterThan(0);
      expect(sample.rd).toBeGreaterThanOrEqual(0);
    }
    expect(log.samples[0]!.cache).toEqual({ [path.dirname(dataFile)]: expect.any(Number) });
    expect(log.events.at(-1)).toMatchObject({ kind: 'stop', message: 'stopped by SIGTERM' });
    expect(log.damagedLines).toBe(0);
  });

  it('ends by itself when the watched runner process is gone', async () => {
    const runner = spawn('sleep', ['60'], { stdio: 'ignore' });
    helpers.push(runner);
    await new Promise((resolve) => runner.once('spawn', resolve));
    const { record, dataFile } = await startSampler({ watch: { pid: runner.pid!, startTicks: processStartTicks(runner.pid!) } });
    expect(await until(() => readLog(dataFile).samples.length >= 2, 5000)).toBe(true);
    expect(isRunning(record)).toBe(true);
    runner.kill('SIGKILL');
    expect(await until(() => !isRunning(record), 3000)).toBe(true);
    expect(readLog(dataFile).events.at(-1)).toMatchObject({ kind: 'stop', message: `the job's runner process (pid ${runner.pid}) is gone` });
  });

  it('survives sources it cannot read, recording each failure only a few times', async () => {
    const emptyProc = tempDir();
    const { record, dataFile } = await startSampler({ procRoot: emptyProc, topProcesses: 0, cachePaths: [] });
    expect(await until(() => readLog(dataFile).samples.length >= 8, 5000)).toBe(true);
    expect(isRunning(record)).toBe(true);
    const log = readLog(dataFile);
    const sources = new Set(log.events.filter((e) => e.kind === 'error').map((e) => e.message.split(':')[0]));
    expect([...sources].sort()).toEqual(['diskstats', 'loadavg', 'meminfo', 'net/dev', 'stat']);
    for (const source of sources) expect(log.events.filter((e) => e.message.startsWith(`${source}:`)).length).toBeLessThanOrEqual(3);
    expect(log.samples.every((s) => s.cpu === undefined && s.diskUsed! > 0)).toBe(true); // statfs still works
  });

  it('bounds its file: slows down after each step of samples and stops at the size limit', async () => {
    const { record, dataFile } = await startSampler({ intervalMs: 50, samplesPerStep: 10, maxBytes: 3000, topProcesses: 0, cachePaths: [] });
    expect(await until(() => !isRunning(record), 10_000)).toBe(true);
    const log = readLog(dataFile);
    expect(log.events.filter((e) => e.kind === 'slowdown').length).toBeGreaterThanOrEqual(1);
    expect(log.events.at(-1)!.message).toBe('the samples file reached 3000 bytes; sampling ended early');
    expect(statSync(dataFile).size).toBeLessThan(3000 + 1000);
  });
});
