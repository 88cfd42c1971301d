import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import type { RuntimeLayout } from './runtime-dir.ts';
import { launch } from './launch.ts';
import { pollUntil, remaining, type Deadline } from '../polling.ts';
import { runCommand, withLogTail } from './commands.ts';

export const SINK_NAME = 'headless_sink';
export const SOURCE_NAME = 'headless_source';
/** Where the keep-alive loopback plays the sink's monitor to: a second null sink, so nothing feeds back. */
export const KEEPALIVE_SINK_NAME = 'headless_keepalive';

/** A PulseAudio server that answered `pactl info` with our sink and source as defaults. */
export interface PulseStarted {
  process: StartedProcess;
  /** As exported in PULSE_SERVER: `unix:<runtime dir>/pulse/native`. */
  server: string;
  info: Record<string, string>;
  log: string;
}

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * The startup script (`-F`): only what is asked for, since `-n` skips the system default.pa.
 * The socket sits in the 0700 runtime dir, so anonymous auth admits only this user; the
 * virtual microphone remaps the null sink's monitor, so whatever plays can be recorded.
 *
 * A real microphone delivers silence all the time; an idle null sink renders ~2 s blocks, so a
 * recorder opened on it got its first data only after up to 2 s. A 20 ms loopback from the
 * monitor (into a second null sink) keeps the sink rendering in short blocks for good, and the
 * suspend/resume drops the long block already under way; neither alone is enough. The script runs
 * before the server serves any client, so this holds from the first `pactl info`.
 */
export function pulseScript(socket: string): string {
  return [
    `load-module module-native-protocol-unix socket=${quote(socket)} auth-anonymous=1`,
    `load-module module-null-sink sink_name=${SINK_NAME} sink_properties=device.description=headless-env-sink`,
    `load-module module-remap-source source_name=${SOURCE_NAME} master=${SINK_NAME}.monitor source_properties=device.description=headless-env-source`,
    `load-module module-null-sink sink_name=${KEEPALIVE_SINK_NAME} sink_properties=device.description=headless-env-keepalive`,
    `load-module module-loopback source=${SINK_NAME}.monitor sink=${KEEPALIVE_SINK_NAME} latency_msec=20 source_dont_move=true sink_dont_move=true`,
    `suspend-sink ${SINK_NAME} 1`,
    `suspend-sink ${SINK_NAME} 0`,
    `set-default-sink ${SINK_NAME}`,
    `set-default-source ${SOURCE_NAME}`,
    '',
  ].join('\n');
}

/**
 * pulseaudio's argv (pure): per-user mode (never `--system`), in the foreground so the recorded
 * pid is the daemon's own, never exiting on idle, no pid file in anyone's home.
 */
export function pulseArgs(script: string): string[] {
  return ['-n', '--daemonize=no', '--system=no', '--exit-idle-time=-1', '--disallow-exit=yes', '--use-pid-file=no', '--realtime=no', '--high-priority=no', '--log-target=stderr', '-F', script];
}

/** `Key: value` lines of `pactl info`. */
export function parsePactlInfo(output: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line.trim());
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/**
 * Starts PulseAudio with HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR inside the runtime dir (works
 * as root too: it warns, but runs in user mode) and verifies it with `pactl info`.
 */
export async function startPulseAudio(options: { layout: RuntimeLayout; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<PulseStarted> {
  const { layout } = options;
  const script = path.join(path.dirname(layout.pulseSocket), 'headless-env.pa');
  writeFileSync(script, pulseScript(layout.pulseSocket), { mode: 0o600 });
  const log = path.join(layout.logs, 'pulseaudio.log');
  const started = await launch('pulseaudio', pulseArgs(script), { env: options.env, log, cwd: layout.home, track: options.track });
  const server = `unix:${layout.pulseSocket}`;
  const answered = await waitForPactl({ ...options.env, PULSE_SERVER: server }, layout.pulseSocket, options.deadline, started, (info) => info['Default Sink'] === SINK_NAME && info['Default Source'] === SOURCE_NAME);
  if (!answered.value) {
    throw new ExternalError(withLogTail(answered.died ? `pulseaudio exited during start-up (pid ${started.pid}).` : `pulseaudio did not answer 'pactl info' with ${SINK_NAME} and ${SOURCE_NAME} as defaults within timeout-seconds.`, log));
  }
  return { process: started, server, info: answered.value, log };
}

/**
 * Polls `pactl info` (once `socket` exists) until its answer satisfies `accept`, while `started`
 * lives: how both PulseAudio and pipewire-pulse are verified.
 */
export async function waitForPactl(env: NodeJS.ProcessEnv, socket: string, deadline: Deadline, started: StartedProcess, accept: (info: Record<string, string>) => boolean): Promise<{ value?: Record<string, string>; died?: boolean }> {
  return pollUntil(
    async () => {
      if (!existsSync(socket)) return undefined;
      const result = await runCommand('pactl', ['info'], { env, timeoutMs: Math.min(2000, remaining(deadline) + 50) });
      const info = result.ok ? parsePactlInfo(result.stdout) : undefined;
      return info && accept(info) ? info : undefined;
    },
    { deadline, intervalMs: 20, stillAlive: () => isRunning(started) },
  );
}
