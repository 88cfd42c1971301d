import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readClockAnchor, recorderEnvironment } from '../../packages/core/src/perf/recorder.ts';
import { replayRecordingFile } from '../../packages/core/src/perf/replay.ts';
import { startDetached, stopProcess } from '../../packages/core/src/processes.ts';
import { bundledRecorderScript, node24, repoRoot } from '../harness/index.ts';

// perf-monitor's host figures against sysstat's `sar` over the same seconds, on this machine's
// real /proc: CPU busy within 10 points, memory used (total − available, the definition both
// share) within 200 MB, disk written within 20%. Work is made meanwhile so the figures move.
const dir = mkdtempSync(path.join(repoRoot, '.build', 'rk-sysstat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface SarRow {
  /** Epoch ms at the end of the interval. */
  t: number;
  values: Record<string, number>;
}

/** `sadf -d` sections (`# hostname;interval;timestamp;…` headers, then `;`-separated rows). */
function parseSadf(text: string): SarRow[][] {
  const sections: SarRow[][] = [];
  let columns: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      columns = line.slice(2).split(';');
      sections.push([]);
    } else if (line.includes(';') && sections.length) {
      const cells = line.split(';');
      const values: Record<string, number> = {};
      columns.forEach((name, i) => (values[name] = Number(cells[i])));
      sections.at(-1)!.push({ t: Date.parse(cells[2]!.replace(' UTC', 'Z').replace(' ', 'T')), values });
    }
  }
  return sections;
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Our CPU busy % over [from, to], each sample weighed by how much of its interval falls inside. */
function weighted(samples: readonly { t: number; dt: number; cpu?: number }[], from: number, to: number): number {
  let sum = 0;
  let covered = 0;
  for (const sample of samples) {
    const overlap = Math.min(sample.t, to) - Math.max(sample.t - sample.dt, from);
    if (sample.dt <= 0 || overlap <= 0 || sample.cpu === undefined) continue;
    sum += sample.cpu * overlap;
    covered += overlap;
  }
  return sum / Math.max(1, covered);
}

describe('perf-monitor against sysstat', () => {
  it('agrees with sar on CPU busy, memory used and disk written, second by second', async () => {
    const script = bundledRecorderScript('linux');
    const recording = path.join(dir, 'recording.txt');
    const clock = readClockAnchor();
    const recorder = await startDetached('bash', [script], { env: recorderEnvironment({ recording, intervalMs: 1000, workspace: dir, processes: false, cachePaths: [] }) });
    const sarData = path.join(dir, 'sa');
    const sarStarted = Date.now();
    const sar = spawn('sar', ['-o', sarData, '1', '9'], { stdio: 'ignore', env: { ...process.env, LC_ALL: 'C' } });
    try {
      // One core busy for 3 s, then 96 MiB written and synced to the disk the workspace is on.
      const burner = spawn(node24, ['-e', 'const end = Date.now() + 3000; while (Date.now() < end);'], { stdio: 'ignore' });
      await once(burner, 'exit');
      const fd = openSync(path.join(dir, 'written.bin'), 'w');
      const chunk = Buffer.alloc(2 ** 20, 7);
      for (let i = 0; i < 96; i++) writeSync(fd, chunk);
      fsyncSync(fd);
      closeSync(fd);
      await once(sar, 'exit');
    } finally {
      await stopProcess(recorder, { graceMs: 2000 });
    }
    const { stdout } = await promisify(execFile)('sadf', ['-d', sarData, '--', '-u', '-r', '-b'], { env: { ...process.env, LC_ALL: 'C' } });
    const [cpu, io, memory] = parseSadf(stdout) as [SarRow[], SarRow[], SarRow[]];
    const log = replayRecordingFile(recording, { clock, workspace: dir, intervalMs: 1000, topProcesses: 0, pageBytes: 4096 });

    // The seconds both cover: sar's intervals end on whole seconds, the recorder's a little after.
    const from = Math.max(cpu[0]!.t - 1000, log.samples[1]!.t - log.samples[1]!.dt);
    const to = Math.min(cpu.at(-1)!.t, log.samples.at(-1)!.t);
    const ours = log.samples.filter((s) => s.dt > 0 && s.t - s.dt / 2 >= from && s.t - s.dt / 2 <= to);
    const theirs = (rows: SarRow[]) => rows.filter((r) => r.t - 500 >= from && r.t - 500 <= to);
    expect(ours.length).toBeGreaterThanOrEqual(6);

    // CPU moves fast: ours is weighed over exactly sar's seconds (samples shared by overlap). sar
    // prints whole seconds, but its k-th interval ends k seconds after it started.
    const seconds = cpu.map((row, k) => ({ busy: 100 - row.values['%idle']!, from: sarStarted + k * 1000, to: sarStarted + (k + 1) * 1000 }));
    const covered = seconds.filter((s) => s.from >= log.samples[1]!.t - log.samples[1]!.dt && s.to <= log.samples.at(-1)!.t);
    const sarCpu = average(covered.map((s) => s.busy));
    const ourCpu = average(covered.map((s) => weighted(log.samples, s.from, s.to)));
    // sar's kbavail is MemAvailable: used as perf-monitor counts it is MemTotal less that.
    const sarMemory = average(theirs(memory).map((r) => log.header!.memTotalBytes - 1024 * r.values['kbavail']!));
    const ourMemory = average(ours.map((s) => s.memUsed!));
    const sarWritten = theirs(io).reduce((sum, r) => sum + r.values['bwrtn/s']! * 512, 0);
    const ourWritten = ours.reduce((sum, s) => sum + (s.wr ?? 0), 0);
    console.log(`perf-monitor vs sar over ${covered.length} s: CPU ${ourCpu.toFixed(1)}% vs ${sarCpu.toFixed(1)}%, memory ${(ourMemory / 2 ** 20).toFixed(0)} vs ${(sarMemory / 2 ** 20).toFixed(0)} MiB, written ${(ourWritten / 2 ** 20).toFixed(1)} vs ${(sarWritten / 2 ** 20).toFixed(1)} MiB`);

    expect(Math.abs(ourCpu - sarCpu)).toBeLessThanOrEqual(10);
    expect(Math.abs(ourMemory - sarMemory)).toBeLessThanOrEqual(200e6);
    expect(sarWritten).toBeGreaterThan(64 * 2 ** 20);
    expect(Math.abs(ourWritten - sarWritten) / sarWritten).toBeLessThanOrEqual(0.2);
  }, 60_000);
});
