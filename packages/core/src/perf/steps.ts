import * as core from '@actions/core';
import type { Inputs } from '../inputs.ts';
import type { Logger } from '../logging.ts';
import { formatDuration } from '../units.ts';
import { readPerfMonitorConfig } from './config.ts';
import { finishPerfMonitor } from './finish.ts';
import { currentSession, perfMonitorState, startSampling } from './session.ts';

/**
 * perf-monitor's main step. `mode: start` starts the detached recorder and returns at once;
 * `mode: stop` stops the job's newest session and reports it now (its post step then only
 * says so), so a later step can upload the report.
 */
export async function runPerfMonitorMain(inputs: Inputs, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = readPerfMonitorConfig(inputs, env);
  if (config.mode === 'stop') {
    const session = currentSession(config.temp);
    if (!session) {
      logger.warning('perf-monitor: mode: stop found no sampler started earlier in this job (add a perf-monitor step with mode: start before it); nothing to report.');
      return;
    }
    await finishPerfMonitor(session, { ...(config.token ? { token: config.token } : {}), logger });
    return;
  }
  const session = await startSampling(config);
  perfMonitorState.save(session);
  core.setOutput('report-dir', session.reportDir);
  core.setOutput('samples-file', session.dataFile);
  logger.info(`Sampling every ${formatDuration(config.intervalMs)} (pid ${session.sampler.pid}) into ${session.dataFile}; the report is written when the job ends or at mode: stop.`);
}

/**
 * perf-monitor's post step: reports the session main started. Without one (main failed, was
 * skipped, or ran with mode: stop) there is nothing to do, and that is not a failure.
 */
export async function runPerfMonitorPost(inputs: Inputs, logger: Logger): Promise<void> {
  const session = perfMonitorState.load();
  if (!session) {
    logger.info('perf-monitor: this step started no sampler (main failed, was skipped, or ran with mode: stop); nothing to report.');
    return;
  }
  const token = inputs.secret('github-token', { required: false });
  await finishPerfMonitor(session, { ...(token ? { token } : {}), logger });
}
