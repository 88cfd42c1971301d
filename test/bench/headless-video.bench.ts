import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { run } from '../fixtures/headless/commands.ts';
import { printTable } from './stats.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, all threads) of `pid` in seconds, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** % of one core `pid` uses over `seconds`, while `busy` (when given) keeps the screen changing. */
async function cpuPercent(pid: number, seconds: number, busy?: () => Promise<void>): Promise<number> {
  let stop = false;
  const painter = (async () => {
    while (busy && !stop) await busy();
  })();
  await sleep(1000); // past the encoder's start-up
  const [cpu, wall] = [cpuSeconds(pid), performance.now()];
  await sleep(seconds * 1000);
  const percent = ((cpuSeconds(pid) - cpu) / ((performance.now() - wall) / 1000)) * 100;
  stop = true;
  await painter;
  return percent;
}

/**
 * The recorder headless-env runs with `record-video` (1920x1080, 5 fps, x264 ultrafast) against
 * what a workflow writes by hand, `ffmpeg -f x11grab -i $DISPLAY out.mp4` (x11grab's default
 * 29.97 fps, x264's default preset), on the same display: an idle screen, and one repainted
 * five times a second. CPU in % of one core, from /proc.
 */
export async function benchHeadlessVideo(seconds = 8): Promise<{ idlePercent: number; busyPercent: number; plainIdlePercent: number; plainBusyPercent: number }> {
  const measured = { idlePercent: 0, busyPercent: 0, plainIdlePercent: 0, plainBusyPercent: 0 };
  const result = await runAction('headless-env', {
    inputs: { 'record-video': 'always', resolution: '1920x1080x24', 'window-manager': 'fluxbox', dbus: 'false', audio: 'false' },
    between: async ({ env, main }) => {
      const state = JSON.parse(main.state['headless-env']!) as { components: { component: string; process: StartedProcess }[] };
      const recorder = state.components.find((c) => c.component === 'video')!.process;
      let colour = 0;
      const repaint = async () => {
        await run('hsetroot', ['-solid', ['#204080', '#806020', '#208040'][colour++ % 3]!], env);
        await sleep(200);
      };
      measured.idlePercent = await cpuPercent(recorder.pid, seconds);
      measured.busyPercent = await cpuPercent(recorder.pid, seconds, repaint);
      // The hand-written recorder, alongside (same display, same screen), stopped by its pid.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-video-'));
      const plain = spawn('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'x11grab', '-video_size', '1920x1080', '-i', main.outputs['display']!, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', path.join(dir, 'out.mp4')], { env, stdio: 'ignore' });
      const exited = new Promise((resolve) => plain.once('close', resolve));
      try {
        measured.plainIdlePercent = await cpuPercent(plain.pid!, seconds);
        measured.plainBusyPercent = await cpuPercent(plain.pid!, seconds, repaint);
      } finally {
        plain.kill('SIGINT');
        await exited;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  });
  if (result.main.exitCode !== 0 || result.post?.exitCode !== 0) throw new Error(`headless-env with record-video failed in the bench:\n${result.main.stdout}\n${result.post?.stdout ?? ''}`);
  rmSync(result.dirs.root, { recursive: true, force: true });
  const ratio = (plain: number, ours: number) => `${(plain / Math.max(ours, 0.01)).toFixed(1)}×`;
  printTable(`headless-env record-video: recorder CPU at 1920x1080, % of one core (${seconds} s each)`, ['recorder', 'idle screen', 'screen repainted 5×/s', 'ratio (idle / repainted)'], [
    ['headless-env: x11grab 5 fps, x264 ultrafast, fragmented MP4', `${measured.idlePercent.toFixed(1)}%`, `${measured.busyPercent.toFixed(1)}%`, '1.0× / 1.0×'],
    ['by hand: `ffmpeg -f x11grab -i $DISPLAY out.mp4` (29.97 fps, x264 medium)', `${measured.plainIdlePercent.toFixed(1)}%`, `${measured.plainBusyPercent.toFixed(1)}%`, `${ratio(measured.plainIdlePercent, measured.idlePercent)} / ${ratio(measured.plainBusyPercent, measured.busyPercent)}`],
  ]);
  return measured;
}

/** One Wayland session's recorder and compositor CPU, idle and with a client repainting 5×/s. */
interface WaylandCost {
  recorderIdle: number;
  recorderBusy: number;
  swayIdle: number;
  swayBusy: number;
}

/**
 * `record-video` in a Wayland session (wf-recorder -D, the output refreshed at 5 Hz, x264
 * ultrafast) against wf-recorder -D by hand on a session at sway's usual 60 Hz, both at
 * 1920x1080: the recorder's CPU and sway's (it copies each frame), idle and with a terminal
 * printing 5×/s.
 */
export async function benchHeadlessVideoWayland(seconds = 6): Promise<{ ours: WaylandCost; byHand: WaylandCost }> {
  const measure = async (recordVideo: boolean): Promise<WaylandCost> => {
    const cost: WaylandCost = { recorderIdle: 0, recorderBusy: 0, swayIdle: 0, swayBusy: 0 };
    const result = await runAction('headless-env', {
      inputs: { session: 'wayland', resolution: '1920x1080x24', audio: 'none', dbus: 'false', 'record-video': recordVideo ? 'always' : 'false' },
      between: async ({ env, main, dirs }) => {
        const state = JSON.parse(main.state['headless-env']!) as { components: { component: string; process: StartedProcess }[] };
        const sway = state.components.find((c) => c.component === 'sway')!.process;
        let recorder = state.components.find((c) => c.component === 'video')?.process.pid;
        const byHand = recordVideo ? undefined : spawn('wf-recorder', ['-D', '-c', 'libx264', '-f', path.join(dirs.temp, 'by-hand.mp4')], { env, stdio: 'ignore' });
        recorder ??= byHand!.pid!;
        const exited = byHand ? new Promise((resolve) => byHand.once('close', resolve)) : undefined;
        const terminal = spawn('foot', ['sh', '-c', 'while :; do date +%s.%N; sleep 0.2; done'], { env, stdio: 'ignore' });
        const closed = new Promise((resolve) => terminal.once('close', resolve));
        try {
          // Idle: the terminal stopped (SIGSTOP), so nothing on the screen changes.
          terminal.kill('SIGSTOP');
          [cost.recorderIdle, cost.swayIdle] = await Promise.all([cpuPercent(recorder, seconds), cpuPercent(sway.pid, seconds)]);
          terminal.kill('SIGCONT');
          [cost.recorderBusy, cost.swayBusy] = await Promise.all([cpuPercent(recorder, seconds), cpuPercent(sway.pid, seconds)]);
        } finally {
          terminal.kill('SIGKILL');
          await closed;
          byHand?.kill('SIGINT');
          await exited;
        }
      },
    });
    if (result.main.exitCode !== 0 || result.post?.exitCode !== 0) throw new Error(`headless-env (wayland) failed in the video bench:\n${result.main.stdout}\n${result.post?.stdout ?? ''}`);
    rmSync(result.dirs.root, { recursive: true, force: true });
    return cost;
  };
  const ours = await measure(true);
  const byHand = await measure(false);
  const both = (c: WaylandCost, idle: boolean) => (idle ? `${c.recorderIdle.toFixed(1)}% + sway ${c.swayIdle.toFixed(1)}%` : `${c.recorderBusy.toFixed(1)}% + sway ${c.swayBusy.toFixed(1)}%`);
  const total = (c: WaylandCost, idle: boolean) => (idle ? c.recorderIdle + c.swayIdle : c.recorderBusy + c.swayBusy);
  printTable(`headless-env record-video, session: wayland: recorder + compositor CPU at 1920x1080, % of one core (${seconds} s each)`, ['recorder', 'idle screen', 'terminal printing 5×/s', 'ratio (idle / busy)'], [
    ['headless-env: wf-recorder -D, output at 5 Hz, x264 ultrafast', both(ours, true), both(ours, false), '1.0× / 1.0×'],
    ['by hand: `wf-recorder -D -c libx264 -f out.mp4` (output at 60 Hz)', both(byHand, true), both(byHand, false), `${(total(byHand, true) / Math.max(total(ours, true), 0.01)).toFixed(1)}× / ${(total(byHand, false) / Math.max(total(ours, false), 0.01)).toFixed(1)}×`],
  ]);
  return { ours, byHand };
}
