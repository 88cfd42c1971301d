import { mkdirSync, openSync, closeSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopProcess, type StartedProcess } from '../processes.ts';
import { StepState } from '../state.ts';
import type { JobContext, PerfMonitorConfig, PerfThresholds } from './config.ts';
import { detectJobLimits, type JobLimits } from './job-limits.ts';
import { readClockAnchor, recordedIntervalMs, startRecorder } from './recorder.ts';
import type { RecordedPlatform } from './recording.ts';
import type { ClockAnchor } from './replay.ts';

/** The reporting settings of the step that started sampling; a later `mode: stop` step reuses them. */
export interface ReportSettings {
  reportName: string;
  thresholds: PerfThresholds;
  baseline?: string;
  regressionThresholdPercent: number;
  commentOnPr: boolean;
  pushgatewayUrl?: string;
  context: JobContext;
}

/** One sampling session: the recorder process, its files, and how to replay and report. */
export interface PerfSession {
  version: 2;
  sampler: StartedProcess;
  dir: string;
  /** What the recorder writes (raw /proc lines). */
  recording: string;
  /** The samples file the report step makes from the recording (`samples-file`). */
  dataFile: string;
  reportDir: string;
  intervalMs: number;
  startedAt: number;
  clock: ClockAnchor;
  workspace: string;
  topProcesses: number;
  /** The cgroup limits the job runs under, when it gets less than the node. */
  job?: JobLimits;
  report: ReportSettings;
}

function isPerfSession(value: unknown): value is PerfSession {
  const v = value as PerfSession;
  return (
    typeof value === 'object' &&
    value !== null &&
    v.version === 2 &&
    typeof v.sampler?.pid === 'number' &&
    typeof v.dir === 'string' &&
    typeof v.recording === 'string' &&
    typeof v.clock?.uptimeMs === 'number' &&
    typeof v.dataFile === 'string' &&
    typeof v.reportDir === 'string' &&
    typeof v.report?.reportName === 'string'
  );
}

/** main → post hand-off of the session this step started. */
export const perfMonitorState = new StepState<PerfSession>('perf-monitor', isPerfSession);

/** Where sessions live, under RUNNER_TEMP (emptied by the runner after each job). */
export function sessionsRoot(temp: string): string {
  return path.join(temp, 'runner-kit-perf-monitor');
}

/**
 * Starts the platform's detached recorder and returns at once. It watches this step's parent,
 * the job's runner process, to end with the job. cgroup limits exist on Linux only.
 */
export async function startSampling(config: PerfMonitorConfig, platform: RecordedPlatform): Promise<PerfSession> {
  const startedAt = Date.now();
  const root = sessionsRoot(config.temp);
  const dir = path.join(root, `${safeName(config.reportName)}-${startedAt}-${process.pid}`);
  const reportDir = path.join(dir, 'report');
  mkdirSync(reportDir, { recursive: true });
  const recording = path.join(dir, 'recording.txt');
  const clock = readClockAnchor(platform);
  const job = platform === 'linux' ? detectJobLimits(os.totalmem()) : undefined;
  const sampler = await startRecorder(
    {
      recording,
      intervalMs: config.intervalMs,
      workspace: config.workspace,
      processes: config.topProcesses > 0,
      cachePaths: config.cachePaths,
      ...(job ? { cgroupFiles: job.files } : {}),
      watchPid: process.ppid,
    },
    { cwd: dir, platform },
  );
  const session: PerfSession = {
    version: 2,
    sampler,
    dir,
    recording,
    dataFile: path.join(reportDir, 'samples.jsonl'),
    reportDir,
    intervalMs: recordedIntervalMs(config.intervalMs, platform),
    startedAt,
    clock,
    workspace: config.workspace,
    topProcesses: config.topProcesses,
    ...(job ? { job: job.limits } : {}),
    report: {
      reportName: config.reportName,
      thresholds: config.thresholds,
      ...(config.baseline ? { baseline: config.baseline } : {}),
      regressionThresholdPercent: config.regressionThresholdPercent,
      commentOnPr: config.commentOnPr,
      ...(config.pushgatewayUrl ? { pushgatewayUrl: config.pushgatewayUrl } : {}),
      context: config.context,
    },
  };
  try {
    writeJsonAtomically(path.join(dir, 'session.json'), session);
    // The newest session of the job, for a later `mode: stop` step (a step of its own, without our state).
    writeJsonAtomically(path.join(root, 'current.json'), session);
  } catch (error: unknown) {
    // Without its session files no step could report or stop it: never leave it running.
    await stopProcess(sampler, { graceMs: 1000 });
    throw error;
  }
  return session;
}

/** The newest session started in this job, for `mode: stop`; undefined when none was. */
export function currentSession(temp: string): PerfSession | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.join(sessionsRoot(temp), 'current.json'), 'utf8'));
    return isPerfSession(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims the right to report a session, exactly once: `mode: stop` and the post step of the
 * start step both try, and only the first to create the marker file reports.
 */
export function claimReport(session: PerfSession): boolean {
  try {
    closeSync(openSync(path.join(session.dir, 'reported'), 'wx'));
    return true;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function writeJsonAtomically(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 60);
}
