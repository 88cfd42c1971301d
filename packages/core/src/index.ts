/**
 * @runner-kit/core: the shared library behind every runner-kit action and the CLI.
 * Only what is exported here is public; the modules behind it are internal.
 */
export { ConfigurationError, describeError, ExternalError, isConfigurationError, isExpectedError } from './errors.ts';
export { Inputs, splitList, type InputSource } from './inputs.ts';
export { actionsLogger, consoleLogger, group, type Logger } from './logging.ts';
export { runPostStep, runStep } from './step.ts';
export { StepState } from './state.ts';
export { detectRunner, type RunnerEnvironment, type RunnerInfo } from './runner.ts';
export { appendSummary, code, downsample, markdownTable, mermaidXyChart, type Cell, type ChartSeries, type XyChart } from './summary.ts';
export { formatBytes, formatDuration, parseDuration, parseSize } from './units.ts';
export { mapOrdered } from './concurrency.ts';
export { hashFiles, type HashFilesOptions, type HashFilesResult } from './hashing.ts';
export { buildCacheKey, canonicalJson, MAX_KEY_LENGTH, type CacheKey, type CacheKeyParts, type KeySegment } from './cache-key/key.ts';
export { readCacheKeyConfig, type CacheKeyConfig } from './cache-key/config.ts';
export { computeCacheKey, type CacheKeyResult } from './cache-key/compute.ts';
export { publishCacheKey, renderCacheKeySummary } from './cache-key/report.ts';
