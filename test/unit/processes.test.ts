import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { groupHasLiveMembers, isRunning, processStartTicks, startDetached, stopProcess, type StartedProcess } from '../../packages/core/src/processes.ts';
import { parsePidStat } from '../../packages/core/src/system/procfs.ts';

const started: StartedProcess[] = [];
const others: number[] = [];

afterEach(async () => {
  for (const record of started.splice(0)) await stopProcess(record, { graceMs: 100 });
  for (const pid of others.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

async function start(script: string): Promise<StartedProcess> {
  const record = await startDetached('/bin/sh', ['-c', script]);
  started.push(record);
  return record;
}

describe('parsePidStat', () => {
  it('reads state, process group and start time after a comm holding spaces and parentheses', () => {
    const stat = '4242 (evil) (name x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000000 200 18446744073709551615';
    expect(parsePidStat(stat)).toEqual({ pid: 4242, comm: 'evil) (name x', state: 'S', ppid: 1, pgrp: 4242, cpuTicks: 3, rssPages: 200, startTicks: 987654 });
  });

  it('returns undefined for text that is not a stat line', () => {
    expect(parsePidStat('garbage')).toBeUndefined();
  });

  it('agrees with this process', () => {
    const own = parsePidStat(readFileSync('/proc/self/stat', 'utf8'));
    expect(own?.startTicks).toBe(processStartTicks(process.pid));
  });
});

describe('startDetached / stopProcess', () => {
  it('starts a process in its own group and stops it with SIGTERM', async () => {
    const record = await start('sleep 30');
    expect(record.pgid).toBe(record.pid);
    expect(record.startTicks).toBeGreaterThan(0);
    expect(isRunning(record)).toBe(true);
    expect(await stopProcess(record)).toBe('terminated');
    expect(isRunning(record)).toBe(false);
  });

  it('stops helpers the process forked (the whole group), even after the leader exited', async () => {
    const record = await start('sleep 30 & sleep 30 & exit 0');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(record)).toBe(false);
    expect(groupHasLiveMembers(record.pgid)).toBe(true);
    expect(await stopProcess(record)).toBe('terminated');
    expect(groupHasLiveMembers(record.pgid)).toBe(false);
  });

  it('escalates to SIGKILL when SIGTERM is ignored', async () => {
    const record = await start("trap '' TERM; while :; do sleep 0.05; done");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stopProcess(record, { graceMs: 200 })).toBe('killed');
    expect(groupHasLiveMembers(record.pgid)).toBe(false);
  });

  it('signals nothing when the recorded PID now belongs to another process', async () => {
    const victim = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    others.push(victim.pid!);
    const forged: StartedProcess = { pid: victim.pid!, pgid: victim.pid!, startTicks: (processStartTicks(victim.pid!) ?? 0) - 1, command: 'sleep' };
    expect(await stopProcess(forged, { graceMs: 100 })).toBe('not-running');
    expect(processStartTicks(victim.pid!)).toBeDefined();
  });

  it('reports not-running for a process that is already gone', async () => {
    const record = await start('exit 0');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stopProcess(record)).toBe('not-running');
  });

  it('rejects when the executable does not exist', async () => {
    await expect(startDetached('/nonexistent/runner-kit-binary', [])).rejects.toThrow(/ENOENT/);
  });
});
