import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { processStartTicks, startDetached, type StartedProcess } from '../processes.ts';
import { StepState } from '../state.ts';
import type { JobContext, PerfMonitorConfig, PerfThresholds } from './config.ts';
import { SAMPLER_SETTINGS_ENV, type SamplerSettings } from './sampler-loop.ts';

/** The reporting settings of the step that started sampling; a later `mode: stop` step reuses them. */
export interface ReportSettings {
  reportName: string;
  thresholds: PerfThresholds;
  baseline?: string;
  commentOnPr: boolean;
  pushgatewayUrl?: string;
  context: JobContext;
}

/** One sampling session: the sampler process, its files, and how to report. */
export interface PerfSession {
  version: 1;
  sampler: StartedProcess;
  dir: string;
  dataFile: string;
  reportDir: string;
  intervalMs: number;
  startedAt: number;
  report: ReportSettings;
}

function isPerfSession(value: unknown): value is PerfSession {
  const v = value as PerfSession;
  return (
    typeof value === 'object' &&
    value !== null &&
    v.version === 1 &&
    typeof v.sampler?.pid === 'number' &&
    typeof v.dir === 'string' &&
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
 * Node flags for the sampler: it holds a few KiB of state, so a small heap and young generation
 * keep its memory down (measured by `npm run bench`).
 */
export const SAMPLER_NODE_FLAGS = ['--max-old-space-size=32', '--max-semi-space-size=1', '--v8-pool-size=1'];

/**
 * Starts the detached sampler (`samplerScript` run by this Node) and returns at once. The
 * sampler gets only its settings in its environment — not the step's inputs, which may hold a
 * token — and watches this step's parent, the job's runner process, to end with the job.
 */
export async function startSampling(config: PerfMonitorConfig, samplerScript: string): Promise<PerfSession> {
  if (!existsSync(samplerScript)) throw new ExternalError(`The sampler bundle is missing at ${samplerScript}; the action's dist/ is incomplete.`);
  const startedAt = Date.now();
  const root = sessionsRoot(config.temp);
  const dir = path.join(root, `${safeName(config.reportName)}-${startedAt}-${process.pid}`);
  const reportDir = path.join(dir, 'report');
  mkdirSync(reportDir, { recursive: true });
  const dataFile = path.join(reportDir, 'samples.jsonl');
  const settings: SamplerSettings = {
    dataFile,
    intervalMs: config.intervalMs,
    workspace: config.workspace,
    topProcesses: config.topProcesses,
    cachePaths: config.cachePaths,
    watch: { pid: process.ppid, startTicks: processStartTicks(process.ppid) },
  };
  const sampler = await startDetached(process.execPath, [...SAMPLER_NODE_FLAGS, samplerScript], {
    env: { [SAMPLER_SETTINGS_ENV]: JSON.stringify(settings), PATH: process.env['PATH'] ?? '' },
    cwd: dir,
  });
  const session: PerfSession = {
    version: 1,
    sampler,
    dir,
    dataFile,
    reportDir,
    intervalMs: config.intervalMs,
    startedAt,
    report: {
      reportName: config.reportName,
      thresholds: config.thresholds,
      ...(config.baseline ? { baseline: config.baseline } : {}),
      commentOnPr: config.commentOnPr,
      ...(config.pushgatewayUrl ? { pushgatewayUrl: config.pushgatewayUrl } : {}),
      context: config.context,
    },
  };
  writeJsonAtomically(path.join(dir, 'session.json'), session);
  // The newest session of the job, for a later `mode: stop` step (a step of its own, without our state).
  writeJsonAtomically(path.join(root, 'current.json'), session);
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
