import type { Logger } from '../logging.ts';
import type { HealthGateConfig } from './config.ts';
import type { DispatchDecision } from './dispatch/decide.ts';
import type { HealthReport } from './score.ts';

// Each mode loads its own code when it runs, not when the step starts: dispatch's API client and
// local's measures are each most of the action's JavaScript, and a step needs one of them.

/** What health-gate found: this runner's score (local), or where later jobs should run (dispatch). */
export type HealthGateResult = { mode: 'local'; report: HealthReport } | { mode: 'dispatch'; decision: DispatchDecision };

/** Judges this runner (local) or chooses runs-on for later jobs from the API (dispatch). */
export async function runHealthGate(config: HealthGateConfig, deps: { logger: Logger }): Promise<HealthGateResult> {
  if (config.mode === 'dispatch') {
    const { decideRunsOn } = await import('./dispatch/decide.ts');
    return { mode: 'dispatch', decision: await decideRunsOn(config.dispatch, deps.logger) };
  }
  const [{ measureHost }, { scoreHealth }] = await Promise.all([import('./measures.ts'), import('./score.ts')]);
  const measures = await measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile });
  return { mode: 'local', report: scoreHealth(measures, config.thresholds) };
}

/** Outputs, summary and annotations; fails the step under `fail-below` (local). */
export async function publishHealthGate(config: HealthGateConfig, result: HealthGateResult): Promise<void> {
  const { publishDispatch, publishLocalHealth } = await import('./report.ts');
  if (result.mode === 'dispatch') await publishDispatch(result.decision);
  else if (config.mode === 'local') await publishLocalHealth(config, result.report);
}
