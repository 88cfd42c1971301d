import type { Logger } from '../logging.ts';
import type { HealthGateConfig } from './config.ts';
import { decideRunsOn, type DispatchDecision } from './dispatch/decide.ts';
import { measureHost } from './measures.ts';
import { publishDispatch, publishLocalHealth } from './report.ts';
import { scoreHealth, type HealthReport } from './score.ts';

/** What health-gate found: this runner's score (local), or where later jobs should run (dispatch). */
export type HealthGateResult = { mode: 'local'; report: HealthReport } | { mode: 'dispatch'; decision: DispatchDecision };

/** Judges this runner (local) or chooses runs-on for later jobs from the API (dispatch). */
export async function runHealthGate(config: HealthGateConfig, deps: { logger: Logger }): Promise<HealthGateResult> {
  if (config.mode === 'dispatch') return { mode: 'dispatch', decision: await decideRunsOn(config.dispatch, deps.logger) };
  const measures = await measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile });
  return { mode: 'local', report: scoreHealth(measures, config.thresholds) };
}

/** Outputs, summary and annotations; fails the step under `fail-below` (local). */
export async function publishHealthGate(config: HealthGateConfig, result: HealthGateResult): Promise<void> {
  if (result.mode === 'dispatch') await publishDispatch(result.decision);
  else if (config.mode === 'local') await publishLocalHealth(config, result.report);
}
