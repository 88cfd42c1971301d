import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { FrameSampler, type FrameSamplerOptions } from '../../packages/core/src/perf/frame-sampler.ts';
import type { RecordedFrame } from '../../packages/core/src/perf/recording.ts';
import {
  counterDelta,
  cpuPercent,
  isExternalInterface,
  isRealDisk,
  parseCpuTimes,
  parseDiskstats,
  parseNetDev,
  parsePidStat,
  sumDeltas,
} from '../../packages/core/src/system/procfs.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/perf');
const fixture = (snapshot: 'before' | 'after', file: string) => readFileSync(path.join(FIXTURES, snapshot, file), 'utf8');

describe('/proc/stat', () => {
  const before = parseCpuTimes(fixture('before', 'stat'))!;
  const after = parseCpuTimes(fixture('after', 'stat'))!;

  it('reads the all-cores line and one line per core', () => {
    expect(before.cores).toHaveLength(2);
    expect(before.all).toEqual({ total: 9600, idle: 8100, iowait: 100, steal: 0 });
  });

  it('busy % is the non-idle share of the elapsed jiffies, per core too', () => {
    expect(cpuPercent(before.all, after.all)).toBe(75);
    expect(cpuPercent(before.cores[0]!, after.cores[0]!)).toBe(100);
    expect(cpuPercent(before.cores[1]!, after.cores[1]!)).toBe(50);
  });

  it('no elapsed time is 0 %, not NaN', () => expect(cpuPercent(before.all, before.all)).toBe(0));

  it('guest time is not added twice and short old-kernel lines still parse', () => {
    const times = parseCpuTimes('cpu  10 0 10 80\ncpu0 10 0 10 80\n')!;
    expect(times.all.total).toBe(100);
    expect(parseCpuTimes('cpu  10 0 10 80 0 0 0 0 999 999\n')!.all.total).toBe(100);
  });

  it('text without a cpu line is undefined', () => expect(parseCpuTimes('intr 1 2\n')).toBeUndefined());
});

describe('counterDelta', () => {
  it.each([
    [100, 250, 150],
    [2 ** 32 - 296, 1000, 1296], // 32-bit wrap
    [5_000_000_000, 300, 300], // a 64-bit counter cannot have wrapped: reset
    [3_000_000_000, 2_000_000_000, 2_000_000_000], // "wrap" of over 2^31 is implausible: reset
    [7, 7, 0],
  ])('%p → %p grew by %p', (before, after, delta) => expect(counterDelta(before, after)).toBe(delta));
});

describe('/proc/net/dev', () => {
  const before = parseNetDev(fixture('before', 'net/dev'));
  const after = parseNetDev(fixture('after', 'net/dev'));

  it('reads rx and tx bytes of every interface, names touching the colon included', () => {
    expect(before.get('veth1a2b3c4')).toEqual({ rx: 7000, tx: 7000 });
    expect(after.get('eth0')).toEqual({ rx: 1000, tx: 105000 });
    expect([...after.keys()]).toEqual(['lo', 'eth0', 'ens5', 'docker0', 'wlan0']);
  });

  it('counts external interfaces only, through wraps and resets, ignoring vanished and new ones', () => {
    expect(sumDeltas(before, after, isExternalInterface, ['rx', 'tx'])).toEqual([1296 + 300, 5000 + 100]);
  });

  it('loopback, bridges and container links are not external traffic', () => {
    expect(['lo', 'docker0', 'veth1a2b3c4', 'br-3f2a', 'cni0', 'virbr0'].filter(isExternalInterface)).toEqual([]);
    expect(['eth0', 'ens5', 'enp0s3', 'wlan0', 'bond0', 'wg0'].every(isExternalInterface)).toBe(true);
  });
});

describe('/proc/diskstats', () => {
  const before = parseDiskstats(fixture('before', 'diskstats'));
  const after = parseDiskstats(fixture('after', 'diskstats'));

  it('reads sectors as bytes, old short lines included', () => {
    expect(before.get('nvme0n1')).toEqual({ readBytes: 10000 * 512, writtenBytes: 20000 * 512 });
    expect(before.get('sda')).toEqual({ readBytes: 80 * 512, writtenBytes: 80 * 512 });
  });

  it('sums whole real disks only: no partitions, loop, device-mapper, md, zram or optical', () => {
    expect(sumDeltas(before, after, isRealDisk, ['readBytes', 'writtenBytes'])).toEqual([2048 * 512, (4096 + 8) * 512]);
  });

  it.each([
    ['sda', true],
    ['vdb', true],
    ['xvda', true],
    ['nvme0n1', true],
    ['mmcblk0', true],
    ['sda1', false],
    ['xvda1', false],
    ['nvme0n1p1', false],
    ['nvme0c0n1', false],
    ['mmcblk0p2', false],
    ['loop3', false],
    ['dm-0', false],
    ['md127', false],
    ['zram0', false],
    ['ram0', false],
    ['sr0', false],
  ])('isRealDisk(%p) is %p', (name, real) => expect(isRealDisk(name)).toBe(real));
});

describe('/proc/<pid>/stat', () => {
  it('takes fields after the last parenthesis, so odd process names parse', () => {
    const line = '4242 (my (odd) proc) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 50 0 0 20 0 1 0 12345 1000000 2560 18446744073709551615';
    expect(parsePidStat(line)).toEqual({ pid: 4242, comm: 'my (odd) proc', state: 'S', ppid: 1, pgrp: 4242, cpuTicks: 200, rssPages: 2560, startTicks: 12345 });
  });
  it('garbage is undefined', () => expect(parsePidStat('nonsense')).toBeUndefined());
});

describe('FrameSampler over recorded frames', () => {
  const frameOf = (snapshot: 'before' | 'after', uptimeMs: number): RecordedFrame => ({
    uptimeMs,
    files: Object.fromEntries((['stat', 'loadavg', 'meminfo', 'diskstats', 'net/dev'] as const).map((source) => [source, fixture(snapshot, source)])),
    statfs: { blocks: 1000, bfree: 250, bsize: 4096 },
    cmdlines: new Map(),
  });
  const options: FrameSamplerOptions = { topProcesses: 3, pageBytes: 4096 };

  it('turns two frames into one sample of rates and levels', () => {
    const errors: string[] = [];
    const sampler = new FrameSampler(options, (source) => errors.push(source));
    expect(sampler.header(frameOf('before', 0), 5_000, 1_000, '/ws')).toMatchObject({ startedAt: 5_000, cpuCount: 2, memTotalBytes: 8_000_000 * 1024, diskTotalBytes: 1000 * 4096, workspace: '/ws' });
    const first = sampler.sample(1_000, frameOf('before', 0));
    expect(first.cpu).toBeUndefined(); // the first sample only sets the baseline
    const second = sampler.sample(2_000, frameOf('after', 1_000));
    expect(second).toMatchObject({
      t: 2_000,
      dt: 1_000,
      cpu: 75,
      iowait: 5,
      cores: [100, 50],
      load1: 2.5,
      memUsed: 6_000_000 * 1024,
      memAvail: 2_000_000 * 1024,
      swapUsed: 100_000 * 1024,
      rd: 2048 * 512,
      wr: (4096 + 8) * 512,
      rx: 1296 + 300,
      tx: 5100,
      diskUsed: 750 * 4096,
    });
    expect(errors).toEqual([]);
  });

  it('a source that was not read is left out silently; one that does not parse is also reported', () => {
    const errors: string[] = [];
    const sampler = new FrameSampler(options, (source) => errors.push(source));
    sampler.sample(1_000, frameOf('before', 0));
    const frame = frameOf('after', 1_000);
    frame.files.meminfo = 'garbage without MemTotal';
    delete frame.files['net/dev'];
    const sample = sampler.sample(2_000, frame);
    expect(sample.memUsed).toBeUndefined();
    expect(sample.rx).toBeUndefined();
    expect(sample.cpu).toBe(75);
    expect(errors).toEqual(['meminfo']);
  });

  it('ranks processes from looks that carry only changed stat lines', () => {
    const stat = (pid: number, name: string, ticks: number, start = 100) => `${pid} (${name}) S 1 ${pid} ${pid} 0 -1 0 0 0 0 0 ${ticks} 0 0 0 20 0 1 0 ${start} 1000 256 0`;
    const sampler = new FrameSampler(options, () => {});
    const look = (uptimeMs: number, uptime: string, pids: number[], changed: [number, string][], cmdlines: [number, string[]][] = []): RecordedFrame => ({
      ...frameOf(uptimeMs === 0 ? 'before' : 'after', uptimeMs),
      processes: { uptime, pids, changed: new Map(changed) },
      cmdlines: new Map(cmdlines),
    });
    sampler.sample(0, look(0, '100.00', [1, 2, 3, 5], [[1, stat(1, 'idle', 5)], [2, stat(2, 'MainThread', 10)], [3, stat(3, 'sh', 40)], [5, stat(5, 'make', 1000)]], [[2, ['/usr/bin/node', '--max-old-space-size=64', 'build.mjs']]]));
    // The fixtures' CPU time grows by 200 jiffies over 2 cores: 100 per core. pid 2 used 40 (40%),
    // pid 3 used 10 (10%, cut: top 3), pid 1 did not change; pid 4 is new, 20 ticks old, 10 of them
    // on the CPU (50%); pid 5 was reused by a process 50 ticks old with 15 (30%), not 15 − 1000.
    const sample = sampler.sample(
      1_000,
      look(1_000, '110.00', [1, 2, 3, 4, 5], [[2, stat(2, 'MainThread', 50)], [3, stat(3, 'sh', 50)], [4, stat(4, 'cc1', 10, 10_980)], [5, stat(5, 'cc1', 15, 10_950)]]),
    );
    expect(sample.procs).toEqual([
      [4, 'cc1', 50, 256 * 4096],
      [2, 'node build.mjs', 40, 256 * 4096],
      [5, 'cc1', 30, 256 * 4096],
    ]);
  });
});
