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
