/**
 * @runner-kit/core: the shared library behind every runner-kit action and the CLI.
 * Only what is exported here is public; the modules behind it are internal.
 */
export { ConfigurationError, describeError, isExpectedError } from './errors.ts';
export { Inputs } from './inputs.ts';
export { actionsLogger, consoleLogger, untrusted } from './logging.ts';
export { runPostStep, runStep } from './step.ts';
export { writeStdoutDirectly } from './workflow-commands.ts';
export { markdownTable } from './summary.ts';
export { formatBytes, parseSize } from './units.ts';
export { readCacheKeyConfig } from './cache-key/config.ts';
export { runCacheKey } from './cache-key/compute.ts';
export { publishCacheKey } from './cache-key/report.ts';
export { LocalStore } from './cache-store/local-store.ts';
export { lockTimingFromEnv } from './cache-store/lock.ts';
export { runLeaseKeeper } from './cache-store/lease-keeper.ts';
export { leaseTtlFromEnv } from './cache-store/leases.ts';
export { readSetupVoskConfig } from './vosk/config.ts';
export { runSetupVosk } from './vosk/setup.ts';
export { publishSetupVosk, readSetupVoskPostConfig, runSetupVoskPost } from './vosk/report.ts';
export { measureHost } from './health/measures.ts';
export { DEFAULT_THRESHOLDS, scoreHealth, type HealthThresholds } from './health/score.ts';
export { DEFAULT_NETWORK_CHECK, readHealthGateConfig, readLocalConfig } from './health/config.ts';
export { publishHealthGate, runHealthGate } from './health/steps.ts';
export { describeMeasureScope, healthReportJson, renderFindingsTable } from './health/report.ts';
export * from './perf/index.ts';
export * from './headless/index.ts';
export * from './fleet/index.ts';
