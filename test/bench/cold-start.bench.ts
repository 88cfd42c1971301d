import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { makeRunnerDirs, node24, repoRoot } from '../harness/index.ts';
import { median, printTable } from './stats.ts';

/** Wall time of one process run; spawnSync keeps the measurement free of event-loop noise. */
function wall(args: string[], env: Record<string, string>, cwd: string): number {
  const started = performance.now();
  const result = spawnSync(node24, args, { env, cwd, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return performance.now() - started;
}

/**
 * What a bundle costs before it does any work: each action's bundle size and the wall time of a
 * whole step (tiny input) against `node -e ""`, the floor any JavaScript action pays.
 */
export async function benchColdStart(rounds = 15): Promise<{ overheadMs: number }> {
  const dirs = makeRunnerDirs();
  const bundle = path.join(repoRoot, 'dist', 'cache-key', 'main', 'index.js');
  const env = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: dirs.workspace,
    RUNNER_TEMP: dirs.temp,
    'INPUT_PREFIX': 'bench',
  };
  const bare: number[] = [];
  const action: number[] = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(wall(['-e', ''], env, dirs.workspace));
    action.push(wall([bundle], env, dirs.workspace));
  }
  const overheadMs = median(action) - median(bare);
  printTable(`cold start under Node 24 (median of ${rounds})`, ['what', 'bundle', 'wall time'], [
    ['node -e ""', '—', `${median(bare).toFixed(0)} ms`],
    ['cache-key step (no files)', `${(statSync(bundle).size / 1024).toFixed(0)} KiB`, `${median(action).toFixed(0)} ms (+${overheadMs.toFixed(0)} ms)`],
  ]);
  return { overheadMs };
}
