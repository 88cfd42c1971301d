import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { measureHost, parseLoadavg, parseMeminfo, type DiskMeasure, type HostMeasures, type NetworkMeasure } from '../../packages/core/src/health/measures.ts';
import { checkUrl } from '../../packages/core/src/health/network.ts';
import { countRunnerListeners, countRunnerWorkers } from '../../packages/core/src/health/runner-workers.ts';
import { DEFAULT_THRESHOLDS, scoreHealth, type HealthReport, type HealthThresholds } from '../../packages/core/src/health/score.ts';
import { renderFindingsTable } from '../../packages/core/src/health/report.ts';

const PROC = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/proc');
const fixture = (name: string) => readFileSync(path.join(PROC, name), 'utf8');
const KiB = 1024;
const GiB = 2 ** 30;

describe('parseLoadavg', () => {
  it('reads the three averages', () => expect(parseLoadavg(fixture('loadavg'))).toEqual([0.52, 0.58, 0.59]));
  it('accepts tabs, runs of spaces and surrounding blanks', () => expect(parseLoadavg(fixture('variants/loadavg-odd-spacing'))).toEqual([3.1, 2.05, 1]));
  it.each(['', '0.5 0.6', 'high medium low 1/2 3', '-1 0 0 1/1 1'])('rejects %p', (text) => expect(() => parseLoadavg(text)).toThrow(/loadavg/));
});

describe('parseMeminfo', () => {
  it('converts KiB to bytes and uses MemAvailable', () => {
    expect(parseMeminfo(fixture('meminfo'))).toEqual({
      totalBytes: 16_305_120 * KiB,
      availableBytes: 8_152_560 * KiB,
      swapTotalBytes: 4_194_300 * KiB,
      swapFreeBytes: 3_145_725 * KiB,
    });
  });

  it('estimates available memory as MemFree + Buffers + Cached on kernels without MemAvailable', () => {
    expect(parseMeminfo(fixture('variants/meminfo-2.6.32'))).toEqual({
      totalBytes: 8_062_240 * KiB,
      availableBytes: (512_000 + 256_000 + 2_048_000) * KiB,
      swapTotalBytes: 0,
      swapFreeBytes: 0,
    });
  });

  it('caps that estimate at MemTotal', () => {
    expect(parseMeminfo('MemTotal: 1000 kB\nMemFree: 600 kB\nBuffers: 300 kB\nCached: 300 kB\n').availableBytes).toBe(1000 * KiB);
  });

  it('copes with tabs, CRLF, a space before the colon, no space after it and no unit', () => {
    expect(parseMeminfo(fixture('variants/meminfo-odd-spacing'))).toEqual({
      totalBytes: 2048 * KiB,
      availableBytes: 1024 * KiB,
      swapTotalBytes: 1000 * KiB,
      swapFreeBytes: 250 * KiB,
    });
  });

  it('refuses text without MemTotal', () => expect(() => parseMeminfo('MemFree: 5 kB\n')).toThrow(/MemTotal/));
});

describe('countRunnerListeners', () => {
  it('finds the runner service by its comm, or by argv when comm is cut short; workers and look-alikes are not listeners', () => {
    // 200: comm `Runner.Listene`, argv[0] …/bin/Runner.Listener; 400's arguments only mention a runner.
    expect(countRunnerListeners(PROC)).toBe(1);
    const copy = mkdtempSync(path.join(os.tmpdir(), 'rk-proc-'));
    try {
      cpSync(PROC, copy, { recursive: true });
      writeFileSync(path.join(copy, '200', 'comm'), 'Runner.Listener\n');
      expect(countRunnerListeners(copy)).toBe(1);
      rmSync(path.join(copy, '200'), { recursive: true });
      expect(countRunnerListeners(copy)).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('is 0 without a readable proc root', () => expect(countRunnerListeners('/nonexistent/proc')).toBe(0));
});

describe('countRunnerWorkers', () => {
  it('counts Runner.Worker processes (also under dotnet), not the listener, look-alikes, vanished or unreadable pids, or our own worker', () => {
    // 100, 101 (apphost) and 300 (dotnet Runner.Worker.dll); 600 is the ancestor of self.
    expect(countRunnerWorkers(PROC)).toBe(3);
  });

  it('counts every worker when this process runs under none (no self in the tree)', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'rk-proc-'));
    try {
      cpSync(PROC, copy, { recursive: true });
      rmSync(path.join(copy, 'self'), { recursive: true });
      expect(countRunnerWorkers(copy)).toBe(4);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('is 0 without procfs', () => expect(countRunnerWorkers(path.join(PROC, 'no-such-dir'))).toBe(0));
});

describe('measureHost', () => {
  it('reads load, memory, swap and workers from procRoot', async () => {
    const measures = await measureHost({ paths: [], networkUrls: [], networkTimeoutMs: 1000, procRoot: PROC });
    expect(measures).toEqual({
      scope: 'host',
      cpuCount: os.availableParallelism(),
      nodeCpuCount: Math.max(os.availableParallelism(), os.cpus().length),
      loadAverage: [0.52, 0.58, 0.59],
      memory: { totalBytes: 16_305_120 * KiB, availableBytes: 8_152_560 * KiB },
      nodeMemory: { totalBytes: 16_305_120 * KiB, availableBytes: 8_152_560 * KiB },
      swap: { totalBytes: 4_194_300 * KiB, freeBytes: 3_145_725 * KiB },
      disks: [],
      runnerWorkers: 3,
      network: [],
    });
  });

  it('falls back to the os module without procfs (macOS, Windows)', async () => {
    const measures = await measureHost({ paths: [], networkUrls: [], networkTimeoutMs: 1000, procRoot: path.join(PROC, 'no-such-dir') });
    expect(measures.memory.totalBytes).toBe(os.totalmem());
    expect(measures.memory.availableBytes).toBeGreaterThan(0);
    expect(measures.swap).toEqual({ totalBytes: 0, freeBytes: 0 });
    expect(measures.runnerWorkers).toBe(0);
    expect(measures.loadAverage.every((value) => Number.isFinite(value) && value >= 0)).toBe(true);
  });

  it('measures this machine within sane ranges, a missing path as zeros, and without any request', async () => {
    const missing = path.join(os.tmpdir(), `rk-health-missing-${process.pid}`, 'cache');
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      await measureHost({ paths: [os.tmpdir()], networkUrls: [], networkTimeoutMs: 1000 }); // warm up module and fs code
      // How fast is the bench's claim (test/bench/health.bench.ts), not a timed assertion on a shared machine.
      const measures = await measureHost({ paths: [os.tmpdir(), missing], networkUrls: [], networkTimeoutMs: 1000 });

      expect(fetchSpy).not.toHaveBeenCalled();
      expect(measures.cpuCount).toBe(os.availableParallelism());
      expect(measures.loadAverage).toHaveLength(3);
      for (const load of measures.loadAverage) expect(load).toBeGreaterThanOrEqual(0);
      // libuv reads the same MemTotal; allow for memory hot-plug in between, nothing more.
      expect(Math.abs(measures.memory.totalBytes - os.totalmem())).toBeLessThan(os.totalmem() * 0.01);
      expect(measures.memory.availableBytes).toBeGreaterThan(0);
      expect(measures.memory.availableBytes).toBeLessThanOrEqual(measures.memory.totalBytes);
      expect(measures.swap!.freeBytes).toBeLessThanOrEqual(measures.swap!.totalBytes);
      expect(measures.runnerWorkers).toBeGreaterThanOrEqual(0);
      expect(measures.network).toEqual([]);

      const [tmp, gone] = measures.disks;
      expect(measures.disks).toHaveLength(2);
      expect(tmp).toMatchObject({ path: os.tmpdir(), exists: true });
      expect(tmp!.totalBytes).toBeGreaterThan(0);
      expect(tmp!.freeBytes).toBeGreaterThan(0);
      expect(tmp!.freeBytes).toBeLessThanOrEqual(tmp!.totalBytes);
      expect(tmp!.freeInodes).toBeLessThanOrEqual(tmp!.totalInodes);
      expect(gone).toEqual({ path: missing, exists: false, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 });
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('network checks', () => {
  const servers: Server[] = [];
  const methods: string[] = [];
  let ok = '';
  let failing = '';
  let headRefused = '';
  let silent = '';
  let nobody = '';

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  }

  beforeAll(async () => {
    ok = await serve((_, res) => res.writeHead(200).end());
    failing = await serve((_, res) => res.writeHead(503).end('down'));
    headRefused = await serve((req, res) => {
      methods.push(req.method ?? '');
      res.writeHead(req.method === 'HEAD' ? 405 : 204).end();
    });
    silent = await serve(() => {}); // accepts the connection, never answers
    // A port that was just in use and now has nothing listening.
    nobody = await serve(() => {});
    const closing = servers.pop()!;
    await new Promise((resolve) => closing.close(resolve));
  });
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts a 200 as reachable', async () => {
    expect(await checkUrl(ok, 2000)).toEqual({ url: ok, ok: true, status: 200, ms: expect.any(Number) });
  });

  it('counts a 503 as unreachable, with its status', async () => {
    expect(await checkUrl(failing, 2000)).toEqual({ url: failing, ok: false, status: 503, ms: expect.any(Number), error: 'HTTP 503 Service Unavailable' });
  });

  it('retries with GET when HEAD is refused with 405', async () => {
    methods.length = 0;
    expect(await checkUrl(headRefused, 2000)).toMatchObject({ ok: true, status: 204 });
    expect(methods).toEqual(['HEAD', 'GET']);
  });

  it('reports a refused connection', async () => {
    const check = await checkUrl(nobody, 2000);
    expect(check).toMatchObject({ url: nobody, ok: false });
    expect(check.status).toBeUndefined();
    expect(check.error).toMatch(/ECONNREFUSED/);
    expect(check.ms).toBeLessThan(2000);
  });

  it('gives up on a server that never answers at the timeout', async () => {
    const started = performance.now();
    const check = await checkUrl(silent, 300);
    const elapsed = performance.now() - started;
    expect(check).toMatchObject({ ok: false, error: 'no answer within 300 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // The server never answers, so returning at all is the timeout's doing; the bound only keeps
    // it near 300 ms (a loaded machine fires timers late).
    expect(elapsed).toBeLessThan(300 + 1500);
    expect(check.ms).toBeLessThan(300 + 1500);
  });

  it('runs every check of measureHost at once, in the order given', async () => {
    const started = performance.now();
    // Two silent servers: one after the other they take two timeouts, at once one.
    const measures = await measureHost({ paths: [], networkUrls: [silent, ok, `${silent}/again`, failing, nobody], networkTimeoutMs: 1000 });
    const elapsed = performance.now() - started;
    expect(measures.network.map((check) => [check.url, check.ok])).toEqual([
      [silent, false],
      [ok, true],
      [`${silent}/again`, false],
      [failing, false],
      [nobody, false],
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('scoreHealth', () => {
  function disk(at: string, freePercent: number, inodesFreePercent = 50): DiskMeasure {
    return { path: at, exists: true, totalBytes: 100 * GiB, freeBytes: freePercent * GiB, totalInodes: 1_000_000, freeInodes: inodesFreePercent * 10_000 };
  }
  function host(overrides: Partial<HostMeasures> = {}): HostMeasures {
    return {
      scope: 'host',
      cpuCount: 4,
      nodeCpuCount: 4,
      loadAverage: [2, 3, 4], // 0.5 per CPU
      memory: { totalBytes: 1000 * GiB, availableBytes: 500 * GiB },
      nodeMemory: { totalBytes: 1000 * GiB, availableBytes: 500 * GiB },
      swap: { totalBytes: 100 * GiB, freeBytes: 100 * GiB },
      disks: [disk('/work', 50)],
      runnerWorkers: 0,
      network: [],
      ...overrides,
    };
  }
  const penalties = (report: HealthReport) => Object.fromEntries(report.findings.map((f) => [f.measure, f.penalty]));
  const summary = (report: HealthReport) => [report.score, report.status, report.recommendation];

  it('gives a fine machine 100 with every measure listed at penalty 0', () => {
    const report = scoreHealth(host({ disks: [disk('/work', 50), disk('/cache', 40, 30)], network: [{ url: 'http://a', ok: true, status: 200, ms: 5 }] }));
    expect(summary(report)).toEqual([100, 'healthy', 'use-self-hosted']);
    expect(penalties(report)).toEqual({
      'load per CPU': 0,
      'memory available': 0,
      'swap used': 0,
      'disk free /work': 0,
      'inodes free /work': 0,
      'disk free /cache': 0,
      'inodes free /cache': 0,
      'other jobs running': 0,
      'network http://a': 0,
    });
    expect(report.findings.map((f) => f.measure)).toEqual(Object.keys(penalties(report))); // in that order
    expect(report.findings.every((f) => f.problem === undefined)).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.findings[0]).toEqual({ measure: 'load per CPU', value: '0.5 (load 2 on 4 CPUs)', threshold: 'warn ≥ 1, critical ≥ 2', penalty: 0 });
  });

  // Higher is worse: 0 below warn, weight/2 at warn, linear to weight at critical, weight beyond.
  it.each([
    [3.96, 0, 100, 'healthy'],
    [4, 15, 85, 'healthy'],
    [6, 22.5, 78, 'healthy'], // 77.5 rounds half up
    [7.6, 28.5, 72, 'degraded'],
    [8, 30, 70, 'degraded'],
    [40, 30, 70, 'degraded'],
  ])('load %d on 4 CPUs costs %d → %d', (load, penalty, score, status) => {
    const report = scoreHealth(host({ loadAverage: [load, 0, 0] }));
    expect(penalties(report)['load per CPU']).toBe(penalty);
    expect(summary(report)).toEqual([score, status, status === 'healthy' ? 'use-self-hosted' : 'use-self-hosted-with-caution']);
    expect(report.problems).toHaveLength(penalty > 0 ? 1 : 0);
  });

  // Lower is worse: the same curve mirrored.
  it.each([
    [201, 0],
    [200, 15],
    [150, 22.5],
    [100, 30],
    [0, 30],
  ])('memory available %d of 1000 GiB costs %d', (available, penalty) => {
    const report = scoreHealth(host({ memory: { totalBytes: 1000 * GiB, availableBytes: available * GiB } }));
    expect(penalties(report)['memory available']).toBe(penalty);
    expect(report.score).toBe(Math.round(100 - penalty));
  });

  it.each([
    [49, 0],
    [50, 7.5],
    [62, 10.5],
    [80, 15],
    [100, 15],
  ])('swap %d%% used costs %d', (usedPercent, penalty) => {
    expect(penalties(scoreHealth(host({ swap: { totalBytes: 100 * GiB, freeBytes: (100 - usedPercent) * GiB } })))['swap used']).toBe(penalty);
  });

  it('does not penalise a machine without swap', () => {
    const report = scoreHealth(host({ swap: { totalBytes: 0, freeBytes: 0 } }));
    expect(report.findings.find((f) => f.measure === 'swap used')).toEqual({ measure: 'swap used', value: 'no swap', threshold: 'warn ≥ 50%, critical ≥ 80%', penalty: 0 });
    expect(report.score).toBe(100);
  });

  it.each([
    [16, 0],
    [15, 15],
    [10, 22.5],
    [5, 30],
    [1, 30],
  ])('disk %d%% free costs %d, for each path', (freePercent, penalty) => {
    const report = scoreHealth(host({ disks: [disk('/work', freePercent), disk('/cache', freePercent)] }));
    expect(penalties(report)['disk free /work']).toBe(penalty);
    expect(penalties(report)['disk free /cache']).toBe(penalty);
    expect(report.score).toBe(Math.round(100 - 2 * penalty));
  });

  it.each([
    [16, 0],
    [15, 15],
    [5, 30],
  ])('inodes %d%% free cost %d', (freePercent, penalty) => {
    expect(penalties(scoreHealth(host({ disks: [disk('/work', 50, freePercent)] })))['inodes free /work']).toBe(penalty);
  });

  it('skips inodes on filesystems without an inode limit and disk space where no size is reported', () => {
    const report = scoreHealth(host({ disks: [{ path: '/btrfs', exists: true, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 }] }));
    expect(report.findings.filter((f) => f.measure.endsWith('/btrfs')).map((f) => [f.value, f.penalty])).toEqual([
      ['no size reported', 0],
      ['no inode limit', 0],
    ]);
  });

  it.each([
    [1, 0],
    [2, 10],
    [3, 15],
    [4, 20],
    [9, 20],
  ])('%d other jobs running cost %d', (workers, penalty) => {
    expect(penalties(scoreHealth(host({ runnerWorkers: workers })))['other jobs running']).toBe(penalty);
  });

  it('penalises each missing path and each unreachable URL, with a sentence each', () => {
    const network: NetworkMeasure[] = [
      { url: 'http://up', ok: true, status: 404, ms: 3 },
      { url: 'http://down', ok: false, ms: 300, error: 'no answer within 300 ms' },
    ];
    const missing: DiskMeasure = { path: '/cache/vosk', exists: false, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 };
    const report = scoreHealth(host({ disks: [disk('/work', 50), missing], network }));
    expect(report.findings.slice(-5)).toEqual([
      { measure: 'inodes free /work', subject: '/work', value: '50% (500,000 of 1,000,000)', threshold: 'warn ≤ 15%, critical ≤ 5%', penalty: 0 },
      { measure: 'path /cache/vosk', subject: '/cache/vosk', value: 'missing', threshold: 'must exist', penalty: 30, problem: '/cache/vosk does not exist.' },
      { measure: 'other jobs running', value: '0', threshold: 'warn ≥ 2, critical ≥ 4', penalty: 0 },
      { measure: 'network http://up', subject: 'http://up', value: 'HTTP 404 in 3 ms', threshold: 'any status < 500', penalty: 0 },
      {
        measure: 'network http://down',
        subject: 'http://down',
        value: 'unreachable: no answer within 300 ms (300 ms)',
        threshold: 'any status < 500',
        penalty: 30,
        problem: 'http://down is unreachable: no answer within 300 ms.',
      },
    ]);
    expect(summary(report)).toEqual([40, 'unhealthy', 'use-fallback']);
    expect(report.problems).toEqual(['/cache/vosk does not exist.', 'http://down is unreachable: no answer within 300 ms.']);
  });

  it('the findings table names paths and URLs by number and lists them under itself, counts with thousands separators', () => {
    const report = scoreHealth(host({ disks: [disk('/tmp/runner-kit-job-x/workspace', 50)], network: [{ url: 'http://up', ok: true, status: 200, ms: 3 }] }));
    const lines = renderFindingsTable(report).split('\n');
    expect(lines).toContain('| disk free [1] | 50% (50.0 GiB of 100.0 GiB) | warn ≤ 15%, critical ≤ 5% | 0 |');
    expect(lines).toContain('| inodes free [1] | 50% (500,000 of 1,000,000) | warn ≤ 15%, critical ≤ 5% | 0 |');
    expect(lines).toContain('| network [2] | HTTP 200 in 3 ms | any status < 500 | 0 |');
    expect(lines.at(-1)).toBe('[1] `/tmp/runner-kit-job-x/workspace` · [2] `http://up`');
  });

  it('puts the status boundaries at 75 and 50', () => {
    // load at warn (15) + 2 other jobs (10) = 25 → 75.
    expect(summary(scoreHealth(host({ loadAverage: [4, 0, 0], runnerWorkers: 2 })))).toEqual([75, 'healthy', 'use-self-hosted']);
    // + swap at warn (7.5) → 67.5 → 68.
    expect(summary(scoreHealth(host({ loadAverage: [4, 0, 0], runnerWorkers: 2, swap: { totalBytes: 100 * GiB, freeBytes: 50 * GiB } })))).toEqual([68, 'degraded', 'use-self-hosted-with-caution']);
    // load critical (30) + 4 other jobs (20) = 50.
    expect(summary(scoreHealth(host({ loadAverage: [8, 0, 0], runnerWorkers: 4 })))).toEqual([50, 'degraded', 'use-self-hosted-with-caution']);
    // + disk 14.6% free: 15 + 15 × 0.4/10 = 15.6 → 34.4 → 34.
    const worse = scoreHealth(host({ loadAverage: [8, 0, 0], runnerWorkers: 4, disks: [disk('/work', 14.6)] }));
    expect(summary(worse)).toEqual([34, 'unhealthy', 'use-fallback']);
    expect(worse.problems).toEqual([
      'Load is 2 per CPU (1-minute load 8 on 4 CPUs), critical (≥ 2).',
      'Only 14.6 GiB of 100.0 GiB is free on the filesystem of /work (14.6%), warning (≤ 15%).',
      '4 other jobs are running on this machine, critical (≥ 4).',
    ]);
  });

  it('never goes below 0', () => {
    const broken: DiskMeasure = { path: '/x', exists: false, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 };
    const report = scoreHealth(host({ loadAverage: [99, 0, 0], memory: { totalBytes: GiB, availableBytes: 0 }, disks: [broken, broken, broken, broken] }));
    expect(summary(report)).toEqual([0, 'unhealthy', 'use-fallback']);
  });

  it('applies custom thresholds: weight 0 switches a measure off, warn = critical is a single step', () => {
    const thresholds: HealthThresholds = {
      ...DEFAULT_THRESHOLDS,
      loadPerCore: { warn: 3, critical: 3, weight: 40 },
      network: { weight: 0 },
    };
    const down: NetworkMeasure = { url: 'http://down', ok: false, ms: 1, error: 'connect ECONNREFUSED 127.0.0.1:9' };
    expect(penalties(scoreHealth(host({ loadAverage: [11.9, 0, 0], network: [down] }), thresholds))).toMatchObject({ 'load per CPU': 0, 'network http://down': 0 });
    const report = scoreHealth(host({ loadAverage: [12, 0, 0], network: [down] }), thresholds);
    expect(penalties(report)['load per CPU']).toBe(40);
    expect(summary(report)).toEqual([60, 'degraded', 'use-self-hosted-with-caution']);
    expect(report.problems).toEqual(['Load is 3 per CPU (1-minute load 12 on 4 CPUs), critical (≥ 3).']);
  });

  it('keeps the measures it judged', () => {
    const measures = host();
    expect(scoreHealth(measures).measures).toBe(measures);
  });
});
