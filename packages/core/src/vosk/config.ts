import path from 'node:path';
import { actionsCacheAvailable } from '../cache-store/actions-cache-env.ts';
import { MAX_DOWNLOAD_LIMIT_MS } from '../http/deadline.ts';
import type { Inputs } from '../inputs.ts';
import { detectRunner, type RunnerInfo } from '../runner.ts';
import { DEFAULT_LIBVOSK_BASE_URL, libvoskAsset, libvoskUrl, type LibvoskAsset } from './libvosk.ts';
import { checkSha256, checkUrl, DEFAULT_MODEL_BASE_URL, resolveModelSpecs, type ModelSpec } from './sources.ts';

export const STRATEGIES = ['auto', 'local', 'actions-cache', 'download'] as const;
export type Strategy = Exclude<(typeof STRATEGIES)[number], 'auto'>;

/** Validated settings of setup-vosk; the CLI builds the same object from its flags. */
export interface SetupVoskConfig {
  models: ModelSpec[];
  strategy: Strategy;
  /** Why this strategy (for the log and summary). */
  strategyReason: string;
  cacheDir: string;
  linkPath?: string;
  verify: 'structure' | 'full';
  retries: number;
  /** Overall limit on each download; undefined: derived from the archive's size. */
  downloadTimeoutMs?: number;
  /** Limit on saving an entry to the Actions cache; undefined: derived from its size. */
  cacheSaveTimeoutMs?: number;
  maxCacheSize?: number;
  libvosk?: { asset: LibvoskAsset; url: string; sha256?: string };
  runner: RunnerInfo;
}

/** Reads and validates every input once. */
export async function readSetupVoskConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): Promise<SetupVoskConfig> {
  const runner = detectRunner(env);
  const models = await resolveModelSpecs(
    {
      models: inputs.list('model'),
      baseUrl: inputs.optional('base-url') ?? DEFAULT_MODEL_BASE_URL,
      ...optional('url', inputs.optional('url')),
      ...optional('sha256', inputs.optional('sha256')),
      ...optional('checksumsFile', inputs.optional('checksums')),
    },
    runner.workspace,
  );
  const requested = inputs.enumeration('strategy', STRATEGIES, 'auto');
  const { strategy, strategyReason } = chooseStrategy(requested, runner, env);
  const cacheDirInput = inputs.optional('cache-dir');
  // The download strategy must not touch a persistent cache: it works in the job's temp dir.
  const cacheDir = path.resolve(
    runner.workspace,
    cacheDirInput ?? (strategy === 'download' ? path.join(runner.temp, 'runner-kit-vosk') : path.join(runner.toolCache, 'runner-kit', 'vosk')),
  );
  const linkPath = inputs.optional('path');
  const libvoskVersion = inputs.optional('libvosk-version');
  let libvosk: SetupVoskConfig['libvosk'];
  if (libvoskVersion) {
    const asset = libvoskAsset(libvoskVersion);
    const base = checkUrl(inputs.optional('libvosk-base-url') ?? DEFAULT_LIBVOSK_BASE_URL, 'libvosk-base-url').href;
    const sha256 = inputs.optional('libvosk-sha256');
    libvosk = { asset, url: libvoskUrl(base, asset), ...optional('sha256', sha256 && checkSha256(sha256, "Input 'libvosk-sha256'")) };
  }
  const maxCacheSize = inputs.size('max-cache-size');
  const downloadTimeoutMs = inputs.duration('download-timeout', undefined, { minMs: 1000, maxMs: MAX_DOWNLOAD_LIMIT_MS });
  const cacheSaveTimeoutMs = inputs.duration('cache-save-timeout', undefined, { minMs: 1000, maxMs: 6 * 60 * 60_000 });
  return {
    models,
    strategy,
    strategyReason,
    cacheDir,
    ...optional('linkPath', linkPath && path.resolve(runner.workspace, linkPath)),
    verify: inputs.enumeration('verify', ['structure', 'full'] as const, 'structure'),
    retries: inputs.integer('retries', 3, { min: 0, max: 20 }),
    ...optional('downloadTimeoutMs', downloadTimeoutMs),
    ...optional('cacheSaveTimeoutMs', cacheSaveTimeoutMs),
    ...optional('maxCacheSize', maxCacheSize),
    ...optional('libvosk', libvosk),
    runner,
  };
}

function chooseStrategy(requested: (typeof STRATEGIES)[number], runner: RunnerInfo, env: NodeJS.ProcessEnv): { strategy: Strategy; strategyReason: string } {
  if (requested !== 'auto') return { strategy: requested, strategyReason: `strategy: ${requested}` };
  if (runner.environment === 'github-hosted') {
    return actionsCacheAvailable(env)
      ? { strategy: 'actions-cache', strategyReason: 'GitHub-hosted runner: Actions cache, then download' }
      : { strategy: 'download', strategyReason: 'GitHub-hosted runner without a cache service: download' };
  }
  return {
    strategy: 'local',
    strategyReason: runner.environment === 'self-hosted' ? 'self-hosted runner: persistent local cache' : 'runner type unknown: persistent local cache',
  };
}

function optional<K extends string, V>(key: K, value: V | undefined | '' | false): { [P in K]?: V } {
  return value === undefined || value === '' || value === false ? {} : ({ [key]: value } as { [P in K]: V });
}
