import { statSync } from 'node:fs';
import path from 'node:path';
import * as core from '../workflow-commands.ts';
import { ConfigurationError, describeError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import { untrusted, type Logger } from '../logging.ts';
import { detectRunner } from '../runner.ts';
import { StepState } from '../state.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import { formatBytes, formatDuration } from '../units.ts';
import type { ComponentName } from './component.ts';
import { defaultScreenshotPath, readHeadlessConfig, type HeadlessConfig } from './config.ts';
import type { Screenshot } from './screenshot.ts';
import type { HeadlessStartResult, HeadlessState } from './start.ts';
import type { StopReport } from './stop.ts';
import { discardVideo, keepVideo, VIDEO_FPS } from './video.ts';

const isStartedProcess = (value: unknown): boolean => {
  const p = value as { pid?: unknown; pgid?: unknown; command?: unknown };
  return typeof p === 'object' && p !== null && Number.isInteger(p.pid) && Number.isInteger(p.pgid) && typeof p.command === 'string';
};

/** main → post: the runtime dir and every process main started. */
export const headlessEnvState = new StepState<HeadlessState>('headless-env', (value): value is HeadlessState => {
  const state = value as HeadlessState;
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof state.runtimeDir === 'string' &&
    typeof state.xauthority === 'string' &&
    (state.wayland === undefined || typeof state.wayland === 'string') &&
    Array.isArray(state.components) &&
    (state.video === undefined || (typeof state.video.path === 'string' && ['on-failure', 'always'].includes(state.video.mode))) &&
    state.components.every((c) => typeof c === 'object' && c !== null && typeof c.component === 'string' && typeof c.graceMs === 'number' && isStartedProcess(c.process))
  );
});

/** Output names, each '' when the part is off (or off Linux). */
const OUTPUTS = ['display', 'wayland-display', 'pulse-server', 'dbus-address', 'runtime-dir', 'xauthority', 'window-manager', 'screenshot', 'video'] as const;

const COMPONENT_LABELS: Record<ComponentName, string> = {
  xvfb: '🖥️ Xvfb',
  'window-manager': '🪟 window manager',
  sway: '🖥️ sway (Wayland)',
  dbus: '🚌 D-Bus session bus',
  pulseaudio: '🔊 PulseAudio',
  pipewire: '🔊 PipeWire',
  wireplumber: '🔊 WirePlumber',
  'pipewire-pulse': '🔊 pipewire-pulse',
  accessibility: '♿ AT-SPI accessibility bus',
  video: '🎥 screen recording',
};

/** True when this step runs on Linux (the runner's word and Node's). */
export function onLinux(env: NodeJS.ProcessEnv = process.env): boolean {
  return detectRunner(env).os === 'Linux' && process.platform === 'linux';
}

/** What main did: nothing off Linux, a screenshot (`mode: screenshot`), or a started stack. */
export type HeadlessOutcome = { kind: 'not-linux'; os: string } | { kind: 'screenshot'; display: string; shot: Screenshot } | { kind: 'started'; result: HeadlessStartResult };

/**
 * main: start the stack (or, in `screenshot` mode, save a PNG of `$DISPLAY`). The state is saved
 * as each process starts, so post can stop what a failed start left behind.
 */
export async function runHeadlessEnv(config: HeadlessConfig, deps: { logger: Logger }): Promise<HeadlessOutcome> {
  if (!onLinux()) return { kind: 'not-linux', os: detectRunner().os };
  if (config.mode === 'screenshot') {
    const wayland = process.env['XDG_SESSION_TYPE'] === 'wayland' ? process.env['WAYLAND_DISPLAY'] : undefined;
    const display = wayland ?? process.env['DISPLAY'];
    if (!display) throw new ConfigurationError("mode: screenshot needs DISPLAY (or WAYLAND_DISPLAY in a Wayland session): run headless-env (mode: start) in an earlier step of this job.");
    const file = config.screenshotPath ?? defaultScreenshotPath(config.runnerTemp, display, `${Date.now()}`);
    const { captureScreenshot, captureWaylandScreenshot } = await import('./screenshot.ts');
    const shot = wayland ? await captureWaylandScreenshot(file, process.env) : await captureScreenshot(display, file, process.env);
    return { kind: 'screenshot', display, shot };
  }
  // Loaded here, not when the step starts: starting the stack is most of this action's code.
  const { startHeadlessEnv } = await import('./start.ts');
  const result = await startHeadlessEnv(config, { logger: deps.logger, onStarted: (state) => headlessEnvState.save(state) });
  headlessEnvState.save(result.state);
  return { kind: 'started', result };
}

/** main's outputs (every one set, empty when its part is off), exported variables and summary. */
export async function publishHeadlessEnv(outcome: HeadlessOutcome, deps: { logger: Logger }): Promise<void> {
  for (const name of OUTPUTS) core.setOutput(name, '');
  if (outcome.kind === 'not-linux') {
    core.notice(`headless-env runs on Linux only; on ${outcome.os} it does nothing (outputs are empty).`);
  } else if (outcome.kind === 'screenshot') {
    const { display, shot } = outcome;
    core.setOutput('screenshot', shot.path);
    deps.logger.info(`Screenshot of ${display} (${shot.width}x${shot.height}, ${formatBytes(shot.bytes)}) saved to ${untrusted(shot.path)}`);
    await appendSummary(renderScreenshotSummary(display, shot));
  } else {
    publishStarted(outcome.result);
    await appendSummary(renderStartSummary(outcome.result));
  }
}

function publishStarted(result: HeadlessStartResult): void {
  for (const [name, value] of Object.entries(result.variables)) if (value !== undefined) core.exportVariable(name, value);
  core.setOutput('display', result.variables.DISPLAY ?? '');
  core.setOutput('wayland-display', result.variables.WAYLAND_DISPLAY ?? '');
  core.setOutput('pulse-server', result.variables.PULSE_SERVER ?? '');
  core.setOutput('dbus-address', result.variables.DBUS_SESSION_BUS_ADDRESS ?? '');
  core.setOutput('runtime-dir', result.layout.root);
  core.setOutput('xauthority', result.variables.XAUTHORITY ?? '');
  core.setOutput('window-manager', result.windowManager ?? '');
  core.setOutput('video', result.state.video?.path ?? '');
}

/** The job-summary section of main: what started, its pid, how long until verified. */
export function renderStartSummary(result: HeadlessStartResult): string {
  const rows = result.components.map((c) => [COMPONENT_LABELS[c.component], c.process.pid, formatDuration(c.readyMs), c.detail]);
  const variables = Object.entries(result.variables).map(([name, value]) => [code(name), value === undefined ? '' : code(value)]);
  const lines = [
    '### 🖥️ headless-env',
    '',
    markdownTable(['component', 'pid', 'ready in', 'detail'], rows, ['l', 'r', 'r', 'l']),
    '',
    `Everything up and verified in **${formatDuration(result.totalMs)}**; logs in ${code(result.layout.logs)} until the post step removes ${code(result.layout.root)}.`,
    '',
    markdownTable(['exported variable', 'value'], variables),
  ];
  if (result.installedPackages.length) lines.push('', `Installed: ${result.installedPackages.map(code).join(', ')}.`);
  const video = result.state.video;
  if (video) {
    lines.push(
      '',
      `🎥 Recording the screen at ${VIDEO_FPS} fps into ${code(path.basename(video.path))} in ${code(path.dirname(video.path))} (output \`video\`); ` +
        `the post step finalises it and ${video.mode === 'always' ? 'keeps it' : 'keeps it only if the job fails'}. ` +
        (result.state.wayland
          ? 'wf-recorder writes a plain MP4, playable once post has finalised it; the Wayland output refreshes at the recording rate meanwhile.'
          : 'It is playable at any moment (fragmented MP4), so an `if: failure()` upload step can take it before post runs.'),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** What post needs: main's state, and its inputs (read lazily: a bad input must not keep the stack running). */
export interface HeadlessPostConfig {
  state?: HeadlessState;
  readConfig: () => HeadlessConfig;
}

/** Reads post's typed state; the inputs are read in {@link runHeadlessEnvPost}, after it. */
export function readHeadlessEnvPostConfig(inputs: Inputs): HeadlessPostConfig {
  const state = headlessEnvState.load();
  return { ...(state ? { state } : {}), readConfig: () => readHeadlessConfig(inputs) };
}

/** What post did: nothing (and why, for the debug log), or stopped the stack (after a failure screenshot, when asked). */
export type HeadlessPostOutcome = { kind: 'nothing'; why: string } | { kind: 'stopped'; state: HeadlessState; report: StopReport; screenshot?: Screenshot; screenshotError?: string; video?: PostVideo };

/** What post did with the screen recording: kept (finalised), or removed (a job that succeeded, `on-failure`). */
export interface PostVideo {
  path: string;
  kept: boolean;
  bytes: number;
}

/**
 * post: a screenshot first when the job failed (and `screenshot-on-failure`), then stop exactly
 * what main started and remove the runtime dir. Inputs are read after the state, so a bad input
 * can never keep the stack from being stopped.
 */
export async function runHeadlessEnvPost(config: HeadlessPostConfig, deps: { logger: Logger }): Promise<HeadlessPostOutcome> {
  const { logger } = deps;
  const { state } = config;
  if (!state) return { kind: 'nothing', why: 'headless-env post: main saved no state (it did not start anything); nothing to stop.' };
  if (state.cleanedUp) return { kind: 'nothing', why: 'headless-env post: main failed and already stopped what it had started; nothing to stop.' };
  let inputs: HeadlessConfig | undefined;
  try {
    inputs = config.readConfig();
  } catch (error: unknown) {
    logger.warning(`headless-env post: ${describeError(error)} No screenshot; stopping the stack anyway.`);
  }
  let screenshot: Screenshot | undefined;
  let screenshotError: string | undefined;
  const screen = state.wayland ?? state.display;
  if (inputs && inputs.screenshotOnFailure && inputs.jobStatus === 'failure' && screen && state.components.some((c) => c.component === 'xvfb' || c.component === 'sway')) {
    const file = inputs.screenshotPath ?? defaultScreenshotPath(inputs.runnerTemp, screen, 'post');
    try {
      const { captureScreenshot, captureWaylandScreenshot } = await import('./screenshot.ts');
      screenshot = state.wayland
        ? await captureWaylandScreenshot(file, { ...process.env, XDG_RUNTIME_DIR: state.runtimeDir, WAYLAND_DISPLAY: state.wayland })
        : await captureScreenshot(screen, file, { ...process.env, XAUTHORITY: state.xauthority });
      logger.info(`The job failed: screenshot of ${screen} (${screenshot.width}x${screenshot.height}) saved to ${untrusted(screenshot.path)}`);
    } catch (error: unknown) {
      screenshotError = describeError(error);
      logger.warning(`headless-env post: could not take the failure screenshot: ${screenshotError}`);
    }
  }
  const { stopComponents } = await import('./stop.ts');
  const report = await stopComponents(state, logger);
  logger.info(`Stopped ${report.stopped.length} process(es) and removed ${untrusted(state.runtimeDir)} in ${formatDuration(report.totalMs)}.`);
  const video = state.video ? finishVideo(state.video.path, keepVideo(state.video.mode, inputs?.jobStatus), logger) : undefined;
  return { kind: 'stopped', state, report, ...(screenshot ? { screenshot } : {}), ...(screenshotError ? { screenshotError } : {}), ...(video ? { video } : {}) };
}

/** Keeps the finalised recording (and says where) or removes it. */
function finishVideo(file: string, keep: boolean, logger: Logger): PostVideo {
  if (!keep) {
    if (!discardVideo(file)) logger.warning(`headless-env post: could not remove the screen recording ${untrusted(file)}.`);
    return { path: file, kept: false, bytes: 0 };
  }
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch (error: unknown) {
    logger.warning(`headless-env post: the screen recording ${untrusted(file)} is missing: ${describeError(error)}`);
  }
  logger.info(`Screen recording saved to ${untrusted(file)} (${formatBytes(bytes)}).`);
  return { path: file, kept: true, bytes };
}

/** post's `screenshot` output and summary. */
export async function publishHeadlessEnvPost(outcome: HeadlessPostOutcome, deps: { logger: Logger }): Promise<void> {
  if (outcome.kind === 'nothing') {
    deps.logger.debug(outcome.why);
    return;
  }
  if (outcome.screenshot) core.setOutput('screenshot', outcome.screenshot.path);
  if (outcome.video) core.setOutput('video', outcome.video.kept ? outcome.video.path : '');
  await appendSummary(renderStopSummary(outcome.state, outcome.report, outcome.screenshot, outcome.screenshotError, outcome.video));
}

/** How this job refers to headless-env (the runner says, for an action from a repository), for snippets to paste. */
export function headlessEnvUses(env: NodeJS.ProcessEnv = process.env): string {
  const repository = env['GITHUB_ACTION_REPOSITORY'];
  const ref = env['GITHUB_ACTION_REF'];
  return repository && ref ? `${repository}/headless-env@${ref}` : '<org>/runner-kit/headless-env@v1';
}

/** The steps that put a failure screenshot among the run's artifacts (`mode: screenshot`, then actions/upload-artifact). */
export function screenshotUploadSteps(uses: string): string {
  return [
    '```yaml',
    '- id: screenshot',
    '  if: failure()',
    `  uses: ${uses}`,
    '  with:',
    '    mode: screenshot',
    '- if: failure() && steps.screenshot.outputs.screenshot',
    '  uses: actions/upload-artifact@v4',
    '  with:',
    '    name: screenshot-${{ github.job }}',
    '    path: ${{ steps.screenshot.outputs.screenshot }}',
    '```',
  ].join('\n');
}

/** The job-summary section of `mode: screenshot`: the file by name, and how to get it from the run's page. */
export function renderScreenshotSummary(display: string, shot: Screenshot): string {
  return [
    '### 📸 headless-env screenshot',
    '',
    `${code(path.basename(shot.path))} — ${display}, ${shot.width}x${shot.height}, ${formatBytes(shot.bytes)}, in ${code(path.dirname(shot.path))} on the runner.`,
    '',
    `Upload it with \`actions/upload-artifact\` (\`path: \${{ steps.<this step's id>.outputs.screenshot }}\`) to find it among this run's artifacts.`,
    '',
  ].join('\n');
}

const OUTCOME_LABELS = { 'not-running': 'had already exited', terminated: 'SIGTERM', killed: 'SIGKILL (after grace)', interrupted: 'SIGINT (file finalised)' } as const;

/** The job-summary section of post: screenshot (if any) and how each process was stopped. */
export function renderStopSummary(state: HeadlessState, report: StopReport, screenshot?: Screenshot, screenshotError?: string, video?: PostVideo): string {
  const lines = ['### 🧹 headless-env cleanup', ''];
  if (screenshot) {
    // The post step runs after every step of the job, so no step can upload what it saves: say
    // which file it is, and how to have one on this page next time.
    lines.push(
      `📸 The job failed: screenshot of ${state.wayland ?? state.display} saved on the runner as ${code(path.basename(screenshot.path))} (${screenshot.width}x${screenshot.height}, ${formatBytes(screenshot.bytes)}) in ${code(path.dirname(screenshot.path))}. ` +
        'It is not uploaded: this step runs after all others. To find the screen among this run\'s artifacts, add these steps after the failing one:',
      '',
      screenshotUploadSteps(headlessEnvUses()),
      '',
    );
  }
  if (screenshotError) lines.push(`> [!WARNING]\n> No failure screenshot: ${screenshotError}`, '');
  if (video?.kept) {
    lines.push(
      `🎥 Screen recording finalised: ${code(path.basename(video.path))} (${formatBytes(video.bytes)}) in ${code(path.dirname(video.path))} on the runner. ` +
        'It is not uploaded: this step runs after all others. ' +
        (state.wayland
          ? 'In a Wayland session it is a plain MP4, complete only now, so no step of this job could upload it; on a self-hosted runner, a `screenshot-path` in the workspace keeps it there after the job.'
          : 'The file is playable before post finalises it, so to find it among this run\'s artifacts, upload it from an `if: failure()` step after the failing one (`path: ${{ steps.<headless-env step id>.outputs.video }}`).'),
      '',
    );
  } else if (video) {
    lines.push(`🎥 The job succeeded: screen recording removed (\`record-video: on-failure\`).`, '');
  }
  const rows = report.stopped.map((s) => [COMPONENT_LABELS[s.component], s.pid, OUTCOME_LABELS[s.outcome], formatDuration(s.ms)]);
  lines.push(markdownTable(['component', 'pid', 'stopped by', 'time'], rows, ['l', 'r', 'l', 'r']), '');
  lines.push(`Runtime dir ${code(state.runtimeDir)} ${report.runtimeDirRemoved ? 'removed' : 'NOT removed (not a headless-env runtime dir)'}; total ${formatDuration(report.totalMs)}.`);
  return `${lines.join('\n')}\n`;
}
