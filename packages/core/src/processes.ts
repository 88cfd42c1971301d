import type { StdioOptions } from 'node:child_process';
import { childProcess } from './lazy-builtins.ts';
import { readdirSync } from 'node:fs';
import { pollUntil } from './polling.ts';
import { parsePidStat, readOptional, type PidStat } from './system/procfs.ts';

/**
 * A process runner-kit started, as recorded in step state so a later step (post) can stop
 * exactly it and its process group — never anything found by name. `startTicks` (field 22 of
 * `/proc/<pid>/stat`) guards against the PID having been reused by someone else's process.
 */
export interface StartedProcess {
  pid: number;
  /** Process group the process leads (it was started detached, so pgid === pid). */
  pgid: number;
  /** Start time in clock ticks since boot; undefined where /proc is absent. */
  startTicks: number | undefined;
  /** For messages only. */
  command: string;
}

/** How {@link stopProcess} ended: nothing to stop, stopped by SIGTERM, or needed SIGKILL. */
export type StopOutcome = 'not-running' | 'terminated' | 'killed';

export interface StartDetachedOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Default `'ignore'`: a detached process must not hold the step's pipes open. */
  stdio?: StdioOptions;
}

function readStat(pid: number): PidStat | undefined {
  const text = readOptional(`/proc/${pid}/stat`);
  return text === undefined ? undefined : parsePidStat(text);
}

/** Start time of `pid` in clock ticks since boot, or undefined (gone, or no /proc). */
export function processStartTicks(pid: number): number | undefined {
  return readStat(pid)?.startTicks;
}

/**
 * Starts a process in a new process group (detached), not tied to this process's lifetime or
 * event loop, and resolves once it has been spawned (rejects when the executable is missing).
 */
export async function startDetached(command: string, args: readonly string[], options: StartDetachedOptions = {}): Promise<StartedProcess> {
  const child = childProcess().spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: options.stdio ?? 'ignore', detached: true });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const pid = child.pid!;
  child.unref();
  return { pid, pgid: pid, startTicks: processStartTicks(pid), command: [command, ...args].join(' ') };
}

/** True while the recorded process is alive (not a zombie) and is still the one recorded. */
export function isRunning(record: StartedProcess): boolean {
  const stat = readStat(record.pid);
  if (stat) return stat.state !== 'Z' && (record.startTicks === undefined || stat.startTicks === record.startTicks);
  if (record.startTicks !== undefined) return false;
  return signalQuietly(record.pid, 0);
}

/** True while any live (non-zombie) member of process group `pgid` exists. */
export function groupHasLiveMembers(pgid: number): boolean {
  if (!signalQuietly(-pgid, 0)) return false;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return true; // no /proc: trust kill(0), zombies included
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat && stat.pgrp === pgid && stat.state !== 'Z') return true;
  }
  return false;
}

function signalQuietly(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True once `condition` holds, false when `timeoutMs` passed first; checks back off from 5 to 50 ms. */
async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const { value } = await pollUntil(() => (condition() ? true : undefined), { deadline: performance.now() + timeoutMs, intervalMs: 5, maxIntervalMs: 50 });
  return value === true;
}

export interface StopOptions {
  /** How long to wait after SIGTERM before SIGKILL. Default 2000 ms. */
  graceMs?: number;
  /** Signal the whole process group (default) or only the process. */
  group?: boolean;
}

/**
 * Stops a process runner-kit started: SIGTERM, wait up to `graceMs`, then SIGKILL. With `group`
 * (default) the signals go to its process group, so helpers it forked stop too. Nothing is
 * signalled when the recorded PID is gone or now belongs to another process (PID reuse): the
 * group of a reused PID is someone else's.
 */
export async function stopProcess(record: StartedProcess, options: StopOptions = {}): Promise<StopOutcome> {
  const graceMs = options.graceMs ?? 2000;
  const group = options.group ?? true;
  // A leader that exited (or is a zombie) may leave its group alive (a forking daemon). The group
  // id stays reserved while any member lives, so it is still ours unless the PID was reused.
  // The /proc scan for group members is needed only when the leader is gone.
  if (!isRunning(record)) {
    const stat = readStat(record.pid);
    const pidStillOurs = stat === undefined || record.startTicks === undefined || stat.startTicks === record.startTicks;
    if (!(group && pidStillOurs && groupHasLiveMembers(record.pgid))) return 'not-running';
  }
  const target = group ? -record.pgid : record.pid;
  const stopped = () => (group ? !groupHasLiveMembers(record.pgid) : !isRunning(record));
  signalQuietly(target, 'SIGTERM');
  if (await waitUntil(stopped, graceMs)) return 'terminated';
  signalQuietly(target, 'SIGKILL');
  await waitUntil(stopped, 2000);
  return 'killed';
}
