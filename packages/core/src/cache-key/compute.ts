import { group, type Logger } from '../logging.ts';
import type { CacheKeyConfig } from './config.ts';
import { buildCacheKey, type CacheKey } from './key.ts';
import { nowMs } from '../clock.ts';

/** A computed key with the file facts behind it. */
export interface CacheKeyResult extends CacheKey {
  filesHash: string;
  filesCount: number;
  unmatchedPatterns: string[];
  /** Unmatched patterns whose files are all outside the workspace. */
  outsideWorkspace: string[];
  elapsedMs: number;
}

/** Hashes the files and builds the key for a validated config, in a log group. */
export async function runCacheKey(config: CacheKeyConfig, deps: { logger?: Logger } = {}): Promise<CacheKeyResult> {
  return group('Computing the cache key', () => computeCacheKey(config, deps));
}

/** The key, restore keys and files hash, without a log group (the CLI, tests). */
export async function computeCacheKey(config: CacheKeyConfig, deps: { logger?: Logger } = {}): Promise<CacheKeyResult> {
  const started = nowMs();
  // The walker, minimatch and the hashing load only when there are files to hash: they are half
  // of the step's JavaScript, and a key made of OS, labels and job needs none of them.
  const files = config.filePatterns.length
    ? await (await import('../hashing.ts')).hashFiles(config.filePatterns, { workspace: config.workspace, followSymbolicLinks: config.followSymbolicLinks, ...(deps.logger ? { logger: deps.logger } : {}) })
    : { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
  const key = buildCacheKey({
    prefix: config.prefix,
    os: config.os,
    arch: config.arch,
    labels: config.runnerLabels,
    extra: config.extra,
    ...(config.perJob ? { job: config.job, matrix: config.matrix } : {}),
    filesHash: files.hash,
  });
  return {
    ...key,
    filesHash: files.hash,
    filesCount: files.count,
    unmatchedPatterns: files.unmatchedPatterns,
    outsideWorkspace: files.outsideWorkspace,
    elapsedMs: nowMs() - started,
  };
}
