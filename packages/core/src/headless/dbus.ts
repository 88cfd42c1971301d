import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import type { RuntimeLayout } from './runtime-dir.ts';
import { launch } from './launch.ts';
import { pollUntil, remaining, type Deadline } from '../polling.ts';
import { runCommand, withLogTail } from './commands.ts';

/** A private session bus that answered ListNames. */
export interface DbusStarted {
  process: StartedProcess;
  /** As exported in DBUS_SESSION_BUS_ADDRESS, e.g. `unix:path=…/dbus/bus,guid=…`. */
  address: string;
  /** Names on the bus at verification (at least `org.freedesktop.DBus`). */
  names: string[];
  log: string;
}

/**
 * dbus-daemon's argv (pure). `--nofork` started detached keeps the daemon's own pid and process
 * group, so post stops exactly it; the address on fd 3 is written once it listens.
 */
export function dbusArgs(socket: string): string[] {
  return ['--session', '--nofork', '--nopidfile', `--address=unix:path=${socket}`, '--print-address=3'];
}

/** The names in `dbus-send --print-reply … ListNames` output. */
export function parseListNames(output: string): string[] {
  return [...output.matchAll(/string "([^"]+)"/g)].map((m) => m[1]!);
}

/** The ListNames call headless-env verifies the bus with (and the README shows). */
export const LIST_NAMES_ARGS = ['--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'];

/** Starts a session bus on a socket in the runtime dir and verifies it with a ListNames call. */
export async function startDbus(options: { layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<DbusStarted> {
  const log = path.join(options.layout.logs, 'dbus-daemon.log');
  const addressFile = path.join(options.layout.root, 'dbus.address');
  const started = await launch('dbus-daemon', dbusArgs(options.layout.dbusSocket), { env: options.env, log, announceFile: addressFile, track: options.track });
  const announced = await pollUntil(
    () => {
      const line = readFileSync(addressFile, 'utf8');
      return line.endsWith('\n') ? line.trim() : undefined;
    },
    { deadline: options.deadline, intervalMs: 10, stillAlive: () => isRunning(started) },
  );
  if (!announced.value) {
    throw new ExternalError(withLogTail(announced.died ? `dbus-daemon exited during start-up (pid ${started.pid}).` : 'dbus-daemon did not print its address within timeout-seconds.', log));
  }
  const address = announced.value;
  const env = { ...options.env, DBUS_SESSION_BUS_ADDRESS: address };
  let lastError = '';
  const listed = await pollUntil(
    async () => {
      const result = await runCommand('dbus-send', LIST_NAMES_ARGS, { env, timeoutMs: Math.min(2000, remaining(options.deadline) + 50) });
      lastError = result.stderr.trim();
      const names = result.ok ? parseListNames(result.stdout) : [];
      return names.includes('org.freedesktop.DBus') ? names : undefined;
    },
    { deadline: options.deadline, intervalMs: 20, stillAlive: () => isRunning(started) },
  );
  if (!listed.value) throw new ExternalError(withLogTail(`The session bus at ${address} did not answer ListNames${lastError ? `: ${lastError}` : ''}.`, log));
  return { process: started, address, names: listed.value, log };
}
