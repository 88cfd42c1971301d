import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { measureHost } from '../../packages/core/src/health/measures.ts';
import { scoreHealth } from '../../packages/core/src/health/score.ts';
import { parsePs, parseSwapUsage, parseVmStat, vmStatAvailableBytes } from '../../packages/core/src/system/darwin.ts';
import { repoRoot } from '../harness/index.ts';

/** A recorded macOS output (see test/fixtures/darwin/SOURCES.md for where each comes from). */
const recorded = (name: string) => readFileSync(path.join(repoRoot, 'test', 'fixtures', 'darwin', name), 'utf8');

const TiB = 2 ** 40;

describe('macOS command outputs', () => {
  it.each([
    ['vm_stat-apple-m4.txt', 16384, 24141 + 388196 + 1272 + 4133],
    ['vm_stat-apple-m5-pro.txt', 16384, 1133377 + 770303 + 210943 + 23665],
    ['vm_stat-intel.txt', 4096, 105885 + 449242 + 6155 + 128967],
  ])('%s: page size from the header; available = free + inactive + speculative + purgeable pages', (file, pageSize, pages) => {
    const vm = parseVmStat(recorded(file))!;
    expect(vm.pageSize).toBe(pageSize);
    expect(vm.pages['Pages wired down']).toBeGreaterThan(0);
    expect(vm.pages['Translation faults']).toBeGreaterThan(0); // the quoted label too
    expect(vmStatAvailableBytes(vm, TiB)).toBe(pages * pageSize);
    // Never more than the machine has.
    expect(vmStatAvailableBytes(vm, 1024)).toBe(1024);
  });

  it('the free pages alone (what os.freemem() says on a Mac) are a small part of what is available', () => {
    const vm = parseVmStat(recorded('vm_stat-apple-m4.txt'))!;
    const free = vm.pages['Pages free']! * vm.pageSize;
    expect(free / vmStatAvailableBytes(vm, TiB)).toBeLessThan(0.06);
  });

  it('refuses text without the vm_stat header', () => {
    expect(parseVmStat('Pages free: 12.\n')).toBeUndefined();
  });

  it('reads sysctl vm.swapusage in its units', () => {
    expect(parseSwapUsage(recorded('swapusage-macos-26.txt'))).toEqual({ totalBytes: 1024 * 2 ** 20, freeBytes: Math.round(610.56 * 2 ** 20) });
    expect(parseSwapUsage('vm.swapusage: total = 2.00G  used = 0.50G  free = 1.50G  (encrypted)')).toEqual({ totalBytes: 2 * 2 ** 30, freeBytes: 1.5 * 2 ** 30 });
    expect(parseSwapUsage('vm.swapusage: total = 0.00M  used = 0.00M  free = 0.00M  (encrypted)')).toEqual({ totalBytes: 0, freeBytes: 0 });
    expect(parseSwapUsage('sysctl: unknown oid')).toBeUndefined();
  });

  it('reads ps listings, paths with spaces included', () => {
    const entries = parsePs(recorded('ps-runner-host.txt').replace('{self}', '9999'));
    expect(entries).toHaveLength(11);
    expect(entries.at(-1)).toEqual({ pid: 6001, ppid: 1, command: '/Applications/Runner.Worker Tools.app/Contents/MacOS/helper' });
  });
});

describe('measureHost without procfs', () => {
  const outputs: Record<string, string> = {
    vm_stat: recorded('vm_stat-apple-m4.txt'),
    sysctl: recorded('swapusage-macos-26.txt'),
    ps: recorded('ps-runner-host.txt').replace('{self}', String(process.pid)),
  };

  it('macOS: memory from vm_stat, swap from sysctl, other jobs from ps (not the one it runs in)', async () => {
    const calls: string[] = [];
    const measures = await measureHost({
      paths: [os.tmpdir()],
      networkUrls: [],
      networkTimeoutMs: 1000,
      platform: 'darwin',
      runCommand: async (file, args) => {
        calls.push([file, ...args].join(' '));
        return outputs[file]!;
      },
    });
    expect(calls.sort()).toEqual(['ps -A -o pid=,ppid=,comm=', 'sysctl -n vm.swapusage', 'vm_stat']);
    const available = Math.min(os.totalmem(), (24141 + 388196 + 1272 + 4133) * 16384);
    expect(measures.memory).toEqual({ totalBytes: os.totalmem(), availableBytes: available });
    expect(measures.scope).toBe('host');
    expect(measures.swap).toEqual({ totalBytes: 1024 * 2 ** 20, freeBytes: Math.round(610.56 * 2 ** 20) });
    // The second runner's job; the first one's worker is this process's ancestor.
    expect(measures.runnerWorkers).toBe(1);
    expect(measures.disks[0]).toMatchObject({ path: os.tmpdir(), exists: true });
  });

  it('macOS with the commands failing: free memory as Node sees it, swap and workers unknown', async () => {
    const measures = await measureHost({ paths: [], networkUrls: [], networkTimeoutMs: 1000, platform: 'darwin', runCommand: () => Promise.reject(new Error('spawn vm_stat ENOENT')) });
    expect(measures.memory.availableBytes).toBeGreaterThan(0);
    expect(measures.memory.availableBytes).toBeLessThanOrEqual(measures.memory.totalBytes);
    expect(measures.swap).toBeUndefined();
    expect(measures.runnerWorkers).toBeUndefined();
  });

  it('Windows: runs no command; swap and other jobs are unknown and never judged', async () => {
    const measures = await measureHost({
      paths: [],
      networkUrls: [],
      networkTimeoutMs: 1000,
      platform: 'win32',
      runCommand: () => Promise.reject(new Error('no command runs on Windows')),
    });
    expect(measures.swap).toBeUndefined();
    expect(measures.runnerWorkers).toBeUndefined();
    const report = scoreHealth(measures);
    expect(report.findings.filter((f) => f.measure === 'swap used' || f.measure === 'other jobs running')).toEqual([
      expect.objectContaining({ measure: 'swap used', value: 'unknown on this OS', penalty: 0 }),
      expect.objectContaining({ measure: 'other jobs running', value: 'not counted on this OS', penalty: 0 }),
    ]);
  });
});
