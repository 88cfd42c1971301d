import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { groupHasLiveMembers, isRunning, startDetached, stopProcess, type StartedProcess } from '../../packages/core/src/processes.ts';
import { readClockAnchor, recorderEnvironment, recorderScript, type RecorderSettings } from '../../packages/core/src/perf/recorder.ts';
import { parseRecording } from '../../packages/core/src/perf/recording.ts';
import { replayRecording } from '../../packages/core/src/perf/replay.ts';

// The recorder as main starts it: detached bash, settings in the environment, real /proc unless a fixture tree is given.
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/perf');
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
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-recorder-'));
  dirs.push(dir);
  return dir;
}

async function startRecording(overrides: Partial<RecorderSettings> = {}): Promise<{ record: StartedProcess; file: string; settings: RecorderSettings }> {
  const dir = tempDir();
  const settings: RecorderSettings = { recording: path.join(dir, 'recording.txt'), intervalMs: 100, workspace: dir, processes: false, cachePaths: [], ...overrides };
  const record = await startDetached('bash', [recorderScript()], { env: recorderEnvironment(settings), cwd: dir });
  started.push(record);
  return { record, file: settings.recording, settings };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
const frames = (file: string) => parseRecording(read(file)).frames;

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(25);
  }
  return condition();
}

describe('the recorder process', () => {
  it('records real /proc; replayed, every frame is a sample; SIGTERM adds a last frame and a stop event', async () => {
    const clock = readClockAnchor();
    const { record, file, settings } = await startRecording({ cachePaths: [FIXTURES, '/does/not/exist'] });
    expect(await until(() => frames(file).length >= 4, 5000)).toBe(true);
    expect(await stopProcess(record, { graceMs: 2000 })).toBe('terminated');
    expect(groupHasLiveMembers(record.pgid)).toBe(false);
    const recording = parseRecording(read(file));
    expect(recording).toMatchObject({ intervalMs: 100, damaged: 0 });
    expect(recording.events.at(-1)).toMatchObject({ kind: 'stop', message: 'stopped by SIGTERM' });

    const log = replayRecording(read(file), { clock, workspace: settings.workspace, intervalMs: 100, topProcesses: 0, pageBytes: 4096 });
    expect(log.header).toMatchObject({ kind: 'start', intervalMs: 100, cpuCount: os.cpus().length, memTotalBytes: os.totalmem() });
    expect(log.header!.diskTotalBytes).toBeGreaterThan(0);
    expect(log.samples).toHaveLength(recording.frames.length);
    // Times come from uptime, anchored to the wall clock: within a second of now, 100 ms apart.
    expect(Math.abs(log.samples[0]!.t - clock.epochMs)).toBeLessThan(1000);
    const measured = log.samples.slice(1);
    // 100 ms apart as a rule; a loaded machine may hold one frame back, never all of them.
    const gaps = measured.map((sample) => sample.dt).sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(50);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(300);
    for (const sample of measured) {
      expect(sample.dt).toBeGreaterThan(0);
      expect(sample.cpu).toBeGreaterThanOrEqual(0);
      expect(sample.cpu).toBeLessThanOrEqual(100);
      expect(sample.cores).toHaveLength(os.cpus().length);
      expect(sample.memUsed).toBeGreaterThan(0);
      expect(sample.rd).toBeGreaterThanOrEqual(0);
    }
    expect(log.samples[0]!.diskUsed).toBeGreaterThan(0); // statfs on the first frame
    // du -sb of the fixtures: the files' bytes and the directories'; -1 for a missing path.
    const sizes = log.samples[0]!.cache!;
    expect(sizes['/does/not/exist']).toBe(-1);
    expect(sizes[FIXTURES]).toBeGreaterThan(statSync(path.join(FIXTURES, 'README.md')).size);
    expect(log.events.filter((e) => e.kind === 'error')).toEqual([]);
  });

  it('names the processes that used the CPU, from their command lines', async () => {
    const burner = spawn(process.execPath, ['-e', 'const end = Date.now() + 20000; while (Date.now() < end);'], { stdio: 'ignore' });
    helpers.push(burner);
    const clock = readClockAnchor();
    const { record, file, settings } = await startRecording({ processes: true, intervalMs: 200 });
    // Process looks every ~2 s (every 10th frame at 200 ms): two looks give one top list.
    expect(await until(() => frames(file).filter((f) => f.processes).length >= 2, 8000)).toBe(true);
    await stopProcess(record, { graceMs: 2000 });
    const log = replayRecording(read(file), { clock, workspace: settings.workspace, intervalMs: 200, topProcesses: 5, pageBytes: 4096 });
    const lists = log.samples.filter((s) => s.procs !== undefined);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    const top = lists.at(-1)!.procs!;
    const entry = top.find(([pid]) => pid === burner.pid);
    expect(entry).toBeDefined();
    expect(entry![1]).toBe('node'); // `-e` code is no script name
    expect(entry![2]).toBeGreaterThanOrEqual(10); // % of one core: it shares 2 cores with whatever else runs here
    expect(entry![3]).toBeGreaterThan(10 * 2 ** 20); // RSS
    // Later looks carry only changed stat lines: far fewer than there are processes.
    const looks = parseRecording(read(file)).frames.filter((f) => f.processes).map((f) => f.processes!);
    expect(looks[1]!.changed.size).toBeLessThan(looks[1]!.pids.length);
  });

  it('ends by itself when the watched runner process is gone', async () => {
    const runner = spawn('sleep', ['60'], { stdio: 'ignore' });
    helpers.push(runner);
    await new Promise((resolve) => runner.once('spawn', resolve));
    const { record, file } = await startRecording({ watchPid: runner.pid! });
    expect(await until(() => frames(file).length >= 2, 5000)).toBe(true);
    expect(isRunning(record)).toBe(true);
    runner.kill('SIGKILL');
    expect(await until(() => !isRunning(record), 3000)).toBe(true);
    expect(parseRecording(read(file)).events.at(-1)).toMatchObject({ kind: 'stop', message: `the job's runner process (pid ${runner.pid}) is gone` });
  });

  it('copies the lines the parsers need from each source, and only those', async () => {
    const procRoot = tempDir();
    for (const file of ['stat', 'loadavg', 'meminfo', 'diskstats', 'net/dev']) {
      mkdirSync(path.dirname(path.join(procRoot, file)), { recursive: true });
      writeFileSync(path.join(procRoot, file), readFileSync(path.join(FIXTURES, 'after', file)));
    }
    // A kernel's meminfo order; the recorder keeps MemTotal … Cached and the swap lines.
    const kept = 'MemTotal:        8000000 kB\nMemFree:         1000000 kB\nMemAvailable:    2000000 kB\nBuffers:           10000 kB\nCached:           500000 kB';
    writeFileSync(path.join(procRoot, 'meminfo'), `${kept}\nSwapCached:            1 kB\nActive:                5 kB\nSwapTotal:       1000000 kB\nSwapFree:         900000 kB\nZswap:                 0 kB\nHugePages_Total:       0\n`);
    const stat = readFileSync(path.join(FIXTURES, 'after', 'stat'), 'utf8');
    const { record, file } = await startRecording({ procRoot });
    expect(await until(() => frames(file).length >= 1, 5000)).toBe(true);
    await stopProcess(record, { graceMs: 2000 });
    const [frame] = frames(file);
    // The cpu lines: the `intr` line after them can be kilobytes long.
    expect(frame!.files.stat).toBe(stat.split('\n').filter((line) => line.startsWith('cpu')).join('\n'));
    expect(frame!.files.meminfo).toBe(`${kept}\nSwapTotal:       1000000 kB\nSwapFree:         900000 kB`);
    for (const source of ['loadavg', 'diskstats', 'net/dev'] as const) {
      expect(frame!.files[source]).toBe(readFileSync(path.join(FIXTURES, 'after', source), 'utf8').replace(/\n$/, ''));
    }
  });

  it('survives sources it cannot read, recording each failure only a few times', async () => {
    const clock = readClockAnchor();
    const { record, file, settings } = await startRecording({ procRoot: tempDir() });
    expect(await until(() => frames(file).length >= 8, 5000)).toBe(true);
    expect(isRunning(record)).toBe(true);
    const log = replayRecording(read(file), { clock, workspace: settings.workspace, intervalMs: 100, topProcesses: 0, pageBytes: 4096 });
    const sources = new Set(log.events.filter((e) => e.kind === 'error').map((e) => e.message.split(':')[0]));
    expect([...sources].sort()).toEqual(['diskstats', 'loadavg', 'meminfo', 'net/dev', 'stat']);
    for (const source of sources) expect(log.events.filter((e) => e.message.startsWith(`${source}:`)).length).toBeLessThanOrEqual(3);
    expect(log.samples[0]!.diskUsed).toBeGreaterThan(0); // statfs still works
    expect(log.samples.every((s) => s.cpu === undefined)).toBe(true);
  });

  it('bounds its file: slows down after each step of samples and stops at the size limit', async () => {
    const { record, file } = await startRecording({ intervalMs: 50, samplesPerStep: 10, maxBytes: 40_000 });
    expect(await until(() => !isRunning(record), 20_000)).toBe(true);
    const recording = parseRecording(read(file));
    expect(recording.events.filter((e) => e.kind === 'slowdown').length).toBeGreaterThanOrEqual(1);
    expect(recording.events.at(-1)!.message).toBe('the recording reached 40000 bytes; sampling ended early');
    expect(statSync(file).size).toBeLessThan(40_000 + 10_000);
    expect(recording.damaged).toBe(0);
  });
});
