import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { makeRunnerDirs, node24, repoRoot } from '../harness/index.ts';
import { median, printTable } from './stats.ts';

/** Wall time of a whole process. */
function wall(command: string, args: string[], env: Record<string, string>, cwd: string): number {
  const started = performance.now();
  spawnSync(command, args, { env, cwd, stdio: 'ignore' });
  return performance.now() - started;
}

/**
 * health-gate's local assessment as a whole step (network checks off) against what teams run
 * instead: a shell script forking uptime, free, df, ps and awk for the same facts.
 */
export async function benchHealth(rounds = 15): Promise<{ stepMs: number; scriptMs: number }> {
  const dirs = makeRunnerDirs();
  const env = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: dirs.workspace,
    RUNNER_TEMP: dirs.temp,
    'INPUT_MODE': 'local',
    'INPUT_CACHE-PATHS': dirs.toolCache,
    'INPUT_NETWORK-CHECK': '',
    'INPUT_NETWORK-TIMEOUT': '3s',
  };
  const script = [
    'load=$(uptime | awk -F"load average:" \'{print $2}\' | cut -d, -f1)',
    'cores=$(nproc)',
    'per_core=$(echo "$load / $cores" | bc -l)',
    'mem=$(free -m | awk \'/Mem:/ {print $7/$2*100}\')',
    'swap=$(free -m | awk \'/Swap:/ {print $3}\')',
    `disk=$(df -P "${dirs.workspace}" | awk 'NR==2 {print $5}')`,
    `cache=$(df -P "${dirs.toolCache}" | awk 'NR==2 {print $5}')`,
    `inodes=$(df -Pi "${dirs.workspace}" | awk 'NR==2 {print $5}')`,
    'workers=$(ps aux | grep -c "[R]unner.Worker")',
    'echo "$per_core $mem $swap $disk $cache $inodes $workers"',
  ].join('\n');
  const bundle = path.join(repoRoot, 'dist', 'health-gate', 'main', 'index.js');
  const step: number[] = [];
  const shell: number[] = [];
  for (let i = 0; i < rounds; i++) {
    step.push(wall(node24, [bundle], env, dirs.workspace));
    shell.push(wall('bash', ['-c', script], env, dirs.workspace));
  }
  printTable(`health-gate local assessment, network checks off (median of ${rounds}, whole process)`, ['what', 'wall time', 'ratio'], [
    ['health-gate step (Node 24 bundle)', `${median(step).toFixed(0)} ms`, '1.00×'],
    ['shell script: uptime, free, df, ps, awk, bc', `${median(shell).toFixed(0)} ms`, `${(median(shell) / median(step)).toFixed(2)}×`],
  ]);
  return { stepMs: median(step), scriptMs: median(shell) };
}
