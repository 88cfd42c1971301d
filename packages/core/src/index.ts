/**
 * @runner-kit/core: the shared library behind every runner-kit action and the CLI.
 * Only what is exported here is public; the modules behind it are internal.
 */
export { ConfigurationError, describeError, ExternalError, isConfigurationError, isExpectedError } from './errors.ts';
export { explainSystemError, withSystemErrors, type SystemErrorContext } from './system-errors.ts';
export { Inputs, splitList, type InputSource } from './inputs.ts';
export { actionsLogger, consoleLogger, group, untrusted, type Logger } from './logging.ts';
export { runPostStep, runStep } from './step.ts';
export { StepState } from './state.ts';
export { detectRunner, type RunnerEnvironment, type RunnerInfo } from './runner.ts';
export { appendSummary, CHART_PALETTE, code, downsample, markdownTable, mermaidXyChart, type Cell, type ChartSeries, type XyChart } from './summary.ts';
export { formatBytes, formatCount, formatDuration, parseDuration, parseSize } from './units.ts';
export { mapOrdered } from './concurrency.ts';
export { hashFiles, type HashFilesOptions, type HashFilesResult } from './hashing.ts';
export { sha256File } from './file-hash.ts';
export { buildCacheKey, canonicalJson, MAX_KEY_LENGTH, type CacheKey, type CacheKeyParts, type KeySegment } from './cache-key/key.ts';
export { readCacheKeyConfig, type CacheKeyConfig } from './cache-key/config.ts';
export { computeCacheKey, runCacheKey, type CacheKeyResult } from './cache-key/compute.ts';
export { publishCacheKey, renderCacheKeySummary } from './cache-key/report.ts';
export { LocalStore, type EntryRef, type EntryStatus, type InstallProduct, type ListedEntry, type Provided } from './cache-store/local-store.ts';
export { defaultLockTiming, lockTimingFromEnv, type LockTiming } from './cache-store/lock.ts';
export { MANIFEST_FILE, type Manifest } from './cache-store/manifest.ts';
export { actionsCacheAvailable } from './cache-store/actions-cache-env.ts';
export { restoreActionsCache, saveActionsCache, type SaveOutcome } from './cache-store/actions-cache.ts';
export { defaultDownloadLimitMs, downloadFile, formatProgress, ChecksumMismatchError, DownloadTimeoutError, HttpNotFoundError, HttpStatusError, type DownloadOptions, type DownloadProgress, type DownloadResult } from './http/download.ts';
export { detectArchiveFormat, extractArchive, UnsafeArchiveError, type ArchiveFormat, type ExtractResult } from './archives/extract.ts';
export { checkVoskLayout, findModelRoot } from './vosk/layout.ts';
export { DEFAULT_MODEL_BASE_URL, parseChecksums, resolveModelSpecs, type ModelSpec } from './vosk/sources.ts';
export { DEFAULT_LIBVOSK_BASE_URL, libvoskAsset, libvoskEnvironment, libvoskUrl, type LibvoskAsset } from './vosk/libvosk.ts';
export { readSetupVoskConfig, STRATEGIES, type SetupVoskConfig, type Strategy } from './vosk/config.ts';
export { actionsCacheKey, setupVosk, type ModelSource, type ProvidedEntry, type SetupVoskOptions, type SetupVoskResult } from './vosk/setup.ts';
export { publishSetupVosk, releaseSetupVosk, renderSetupVoskSummary, setupVoskState, type SetupVoskState } from './vosk/report.ts';
export { measureHost, parseLoadavg, parseMeminfo, type DiskMeasure, type HostMeasures, type MeasureOptions, type NetworkMeasure } from './health/measures.ts';
export { DEFAULT_THRESHOLDS, scoreHealth, type Finding, type HealthReport, type HealthStatus, type HealthThresholds, type Threshold } from './health/score.ts';
export { decideRunsOn, type DispatchConfig, type DispatchDecision, type DispatchScope, type MatchingRunner } from './health/dispatch.ts';
export { DEFAULT_NETWORK_CHECK, readHealthGateConfig, readLocalConfig, type DispatchHealthConfig, type HealthGateConfig, type LocalHealthConfig } from './health/config.ts';
export { publishHealthGate, runHealthGate, type HealthGateResult } from './health/steps.ts';
export { describeMeasureScope, healthReportJson, publishDispatch, publishLocalHealth, renderDispatchSummary, renderFindingsTable, renderLocalHealthSummary } from './health/report.ts';
export { parsePidStat, splitProcStat, type PidStat } from './system/procfs.ts';
export { groupHasLiveMembers, isRunning, processStartTicks, startDetached, stopProcess, type StartDetachedOptions, type StartedProcess, type StopOptions, type StopOutcome } from './processes.ts';
export * from './perf/index.ts';
export * from './headless/index.ts';
export * from './fleet/index.ts';
