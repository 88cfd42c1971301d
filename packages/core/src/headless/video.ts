import { existsSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { pollUntil, type Deadline } from '../polling.ts';
import { groupHasLiveMembers, isRunning, stopProcess, type StartedProcess, type StopOutcome } from '../processes.ts';
import { withSystemErrors } from '../system-errors.ts';
import { withLogTail } from './commands.ts';
import type { RecordVideoMode, ScreenSpec } from './config.ts';
import { launch } from './launch.ts';
import type { RuntimeLayout } from './runtime-dir.ts';

/** Frames per second of the screen recording: enough to follow a GUI test, a few % of a core. */
export const VIDEO_FPS = 5;

/** What post needs to finish a recording: the file, and whether to keep it. */
export interface VideoState {
  path: string;
  mode: Exclude<RecordVideoMode, 'false'>;
}

/**
 * ffmpeg's argv (pure). x11grab at a fixed rate without the pointer, x264 ultrafast, yuv420p (what
 * every player decodes), so even sizes. The MP4 is fragmented (an empty moov up front, a fragment
 * per keyframe every 2 s, each flushed): playable at any moment, so a step of the job can upload it
 * while post has not finalised it yet. `-y`: the file name is headless-env's own.
 */
export function ffmpegArgs(display: string, screen: Pick<ScreenSpec, 'width' | 'height'>, file: string): string[] {
  const even = (n: number) => Math.max(2, n - (n % 2));
  return [
    '-nostdin', '-nostats', '-loglevel', 'warning',
    '-f', 'x11grab', '-framerate', String(VIDEO_FPS), '-video_size', `${even(screen.width)}x${even(screen.height)}`, '-draw_mouse', '0', '-i', display,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', String(VIDEO_FPS * 2),
    '-movflags', '+frag_keyframe+empty_moov+default_base_moof', '-flush_packets', '1',
    '-y', file,
  ];
}

/**
 * wf-recorder's argv for a Wayland session (pure). `-D` captures a frame each time the output
 * refreshes, not only when the screen changes (the default records nothing on an idle screen and
 * takes >10 s to exit); the output refreshes at {@link VIDEO_FPS} Hz while recording (see
 * {@link swayConfig}), which is what holds its cost down, as wf-recorder ignores `-r` with `-D`.
 * A plain MP4, finalised by SIGINT. Odd sizes are cropped to even ones for yuv420p.
 */
export function wfRecorderArgs(output: string, screen: Pick<ScreenSpec, 'width' | 'height'>, file: string): string[] {
  const odd = screen.width % 2 === 1 || screen.height % 2 === 1;
  return ['-D', '-o', output, '-c', 'libx264', '-p', 'preset=ultrafast', '-x', 'yuv420p', ...(odd ? ['-F', 'crop=trunc(iw/2)*2:trunc(ih/2)*2'] : []), '-f', file];
}

/** The recorder of each session, with its argv. */
export function recorderCommand(session: 'x11' | 'wayland', display: string, screen: Pick<ScreenSpec, 'width' | 'height'>, file: string): { command: string; args: string[] } {
  return session === 'wayland' ? { command: 'wf-recorder', args: wfRecorderArgs(display, screen, file) } : { command: 'ffmpeg', args: ffmpegArgs(display, screen, file) };
}

/** True when post keeps the video: always, or with `on-failure` when the job failed (as the failure screenshot decides). */
export function keepVideo(mode: VideoState['mode'], jobStatus: string | undefined): boolean {
  return mode === 'always' || jobStatus === undefined || jobStatus === 'failure';
}

/** A recording under way. */
export interface RecordingStarted {
  process: StartedProcess;
  log: string;
}

const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * Starts ffmpeg recording `display` (X11), or wf-recorder recording the Wayland output `display`
 * (`HEADLESS-1`), into `file` (detached, its own process group) and waits until the MP4 header is
 * written, which happens once the first frame is grabbed and encoded.
 */
export async function startRecording(options: { session: 'x11' | 'wayland'; display: string; screen: ScreenSpec; file: string; layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<RecordingStarted> {
  const { file } = options;
  await withSystemErrors({ doing: 'making the folder for the screen recording', path: path.dirname(file), remedy: "set 'screenshot-path' to a writable place with room (the video is written next to it)" }, async () => {
    await mkdir(path.dirname(file), { recursive: true });
  });
  const { command, args } = recorderCommand(options.session, options.display, options.screen, file);
  // wf-recorder asks on stdin before overwriting; the file name is headless-env's own.
  rmSync(file, { force: true });
  const log = path.join(options.layout.logs, `${command}.log`);
  const started = await launch(command, args, { env: options.env, log, cwd: options.layout.home, track: options.track });
  const written = await pollUntil(() => (size(file) > 0 ? true : undefined), { deadline: options.deadline, intervalMs: 20, stillAlive: () => isRunning(started) });
  if (!written.value) {
    const message = written.died ? `${command} exited during start-up (pid ${started.pid}) instead of recording ${options.display}.` : `${command} did not start writing ${file} within timeout-seconds.`;
    throw new ExternalError(withLogTail(message, log));
  }
  return { process: started, log };
}

/** How a recording was stopped: SIGINT and a finalised file, or as any other process when it would not. */
export type RecordingStop = 'interrupted' | StopOutcome;

/**
 * Stops the recorder as ffmpeg wants to be stopped, SIGINT (it writes the end of the file and
 * exits), waiting up to `graceMs`; a recorder that does not exit by then is stopped like any
 * other process (TERM, then KILL). By the recorded process group only, never by name.
 */
export async function stopRecording(record: StartedProcess, graceMs: number): Promise<RecordingStop> {
  if (!isRunning(record)) return stopProcess(record, { graceMs: 0 });
  try {
    process.kill(-record.pgid, 'SIGINT');
  } catch {
    return 'not-running'; // exited meanwhile
  }
  const done = await pollUntil(() => (groupHasLiveMembers(record.pgid) ? undefined : true), { deadline: performance.now() + graceMs, intervalMs: 10, maxIntervalMs: 50 });
  if (done.value) return 'interrupted';
  return stopProcess(record, { graceMs: 1000 });
}

/** Removes a video post does not keep (a successful job with `on-failure`); true when it is gone. */
export function discardVideo(file: string): boolean {
  rmSync(file, { force: true });
  return !existsSync(file);
}
