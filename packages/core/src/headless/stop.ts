import { readFileSync, rmSync } from 'node:fs';
import type { Logger } from '../logging.ts';
import { isRunning, stopProcess } from '../processes.ts';
import type { ComponentName } from './component.ts';
import { removeRuntimeDir } from './runtime-dir.ts';
import type { HeadlessState } from './start.ts';
import { stopRecording, type RecordingStop } from './video.ts';
import { displaySocket } from './x11.ts';

/** How one component was stopped. */
export interface StoppedComponent {
  component: ComponentName;
  pid: number;
  /** `interrupted`: the recorder, stopped with SIGINT and its file finalised. */
  outcome: RecordingStop;
  ms: number;
}

/** What post did. */
export interface StopReport {
  stopped: StoppedComponent[];
  runtimeDirRemoved: boolean;
  totalMs: number;
}

/**
 * Stops the recorded processes in reverse start order (each by its recorded pid/process group,
 * TERM → grace → KILL, with the start-time check against PID reuse), then removes the runtime
 * dir. Never looks for processes by name.
 */
export async function stopComponents(state: HeadlessState, logger: Logger): Promise<StopReport> {
  const began = performance.now();
  const stopped: StoppedComponent[] = [];
  for (const entry of [...state.components].reverse()) {
    const started = performance.now();
    const outcome = entry.component === 'video' ? await stopRecording(entry.process, entry.graceMs) : await stopProcess(entry.process, { graceMs: entry.graceMs });
    stopped.push({ component: entry.component, pid: entry.process.pid, outcome, ms: performance.now() - started });
    if (outcome === 'killed') {
      logger.info(`${entry.component} (pid ${entry.process.pid}) did not stop on ${entry.component === 'video' ? 'SIGINT, then SIGTERM' : 'SIGTERM'} within ${entry.graceMs} ms; killed.`);
      // Xvfb's, or those wlroots made for Xwayland (they name sway's pid).
      if ((entry.component === 'xvfb' || entry.component === 'sway') && state.display) removeStaleXvfbFiles(state.display, entry.process.pid);
    }
    if (isRunning(entry.process)) logger.warning(`${entry.component} (pid ${entry.process.pid}) is still running after SIGKILL.`);
  }
  const runtimeDirRemoved = removeRuntimeDir(state.runtimeDir);
  if (!runtimeDirRemoved) logger.warning(`Did not remove ${state.runtimeDir}: it is not a headless-env runtime dir.`);
  return { stopped, runtimeDirRemoved, totalMs: performance.now() - began };
}

/**
 * A killed Xvfb cannot remove its lock file and socket; they are removed only when the lock
 * names our Xvfb's pid, so another server's files are never touched.
 */
function removeStaleXvfbFiles(display: string, pid: number): void {
  const number = Number(display.replace(/^:/, ''));
  const lock = `/tmp/.X${number}-lock`;
  let owner: number;
  try {
    owner = Number.parseInt(readFileSync(lock, 'utf8').trim(), 10);
  } catch {
    return;
  }
  if (owner !== pid) return;
  rmSync(displaySocket(number), { force: true });
  rmSync(lock, { force: true });
}
