import { closeSync, openSync, writeSync } from 'node:fs';
import { describeError } from '../errors.ts';
import { isRunning } from '../processes.ts';
import { Probe } from './probe.ts';
import type { SamplerEvent } from './samples.ts';

/** Everything the detached sampler needs, handed over as JSON in its environment. */
export interface SamplerSettings {
  dataFile: string;
  intervalMs: number;
  workspace: string;
  /** How many top processes to record (0: none). */
  topProcesses: number;
  cachePaths: string[];
  /** The job's runner process (Runner.Worker): when it is gone, the job is over and so is sampling. */
  watch?: { pid: number; startTicks: number | undefined };
  /** After this many samples at one interval the interval doubles, bounding the file (default 10,000). */
  samplesPerStep?: number;
  /** Sampling stops when the file would grow past this (default 64 MiB). */
  maxBytes?: number;
  /** Default `/proc`. */
  procRoot?: string;
}

/** Name of the environment variable that carries {@link SamplerSettings}. */
export const SAMPLER_SETTINGS_ENV = 'RUNNER_KIT_PERF_SAMPLER';

/** Type guard for settings read back from the environment. */
export function isSamplerSettings(value: unknown): value is SamplerSettings {
  const v = value as SamplerSettings;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof v.dataFile === 'string' &&
    typeof v.intervalMs === 'number' &&
    v.intervalMs >= 50 &&
    typeof v.workspace === 'string' &&
    typeof v.topProcesses === 'number' &&
    Array.isArray(v.cachePaths)
  );
}

/** Reads the settings main passed; throws when they are missing or malformed. */
export function samplerSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SamplerSettings {
  const parsed: unknown = JSON.parse(env[SAMPLER_SETTINGS_ENV] ?? 'null');
  if (!isSamplerSettings(parsed)) throw new Error(`${SAMPLER_SETTINGS_ENV} does not hold sampler settings`);
  return parsed;
}

/** At most this many error lines per source, so a read failing every tick cannot fill the disk. */
const ERRORS_PER_SOURCE = 3;
const CACHE_SIZE_EVERY_MS = 60_000;
const PROCESSES_EVERY_MS = 2_000;

/**
 * The sampler process's whole life: writes a header, then one JSONL line per interval (each
 * `writeSync` reaches the file at once, so a kill loses at most the current line), until
 * SIGTERM/SIGINT, the watched runner process ends, or the size limit is reached. It never
 * throws: a failed read or write is recorded (a few times) and sampling goes on.
 */
export function runSampler(settings: SamplerSettings): void {
  const fd = openSync(settings.dataFile, 'a');
  let bytes = 0;
  let intervalMs = settings.intervalMs;
  const samplesPerStep = settings.samplesPerStep ?? 10_000;
  const maxBytes = settings.maxBytes ?? 64 * 2 ** 20;
  const errorCounts = new Map<string, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const write = (record: object): void => {
    const line = `${JSON.stringify(record)}\n`;
    bytes += Buffer.byteLength(line);
    writeSync(fd, line);
  };
  const event = (kind: SamplerEvent['kind'], message: string): void => {
    try {
      write({ kind, t: Date.now(), message } satisfies SamplerEvent);
    } catch {
      // the disk itself failed: nothing left to tell it to
    }
  };
  const reportError = (source: string, error: unknown): void => {
    const count = (errorCounts.get(source) ?? 0) + 1;
    errorCounts.set(source, count);
    if (count <= ERRORS_PER_SOURCE) event('error', `${source}: ${describeError(error)}`);
  };

  const probe = new Probe(
    {
      workspace: settings.workspace,
      topProcesses: settings.topProcesses,
      processesEvery: Math.max(1, Math.round(PROCESSES_EVERY_MS / intervalMs)),
      cachePaths: settings.cachePaths,
      cacheEvery: Math.max(1, Math.round(CACHE_SIZE_EVERY_MS / intervalMs)),
      ...(settings.procRoot ? { procRoot: settings.procRoot } : {}),
    },
    reportError,
  );

  const stop = (message: string): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    event('stop', message);
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    process.exit(0);
  };

  const watched = settings.watch;
  const runnerGone = (): boolean =>
    watched !== undefined && !isRunning({ pid: watched.pid, pgid: watched.pid, startTicks: watched.startTicks, command: 'runner' });

  let samples = 0;
  let lastSampleAt = 0;
  let next = Date.now();
  const tick = (): void => {
    try {
      if (runnerGone()) {
        stop(`the job's runner process (pid ${watched!.pid}) is gone`);
        return;
      }
      lastSampleAt = Date.now();
      write(probe.sample(lastSampleAt));
      if (++samples % samplesPerStep === 0) {
        intervalMs *= 2;
        event('slowdown', `${samples} samples written; interval now ${intervalMs} ms to bound the file`);
      }
      if (bytes >= maxBytes) {
        stop(`the samples file reached ${maxBytes} bytes; sampling ended early`);
        return;
      }
    } catch (error: unknown) {
      reportError('sampler', error);
    }
    // Fixed-rate schedule, so ticks do not drift; after a stall (suspended VM) restart from now.
    next += intervalMs;
    const now = Date.now();
    if (next < now) next = now + intervalMs;
    timer = setTimeout(tick, next - now);
  };

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => {
      // One last sample, so the report covers the job up to the moment it was stopped; not right
      // after the previous one, whose near-zero interval would give meaningless rates.
      try {
        if (Date.now() - lastSampleAt >= intervalMs / 2) write(probe.sample(Date.now()));
      } catch (error: unknown) {
        reportError('sampler', error);
      }
      stop(`stopped by ${signal}`);
    });
  }
  process.on('uncaughtException', (error) => reportError('sampler', error));

  try {
    write(probe.header(Date.now(), intervalMs));
  } catch (error: unknown) {
    reportError('sampler', error);
  }
  tick();
}
