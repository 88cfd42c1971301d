import { existsSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { pollUntil, remaining, type Deadline } from '../polling.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import { runCommand, withLogTail } from './commands.ts';
import type { ComponentName } from './component.ts';
import { launch } from './launch.ts';
import { parsePactlInfo, SINK_NAME, SOURCE_NAME, waitForPactl } from './pulseaudio.ts';
import type { RuntimeLayout } from './runtime-dir.ts';

/** The three PipeWire daemons, in start order. */
export const PIPEWIRE_PARTS = ['pipewire', 'wireplumber', 'pipewire-pulse'] as const satisfies readonly ComponentName[];
export type PipewirePart = (typeof PIPEWIRE_PARTS)[number];

/** PipeWire with its session manager and PulseAudio server, our sink and source the defaults. */
export interface PipewireStarted {
  parts: { component: PipewirePart; process: StartedProcess; log: string }[];
  /** As exported in PULSE_SERVER: pipewire-pulse's socket, where PulseAudio's would be. */
  server: string;
  info: Record<string, string>;
}

/**
 * The pactl commands that make the null sink and the virtual microphone (its monitor, remapped
 * to a real source, as PulseAudio's script does) and set them as defaults (pure).
 */
export function pipewireSetup(): { modules: string[][]; defaults: string[][] } {
  return {
    modules: [
      ['load-module', 'module-null-sink', `sink_name=${SINK_NAME}`, 'sink_properties=device.description=headless-env-sink'],
      ['load-module', 'module-remap-source', `source_name=${SOURCE_NAME}`, `master=${SINK_NAME}.monitor`, 'source_properties=device.description=headless-env-source'],
    ],
    defaults: [
      ['set-default-sink', SINK_NAME],
      ['set-default-source', SOURCE_NAME],
    ],
  };
}

/**
 * PipeWire's environment: its socket in the private runtime dir (XDG_RUNTIME_DIR), nothing of a
 * PipeWire or PulseAudio the job might already point at.
 */
export function pipewireEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result = { ...env };
  for (const name of ['PIPEWIRE_RUNTIME_DIR', 'PIPEWIRE_REMOTE', 'PULSE_RUNTIME_PATH', 'PULSE_SERVER']) delete result[name];
  return result;
}

/**
 * Starts pipewire, then wireplumber and pipewire-pulse (each detached, its own process group,
 * reported to `track` as it starts), with the runtime dir, HOME and config of the job and its
 * session bus in `env`; makes the sink and virtual microphone with pactl and verifies them as
 * defaults with `pactl info`.
 */
export async function startPipewire(options: { layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (component: PipewirePart, started: StartedProcess) => void }): Promise<PipewireStarted> {
  const { layout, deadline } = options;
  const env = pipewireEnv(options.env);
  const parts: PipewireStarted['parts'] = [];
  const start = async (component: PipewirePart) => {
    const log = path.join(layout.logs, `${component}.log`);
    const process = await launch(component, [], { env, log, cwd: layout.home, track: (started) => options.track(component, started) });
    parts.push({ component, process, log });
    return { process, log };
  };
  const fail = (part: { process: StartedProcess; log: string }, message: string, died?: boolean) =>
    new ExternalError(withLogTail(died ? `${path.basename(part.log, '.log')} exited during start-up (pid ${part.process.pid}).` : message, part.log));

  const daemon = await start('pipewire');
  const socket = path.join(layout.xdgRuntime, 'pipewire-0');
  const listening = await pollUntil(() => (existsSync(socket) ? true : undefined), { deadline, intervalMs: 10, stillAlive: () => isRunning(daemon.process) });
  if (!listening.value) throw fail(daemon, `pipewire did not create ${socket} within timeout-seconds.`, listening.died);
  const manager = await start('wireplumber');
  const pulse = await start('pipewire-pulse');

  const server = `unix:${layout.pulseSocket}`;
  const pulseEnv = { ...env, PULSE_SERVER: server };
  const pactl = (args: readonly string[]) => runCommand('pactl', args, { env: pulseEnv, timeoutMs: Math.min(2000, remaining(deadline) + 50) });
  const answered = await waitForPactl(pulseEnv, layout.pulseSocket, deadline, pulse.process, () => true);
  if (!answered.value) throw fail(pulse, "pipewire-pulse did not answer 'pactl info' within timeout-seconds.", answered.died);
  const setup = pipewireSetup();
  for (const args of setup.modules) {
    const result = await pactl(args);
    if (!result.ok) throw fail(pulse, `pactl ${args.join(' ')} failed: ${result.stderr.trim()}`);
  }
  // The defaults live in wireplumber's metadata: set them until it is there to keep them.
  const defaults = await pollUntil(
    async () => {
      for (const args of setup.defaults) await pactl(args);
      const result = await pactl(['info']);
      const info = result.ok ? parsePactlInfo(result.stdout) : undefined;
      return info?.['Default Sink'] === SINK_NAME && info['Default Source'] === SOURCE_NAME ? info : undefined;
    },
    { deadline, intervalMs: 20, stillAlive: () => [daemon, manager, pulse].every((part) => isRunning(part.process)) },
  );
  if (!defaults.value) {
    const dead = [daemon, manager, pulse].find((part) => !isRunning(part.process));
    throw fail(dead ?? manager, `PipeWire did not take ${SINK_NAME} and ${SOURCE_NAME} as defaults within timeout-seconds (wireplumber keeps them).`, dead !== undefined);
  }
  return { parts, server, info: defaults.value };
}
