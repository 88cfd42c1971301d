import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isRunning, processStartTicks, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { benchHeadlessVideo, benchHeadlessVideoWayland } from './headless-video.bench.ts';
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
 * The Wayland start-up by hand: sway on the headless backend (in a user namespace as root, as
 * sway refuses root), then D-Bus and PipeWire's three daemons, with sleeps a slow runner needs,
 * then the sink, the microphone and the checks. Pids go to a file, as in {@link sleepScript}.
 */
function waylandSleepScript(dir: string): string {
  const sway = process.getuid?.() === 0 ? 'unshare --user --map-user=1000 --map-group=1000 sway' : 'sway';
  return [
    'set -e',
    `export HOME=${dir} XDG_RUNTIME_DIR=${dir} XDG_CONFIG_HOME=${dir}`,
    `printf 'output HEADLESS-1 resolution 1920x1080\nxwayland force\n' >${dir}/sway.conf`,
    `WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman setsid ${sway} -c ${dir}/sway.conf >${dir}/sway.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    'sleep 2',
    `export DBUS_SESSION_BUS_ADDRESS=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3>>${dir}/pids)`,
    `setsid pipewire >${dir}/pipewire.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    'sleep 1',
    `setsid wireplumber >${dir}/wireplumber.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    `setsid pipewire-pulse >${dir}/pipewire-pulse.log 2>&1 &`,
    `echo $! >>${dir}/pids`,
    'sleep 2',
    'pactl load-module module-null-sink sink_name=headless_sink >/dev/null',
    'pactl load-module module-remap-source source_name=headless_source master=headless_sink.monitor >/dev/null',
    'pactl set-default-sink headless_sink && pactl set-default-source headless_source',
    'WAYLAND_DISPLAY=wayland-1 wayland-info >/dev/null && pactl info >/dev/null',
  ].join('\n');
}

/**
 * headless-env with `session: wayland, audio: pipewire` (sway + Xwayland + D-Bus + PipeWire,
 * ready and verified: whole main step) against the same stack started by hand with sleeps.
 */
export async function benchHeadlessWayland(rounds = 5, scriptRounds = 2): Promise<{ readyMs: number; cleanupMs: number; scriptReadyMs: number }> {
  const ready: number[] = [];
  const cleanup: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const result = await runAction('headless-env', { inputs: { session: 'wayland', audio: 'pipewire', dbus: 'true' } });
    if (result.main.exitCode !== 0 || result.post?.exitCode !== 0) throw new Error(`headless-env (wayland) failed in the bench:\n${result.main.stdout}\n${result.post?.stdout ?? ''}`);
    ready.push(result.main.durationMs);
    cleanup.push(result.post.durationMs);
    rmSync(result.dirs.root, { recursive: true, force: true });
  }
  const scriptReady: number[] = [];
  for (let i = 0; i < scriptRounds; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-wl-'));
    const started = performance.now();
    const run = spawnSync('bash', ['-c', waylandSleepScript(dir)], { stdio: 'ignore' });
    scriptReady.push(performance.now() - started);
    const pids = readFileSync(path.join(dir, 'pids'), 'utf8').split(/\s+/).filter(Boolean).map(Number);
    // Each was started with setsid (dbus-daemon forked on its own): stop each one's group, by its pid.
    const recorded = pids.map((pid) => ({ pid, pgid: pid, startTicks: processStartTicks(pid), command: 'script' }));
    for (const p of recorded) {
      try {
        if (isRunning(p)) process.kill(-p.pgid, 'SIGTERM');
      } catch {
        // dbus-daemon --fork leads no group: stopScript signals it by pid
      }
    }
    await stopScript(recorded);
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`the Wayland sleep-based script failed (exit ${run.status})`);
  }
  const [readyMs, cleanupMs, scriptReadyMs] = [median(ready), median(cleanup), median(scriptReady)];
  printTable(`headless-env session: wayland, audio: pipewire: sway + Xwayland + D-Bus + PipeWire, ready and verified (median of ${rounds} / ${scriptRounds})`, ['what', 'ready + verified', 'cleanup', 'ratio (ready)'], [
    ['headless-env main / post steps (whole Node 24 processes)', `${readyMs.toFixed(0)} ms`, `${cleanupMs.toFixed(0)} ms`, '1.00×'],
    ['script: `sway & sleep 2; dbus-daemon --fork; pipewire & sleep 1; wireplumber & pipewire-pulse & sleep 2; pactl …` + checks', `${scriptReadyMs.toFixed(0)} ms`, '—', `${(scriptReadyMs / readyMs).toFixed(1)}×`],
  ]);
  return { readyMs, cleanupMs, scriptReadyMs };
}

/**
 * headless-env (whole main step: Xvfb + fluxbox + D-Bus + PulseAudio up and verified; whole post
 * step: all stopped, runtime dir removed) against a sleep-based script doing the same start-up.
 */
export async function benchHeadlessEnv(rounds = 5, scriptRounds = 2): Promise<{ readyMs: number; cleanupMs: number; scriptReadyMs: number; scriptCleanupMs: number; video: Awaited<ReturnType<typeof benchHeadlessVideo>>; wayland: Awaited<ReturnType<typeof benchHeadlessWayland>>; waylandVideo: Awaited<ReturnType<typeof benchHeadlessVideoWayland>> }> {
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
  const wayland = await benchHeadlessWayland();
  const waylandVideo = await benchHeadlessVideoWayland();
  return { readyMs, cleanupMs, scriptReadyMs, scriptCleanupMs, video, wayland, waylandVideo };
}
