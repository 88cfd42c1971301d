import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readClockAnchor, recorderEnvironment, type RecorderSettings } from '../../packages/core/src/perf/recorder.ts';
import { aggregate } from '../../packages/core/src/perf/aggregate.ts';
import { renderReportMarkdown } from '../../packages/core/src/perf/render.ts';
import { replayRecording } from '../../packages/core/src/perf/replay.ts';
import { stepFigures } from '../../packages/core/src/perf/step-figures.ts';
import { locateCgroup } from '../../packages/core/src/system/cgroup-files.ts';
import { usageFiles } from '../../packages/core/src/system/cgroup.ts';
import { startDetached, stopProcess, type StartedProcess } from '../../packages/core/src/processes.ts';
import { splitProcStat } from '../../packages/core/src/system/procfs.ts';
import { bundledRecorderScript, node24, repoRoot } from '../harness/index.ts';
import { printTable } from './stats.ts';

/** What one sampler cost over the measuring window. */
export interface SamplerCost {
  /** CPU time as % of one core. */
  cpuPercent: number;
  /** Peak resident set (VmRSS), MB (10^6 bytes). */
  rssMb: number;
  /** Peak private (anonymous) resident memory, MB: RSS less file-backed pages (the program's own code). */
  anonMb: number;
  samples: number;
}

export interface PerfMonitorBench {
  sampler: SamplerCost;
  /** The same, with `processes` on (a /proc walk every 2 s). */
  samplerWithProcesses: SamplerCost;
  /** The same, copying the cgroup files it copies under a cgroup limit (those of this process's cgroup). */
  samplerWithCgroup: SamplerCost;
  systeminformation: SamplerCost;
  /** systeminformation CPU / perf-monitor sampler CPU. */
  cpuRatio: number;
  rssRatio: number;
  /** Post-step time to replay one hour of 1 s frames into samples, ms. */
  replayHourMs: number;
  /** Post-step time for the rest of the report of that hour with 50 steps: aggregate, per-step figures, Markdown with charts and gantt, ms. */
  reportHourWithStepsMs: number;
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

/** utime + stime of the process and of its reaped children (the recorder's `stat -f`, systeminformation's `df`). */
function cpuTicks(pid: number): number {
  const fields = splitProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.fields ?? [];
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
}

function memory(pid: number): { rssKb: number; anonKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s*(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), anonKb: kb('RssAnon') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Samples written so far: JSONL lines, or the recorder's frames (`@` lines). */
const count = (file: string, prefix = '') => {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((line) => line !== '' && line.startsWith(prefix ?? '')).length;
  } catch {
    return 0;
  }
};

/**
 * perf-monitor's recorder (as shipped in dist/) against a systeminformation-based sampler of the
 * same metrics, both at 1 s, side by side in one run, plus the recorder with `processes` on:
 * CPU by utime+stime (children included) from /proc/<pid>/stat over `windowMs` (after a
 * warm-up), memory as the peak of VmRSS and RssAnon seen once a second. Then the post step's
 * side: replaying an hour of the recording into samples.
 */
export async function benchPerfMonitor(windowMs = 30_000, warmupMs = 3_000): Promise<PerfMonitorBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-bench-'));
  const started: StartedProcess[] = [];
  try {
    const script = bundledRecorderScript('linux');
    const files = [path.join(dir, 'recording.txt'), path.join(dir, 'recording-processes.txt'), path.join(dir, 'recording-cgroup.txt'), path.join(dir, 'systeminformation.jsonl')] as const;
    const clock = readClockAnchor();
    const cgroupDirs = locateCgroup();
    if (!cgroupDirs) throw new Error('perf-monitor bench: no cgroup to read on this machine (the cgroup variant needs one).');
    // What perf-monitor copies under a limit: memory, OOM and CPU files (see job-limits.ts).
    const cgroupFiles = new Map([...usageFiles(cgroupDirs)].filter(([key]) => /^(memory|cpu|cpuacct):/.test(key)));
    for (const [file, processes, cgroup] of [[files[0], false, false], [files[1], true, false], [files[2], false, true]] as const) {
      const settings: RecorderSettings = { recording: file, intervalMs: 1000, workspace: dir, processes, cachePaths: [], ...(cgroup ? { cgroupFiles } : {}) };
      started.push(await startDetached('bash', [script], { env: recorderEnvironment(settings) }));
    }
    const siScript = path.join(dir, 'si-sampler.mjs');
    writeFileSync(siScript, SYSTEMINFORMATION_SAMPLER(path.join(repoRoot, 'node_modules', 'systeminformation', 'lib', 'index.js'), files[3], dir));
    started.push(await startDetached(node24, [siScript], { env: { PATH: process.env['PATH'] ?? '' } }));
    const prefixes = ['@', '@', '@', ''];

    await sleep(warmupMs);
    const ticksBefore = started.map((p) => cpuTicks(p.pid));
    const samplesBefore = files.map((file, i) => count(file, prefixes[i]));
    const peaks = started.map(() => ({ rssKb: 0, anonKb: 0 }));
    const begin = performance.now();
    while (performance.now() - begin < windowMs) {
      started.forEach((p, i) => {
        const now = memory(p.pid);
        peaks[i] = { rssKb: Math.max(peaks[i]!.rssKb, now.rssKb), anonKb: Math.max(peaks[i]!.anonKb, now.anonKb) };
      });
      await sleep(1000);
    }
    const seconds = (performance.now() - begin) / 1000;
    const cost = (i: number): SamplerCost => ({
      // /proc times are in USER_HZ (100) ticks.
      cpuPercent: ((cpuTicks(started[i]!.pid) - ticksBefore[i]!) / 100 / seconds) * 100,
      rssMb: (peaks[i]!.rssKb * 1024) / 1e6,
      anonMb: (peaks[i]!.anonKb * 1024) / 1e6,
      samples: count(files[i]!, prefixes[i]) - samplesBefore[i]!,
    });
    const result = { sampler: cost(0), samplerWithProcesses: cost(1), samplerWithCgroup: cost(2), systeminformation: cost(3) };
    const cpuRatio = result.systeminformation.cpuPercent / Math.max(result.sampler.cpuPercent, 0.01);
    const rssRatio = result.systeminformation.rssMb / result.sampler.rssMb;
    const row = (name: string, c: SamplerCost, ratio: string) => [name, `${c.cpuPercent.toFixed(2)}%`, `${c.rssMb.toFixed(1)} MB`, `${c.anonMb.toFixed(1)} MB`, c.samples, ratio];
    printTable(`perf-monitor sampler vs systeminformation, 1 s interval, ${Math.round(seconds)} s window (CPU = % of one core, children included)`, ['sampler', 'CPU', 'peak RSS', 'peak private (RssAnon)', 'samples', 'CPU ratio'], [
      row('perf-monitor recorder (bash, raw /proc lines)', result.sampler, '1.00×'),
      row('perf-monitor recorder, processes: 5', result.samplerWithProcesses, `${(result.samplerWithProcesses.cpuPercent / Math.max(result.sampler.cpuPercent, 0.01)).toFixed(1)}×`),
      row(`perf-monitor recorder, ${cgroupFiles.size} cgroup files (as under a limit)`, result.samplerWithCgroup, `${(result.samplerWithCgroup.cpuPercent / Math.max(result.sampler.cpuPercent, 0.01)).toFixed(1)}×`),
      row('systeminformation (currentLoad, mem, fsSize, disksIO, networkStats)', result.systeminformation, `${cpuRatio.toFixed(1)}×`),
    ]);

    // The post step's share: an hour of frames (the recording's own, repeated with advancing times) replayed.
    const recorded = readFileSync(files[1], 'utf8');
    const frames = recorded.split(/^(?=@)/m).filter((part) => part.startsWith('@') && part.endsWith('.\n'));
    let hour = 'H 1 1000\n';
    for (let i = 0; i < 3600; i++) hour += frames[i % frames.length]!.replace(/^@\d+/, `@${clock.uptimeMs + i * 1000}`);
    const replayStart = performance.now();
    const log = replayRecording(hour, { clock, workspace: dir, intervalMs: 1000, topProcesses: 5, pageBytes: 4096 });
    const replayHourMs = performance.now() - replayStart;
    // The rest of the report step for that hour, with a 50-step timeline.
    const reportStart = performance.now();
    const report = aggregate(log, { name: 'bench', thresholds: { memoryPercent: 90 }, context: { repository: 'o/r', workflow: 'w', job: 'j', runId: '1', runAttempt: '1', runnerName: 'r', serverUrl: 'https://github.com', apiUrl: 'http://127.0.0.1:9', eventName: 'push' } });
    const first = log.samples[0]!.t;
    const steps = Array.from({ length: 50 }, (_, i) => ({ number: i + 1, name: `Step ${i + 1}`, status: 'completed', conclusion: 'success', startedAt: first + i * 72_000, completedAt: first + (i + 1) * 72_000 }));
    report.steps = { jobName: 'bench', rule: 'bench', items: stepFigures(steps, log.samples, { endedAt: first + 3_600_000, intervalMs: 1000, job: false }) };
    const markdown = renderReportMarkdown(report, log.samples, log.header, { charts: true });
    const reportHourWithStepsMs = performance.now() - reportStart;
    printTable('perf-monitor post step: one hour of 1 s frames (processes on), 50 steps', ['frames', 'recording', 'replay', 'aggregate + steps + Markdown', 'in all', 'summary'], [
      [log.samples.length, `${(Buffer.byteLength(hour) / 2 ** 20).toFixed(1)} MiB`, `${Math.round(replayHourMs)} ms`, `${Math.round(reportHourWithStepsMs)} ms`, `${Math.round(replayHourMs + reportHourWithStepsMs)} ms`, `${(markdown.length / 1024).toFixed(0)} KiB`],
    ]);
    return { ...result, cpuRatio, rssRatio, replayHourMs, reportHourWithStepsMs };
  } finally {
    for (const record of started) await stopProcess(record, { graceMs: 1000 });
    rmSync(dir, { recursive: true, force: true });
  }
}
