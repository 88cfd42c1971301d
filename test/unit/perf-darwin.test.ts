import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { aggregate } from '../../packages/core/src/perf/aggregate.ts';
import { recordedIntervalMs, recorderEnvironment, recorderScript } from '../../packages/core/src/perf/recorder.ts';
import { renderReportMarkdown } from '../../packages/core/src/perf/render.ts';
import { replayRecording } from '../../packages/core/src/perf/replay.ts';
import { isExternalDarwinInterface, parseDfPortable, parseIostat, parseNetstatInterfaces, parsePsBusiest, parseSysctl } from '../../packages/core/src/system/darwin.ts';
import { repoRoot, waitForFrames } from '../harness/index.ts';

/** A recorded macOS output (see test/fixtures/darwin/SOURCES.md for where each comes from). */
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'darwin');
const recorded = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
/** Scripts named like the macOS commands that replay those outputs (test/fixtures/darwin/shims). */
const shims = path.join(fixtures, 'shims');
const script = recorderScript('darwin');
const context = { repository: 'o/r', workflow: 'w', job: 'j', runId: '1', runAttempt: '1', runnerName: 'mac-mini', serverUrl: 'https://github.com', apiUrl: 'http://127.0.0.1:9', eventName: 'push' };

describe('macOS command outputs for perf-monitor', () => {
  it.each([
    // Each file's last report: busy = 100 - id.
    ['iostat-w1-disk0.txt', 100 - 89, 4.54],
    ['iostat-w5-disk0.txt', 100 - 69, 2.46],
  ])('%s: CPU busy and the 1-minute load of the newest report', (file, busy, load1) => {
    expect(parseIostat(recorded(file))).toEqual({ cpuBusyPercent: busy, load1 });
  });

  it('iostat: columns found by name, so more disks fit; no report or no header is no reading', () => {
    const twoDisks = ['              disk0               disk4       cpu    load average', '    KB/t  tps  MB/s     KB/t  tps  MB/s  us sy id   1m   5m   15m', '   20.00   10  0.20    64.00    2  0.13  30 10 60  2.00 1.50 1.00'].join('\n');
    expect(parseIostat(twoDisks)).toEqual({ cpuBusyPercent: 40, load1: 2 });
    expect(parseIostat(recorded('iostat-w1-disk0.txt').split('\n').slice(0, 2).join('\n'))).toBeUndefined();
    expect(parseIostat('iostat: command not found')).toBeUndefined();
  });

  it('netstat -ib: bytes from the link line of each interface, counted from the right', () => {
    expect(parseNetstatInterfaces(recorded('netstat-bI-en0-en1.txt'))).toEqual(
      new Map([
        ['en0', { rx: 0, tx: 836 }],
        ['en1', { rx: 13047081883, tx: 6652036717 }],
      ]),
    );
    // No hardware address (loopback, tunnels), a down interface (`*`), and the -d Drop column.
    const more = ['Name       Mtu   Network       Address            Ipkts Ierrs     Ibytes    Opkts Oerrs     Obytes  Coll Drop', 'lo0        16384 <Link#1>                         18381     0    2224104    18381     0    2224104     0   0', 'en5*       1500  <Link#9>      ac:de:48:00:11:22      0     0          0        0     0          0     0   0'].join('\n');
    expect(parseNetstatInterfaces(more)).toEqual(
      new Map([
        ['lo0', { rx: 2224104, tx: 2224104 }],
        ['en5', { rx: 0, tx: 0 }],
      ]),
    );
    expect(parseNetstatInterfaces('netstat: sysctl: Operation not permitted').size).toBe(0);
  });

  it('counts physical interfaces only: not loopback, tunnels, AWDL or bridges', () => {
    expect(['en0', 'en1', 'en10'].filter(isExternalDarwinInterface)).toEqual(['en0', 'en1', 'en10']);
    expect(['lo0', 'utun3', 'awdl0', 'llw0', 'bridge0', 'anpi0', 'ap1', 'gif0', 'stf0'].filter(isExternalDarwinInterface)).toEqual([]);
  });

  it('df -k -P, sysctl and ps -axr listings', () => {
    expect(parseDfPortable(recorded('df-P-k-workspace.txt'))).toEqual({ totalBytes: 971350180 * 1024, usedBytes: 402712296 * 1024 });
    expect(parseDfPortable('df: /missing: No such file or directory')).toBeUndefined();
    expect(parseSysctl(recorded('sysctl-hw.txt'))).toEqual(new Map([['hw.memsize', '17179869184'], ['hw.ncpu', '10']]));
    const busiest = parsePsBusiest(recorded('ps-busiest.txt'));
    expect(busiest.map(([pid, name, cpu]) => [pid, name, cpu])).toEqual([
      [412, 'Runner.Worker', 38.7],
      [5120, 'node', 25.1],
      [151, 'WindowServer', 4.2],
      [6001, 'helper', 0.9], // a path with spaces
    ]); // launchd at 0.0% is left out
    expect(busiest[1]![3]).toBe(402816 * 1024);
  });
});

describe('the macOS recorder (recorder-darwin.sh)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rk-perf-darwin-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses no bash-4 feature, so the stock /bin/bash 3.2 runs it', () => {
    const text = readFileSync(script, 'utf8');
    const code = text
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .join('\n');
    const bash4 = {
      'associative arrays': /declare -A|local -A|typeset -A/,
      mapfile: /\b(mapfile|readarray)\b/,
      'case-changing expansions': /\$\{[^}]*(,,|\^\^|,|\^)\}/,
      '{fd} redirections': /\{\w+\}[<>]/,
      '|& pipes': /\|&/,
      ';& and ;;& in case': /;;?&/,
      coproc: /\bcoproc\b/,
      'EPOCHREALTIME/EPOCHSECONDS': /EPOCH(REAL)?TIME|EPOCHSECONDS/,
      'printf %(…)T': /%\([^)]*\)T/,
      'read -t (3.2 takes whole seconds only)': /\bread\b[^\n]*\s-t\b/,
      'negative array subscripts': /\[-\d+\]/,
      'globstar/lastpipe': /shopt -s (globstar|lastpipe)/,
      'wait -n': /wait -n/,
      '${var@Q}': /\$\{\w+@\w\}/,
    };
    const found = Object.entries(bash4).filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
  });

  it('passes shellcheck', () => {
    // shellcheck is in .ci/packages.txt: the global setup stops the run when it is missing.
    const check = spawnSync('shellcheck', ['--shell=bash', '--severity=style', script], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('run under bash --posix on commands replaying macOS outputs, its recording replays into the report Linux runners get', async () => {
    const recording = path.join(dir, 'recording.txt');
    const env = { ...recorderEnvironment({ recording, intervalMs: 1000, workspace: dir, processes: true, cachePaths: [fixtures, path.join(dir, 'missing')] }, 'darwin'), PATH: `${shims}:${process.env['PATH'] ?? '/usr/bin:/bin'}` };
    // Every process look and cache size on each tick, so three ticks exercise every branch.
    Object.assign(env, { RK_PROCS_EVERY: '1', RK_CACHE_EVERY: '2', RK_STEP_SAMPLES: '2' });
    const epochMs = Date.now();
    const recorder = spawn('bash', ['--posix', script], { env, cwd: dir, stdio: 'ignore' });
    try {
      await waitForFrames(recording, 3);
    } finally {
      recorder.kill('SIGTERM');
      await new Promise((resolve) => recorder.once('exit', resolve));
    }
    const text = readFileSync(recording, 'utf8');
    expect(text.startsWith('H 1 1000 darwin\n')).toBe(true);
    expect(text).toMatch(/^!slowdown \d+ 2 samples written; interval now 2000 ms/m);
    expect(text).toMatch(/^!stop \d+ stopped by SIGTERM$/m);

    const log = replayRecording(text, { clock: { epochMs, uptimeMs: 0 }, workspace: dir, intervalMs: 1000, topProcesses: 3, pageBytes: 4096 });
    expect(log.events.filter((e) => e.kind === 'error')).toEqual([]);
    expect(log.header).toMatchObject({ intervalMs: 1000, cpuCount: 10, memTotalBytes: 16 * 2 ** 30, swapTotalBytes: 1024 * 2 ** 20, diskTotalBytes: 971350180 * 1024, pageBytes: 16384 });
    const [first, second] = log.samples;
    // iostat's interval reports, one per tick, from the fixture's second line on.
    expect(log.samples.slice(0, 3).map((s) => s.cpu)).toEqual([100 - 82, 100 - 88, 100 - 88]);
    expect(first).toMatchObject({ load1: 3.89, memAvail: (24141 + 388196 + 1272 + 4133) * 16384, swapUsed: Math.round(1024 * 2 ** 20) - Math.round(610.56 * 2 ** 20), diskUsed: 402712296 * 1024 });
    expect(first!.memUsed).toBe(16 * 2 ** 30 - first!.memAvail!);
    expect(first!.procs?.map((p) => p[1])).toEqual(['Runner.Worker', 'node', 'WindowServer']);
    expect(first!.cache).toEqual({ [fixtures]: expect.any(Number), [path.join(dir, 'missing')]: -1 });
    // en1 moves 1,000,000 bytes in and 250,000 out per tick (the netstat shim); en0 nothing.
    expect([second!.rx, second!.tx]).toEqual([1_000_000, 250_000]);
    expect(second!.dt).toBeGreaterThan(0);

    const report = aggregate(log, { name: 'mac', thresholds: { memoryPercent: 1 }, context });
    expect(report.metrics.cpuPercent?.peak).toBe(18);
    expect(report.warnings.join('\n')).toMatch(/memory/i);
    const markdown = renderReportMarkdown(report, log.samples, log.header, { charts: true });
    expect(markdown).toContain('10 cores');
    expect(markdown).toContain('Runner.Worker');
  }, 20_000);

  it('keeps whole seconds on macOS, where iostat waits', () => {
    expect([100, 1000, 1500, 2000].map((ms) => recordedIntervalMs(ms, 'darwin'))).toEqual([1000, 1000, 2000, 2000]);
    expect(recordedIntervalMs(1500, 'linux')).toBe(1500);
    expect(recorderEnvironment({ recording: 'r', intervalMs: 500, workspace: 'w', processes: true, cachePaths: [] }, 'darwin')).toMatchObject({ RK_INTERVAL_MS: '500', RK_STATFS_EVERY: '5', RK_PROCS_EVERY: '10' });
  });
});
