import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, describeError } from '../errors.ts';
import { untrusted, type Logger } from '../logging.ts';
import { detectRunner } from '../runner.ts';
import { StepState } from '../state.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import { formatBytes, formatDuration } from '../units.ts';
import type { ComponentName } from './component.ts';
import { defaultScreenshotPath, type HeadlessConfig } from './config.ts';
import { captureScreenshot, type Screenshot } from './screenshot.ts';
import { startHeadlessEnv, type HeadlessStartResult, type HeadlessState } from './start.ts';
import { stopComponents, type StopReport } from './stop.ts';

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
    Array.isArray(state.components) &&
    state.components.every((c) => typeof c === 'object' && c !== null && typeof c.component === 'string' && typeof c.graceMs === 'number' && isStartedProcess(c.process))
  );
});

/** Output names, each '' when the part is off (or off Linux). */
const OUTPUTS = ['display', 'pulse-server', 'dbus-address', 'runtime-dir', 'xauthority', 'window-manager', 'screenshot'] as const;

const COMPONENT_LABELS: Record<ComponentName, string> = {
  xvfb: '🖥️ Xvfb',
  'window-manager': '🪟 window manager',
  dbus: '🚌 D-Bus session bus',
  pulseaudio: '🔊 PulseAudio',
};

/** True when this step runs on Linux (the runner's word and Node's). */
export function onLinux(env: NodeJS.ProcessEnv = process.env): boolean {
  return detectRunner(env).os === 'Linux' && process.platform === 'linux';
}

/** main: start the stack (or, in `screenshot` mode, save a PNG of `$DISPLAY`). */
export async function headlessEnvMain(config: HeadlessConfig, logger: Logger): Promise<void> {
  for (const name of OUTPUTS) core.setOutput(name, '');
  if (!onLinux()) {
    core.notice(`headless-env runs on Linux only; on ${detectRunner().os} it does nothing (outputs are empty).`);
    return;
  }
  if (config.mode === 'screenshot') {
    await screenshotNow(config, logger);
    return;
  }
  const result = await startHeadlessEnv(config, { logger, onStarted: (state) => headlessEnvState.save(state) });
  headlessEnvState.save(result.state);
  publishStarted(result);
  await appendSummary(renderStartSummary(result));
}

function publishStarted(result: HeadlessStartResult): void {
  for (const [name, value] of Object.entries(result.variables)) if (value !== undefined) core.exportVariable(name, value);
  core.setOutput('display', result.variables.DISPLAY ?? '');
  core.setOutput('pulse-server', result.variables.PULSE_SERVER ?? '');
  core.setOutput('dbus-address', result.variables.DBUS_SESSION_BUS_ADDRESS ?? '');
  core.setOutput('runtime-dir', result.layout.root);
  core.setOutput('xauthority', result.variables.XAUTHORITY ?? '');
  core.setOutput('window-manager', result.windowManager ?? '');
}

/** The job-summary section of main: what started, its pid, how long until verified. */
export function renderStartSummary(result: HeadlessStartResult): string {
  const rows = result.components.map((c) => [COMPONENT_LABELS[c.component], c.process.pid, formatDuration(c.readyMs), c.detail]);
  const variables = (Object.entries(result.variables) as [string, string | undefined][]).map(([name, value]) => [code(name), value === undefined ? '' : code(value)]);
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
  return `${lines.join('\n')}\n`;
}

async function screenshotNow(config: HeadlessConfig, logger: Logger): Promise<void> {
  const display = process.env['DISPLAY'];
  if (!display) throw new ConfigurationError("mode: screenshot needs DISPLAY: run headless-env (mode: start) in an earlier step of this job.");
  const file = config.screenshotPath ?? defaultScreenshotPath(config.runnerTemp, display, `${Date.now()}`);
  const shot = await captureScreenshot(display, file, process.env);
  core.setOutput('screenshot', shot.path);
  logger.info(`Screenshot of ${display} (${shot.width}x${shot.height}, ${formatBytes(shot.bytes)}) saved to ${untrusted(shot.path)}`);
  await appendSummary(renderScreenshotSummary(display, shot));
}

/**
 * post: a screenshot first when the job failed (and `screenshot-on-failure`), then stop exactly
 * what main started and remove the runtime dir. Inputs are read after the state, so a bad input
 * can never keep the stack from being stopped.
 */
export async function headlessEnvPost(readConfig: () => HeadlessConfig, logger: Logger): Promise<void> {
  const state = headlessEnvState.load();
  if (!state) {
    logger.debug('headless-env post: main saved no state (it did not start anything); nothing to stop.');
    return;
  }
  if (state.cleanedUp) {
    logger.debug('headless-env post: main failed and already stopped what it had started; nothing to stop.');
    return;
  }
  let config: HeadlessConfig | undefined;
  try {
    config = readConfig();
  } catch (error: unknown) {
    logger.warning(`headless-env post: ${describeError(error)} No screenshot; stopping the stack anyway.`);
  }
  let screenshot: Screenshot | undefined;
  let screenshotError: string | undefined;
  if (config && config.screenshotOnFailure && config.jobStatus === 'failure' && state.display && state.components.some((c) => c.component === 'xvfb')) {
    const file = config.screenshotPath ?? defaultScreenshotPath(config.runnerTemp, state.display, 'post');
    try {
      screenshot = await captureScreenshot(state.display, file, { ...process.env, XAUTHORITY: state.xauthority });
      core.setOutput('screenshot', screenshot.path);
      logger.info(`The job failed: screenshot of ${state.display} (${screenshot.width}x${screenshot.height}) saved to ${untrusted(screenshot.path)}`);
    } catch (error: unknown) {
      screenshotError = describeError(error);
      logger.warning(`headless-env post: could not take the failure screenshot: ${screenshotError}`);
    }
  }
  const report = await stopComponents(state, logger);
  logger.info(`Stopped ${report.stopped.length} process(es) and removed ${untrusted(state.runtimeDir)} in ${formatDuration(report.totalMs)}.`);
  await appendSummary(renderStopSummary(state, report, screenshot, screenshotError));
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

const OUTCOME_LABELS = { 'not-running': 'had already exited', terminated: 'SIGTERM', killed: 'SIGKILL (after grace)' } as const;

/** The job-summary section of post: screenshot (if any) and how each process was stopped. */
export function renderStopSummary(state: HeadlessState, report: StopReport, screenshot?: Screenshot, screenshotError?: string): string {
  const lines = ['### 🧹 headless-env cleanup', ''];
  if (screenshot) {
    // The post step runs after every step of the job, so no step can upload what it saves: say
    // which file it is, and how to have one on this page next time.
    lines.push(
      `📸 The job failed: screenshot of ${state.display} saved on the runner as ${code(path.basename(screenshot.path))} (${screenshot.width}x${screenshot.height}, ${formatBytes(screenshot.bytes)}) in ${code(path.dirname(screenshot.path))}. ` +
        'It is not uploaded: this step runs after all others. To find the screen among this run\'s artifacts, add these steps after the failing one:',
      '',
      screenshotUploadSteps(headlessEnvUses()),
      '',
    );
  }
  if (screenshotError) lines.push(`> [!WARNING]\n> No failure screenshot: ${screenshotError}`, '');
  const rows = report.stopped.map((s) => [COMPONENT_LABELS[s.component], s.pid, OUTCOME_LABELS[s.outcome], formatDuration(s.ms)]);
  lines.push(markdownTable(['component', 'pid', 'stopped by', 'time'], rows, ['l', 'r', 'l', 'r']), '');
  lines.push(`Runtime dir ${code(state.runtimeDir)} ${report.runtimeDirRemoved ? 'removed' : 'NOT removed (not a headless-env runtime dir)'}; total ${formatDuration(report.totalMs)}.`);
  return `${lines.join('\n')}\n`;
}
