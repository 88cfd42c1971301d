import * as core from '../workflow-commands.ts';
import type { Inputs } from '../inputs.ts';
import { osName } from '../runner.ts';
import { untrusted, type Logger } from '../logging.ts';
import { formatDuration } from '../units.ts';
import type { PerfMonitorConfig } from './config.ts';
import type { PerfReportOutcome } from './finish.ts';
import { withSystemErrors } from '../system-errors.ts';
import type { RecordedPlatform } from './recording.ts';
import { currentSession, perfMonitorState, sessionsRoot, startSampling, type PerfSession } from './session.ts';

/**
 * What a perf-monitor step did: started sampling, made a report, or had nothing to do (and why;
 * `notice` when the user should see it once in the run's annotations, `warn` when it is a problem).
 */
export type PerfMonitorOutcome = { kind: 'started'; session: PerfSession } | { kind: 'reported'; outcome: PerfReportOutcome } | { kind: 'nothing'; why: string; warn: boolean; notice?: boolean };

/** Taken from the runner's process; tests pass another platform. */
export interface PerfMonitorDeps {
  logger: Logger;
  /** Default: `process.platform`. */
  platform?: NodeJS.Platform;
}

/**
 * The recorder of this platform (recorder.sh reads /proc, recorder-darwin.sh macOS's commands),
 * or why there is none. A matrix with Windows legs must not fail on them, so they get a notice
 * and no report (README: why not typeperf).
 */
function recorderPlatform(platform: NodeJS.Platform): { recorder: RecordedPlatform } | { unsupported: string } {
  if (platform === 'linux' || platform === 'darwin') return { recorder: platform };
  return { unsupported: `perf-monitor records Linux and macOS runners only; this ${osName(platform)} runner is not measured (no report, no outputs) and the step succeeds.` };
}

/**
 * perf-monitor's main step. `mode: start` starts the detached recorder and returns at once;
 * `mode: stop` stops the job's newest session and reports it now (its post step then only
 * says so), so a later step can upload the report.
 */
export async function runPerfMonitor(config: PerfMonitorConfig, deps: PerfMonitorDeps): Promise<PerfMonitorOutcome> {
  const platform = recorderPlatform(deps.platform ?? process.platform);
  if ('unsupported' in platform) return { kind: 'nothing', warn: false, notice: true, why: platform.unsupported };
  if (config.mode === 'start') {
    const where = { path: sessionsRoot(config.temp), remedy: "free space in the runner's temp directory (RUNNER_TEMP, _work/_temp) or give the runner a larger disk" };
    return { kind: 'started', session: await withSystemErrors({ ...where, doing: 'starting the sampler (its recording and session files)' }, () => startSampling(config, platform.recorder)) };
  }
  const session = currentSession(config.temp);
  if (!session) return { kind: 'nothing', warn: true, why: 'perf-monitor: mode: stop found no sampler started earlier in this job (add a perf-monitor step with mode: start before it); nothing to report.' };
  return reported(await collectReport(session, config.token, deps.logger));
}

/** Outputs and state of main: the session for post, or the report of `mode: stop`. */
export async function publishPerfMonitor(config: PerfMonitorConfig, outcome: PerfMonitorOutcome, deps: { logger: Logger }): Promise<void> {
  if (outcome.kind === 'started') {
    const { session } = outcome;
    perfMonitorState.save(session);
    core.setOutput('report-dir', session.reportDir);
    core.setOutput('samples-file', session.dataFile);
    deps.logger.info(`Sampling every ${formatDuration(session.intervalMs)} (pid ${session.sampler.pid}) into ${untrusted(session.dataFile)}; the report is written when the job ends or at mode: stop.`);
    return;
  }
  await publishOutcome(outcome, { ...(config.token ? { token: config.token } : {}), logger: deps.logger });
}

/** What post needs: the session main saved (none when main failed, was skipped, or ran with mode: stop), and the token. */
export interface PerfMonitorPostConfig {
  session?: PerfSession;
  token?: string;
}

/** Reads post's typed state and its one input. */
export function readPerfMonitorPostConfig(inputs: Inputs): PerfMonitorPostConfig {
  const session = perfMonitorState.load();
  const token = inputs.secret('github-token', { required: false });
  return { ...(session ? { session } : {}), ...(token ? { token } : {}) };
}

/** perf-monitor's post step: reports the session main started; without one there is nothing to do, and that is not a failure. */
export async function runPerfMonitorPost(config: PerfMonitorPostConfig, deps: PerfMonitorDeps): Promise<PerfMonitorOutcome> {
  // Main said so already, as a notice.
  if ('unsupported' in recorderPlatform(deps.platform ?? process.platform)) return { kind: 'nothing', warn: false, why: 'perf-monitor: nothing was recorded on this runner (Linux and macOS only).' };
  if (!config.session) return { kind: 'nothing', warn: false, why: 'perf-monitor: this step started no sampler (main failed, was skipped, or ran with mode: stop); nothing to report.' };
  return reported(await collectReport(config.session, config.token, deps.logger));
}

/** Publishes what post made. */
export async function publishPerfMonitorPost(config: PerfMonitorPostConfig, outcome: PerfMonitorOutcome, deps: { logger: Logger }): Promise<void> {
  await publishOutcome(outcome, { ...(config.token ? { token: config.token } : {}), logger: deps.logger });
}

/** Collects the report; a full or read-only disk under the report files is said as such. */
function collectReport(session: PerfSession, token: string | undefined, logger: Logger): Promise<PerfReportOutcome | undefined> {
  const context = { doing: 'writing the report files', path: session.reportDir, remedy: "free space in the runner's temp directory (RUNNER_TEMP, _work/_temp)" };
  return withSystemErrors(context, async () => (await reporting()).collectPerfReport(session, { ...(token ? { token } : {}), logger }));
}

/**
 * The report's code (parsers, charts, baseline, PR comment: most of perf-monitor's JavaScript),
 * loaded when there is a report to make, not by `mode: start`, which only starts the recorder.
 */
const reporting = () => import('./finish.ts');

function reported(outcome: PerfReportOutcome | undefined): PerfMonitorOutcome {
  // Undefined: a `mode: stop` step reported it already, and collectPerfReport said so.
  return outcome ? { kind: 'reported', outcome } : { kind: 'nothing', warn: false, why: '' };
}

async function publishOutcome(outcome: PerfMonitorOutcome, options: { token?: string; logger: Logger }): Promise<void> {
  if (outcome.kind === 'reported') await (await reporting()).publishPerfReport(outcome.outcome, options);
  else if (outcome.kind === 'nothing' && outcome.notice) core.notice(outcome.why);
  else if (outcome.kind === 'nothing' && outcome.why && outcome.warn) options.logger.warning(outcome.why);
  else if (outcome.kind === 'nothing' && outcome.why) options.logger.info(outcome.why);
}
