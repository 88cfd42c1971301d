import * as core from './workflow-commands.ts';
import { endAbandonedWork } from './abandoned-work.ts';
import { describeError, isExpectedError } from './errors.ts';
import { explainSystemError } from './system-errors.ts';
import { nowMs } from './clock.ts';

/**
 * Runs one action entry point. Anything thrown, Error or not, fails the step: a
 * ConfigurationError or ExternalError with its message only, anything else as a runner-kit bug
 * with its stack in the debug log, so users can tell "fix your input" from "report this". A
 * system error no caller explained (a full disk, say) is explained here, without the context.
 */
export async function runStep(body: () => Promise<void>): Promise<void> {
  const loadedMs = nowMs();
  try {
    await body();
  } catch (thrown: unknown) {
    // A full disk or a read-only directory that no caller explained is still not a bug.
    const error = await explainSystemError(thrown);
    if (isExpectedError(error)) {
      core.setFailed(error.message);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(
      `runner-kit failed unexpectedly: ${describeError(error)}. ` +
        'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.',
    );
  } finally {
    reportTiming(loadedMs);
    await endAbandonedWork();
  }
}

/** Start-up (Node and the bundle, from the process's start) and work, for anyone timing a step. */
function reportTiming(loadedMs: number): void {
  core.debug(`runner-kit: loaded ${Math.round(loadedMs)} ms after the process started, then worked ${Math.round(nowMs() - loadedMs)} ms.`);
}

/**
 * Like {@link runStep} for a `post` step that must never fail the job (cleanup, reports):
 * problems become warnings.
 */
export async function runPostStep(body: () => Promise<void>): Promise<void> {
  const loadedMs = nowMs();
  try {
    await body();
  } catch (error: unknown) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.warning(`runner-kit post step: ${describeError(error)}`);
  } finally {
    reportTiming(loadedMs);
    await endAbandonedWork();
  }
}
