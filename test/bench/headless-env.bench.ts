import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isRunning, processStartTicks, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { benchHeadlessVideo } from './headless-video.bench.ts';
import { median, printTable } from './stats.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A display number no server holds now, for the script that needs one fixed up front. */
function freeDisplay(): number {
  let number = 90 + (process.pid % 100);
  while (existsSync(`/tmp/.X${number}-lock`)) number++;
  return number;
}

/**
 * The start-up people write in workflows: fixed display, background jobs and sleeps long enough
 * for a slow runner, then a check that it all works. Pids go to a file so the bench can stop
 * exactly these processes (the usual `pkill -f Xvfb` would hit other jobs' displays).
 */
function sleepScript(display: number, dir: string): string {
  return [
    'set -e',
    `export HOME=${dir} XDG_RUNTIME_DIR=${dir} DISPLAY=:${display}`,
    `Xvfb :${display} -screen 0 1920x1080x24 -nolisten tcp >${dir}/xvfb.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    'sleep 3',
    `fluxbox >${dir}/fluxbox.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    'sleep 2',
    `export DBUS_SESSION_BUS_ADDRESS=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3>>${dir}/pids)`,
    `pulseaudio -D --exit-idle-time=-1 --log-target=file:${dir}/pulse.log`,
    'sleep 1',
    `cat ${dir}/pulse/pid >>${dir}/pids`,
    'xdpyinfo >/dev/null && pactl info >/dev/null',
    'dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply /org/freedesktop/DBus org.freedesktop.DBus.ListNames >/dev/null',
  ].join('\n');
}

/** Stops the script's processes by their pids (TERM, as its `kill` line would) and waits until all are gone. */
async function stopScript(pids: StartedProcess[]): Promise<void> {
  for (const p of pids) if (isRunning(p)) process.kill(p.pid, 'SIGTERM');
  const deadline = performance.now() + 5000;
  while (pids.some(isRunning) && performance.now() < deadline) await sleep(10);
  for (const p of pids) if (isRunning(p)) process.kill(p.pid, 'SIGKILL');
}

/**
 * headless-env (whole main step: Xvfb + fluxbox + D-Bus + PulseAudio up and verified; whole post
 * step: all stopped, runtime dir removed) against a sleep-based script doing the same start-up.
 */
export async function benchHeadlessEnv(rounds = 5, scriptRounds = 2): Promise<{ readyMs: number; cleanupMs: number; scriptReadyMs: number; scriptCleanupMs: number; video: Awaited<ReturnType<typeof benchHeadlessVideo>> }> {
  const ready: number[] = [];
  const cleanup: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const result = await runAction('headless-env', { inputs: { 'window-manager': 'fluxbox' } });
    if (result.main.exitCode !== 0 || result.post?.exitCode !== 0) throw new Error(`headless-env failed in the bench:\n${result.main.stdout}\n${result.post?.stdout ?? ''}`);
    ready.push(result.main.durationMs);
    cleanup.push(result.post.durationMs);
    rmSync(result.dirs.root, { recursive: true, force: true });
  }
  const scriptReady: number[] = [];
  const scriptCleanup: number[] = [];
  for (let i = 0; i < scriptRounds; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-sleep-'));
    const started = performance.now();
    const run = spawnSync('bash', ['-c', sleepScript(freeDisplay(), dir)], { stdio: 'ignore' });
    scriptReady.push(performance.now() - started);
    const pids = readFileSync(path.join(dir, 'pids'), 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const recorded = pids.map((pid) => ({ pid, pgid: pid, startTicks: processStartTicks(pid), command: 'script' }));
    const stopping = performance.now();
    await stopScript(recorded);
    scriptCleanup.push(performance.now() - stopping);
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`the sleep-based script failed (exit ${run.status})`);
  }
  const [readyMs, cleanupMs, scriptReadyMs, scriptCleanupMs] = [median(ready), median(cleanup), median(scriptReady), median(scriptCleanup)];
  printTable(`headless-env: Xvfb + fluxbox + D-Bus + PulseAudio, ready and verified (median of ${rounds} / ${scriptRounds})`, ['what', 'ready + verified', 'cleanup', 'ratio (ready)'], [
    ['headless-env main / post steps (whole Node 24 processes)', `${readyMs.toFixed(0)} ms`, `${cleanupMs.toFixed(0)} ms`, '1.00×'],
    ['script: `Xvfb :N & sleep 3; fluxbox & sleep 2; dbus-daemon --fork; pulseaudio -D; sleep 1` + checks', `${scriptReadyMs.toFixed(0)} ms`, `${scriptCleanupMs.toFixed(0)} ms (kill by pid, until gone)`, `${(scriptReadyMs / readyMs).toFixed(1)}×`],
  ]);
  // The recorder's cost (record-video), printed with the stack it records.
  const video = await benchHeadlessVideo();
  return { readyMs, cleanupMs, scriptReadyMs, scriptCleanupMs, video };
}
