import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { makeRunnerDirs, node24, repoRoot } from '../harness/index.ts';
import { median, printTable } from './stats.ts';

/** Wall time of one process run; spawnSync keeps the measurement free of event-loop noise. */
function wall(args: string[], env: Record<string, string>, cwd: string): number {
  const started = performance.now();
  spawnSync(node24, args, { env, cwd, stdio: 'ignore' });
  return performance.now() - started;
}

/**
 * What each bundle costs before it does any work: its size and the wall time of a whole step
 * that stops at once (cache-key with no files; the others rejecting an input),
 * against `node -e ""`, the floor every JavaScript action pays.
 */
export async function benchColdStart(rounds = 15): Promise<{ overheadMs: Record<string, number> }> {
  const dirs = makeRunnerDirs();
  const base = { PATH: process.env['PATH'] ?? '', GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp, RUNNER_TOOL_CACHE: dirs.toolCache };
  const steps: { name: string; bundle: string; env: Record<string, string> }[] = [
    { name: 'cache-key', bundle: 'dist/cache-key/main/index.js', env: { INPUT_PREFIX: 'bench' } },
    { name: 'setup-vosk', bundle: 'dist/setup-vosk/main/index.js', env: { INPUT_MODEL: '' } },
    { name: 'health-gate', bundle: 'dist/health-gate/main/index.js', env: { INPUT_MODE: 'none' } },
    { name: 'perf-monitor', bundle: 'dist/perf-monitor/main/index.js', env: { INPUT_MODE: 'start', INPUT_INTERVAL: 'never' } },
    { name: 'headless-env', bundle: 'dist/headless-env/main/index.js', env: { INPUT_MODE: 'none' } },
  ];
  const bare: number[] = [];
  const times = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  for (let i = 0; i < rounds; i++) {
    bare.push(wall(['-e', ''], base, dirs.workspace));
    for (const step of steps) times.get(step.name)!.push(wall([path.join(repoRoot, step.bundle)], { ...base, ...step.env }, dirs.workspace));
  }
  const overheadMs: Record<string, number> = {};
  const rows: (string | number)[][] = [['node -e ""', '—', `${median(bare).toFixed(0)} ms`]];
  for (const step of steps) {
    const ms = median(times.get(step.name)!);
    overheadMs[step.name] = ms - median(bare);
    rows.push([`${step.name} step`, `${(statSync(path.join(repoRoot, step.bundle)).size / 1024).toFixed(0)} KiB`, `${ms.toFixed(0)} ms (+${overheadMs[step.name]!.toFixed(0)} ms)`]);
  }
  printTable(`cold start under Node 24 (median of ${rounds})`, ['what', 'bundle', 'wall time'], rows);
  return { overheadMs };
}
