import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startExporter, stopChild, waitFor } from '../fixtures/prometheus.ts';
import { node24, repoRoot } from '../harness/index.ts';
import { median, printTable } from './stats.ts';

const cli = path.join(repoRoot, 'dist', 'cli', 'main', 'index.js');

/** Resident set size of a process, from /proc (what `ps` calls RSS). */
function rssMb(pid: number): number {
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return (kib * 1024) / 1e6;
}

async function scrapeMs(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.text();
  return performance.now() - started;
}

/** RSS of Node 24 doing nothing but listen: the floor under any Node exporter. */
async function bareNodeServerRssMb(): Promise<number> {
  const child = spawn(node24, ['-e', "require('http').createServer((q, r) => r.end()).listen(0, '127.0.0.1', () => console.log('ready'))"], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    return rssMb(child.pid!);
  } finally {
    await stopChild(child);
  }
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

/**
 * `runner-kit exporter` as Prometheus sees it: a scrape that measures (health-gate's measures, the
 * model cache, the runner service) and one answered from the 5-second cache; the idle process's
 * RSS. Against node_exporter's textfile route: `runner-kit exporter --textfile --once` from cron
 * (a whole Node process per interval) with `prometheus-node-exporter --collector.textfile` serving
 * the file (only that collector on, so its scrape is the file's cost).
 */
export async function benchExporter(fresh = 6, cached = 50): Promise<{ freshMs: number; cachedMs: number; idleRssMb: number; bareNodeRssMb: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-exporter-'));
  const exporter = await startExporter(['--runner-name', 'bench', '--labels', 'self-hosted,linux,x64', '--workspace', dir, '--cache-dir', dir], { RUNNER_TEMP: dir });
  const rows: (string | number)[][] = [];
  let result: { freshMs: number; cachedMs: number; idleRssMb: number; bareNodeRssMb: number };
  try {
    const metrics = `${exporter.url}/metrics`;
    await scrapeMs(metrics); // warm: first request compiles the handlers
    const freshTimes: number[] = [];
    for (let i = 0; i < fresh; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5100)); // past the measurement's 5 s lifetime
      freshTimes.push(await scrapeMs(metrics));
    }
    const cachedTimes: number[] = [];
    for (let i = 0; i < cached; i++) cachedTimes.push(await scrapeMs(metrics));
    const idleRssMb = rssMb(exporter.child.pid!);
    result = { freshMs: median(freshTimes), cachedMs: median(cachedTimes), idleRssMb, bareNodeRssMb: await bareNodeServerRssMb() };
    rows.push(
      ['runner-kit exporter, scrape that measures', `${median(freshTimes).toFixed(1)} ms (p95 ${p95(freshTimes).toFixed(1)})`, `${idleRssMb.toFixed(1)} MB (long-running)`],
      ['runner-kit exporter, scrape within 5 s of another', `${median(cachedTimes).toFixed(1)} ms (p95 ${p95(cachedTimes).toFixed(1)})`, ''],
      ['(floor: bare Node 24 with an idle HTTP server)', '', `${result.bareNodeRssMb.toFixed(1)} MB`],
    );
  } finally {
    await exporter.stop();
  }

  // The textfile route: cron runs `--textfile --once`; node_exporter serves the file.
  const once: number[] = [];
  const onceRss: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', node24, cli, 'exporter', '--textfile', dir, '--once', '--runner-name', 'bench', '--workspace', dir], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', RUNNER_TEMP: dir } });
    once.push(performance.now() - started);
    onceRss.push((Number(run.stderr.trim().split('\n').at(-1)) * 1024) / 1e6);
  }
  rows.push(['`exporter --textfile --once` from cron (whole process)', `${median(once).toFixed(0)} ms per run`, `${median(onceRss).toFixed(1)} MB peak, only while it runs`]);
  const nodeExporter = spawnSync('sh', ['-c', 'command -v prometheus-node-exporter || command -v node_exporter'], { encoding: 'utf8' }).stdout.trim();
  if (nodeExporter) {
    const port = await freePort();
    const child = spawn(nodeExporter, ['--collector.disable-defaults', '--collector.textfile', `--collector.textfile.directory=${dir}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}/metrics`;
      await waitFor('node_exporter', async () => ((await fetch(url)).ok ? true : undefined));
      const times: number[] = [];
      for (let i = 0; i < cached; i++) times.push(await scrapeMs(url));
      rows.push(['node_exporter (textfile collector only) serving that file', `${median(times).toFixed(1)} ms (p95 ${p95(times).toFixed(1)})`, `${rssMb(child.pid!).toFixed(1)} MB (long-running)`]);
    } finally {
      await stopChild(child);
    }
  } else {
    rows.push(['node_exporter', 'not installed (apt-get install prometheus-node-exporter)', '']);
  }
  rmSync(dir, { recursive: true, force: true });
  printTable('runner-kit exporter: scrape latency and memory (loopback, Node 24 bundle)', ['route', 'scrape', 'RSS'], rows);
  return result;
}
