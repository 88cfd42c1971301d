import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { pollUntil, remaining, type Deadline } from '../polling.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import { runCommand, withLogTail } from './commands.ts';
import { launch } from './launch.ts';
import { findProgram } from './packages.ts';
import type { RuntimeLayout } from './runtime-dir.ts';

/** The AT-SPI bus launcher: owns `org.a11y.Bus` on the session bus and runs the accessibility bus. */
export const AT_SPI_LAUNCHER = 'at-spi-bus-launcher';

/**
 * The launcher's argv (pure): the accessibility bus now rather than on the first request, and
 * `org.a11y.Status.IsEnabled` true from the start, so toolkits build their accessibility tree.
 */
export const AT_SPI_LAUNCHER_ARGS = ['--launch-immediately', '--a11y=1'];

/** An accessibility bus whose registry answered. */
export interface AccessibilityStarted {
  process: StartedProcess;
  /** The accessibility bus (`org.a11y.Bus.GetAddress`), exported as AT_SPI_BUS_ADDRESS. */
  busAddress: string;
  /** The registry's root accessible's name (`main`). */
  registryName: string;
  log: string;
}

/** The value of the first `boolean` in `dbus-send --print-reply` output. */
export function parseDbusBoolean(output: string): boolean | undefined {
  const match = /\bboolean (true|false)\b/.exec(output);
  return match ? match[1] === 'true' : undefined;
}

/** The first `string "…"` in `dbus-send --print-reply` output. */
export function parseDbusString(output: string): string | undefined {
  return /\bstring "([^"]*)"/.exec(output)?.[1];
}

const sessionCall = (dest: string, objectPath: string, member: string, ...args: string[]) => ['--session', '--print-reply', `--dest=${dest}`, objectPath, member, ...args];
/** Asks the bus itself, which never activates the service (a call to org.a11y.Bus would start a second launcher). */
const HAS_OWNER = sessionCall('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.a11y.Bus');
const IS_ENABLED = sessionCall('org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.Status', 'string:IsEnabled');
const GET_ADDRESS = sessionCall('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress');
/** The registry call that verifies the accessibility bus (it activates at-spi2-registryd there). */
export const registryCall = (busAddress: string) => [`--bus=${busAddress}`, '--print-reply', '--dest=org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.atspi.Accessible', 'string:Name'];

/**
 * Starts the AT-SPI bus launcher on the job's session bus (detached: its accessibility bus and
 * the registry it activates stay in its process group, so post stops all three) and verifies it:
 * `org.a11y.Bus` owned, `IsEnabled` true, and the registry on the accessibility bus answering.
 * `env` needs DBUS_SESSION_BUS_ADDRESS, and DISPLAY so the launcher also sets `AT_SPI_BUS` on
 * the root window, where X clients without the session bus look.
 */
export async function startAccessibility(options: { layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<AccessibilityStarted> {
  const { env, deadline } = options;
  const launcher = findProgram(AT_SPI_LAUNCHER, env['PATH']) ?? AT_SPI_LAUNCHER;
  const log = path.join(options.layout.logs, 'at-spi-bus-launcher.log');
  const started = await launch(launcher, AT_SPI_LAUNCHER_ARGS, { env, log, cwd: options.layout.home, track: options.track });
  const call = async (args: readonly string[]) => runCommand('dbus-send', args, { env, timeoutMs: Math.min(2000, remaining(deadline) + 50) });
  const fail = (message: string, died?: boolean) => new ExternalError(withLogTail(died ? `${AT_SPI_LAUNCHER} exited during start-up (pid ${started.pid}).` : message, log));
  const alive = { deadline, intervalMs: 20, stillAlive: () => isRunning(started) };

  const owned = await pollUntil(async () => (parseDbusBoolean((await call(HAS_OWNER)).stdout) ? true : undefined), alive);
  if (!owned.value) throw fail(`${AT_SPI_LAUNCHER} did not take org.a11y.Bus on the session bus within timeout-seconds.`, owned.died);
  const enabled = parseDbusBoolean((await call(IS_ENABLED)).stdout);
  if (enabled !== true) throw fail(`org.a11y.Status.IsEnabled is ${enabled === undefined ? 'unreadable' : 'false'} although ${AT_SPI_LAUNCHER} was started with --a11y=1.`);
  const busAddress = parseDbusString((await call(GET_ADDRESS)).stdout);
  if (!busAddress) throw fail('org.a11y.Bus.GetAddress did not return the accessibility bus address.');
  let lastError = '';
  const named = await pollUntil(async () => {
    const result = await call(registryCall(busAddress));
    lastError = result.stderr.trim();
    return result.ok ? parseDbusString(result.stdout) : undefined;
  }, alive);
  if (named.value === undefined) throw fail(`The AT-SPI registry on ${busAddress} did not answer${lastError ? `: ${lastError}` : ''}.`, named.died);
  return { process: started, busAddress, registryName: named.value, log };
}

/** Where GTK 2 keeps its modules: the only toolkit that needs GTK_MODULES to load the AT-SPI bridge. */
export function gtk2ModuleDirs(libRoot = '/usr/lib'): string[] {
  let multiarch: string[] = [];
  try {
    multiarch = readdirSync(libRoot).map((name) => path.join(libRoot, name, 'gtk-2.0', 'modules'));
  } catch {
    // no /usr/lib: no GTK 2
  }
  return [path.join(libRoot, 'gtk-2.0', 'modules'), `${libRoot}64/gtk-2.0/modules`, ...multiarch];
}

/**
 * The variables that turn toolkit accessibility on in later steps (pure but for `env`): Qt's
 * (which otherwise asks the bus), GNOME's, the bus address (libatspi reads it before anything
 * else), GTK 2's modules only where its bridge is installed (GTK 3 and 4 load it themselves;
 * naming a missing module makes every GTK app warn), and `NO_AT_BRIDGE=0` when the job had
 * it set: an inherited variable cannot be removed, and the bridge loads when it is 0.
 */
export function accessibilityVariables(busAddress: string, env: NodeJS.ProcessEnv, gtk2Dirs: readonly string[] = gtk2ModuleDirs()): Record<string, string> {
  const variables: Record<string, string> = { AT_SPI_BUS_ADDRESS: busAddress, QT_LINUX_ACCESSIBILITY_ALWAYS_ON: '1', QT_ACCESSIBILITY: '1', GNOME_ACCESSIBILITY: '1' };
  const has = (module: string) => gtk2Dirs.some((dir) => existsSync(path.join(dir, `lib${module}.so`)));
  if (has('atk-bridge')) {
    const modules = (env['GTK_MODULES'] ?? '').split(':').filter(Boolean);
    for (const module of ['gail', 'atk-bridge']) if (!modules.includes(module) && has(module)) modules.push(module);
    variables['GTK_MODULES'] = modules.join(':');
  }
  if (env['NO_AT_BRIDGE'] !== undefined && env['NO_AT_BRIDGE'] !== '0') variables['NO_AT_BRIDGE'] = '0';
  return variables;
}
