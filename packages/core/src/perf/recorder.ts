import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExternalError } from '../errors.ts';
import { startDetached, type StartedProcess } from '../processes.ts';
import { parseUptime } from '../system/procfs.ts';
import type { RecordedPlatform } from './recording.ts';
import type { ClockAnchor } from './replay.ts';

/** What the recorder records, and how often. */
export interface RecorderSettings {
  recording: string;
  intervalMs: number;
  workspace: string;
  /** Record processes for a top list (every ~2 s). */
  processes: boolean;
  cachePaths: string[];
  /** The job's cgroup files (`<controller>:<file>` → path) to copy every tick; empty outside a cgroup limit. */
  cgroupFiles?: ReadonlyMap<string, string>;
  /** The job's runner process: recording ends when it does. */
  watchPid?: number;
  /** After this many samples at one interval the interval doubles (default 10,000). */
  samplesPerStep?: number;
  /** Recording ends before the file grows past this (default 128 MiB). */
  maxBytes?: number;
  /** Default `/proc`; tests point it at a fixture tree. */
  procRoot?: string;
}

/**
 * How often the reads that cost more than a file read happen: statfs forks `stat` (`df` on
 * macOS), processes walk /proc (fork `ps` on macOS, which costs more, so less often), `du` walks
 * the caches.
 */
const STATFS_EVERY_MS = 5_000;
const PROCESSES_EVERY_MS: Record<RecordedPlatform, number> = { linux: 2_000, darwin: 10_000 };
const CACHE_SIZE_EVERY_MS = 60_000;

/**
 * The shell each recorder runs in: on macOS the stock /bin/bash 3.2 that every Mac has, not a
 * Homebrew bash that PATH may find first, so what runs is what the script is written for.
 */
const RECORDER_SHELLS: Record<RecordedPlatform, string> = { linux: 'bash', darwin: '/bin/bash' };

/**
 * The recorder script of a platform. ncc sees `new URL(literal, import.meta.url)` and copies the
 * file next to the bundle; from source it is the file beside this one.
 */
export function recorderScript(platform: RecordedPlatform = 'linux'): string {
  return fileURLToPath(platform === 'darwin' ? new URL('./recorder-darwin.sh', import.meta.url) : new URL('./recorder.sh', import.meta.url));
}

/** The interval a recorder keeps: macOS's waits in iostat, which takes whole seconds only. */
export function recordedIntervalMs(intervalMs: number, platform: RecordedPlatform): number {
  return platform === 'darwin' ? Math.max(1, Math.ceil(intervalMs / 1000)) * 1000 : intervalMs;
}

/** The environment the recorder reads its settings from: nothing else of the step's (inputs may hold a token). */
export function recorderEnvironment(settings: RecorderSettings, platform: RecordedPlatform = 'linux'): NodeJS.ProcessEnv {
  const intervalMs = recordedIntervalMs(settings.intervalMs, platform);
  const every = (ms: number) => String(Math.max(1, Math.round(ms / intervalMs)));
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    LC_ALL: 'C', // byte lengths, and `.` in numbers
    RK_OUT: settings.recording,
    RK_INTERVAL_MS: String(settings.intervalMs),
    RK_WORKSPACE: settings.workspace,
    RK_STATFS_EVERY: every(STATFS_EVERY_MS),
    RK_PROCS_EVERY: settings.processes ? every(PROCESSES_EVERY_MS[platform]) : '0',
    RK_CACHE_EVERY: settings.cachePaths.length > 0 ? every(CACHE_SIZE_EVERY_MS) : '0',
    RK_CACHE_PATHS: settings.cachePaths.join('\n'),
    RK_CGROUP_FILES: [...(settings.cgroupFiles ?? [])].map(([key, file]) => `${key} ${file}`).join('\n'),
    ...(settings.watchPid ? { RK_WATCH_PID: String(settings.watchPid) } : {}),
    ...(settings.samplesPerStep ? { RK_STEP_SAMPLES: String(settings.samplesPerStep) } : {}),
    ...(settings.maxBytes ? { RK_MAX_BYTES: String(settings.maxBytes) } : {}),
    ...(settings.procRoot ? { RK_PROC: settings.procRoot } : {}),
  };
}

/** Now, on both clocks the recording is replayed with (on macOS the recorder's clock starts at 0 as it starts). */
export function readClockAnchor(platform: RecordedPlatform = 'linux'): ClockAnchor {
  if (platform === 'darwin') return { epochMs: Date.now(), uptimeMs: 0 };
  const uptime = parseUptime(readFileSync('/proc/uptime', 'utf8'));
  if (uptime === undefined) throw new ExternalError('Unexpected /proc/uptime content.');
  return { epochMs: Date.now(), uptimeMs: Math.round(uptime * 1000) };
}

/**
 * Starts the detached recorder of the platform (bash, in its own process group, no stdio) and
 * returns at once.
 * Throws {@link ExternalError} when bash cannot be started.
 */
export async function startRecorder(settings: RecorderSettings, options: { cwd: string; platform?: RecordedPlatform }): Promise<StartedProcess> {
  const platform = options.platform ?? 'linux';
  const script = recorderScript(platform);
  if (!existsSync(script)) throw new ExternalError(`The sampler script is missing at ${script}; the action's dist/ is incomplete.`);
  try {
    return await startDetached(RECORDER_SHELLS[platform], [script], { env: recorderEnvironment(settings, platform), cwd: options.cwd });
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ExternalError('perf-monitor samples with bash, and there is no bash on PATH here. In a job container without it (Alpine, distroless), install it first (`apk add bash`) or drop the step from that job.');
    throw error;
  }
}
