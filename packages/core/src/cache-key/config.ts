import { ConfigurationError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import { detectRunner } from '../runner.ts';

/** Validated settings of the `cache-key` action. */
export interface CacheKeyConfig {
  prefix: string;
  filePatterns: string[];
  followSymbolicLinks: boolean;
  runnerLabels: string[];
  extra: string[];
  perJob: boolean;
  job?: string;
  matrix?: Record<string, unknown> | null;
  os: string;
  arch: string;
  workspace: string;
}

const isMatrix = (value: unknown): value is Record<string, unknown> | null =>
  value === null || (typeof value === 'object' && !Array.isArray(value));

/** Reads and validates every input once; the rest of the action works on this object. */
export function readCacheKeyConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): CacheKeyConfig {
  const prefix = inputs.required('prefix');
  if (/[\r\n]/.test(prefix)) throw new ConfigurationError("Input 'prefix' must be a single line.");
  const perJob = inputs.boolean('per-job', false);
  const matrix = inputs.json('matrix', isMatrix, 'a JSON object, as produced by ${{ toJSON(matrix) }}');
  const job = env['GITHUB_JOB'];
  if (perJob && !job) {
    throw new ConfigurationError("Input 'per-job' is true but GITHUB_JOB is not set; per-job keys need the runner's job id.");
  }
  const runner = detectRunner(env);
  return {
    prefix,
    filePatterns: inputs.lines('files'),
    followSymbolicLinks: inputs.boolean('follow-symbolic-links', false),
    runnerLabels: inputs.list('runner-labels'),
    extra: inputs.lines('extra'),
    perJob,
    ...(perJob ? { job, matrix: matrix ?? null } : {}),
    os: runner.os,
    arch: runner.arch,
    workspace: runner.workspace,
  };
}
