import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeRunnerDirs, node24 } from '../../../../test/harness/index.ts';
import { PUSHGATEWAY_BIN, startPushgateway, type Pushgateway } from '../../../../test/fixtures/pushgateway.ts';
import type { Demo } from './types.ts';

/** A job's own work: a compiler-like child process keeping one core busy, writing some output. */
function build(ms: number, workspace: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = `const end = Date.now() + ${ms}; const out = []; while (Date.now() < end) { out.push('x'.repeat(1024)); if (out.length > 20000) out.length = 0; }`;
    const child = spawn(node24, ['-e', script], { stdio: 'ignore', cwd: workspace });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

/** The newest perf-report.json under a job's RUNNER_TEMP. */
function latestReport(temp: string): string | undefined {
  const root = path.join(temp, 'runner-kit-perf-monitor');
  if (!existsSync(root)) return undefined;
  const sessions = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'report', 'perf-report.json'))).sort();
  return sessions.length ? path.join(root, sessions.at(-1)!, 'report', 'perf-report.json') : undefined;
}

/**
 * Two runs of the same job on one machine: the first is the baseline; the second does twice
 * the work, is compared with it (a regression) and pushes its aggregates to a Pushgateway on
 * loopback when Debian's prometheus-pushgateway is installed.
 */
export const perfMonitorDemo: Demo = {
  action: 'perf-monitor',
  async prepare() {
    const dirs = makeRunnerDirs();
    const cache = path.join(dirs.workspace, '.cache', 'models');
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, 'model.bin'), Buffer.alloc(3 * 1024 * 1024));
    const gateway: Pushgateway | undefined = existsSync(PUSHGATEWAY_BIN) ? await startPushgateway() : undefined;
    const inputs = { interval: '0.5', processes: 'true', 'cache-paths': '.cache/models', 'load-warn': 'off', baseline: 'baseline/perf-report.json' };
    return {
      runs: [
        {
          title: 'first run (becomes the baseline)',
          action: 'perf-monitor',
          options: { dirs, inputs, between: async () => build(2000, dirs.workspace) },
        },
        {
          title: 'next run, twice the work, compared with the first',
          action: 'perf-monitor',
          options: { dirs, inputs: { ...inputs, ...(gateway ? { 'pushgateway-url': gateway.url } : {}) }, between: async () => build(4000, dirs.workspace) },
          before: () => {
            const report = latestReport(dirs.temp);
            mkdirSync(path.join(dirs.workspace, 'baseline'), { recursive: true });
            if (report) copyFileSync(report, path.join(dirs.workspace, 'baseline', 'perf-report.json'));
          },
        },
      ],
      cleanup: async () => {
        if (gateway) {
          const pushed = (await gateway.metrics()).split('\n').filter((line) => line.startsWith('runner_kit_perf_cpu_percent{'));
          console.log(`\nPushgateway ${gateway.url}/metrics now holds:\n${pushed.map((line) => `  ${line}`).join('\n')}`);
          await gateway.stop();
        }
        rmSync(dirs.root, { recursive: true, force: true });
      },
    };
  },
};
