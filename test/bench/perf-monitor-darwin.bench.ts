import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recorderEnvironment, recorderScript } from '../../packages/core/src/perf/recorder.ts';
import { repoRoot } from '../harness/node24.ts';
import { printTable } from './stats.ts';

/** What the macOS recorder cost over the window. */
export interface DarwinRecorderCost {
  /** CPU of the recorder and every command it ran, % of one core. */
  cpuPercent: number;
  /** Peak resident set of the recorder's bash, MB (10^6 bytes); the commands it runs live a few ms each. */
  rssMb: number;
  samples: number;
  /** True when the macOS commands were the test shims (not on a Mac): the figure is then the shims' cost, not macOS's. */
  shims: boolean;
}

/**
 * Runs recorder-darwin.sh at perf-monitor's settings (1 s, processes on) for `windowMs` and
 * measures it the way that works on macOS and Linux alike: the CPU from bash's `times` (its
 * reaped children: the recorder and every command it forked), the RSS from `ps` once a second.
 * On a Mac it runs the real commands: `npm run bench:darwin`. Elsewhere it runs the shims of
 * test/fixtures/darwin/shims, so it checks only that the bench itself works.
 */
export async function benchPerfMonitorDarwin(windowMs = 60_000): Promise<DarwinRecorderCost> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-darwin-bench-'));
  const shims = process.platform !== 'darwin';
  try {
    const recording = path.join(dir, 'recording.txt');
    const env = recorderEnvironment({ recording, intervalMs: 1000, workspace: dir, processes: true, cachePaths: [] }, 'darwin');
    if (shims) env['PATH'] = `${path.join(repoRoot, 'test', 'fixtures', 'darwin', 'shims')}:${env['PATH']}`;
    // The outer bash reaps the recorder, whose own reaped commands roll up into it: `times`'
    // second line is all of it (plus one `sleep`).
    const runner = `bash "$0" & pid=$!; echo "$pid"; sleep "$1"; kill -TERM "$pid"; wait "$pid"; times`;
    const child = spawn('bash', ['-c', runner, recorderScript('darwin'), String(windowMs / 1000)], { env, cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let peakKb = 0;
    const poll = setInterval(() => {
      const pid = output.split('\n')[0];
      if (!pid) return;
      const rss = Number(spawnSync('ps', ['-o', 'rss=', '-p', pid], { encoding: 'utf8' }).stdout.trim());
      if (rss > peakKb) peakKb = rss;
    }, 1000);
    await exited;
    clearInterval(poll);
    const children = output.trim().split('\n').at(-1) ?? '';
    const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, s]) => sum + Number(m) * 60 + Number(s), 0);
    const samples = readFileSync(recording, 'utf8').split('\n').filter((line) => line === '.').length;
    const cost = { cpuPercent: (seconds / (windowMs / 1000)) * 100, rssMb: (peakKb * 1024) / 1e6, samples, shims };
    printTable(`perf-monitor macOS recorder, 1 s interval, processes on, ${windowMs / 1000} s window${shims ? ' (shim commands: not a Mac, not macOS figures)' : ''}`, ['recorder', 'CPU (% of one core, commands included)', 'peak RSS (bash)', 'samples'], [
      ['recorder-darwin.sh', `${cost.cpuPercent.toFixed(2)}%`, `${cost.rssMb.toFixed(1)} MB`, samples],
    ]);
    return cost;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run bench:darwin` (on a Mac): the recorder's cost against the goals.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cost = await benchPerfMonitorDarwin(Number(process.env['WINDOW_S'] ?? 60) * 1000);
  const holds = cost.cpuPercent < 0.5 && cost.rssMb < 40;
  console.log(`${holds ? 'holds' : 'FAILS'}  perf-monitor macOS recorder < 0.5% of one core, < 40 MB RSS: ${cost.cpuPercent.toFixed(2)}%, ${cost.rssMb.toFixed(1)} MB${cost.shims ? ' (shims, not macOS)' : ''}`);
  process.exitCode = holds ? 0 : 1;
}
