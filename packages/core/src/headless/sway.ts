import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { pollUntil, type Deadline } from '../polling.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import { withLogTail } from './commands.ts';
import type { ScreenSpec } from './config.ts';
import { launch } from './launch.ts';
import type { RuntimeLayout } from './runtime-dir.ts';
import { probeWayland } from './wayland-probe.ts';
import { probeX } from './x11.ts';

/** The globals text-injection (wtype) and capture (grim) tools need: checked at start-up. */
export const REQUIRED_GLOBALS = ['zwp_virtual_keyboard_manager_v1', 'zwlr_screencopy_manager_v1'] as const;

/** The uid sway runs as inside its user namespace when the job runs as root. */
export const NAMESPACE_UID = 1000;

/** A running sway whose socket answered with the globals the tools need. */
export interface SwayStarted {
  process: StartedProcess;
  /** As exported in WAYLAND_DISPLAY: the socket's name in XDG_RUNTIME_DIR, e.g. `wayland-1`. */
  socket: string;
  /** sway's IPC socket (exported as SWAYSOCK, for `swaymsg -t get_tree`). */
  ipcSocket: string;
  /** Xwayland's display (`:N`), when Xwayland is installed. */
  xDisplay?: string;
  globals: number;
  log: string;
}

/** The headless backend's one output, recorded by name with `record-video`. */
export const HEADLESS_OUTPUT = 'HEADLESS-1';

/**
 * sway's configuration (pure): one headless output of the screen's size, Xwayland started with
 * the compositor (`force`: it stays up for the whole job instead of starting and quitting with
 * each X client) or off where it is not installed. No bar and no wallpaper: a clean screen. With
 * `refreshHz` (recording) the output refreshes that often instead of 60 Hz: the recorder takes
 * a frame per refresh, and clients get frame callbacks at that rate.
 */
export function swayConfig(screen: Pick<ScreenSpec, 'width' | 'height'>, xwayland: boolean, refreshHz?: number): string {
  const rate = refreshHz === undefined ? '' : `@${refreshHz}Hz`;
  return [`output ${HEADLESS_OUTPUT} resolution ${screen.width}x${screen.height}${rate}`, `xwayland ${xwayland ? 'force' : 'disable'}`, ''].join('\n');
}

/**
 * The command (pure). sway refuses to run as root, so root runs it in a user namespace where it
 * is uid 1000: root's files (the 0700 runtime dir, the config) are uid 1000's in there, so sway
 * owns its runtime dir without a chown, and the sockets it makes are root's outside. unshare
 * execs sway, so the recorded pid is sway's own. An ordinary user runs it directly.
 */
export function swayCommand(config: string, isRoot: boolean): { command: string; args: string[] } {
  const sway = ['sway', '-c', config];
  if (!isRoot) return { command: sway[0]!, args: sway.slice(1) };
  return { command: 'unshare', args: ['--user', `--map-user=${NAMESPACE_UID}`, `--map-group=${NAMESPACE_UID}`, ...sway] };
}

/**
 * sway's environment: the headless wlroots backend with no input devices (wtype brings a virtual
 * keyboard), the software renderer (no GPU on runners; the same pixels everywhere), and nothing
 * of an outer session, which would make wlroots nest inside it.
 */
export function swayEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...env, WLR_BACKENDS: 'headless', WLR_LIBINPUT_NO_DEVICES: '1', WLR_RENDERER: 'pixman' };
  for (const name of ['WAYLAND_DISPLAY', 'DISPLAY', 'SWAYSOCK', 'I3SOCK', 'WAYLAND_SOCKET']) delete result[name];
  return result;
}

/** The Wayland socket sway made in the (private) runtime dir. */
export function findWaylandSocket(names: readonly string[]): string | undefined {
  return names.filter((name) => /^wayland-\d+$/.test(name)).sort()[0];
}

/** sway's IPC socket, `sway-ipc.<uid>.<pid>.sock`, in the (private) runtime dir. */
export function findIpcSocket(names: readonly string[]): string | undefined {
  return names.find((name) => /^sway-ipc\.\d+\.\d+\.sock$/.test(name));
}

/** The X display whose lock file names `pid` (wlroots writes its own pid there for Xwayland). */
export function findXDisplayOf(pid: number, dir = '/tmp'): number | undefined {
  for (const name of readdirSync(dir)) {
    const match = /^\.X(\d+)-lock$/.exec(name);
    if (!match) continue;
    try {
      if (Number.parseInt(readFileSync(path.join(dir, name), 'utf8').trim(), 10) === pid) return Number(match[1]);
    } catch {
      // removed while we looked
    }
  }
  return undefined;
}

/**
 * Starts sway on the headless backend with its socket in the runtime dir and verifies it with a
 * Wayland client call (the registry lists the virtual-keyboard and screencopy globals), then,
 * with Xwayland, an X connection to its display. Xwayland runs in sway's process group.
 */
export async function startSway(options: { layout: RuntimeLayout; screen: ScreenSpec; xwayland: boolean; refreshHz?: number; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<SwayStarted> {
  const { layout, deadline } = options;
  const configFile = path.join(layout.config, 'sway', 'config');
  mkdirSync(path.dirname(configFile), { recursive: true, mode: 0o700 });
  writeFileSync(configFile, swayConfig(options.screen, options.xwayland, options.refreshHz), { mode: 0o600 });
  const log = path.join(layout.logs, 'sway.log');
  const root = process.getuid?.() === 0;
  const { command, args } = swayCommand(configFile, root);
  const started = await launch(command, args, { env: swayEnv(options.env), log, cwd: layout.home, track: options.track });
  const alive = { deadline, intervalMs: 10, maxIntervalMs: 20, stillAlive: () => isRunning(started) };
  const failure = (message: string, died?: boolean) => {
    const why = root ? ` It runs in a user namespace as uid ${NAMESPACE_UID} (sway refuses root): where the kernel or a container forbids user namespaces, run the job as an ordinary user.` : '';
    return new ExternalError(withLogTail(died ? `sway exited during start-up (pid ${started.pid}).${why}` : message, log));
  };

  let missing: string[] = [];
  const answered = await pollUntil(async () => {
    const names = readdirSync(layout.xdgRuntime);
    const socket = findWaylandSocket(names);
    const ipc = findIpcSocket(names);
    if (!socket || !ipc) return undefined;
    const globals = await probeWayland(path.join(layout.xdgRuntime, socket), 1000);
    if (!globals) return undefined;
    missing = REQUIRED_GLOBALS.filter((name) => !globals.includes(name));
    return { socket, ipcSocket: path.join(layout.xdgRuntime, ipc), globals };
  }, alive);
  if (!answered.value) throw failure('sway did not answer a Wayland client within timeout-seconds.', answered.died);
  if (missing.length) throw failure(`sway answered but lacks ${missing.join(', ')}: text injection (wtype) and screenshots (grim) need them.`);
  const { socket, ipcSocket, globals } = answered.value;
  if (!options.xwayland) return { process: started, socket, ipcSocket, globals: globals.length, log };

  const number = await pollUntil(() => findXDisplayOf(started.pid), alive);
  if (number.value === undefined) throw failure('sway did not start Xwayland within timeout-seconds.', number.died);
  const xNumber = number.value;
  // wlroots gives Xwayland no cookie: the connection is checked with none.
  const accepted = await pollUntil(async () => ((await probeX(xNumber, undefined, 500)) === 'accepted' ? true : undefined), alive);
  if (!accepted.value) throw failure(`Xwayland on :${xNumber} did not accept an X connection within timeout-seconds.`, accepted.died);
  return { process: started, socket, ipcSocket, xDisplay: `:${xNumber}`, globals: globals.length, log };
}
