import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import type { WindowManagerChoice } from './config.ts';
import { findExecutable } from './packages.ts';
import type { RuntimeLayout } from './runtime-dir.ts';
import { launch } from './launch.ts';
import { pollUntil, remaining, type Deadline } from '../polling.ts';
import { runCommand, withLogTail } from './commands.ts';

/** A window manager headless-env knows how to configure and stop. */
export type WindowManager = 'fluxbox' | 'openbox';

/** SIGTERM → SIGKILL grace: fluxbox can deadlock on SIGTERM, so it gets little time. */
export const WM_GRACE_MS: Record<WindowManager, number> = { fluxbox: 150, openbox: 1000 };

/** `auto` → the first of fluxbox/openbox on PATH (fluxbox when neither is, for the install hint). */
export function resolveWindowManager(choice: WindowManagerChoice, searchPath?: string): WindowManager | undefined {
  if (choice === 'none') return undefined;
  if (choice !== 'auto') return choice;
  return (['fluxbox', 'openbox'] as const).find((wm) => findExecutable(wm, searchPath)) ?? 'fluxbox';
}

/**
 * fluxbox configuration in the private HOME's .fluxbox. The directory must exist before fluxbox
 * starts: when it does not, fluxbox writes its default init over the `-rc` file. `background:
 * unset` (style overlay) keeps fluxbox from running its wallpaper helper at all: `background:
 * none` still runs `fbsetbg -z`, which on a machine without a wallpaper setter pops up an
 * xmessage window for the whole job. No toolbar, so windows get the whole screen and screenshots
 * show only the application.
 */
export function fluxboxConfig(dir: string): { init: string; overlay: string; files: Record<string, string> } {
  const init = path.join(dir, 'init');
  const overlay = path.join(dir, 'overlay');
  const files = {
    [init]: [
      // An old or missing version makes fluxbox rewrite the file with its defaults.
      'session.configVersion: 13',
      `session.styleOverlay: ${overlay}`,
      'session.screen0.rootCommand:',
      'session.screen0.toolbar.visible: false',
      'session.screen0.slit.autoHide: true',
      'session.screen0.workspaces: 1',
      '',
    ].join('\n'),
    [overlay]: 'background: unset\n',
  };
  return { init, overlay, files };
}

/** Argv of the window manager (pure). */
export function windowManagerArgs(wm: WindowManager, layout: RuntimeLayout): string[] {
  return wm === 'fluxbox' ? ['-rc', fluxboxConfig(path.join(layout.home, '.fluxbox')).init] : [];
}

/** A running window manager whose EWMH check window is on the root window. */
export interface WindowManagerStarted {
  wm: WindowManager;
  process: StartedProcess;
  /** `_NET_WM_NAME` of the check window, e.g. `Fluxbox`. */
  name: string;
  log: string;
}

/** The check window id from `xprop -root _NET_SUPPORTING_WM_CHECK` output. */
export function parseSupportingWmCheck(xpropOutput: string): string | undefined {
  return /_NET_SUPPORTING_WM_CHECK\(WINDOW\): window id # (0x[0-9a-f]+)/i.exec(xpropOutput)?.[1];
}

/**
 * Starts the window manager with a private HOME and XDG_CONFIG_HOME (the user's own ~/.fluxbox
 * or ~/.config/openbox stay untouched) and waits until it announces itself on the root window
 * (`_NET_SUPPORTING_WM_CHECK`, as `wmctrl -m` reads it).
 */
export async function startWindowManager(options: { wm: WindowManager; layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<WindowManagerStarted> {
  const { wm, layout } = options;
  if (wm === 'fluxbox') {
    const config = fluxboxConfig(path.join(layout.home, '.fluxbox'));
    mkdirSync(path.dirname(config.init), { recursive: true, mode: 0o700 });
    for (const [file, text] of Object.entries(config.files)) writeFileSync(file, text, { mode: 0o600 });
  }
  const log = path.join(layout.logs, `${wm}.log`);
  const started = await launch(wm, windowManagerArgs(wm, layout), { env: options.env, log, cwd: layout.home, track: options.track });
  const checked = await pollUntil(
    async () => {
      const result = await runCommand('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env: options.env, timeoutMs: Math.min(2000, remaining(options.deadline) + 50) });
      return result.ok ? parseSupportingWmCheck(result.stdout) : undefined;
    },
    { deadline: options.deadline, intervalMs: 20, stillAlive: () => isRunning(started) },
  );
  if (!checked.value) {
    const message = checked.died ? `${wm} exited during start-up (pid ${started.pid}).` : `${wm} did not set _NET_SUPPORTING_WM_CHECK on the root window within timeout-seconds.`;
    throw new ExternalError(withLogTail(message, log));
  }
  const named = await runCommand('xprop', ['-id', checked.value, '_NET_WM_NAME'], { env: options.env, timeoutMs: 2000 });
  const name = /=\s*"(.*)"/.exec(named.stdout)?.[1] ?? wm;
  return { wm, process: started, name, log };
}
