import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePidStat } from '../../packages/core/src/perf/procfs.ts';
import { SAMPLER_SETTINGS_ENV, type SamplerSettings } from '../../packages/core/src/perf/sampler-loop.ts';
import { SAMPLER_NODE_FLAGS } from '../../packages/core/src/perf/session.ts';
import { startDetached, stopProcess, type StartedProcess } from '../../packages/core/src/processes.ts';
import { node24, repoRoot } from '../harness/index.ts';
import { printTable } from './stats.ts';

/** What one sampler cost over the measuring window. */
export interface SamplerCost {
  /** CPU time as % of one core. */
  cpuPercent: number;
  /** Peak resident set (VmRSS), MB (10^6 bytes). */
  rssMb: number;
  /** Peak private (anonymous) resident memory, MB: RSS less the shared, file-backed Node binary. */
  anonMb: number;
  samples: number;
}

export interface PerfMonitorBench {
  sampler: SamplerCost;
  systeminformation: SamplerCost;
  /** systeminformation CPU / perf-monitor sampler CPU. */
  cpuRatio: number;
  rssRatio: number;
}

/**
 * The same metrics every 1 s the way popular telemetry actions get them: systeminformation's
 * currentLoad, mem, fsSize (runs `df`), disksIO, networkStats, appended as JSONL like ours.
 */
const SYSTEMINFORMATION_SAMPLER = (modulePath: string, out: string, workspace: string) => `
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import si from ${JSON.stringify(modulePath)};
const tick = async () => {
  const [load, mem, fs, io, net] = await Promise.all([si.currentLoad(), si.mem(), si.fsSize(${JSON.stringify(workspace)}), si.disksIO(), si.networkStats('*')]);
  appendFileSync(${JSON.stringify(out)}, JSON.stringify({ t: Date.now(), cpu: load.currentLoad, cores: load.cpus.map((c) => Math.round(c.load)), load1: os.loadavg()[0], memUsed: mem.active, memAvail: mem.available, swapUsed: mem.swapused,
    diskUsed: fs[0]?.used, rd: io?.rIO_sec, wr: io?.wIO_sec, rx: net.reduce((a, n) => a + (n.rx_sec ?? 0), 0), tx: net.reduce((a, n) => a + (n.tx_sec ?? 0), 0) }) + '\\n');
};
setInterval(() => { tick().catch(() => {}); }, 1000);
tick().catch(() => {});
`;

function cpuTicks(pid: number): number {
  return parsePidStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.cpuTicks ?? 0;
}

function memory(pid: number): { rssKb: number; anonKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s*(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), anonKb: kb('RssAnon') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lines = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

/**
 * perf-monitor's sampler against a systeminformation-based sampler of the same metrics, both
 * at 1 s, side by side in one run: CPU by utime+stime from /proc/<pid>/stat over `windowMs`
 * (after a warm-up), memory as the peak of VmRSS and RssAnon seen once a second.
 */
export async function benchPerfMonitor(windowMs = 30_000, warmupMs = 3_000): Promise<PerfMonitorBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-bench-'));
  const started: StartedProcess[] = [];
  try {
    const ours = path.join(dir, 'perf-monitor.jsonl');
    const theirs = path.join(dir, 'systeminformation.jsonl');
    const settings: SamplerSettings = { dataFile: ours, intervalMs: 1000, workspace: dir, topProcesses: 0, cachePaths: [] };
    const sampler = await startDetached(node24, [...SAMPLER_NODE_FLAGS, path.join(repoRoot, 'dist', 'perf-monitor', 'sampler', 'index.js')], {
      env: { [SAMPLER_SETTINGS_ENV]: JSON.stringify(settings), PATH: process.env['PATH'] ?? '' },
    });
    started.push(sampler);
    const script = path.join(dir, 'si-sampler.mjs');
    writeFileSync(script, SYSTEMINFORMATION_SAMPLER(path.join(repoRoot, 'node_modules', 'systeminformation', 'lib', 'index.js'), theirs, dir));
    const si = await startDetached(node24, [...SAMPLER_NODE_FLAGS, script], { env: { PATH: process.env['PATH'] ?? '' } });
    started.push(si);

    await sleep(warmupMs);
    const ticksBefore = [cpuTicks(sampler.pid), cpuTicks(si.pid)];
    const linesBefore = [lines(ours), lines(theirs)];
    const peaks = [{ rssKb: 0, anonKb: 0 }, { rssKb: 0, anonKb: 0 }];
    const begin = performance.now();
    while (performance.now() - begin < windowMs) {
      [sampler, si].forEach((p, i) => {
        const now = memory(p.pid);
        peaks[i] = { rssKb: Math.max(peaks[i]!.rssKb, now.rssKb), anonKb: Math.max(peaks[i]!.anonKb, now.anonKb) };
      });
      await sleep(1000);
    }
    const seconds = (performance.now() - begin) / 1000;
    const cost = (i: number, pid: number, file: string): SamplerCost => ({
      // /proc times are in USER_HZ (100) ticks.
      cpuPercent: ((cpuTicks(pid) - ticksBefore[i]!) / 100 / seconds) * 100,
      rssMb: (peaks[i]!.rssKb * 1024) / 1e6,
      anonMb: (peaks[i]!.anonKb * 1024) / 1e6,
      samples: lines(file) - linesBefore[i]!,
    });
    const result = { sampler: cost(0, sampler.pid, ours), systeminformation: cost(1, si.pid, theirs) };
    const cpuRatio = result.systeminformation.cpuPercent / Math.max(result.sampler.cpuPercent, 0.01);
    const rssRatio = result.systeminformation.rssMb / result.sampler.rssMb;
    const row = (name: string, c: SamplerCost, ratio: string) => [name, `${c.cpuPercent.toFixed(2)}%`, `${c.rssMb.toFixed(1)} MB`, `${c.anonMb.toFixed(1)} MB`, c.samples, ratio];
    printTable(`perf-monitor sampler vs systeminformation, 1 s interval, ${Math.round(seconds)} s window (CPU = % of one core)`, ['sampler', 'CPU', 'peak RSS', 'peak private (RssAnon)', 'samples', 'CPU ratio'], [
      row('perf-monitor sampler (/proc, sync reads)', result.sampler, '1.00×'),
      row('systeminformation (currentLoad, mem, fsSize, disksIO, networkStats)', result.systeminformation, `${cpuRatio.toFixed(1)}×`),
    ]);
    return { ...result, cpuRatio, rssRatio };
  } finally {
    for (const record of started) await stopProcess(record, { graceMs: 1000 });
    rmSync(dir, { recursive: true, force: true });
  }
}
