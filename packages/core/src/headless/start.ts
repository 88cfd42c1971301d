import { ExternalError } from '../errors.ts';
import { untrusted, type Logger } from '../logging.ts';
import { withSystemErrors } from '../system-errors.ts';
import type { StartedProcess } from '../processes.ts';
import { formatDuration } from '../units.ts';
import { defaultVideoPath, type HeadlessConfig } from './config.ts';
import type { ComponentName, StartedComponent } from './component.ts';
import { accessibilityVariables, startAccessibility } from './accessibility.ts';
import { startDbus } from './dbus.ts';
import { ensureRequirements, requirements } from './install.ts';
import { resolveAudio } from './audio.ts';
import { startPipewire } from './pipewire.ts';
import { startPulseAudio } from './pulseaudio.ts';
import { createRuntimeDir, type RuntimeLayout } from './runtime-dir.ts';
import { stopComponents } from './stop.ts';
import { findProgram } from './packages.ts';
import { HEADLESS_OUTPUT, startSway } from './sway.ts';
import { resolveWindowManager, startWindowManager, WM_GRACE_MS } from './window-manager.ts';
import { newCookie, writeXauthority } from './x11.ts';
import { discardVideo, startRecording, VIDEO_FPS, type VideoState } from './video.ts';
import { startXvfb } from './xvfb.ts';

/** What main hands to post: exactly what it started, so post stops that and nothing else. */
export interface HeadlessState {
  runtimeDir: string;
  /** `:N`, once Xvfb (or, in a Wayland session, Xwayland) announced it. */
  display?: string;
  /** The Wayland socket's name in the runtime dir (`wayland-1`), in a Wayland session. */
  wayland?: string;
  xauthority: string;
  components: Pick<StartedComponent, 'component' | 'process' | 'graceMs'>[];
  /** The screen recording post finalises (and keeps or removes). */
  video?: VideoState;
  /** Main failed and already stopped all of it: post has nothing to do. */
  cleanedUp?: boolean;
}

/** The variables later steps get (also the outputs). */
export interface HeadlessVariables {
  DISPLAY?: string;
  XAUTHORITY?: string;
  /** In a Wayland session: the socket's name in XDG_RUNTIME_DIR. */
  WAYLAND_DISPLAY?: string;
  /** In a Wayland session: sway's IPC socket, for `swaymsg`. */
  SWAYSOCK?: string;
  /** Tools choose xdotool or wtype, X11 or Wayland clipboards by it. */
  XDG_SESSION_TYPE?: 'x11' | 'wayland';
  /** The window manager's announced name (`Fluxbox`, `Openbox`), or `sway`; unset without one. */
  XDG_CURRENT_DESKTOP?: string;
  PULSE_SERVER?: string;
  DBUS_SESSION_BUS_ADDRESS?: string;
  XDG_RUNTIME_DIR: string;
  /** With `accessibility`: AT_SPI_BUS_ADDRESS and the toolkit switches (see {@link accessibilityVariables}). */
  [accessibility: string]: string | undefined;
}

/** The running stack. */
export interface HeadlessStartResult {
  layout: RuntimeLayout;
  variables: HeadlessVariables;
  components: StartedComponent[];
  windowManager?: string;
  installedPackages: string[];
  totalMs: number;
  state: HeadlessState;
}

/** What each PipeWire daemon's row in the summary says (pipewire-pulse's shows the server's answer). */
const PIPEWIRE_DETAIL: Partial<Record<ComponentName, string>> = { pipewire: 'socket pipewire-0', wireplumber: 'session manager: keeps the default sink and source' };

// The recorder's grace is for SIGINT: ffmpeg writes the end of the file, then exits.
const GRACE_MS: Record<Exclude<ComponentName, 'window-manager'>, number> = { xvfb: 2000, sway: 2000, dbus: 1000, pulseaudio: 2000, pipewire: 2000, wireplumber: 2000, 'pipewire-pulse': 2000, accessibility: 1000, video: 5000 };

/**
 * Brings up the display (Xvfb + window manager, or sway + Xwayland for `session: wayland`) and
 * the bus (D-Bus + PulseAudio or PipeWire) as two concurrent chains, each component verified
 * before the next that needs it, all bounded by `timeout-seconds`. Every process is reported to
 * `onStarted` the moment it exists (state for post); on any failure the ones already running are
 * stopped and the runtime dir removed before the error is thrown.
 */
export async function startHeadlessEnv(config: HeadlessConfig, options: { logger: Logger; onStarted?: (state: HeadlessState) => void }): Promise<HeadlessStartResult> {
  const began = performance.now();
  const { logger } = options;
  const wayland = config.session === 'wayland';
  // sway is the window manager of a Wayland session.
  const wm = wayland ? undefined : resolveWindowManager(config.windowManager);
  const audio = resolveAudio(config.audio);
  const installedPackages = await ensureRequirements(requirements(config, wm, audio), config.install, logger);

  const cookie = newCookie();
  const layout = await withSystemErrors(
    { doing: 'creating the runtime directory (sockets, logs, the display cookie)', path: config.runnerTemp, remedy: 'make room in the runner\'s temp directory (RUNNER_TEMP) or make it writable for the runner\'s user' },
    async () => {
      const made = createRuntimeDir(config.runnerTemp);
      writeXauthority(made.xauthority, cookie);
      return made;
    },
  );
  const state: HeadlessState = { runtimeDir: layout.root, xauthority: layout.xauthority, components: [] };
  const components: StartedComponent[] = [];
  const track = (component: ComponentName, graceMs: number) => (started: StartedProcess) => {
    state.components.push({ component, process: started, graceMs });
    options.onStarted?.(state);
  };
  const deadline = performance.now() + config.timeoutMs;
  // Programs get a private HOME and config: nothing is read from or written to the user's.
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, HOME: layout.home, XDG_CONFIG_HOME: layout.config, XDG_RUNTIME_DIR: layout.xdgRuntime, XAUTHORITY: layout.xauthority };
  delete baseEnv['DISPLAY'];
  delete baseEnv['PULSE_SERVER'];
  delete baseEnv['DBUS_SESSION_BUS_ADDRESS'];
  delete baseEnv['AT_SPI_BUS_ADDRESS'];
  delete baseEnv['WAYLAND_DISPLAY'];
  const variables: HeadlessVariables = { XDG_RUNTIME_DIR: layout.xdgRuntime };
  let windowManager: string | undefined;
  let a11yVariables: Record<string, string> | undefined;

  const timed = async <T>(body: () => Promise<T>) => {
    const started = performance.now();
    const value = await body();
    return { value, ms: performance.now() - started };
  };

  const waylandChain = async () => {
    // Xwayland where installed (an optional requirement: a warning said so when it is not).
    const xwayland = findProgram('Xwayland', baseEnv['PATH']) !== undefined;
    const w = await timed(() => startSway({ layout, screen: config.screen, xwayland, ...(config.recordVideo === 'false' ? {} : { refreshHz: VIDEO_FPS }), env: baseEnv, deadline, track: track('sway', GRACE_MS.sway) }));
    state.wayland = w.value.socket;
    if (w.value.xDisplay) state.display = w.value.xDisplay;
    options.onStarted?.(state);
    variables.WAYLAND_DISPLAY = w.value.socket;
    variables.SWAYSOCK = w.value.ipcSocket;
    if (w.value.xDisplay) variables.DISPLAY = w.value.xDisplay;
    windowManager = 'sway';
    const { width, height } = config.screen;
    const x = w.value.xDisplay ? `, Xwayland ${w.value.xDisplay}` : ', no Xwayland';
    components.push({ component: 'sway', process: w.value.process, graceMs: GRACE_MS.sway, log: w.value.log, readyMs: w.ms, detail: `${w.value.socket} ${width}x${height}${x} (${w.value.globals} globals)` });
    logger.info(`sway ready on ${w.value.socket} (${width}x${height}${x}) in ${formatDuration(w.ms)}.`);
  };

  const displayChain = async () => {
    if (wayland) return waylandChain();
    const x = await timed(() => startXvfb({ layout, screen: config.screen, display: config.display, cookie, env: baseEnv, deadline, track: track('xvfb', GRACE_MS.xvfb) }));
    const display = `:${x.value.display}`;
    state.display = display;
    options.onStarted?.(state);
    variables.DISPLAY = display;
    variables.XAUTHORITY = layout.xauthority;
    const { width, height, depth } = config.screen;
    components.push({ component: 'xvfb', process: x.value.process, graceMs: GRACE_MS.xvfb, log: x.value.log, readyMs: x.ms, detail: `${display} ${width}x${height}x${depth}` });
    logger.info(`Xvfb ready on ${display} (${width}x${height}x${depth}) in ${formatDuration(x.ms)}.`);
    if (!wm) return;
    const w = await timed(() => startWindowManager({ wm, layout, env: { ...baseEnv, DISPLAY: display }, deadline, track: track('window-manager', WM_GRACE_MS[wm]) }));
    windowManager = w.value.name;
    components.push({ component: 'window-manager', process: w.value.process, graceMs: WM_GRACE_MS[wm], log: w.value.log, readyMs: w.ms, detail: `${w.value.name} (_NET_SUPPORTING_WM_CHECK)` });
    logger.info(`${w.value.name} ready in ${formatDuration(w.ms)}.`);
  };

  const busChain = async () => {
    // 'disabled:' stops libdbus from autolaunching a stray bus for PulseAudio when D-Bus is off.
    let busAddress = 'disabled:';
    if (config.dbus) {
      const d = await timed(() => startDbus({ layout, env: baseEnv, deadline, track: track('dbus', GRACE_MS.dbus) }));
      busAddress = d.value.address;
      variables.DBUS_SESSION_BUS_ADDRESS = busAddress;
      components.push({ component: 'dbus', process: d.value.process, graceMs: GRACE_MS.dbus, log: d.value.log, readyMs: d.ms, detail: `ListNames: ${d.value.names.length} name(s)` });
      logger.info(`D-Bus session bus ready in ${formatDuration(d.ms)}: ${untrusted(busAddress)}`);
    }
    if (audio === 'pipewire') {
      const pw = await timed(() => startPipewire({ layout, env: { ...baseEnv, DBUS_SESSION_BUS_ADDRESS: busAddress }, deadline, track: (component, started) => track(component, GRACE_MS[component])(started) }));
      variables.PULSE_SERVER = pw.value.server;
      const detail = `${pw.value.info['Server Name'] ?? 'PipeWire'}, sink ${pw.value.info['Default Sink']}, source ${pw.value.info['Default Source']}`;
      for (const part of pw.value.parts) components.push({ component: part.component, process: part.process, graceMs: GRACE_MS[part.component], log: part.log, readyMs: pw.ms, detail: PIPEWIRE_DETAIL[part.component] ?? detail });
      logger.info(`PipeWire ready in ${formatDuration(pw.ms)}: ${untrusted(pw.value.server)}`);
      return;
    }
    if (audio !== 'pulseaudio') return;
    const p = await timed(() => startPulseAudio({ layout, env: { ...baseEnv, DBUS_SESSION_BUS_ADDRESS: busAddress }, deadline, track: track('pulseaudio', GRACE_MS.pulseaudio) }));
    variables.PULSE_SERVER = p.value.server;
    components.push({ component: 'pulseaudio', process: p.value.process, graceMs: GRACE_MS.pulseaudio, log: p.value.log, readyMs: p.ms, detail: `${p.value.info['Server Name'] ?? 'pulseaudio'} ${p.value.info['Server Version'] ?? ''}`.trim() + `, sink ${p.value.info['Default Sink']}, source ${p.value.info['Default Source']}` });
    logger.info(`PulseAudio ready in ${formatDuration(p.ms)}: ${untrusted(p.value.server)}`);
  };

  // Last, once both chains stand: the launcher needs the session bus, and the display to
  // announce the accessibility bus on the root window.
  const accessibilityStep = async () => {
    const env = { ...baseEnv, DISPLAY: variables.DISPLAY ?? '', ...(variables.WAYLAND_DISPLAY ? { WAYLAND_DISPLAY: variables.WAYLAND_DISPLAY } : {}), DBUS_SESSION_BUS_ADDRESS: variables.DBUS_SESSION_BUS_ADDRESS ?? '' };
    const a = await timed(() => startAccessibility({ layout, env, deadline, track: track('accessibility', GRACE_MS.accessibility) }));
    a11yVariables = accessibilityVariables(a.value.busAddress, process.env);
    components.push({ component: 'accessibility', process: a.value.process, graceMs: GRACE_MS.accessibility, log: a.value.log, readyMs: a.ms, detail: `IsEnabled true, registry root '${a.value.registryName}'` });
    logger.info(`AT-SPI accessibility bus enabled in ${formatDuration(a.ms)}: ${untrusted(a.value.busAddress)}`);
  };

  // The very last: the recording shows the session as the job's steps get it.
  const videoStep = async (display: string) => {
    const file = defaultVideoPath(config.runnerTemp, state.wayland ?? display, config.screenshotPath);
    const mode = config.recordVideo === 'always' ? 'always' : 'on-failure';
    state.video = { path: file, mode };
    const env = state.wayland ? { ...baseEnv, WAYLAND_DISPLAY: state.wayland } : baseEnv;
    const v = await timed(() => startRecording({ session: config.session, display, screen: config.screen, file, layout, env, deadline, track: track('video', GRACE_MS.video) }));
    components.push({ component: 'video', process: v.value.process, graceMs: GRACE_MS.video, log: v.value.log, readyMs: v.ms, detail: `${VIDEO_FPS} fps into ${file}` });
    logger.info(`Recording ${display} at ${VIDEO_FPS} fps into ${untrusted(file)} (${mode === 'always' ? 'kept' : 'kept only if the job fails'}).`);
  };

  const outcomes = await Promise.allSettled([displayChain(), busChain()]);
  const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
  if (failures.length === 0 && config.accessibility) {
    try {
      await accessibilityStep();
    } catch (error: unknown) {
      failures.push(error);
    }
  }
  const recorded = wayland ? HEADLESS_OUTPUT : state.display;
  if (failures.length === 0 && config.recordVideo !== 'false' && recorded) {
    try {
      await videoStep(recorded);
    } catch (error: unknown) {
      failures.push(error);
    }
  }
  if (failures.length) {
    await stopComponents(state, logger);
    if (state.video) discardVideo(state.video.path); // the start of a job that never ran
    state.cleanedUp = true;
    options.onStarted?.(state);
    const messages = failures.map((f) => (f instanceof Error ? f.message : String(f)));
    const error = failures[0];
    if (failures.length === 1 && error instanceof Error) throw error;
    throw new ExternalError(messages.join('\n\n'));
  }
  components.sort((a, b) => ORDER.indexOf(a.component) - ORDER.indexOf(b.component));
  // Fixed order for the summary and the log, whichever chain finished first.
  const ordered: HeadlessVariables = {
    ...(variables.WAYLAND_DISPLAY ? { WAYLAND_DISPLAY: variables.WAYLAND_DISPLAY, SWAYSOCK: variables.SWAYSOCK, XDG_SESSION_TYPE: 'wayland' as const, ...(variables.DISPLAY ? { DISPLAY: variables.DISPLAY } : {}) } : {}),
    ...(variables.DISPLAY && !wayland ? { DISPLAY: variables.DISPLAY, XAUTHORITY: layout.xauthority, XDG_SESSION_TYPE: 'x11' as const } : {}),
    ...(windowManager ? { XDG_CURRENT_DESKTOP: windowManager } : {}),
    ...(variables.DBUS_SESSION_BUS_ADDRESS ? { DBUS_SESSION_BUS_ADDRESS: variables.DBUS_SESSION_BUS_ADDRESS } : {}),
    ...(variables.PULSE_SERVER ? { PULSE_SERVER: variables.PULSE_SERVER } : {}),
    XDG_RUNTIME_DIR: layout.xdgRuntime,
    ...a11yVariables,
  };
  return { layout, variables: ordered, components, ...(windowManager ? { windowManager } : {}), installedPackages, totalMs: performance.now() - began, state };
}

const ORDER: ComponentName[] = ['xvfb', 'window-manager', 'sway', 'dbus', 'pulseaudio', 'pipewire', 'wireplumber', 'pipewire-pulse', 'accessibility', 'video'];
