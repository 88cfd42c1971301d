import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs, node24, repoRoot } from '../harness/index.ts';
import { median, printTable } from './stats.ts';

/**
 * Wall time of one process run; spawnSync keeps the measurement free of event-loop noise. Its
 * stdout and stderr are pipes, as the runner gives a step (a pipe costs more to write to than
 * /dev/null).
 */
function wall(args: string[], env: Record<string, string>, cwd: string): number {
  const started = performance.now();
  spawnSync(node24, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return performance.now() - started;
}

/**
 * Bytes of JavaScript the step loads (the entry's stub, the shared bundle's dispatcher and the
 * chunks its entry pulls in), counted by a module hook in a separate run.
 */
function loadedBytes(bundle: string, env: Record<string, string>, cwd: string): number {
  const hook = [
    `import { registerHooks } from 'node:module';`,
    `import { statSync } from 'node:fs';`,
    `import { fileURLToPath } from 'node:url';`,
    `let bytes = 0;`,
    `registerHooks({ load(url, context, next) { if (url.startsWith('file:')) bytes += statSync(fileURLToPath(url)).size; return next(url, context); } });`,
    `process.on('exit', () => process.stderr.write('loaded-bytes ' + bytes + '\\n'));`,
  ].join('\n');
  const run = spawnSync(node24, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, bundle], { env, cwd, encoding: 'utf8' });
  const found = /loaded-bytes (\d+)/.exec(run.stderr);
  if (!found) throw new Error(`could not count what ${bundle} loads: ${run.stderr}`);
  return Number(found[1]);
}

/**
 * What each bundle costs before it does any work: its size and the wall time of a whole step
 * that stops at once (cache-key with no files; the others rejecting an input), against
 * `node -e ""`, the floor every JavaScript action pays. Warm: a self-hosted runner whose tool
 * cache holds Node's compile cache from earlier runs; cold: a fresh GitHub-hosted machine (an
 * empty tool cache, and no compile cache written).
 */
export async function benchColdStart(rounds = 15): Promise<{ overheadMs: Record<string, number>; coldOverheadMs: Record<string, number> }> {
  const dirs = makeRunnerDirs();
  // What the runner sets for every step (GITHUB_ACTIONS makes log groups runner commands).
  const base = { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp, RUNNER_TOOL_CACHE: dirs.toolCache };
  const steps: { name: string; bundle: string; env: Record<string, string> }[] = [
    { name: 'cache-key', bundle: 'dist/cache-key/main/index.js', env: { INPUT_PREFIX: 'bench' } },
    { name: 'setup-vosk', bundle: 'dist/setup-vosk/main/index.js', env: { INPUT_MODEL: '' } },
    { name: 'health-gate', bundle: 'dist/health-gate/main/index.js', env: { INPUT_MODE: 'none' } },
    { name: 'perf-monitor', bundle: 'dist/perf-monitor/main/index.js', env: { INPUT_MODE: 'start', INPUT_INTERVAL: 'never' } },
    { name: 'headless-env', bundle: 'dist/headless-env/main/index.js', env: { INPUT_MODE: 'none' } },
  ];
  const bare: number[] = [];
  const warm = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  const cold = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  for (const step of steps) wall([path.join(repoRoot, step.bundle)], { ...base, ...step.env }, dirs.workspace); // fills the compile cache
  for (let i = 0; i < rounds; i++) {
    bare.push(wall(['-e', ''], base, dirs.workspace));
    for (const step of steps) {
      warm.get(step.name)!.push(wall([path.join(repoRoot, step.bundle)], { ...base, ...step.env }, dirs.workspace));
      const fresh = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-toolcache-'));
      try {
        cold.get(step.name)!.push(wall([path.join(repoRoot, step.bundle)], { ...base, ...step.env, RUNNER_TOOL_CACHE: fresh, RUNNER_ENVIRONMENT: 'github-hosted' }, dirs.workspace));
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    }
  }
  const overheadMs: Record<string, number> = {};
  const coldOverheadMs: Record<string, number> = {};
  const floor = median(bare);
  const rows: (string | number)[][] = [['node -e ""', '—', `${floor.toFixed(0)} ms`, '—']];
  for (const step of steps) {
    const warmMs = median(warm.get(step.name)!);
    const coldMs = median(cold.get(step.name)!);
    overheadMs[step.name] = warmMs - floor;
    coldOverheadMs[step.name] = coldMs - floor;
    rows.push([`${step.name} step`, `${(loadedBytes(path.join(repoRoot, step.bundle), { ...base, ...step.env }, dirs.workspace) / 1024).toFixed(0)} KiB`, `${warmMs.toFixed(0)} ms (+${overheadMs[step.name]!.toFixed(0)} ms)`, `${coldMs.toFixed(0)} ms (+${coldOverheadMs[step.name]!.toFixed(0)} ms)`]);
  }
  rmSync(dirs.root, { recursive: true, force: true });
  printTable(`start-up under Node 24 (median of ${rounds}; reproduce: npx tsx -e "import('./test/bench/cold-start.bench.ts').then((m) => m.benchColdStart())")`, ['what', 'JavaScript loaded', 'warm (compile cache)', 'cold (empty tool cache)'], rows);
  return { overheadMs, coldOverheadMs };
}
