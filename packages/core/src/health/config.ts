import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import { healthyRunnersQuery } from '../fleet/label-set.ts';
import { detectRunner } from '../runner.ts';
import type { DispatchConfig, DispatchScope } from './dispatch/decide.ts';
import { DEFAULT_THRESHOLDS, type HealthThresholds } from './score.ts';
import { readThresholds } from './thresholds.ts';

/** Settings of the `local` mode: judge the machine this step runs on. */
export interface LocalHealthConfig {
  mode: 'local';
  /** The workspace first, then every cache path (each must exist). */
  paths: string[];
  requiredPaths: string[];
  networkUrls: string[];
  networkTimeoutMs: number;
  thresholds: HealthThresholds;
  failBelow?: number;
  /** Remembers cgroup OOM-kill counts between checks, in the tool cache (it outlives jobs on self-hosted runners). */
  oomStateFile: string;
}

/** Settings of the `dispatch` mode: choose runs-on for later jobs from the API. */
export interface DispatchHealthConfig {
  mode: 'dispatch';
  dispatch: DispatchConfig;
}

export type HealthGateConfig = LocalHealthConfig | DispatchHealthConfig;

export const DEFAULT_NETWORK_CHECK = 'https://api.github.com';

// A gate that waits minutes for one answer holds the whole workflow up; a zero limit fails everything.
const NETWORK_TIMEOUT_RANGE = { minMs: 1, maxMs: 10 * 60_000 };

/** Reads and validates every input once. */
export async function readHealthGateConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): Promise<HealthGateConfig> {
  const mode = inputs.enumeration('mode', ['local', 'dispatch'] as const, 'local');
  return mode === 'local' ? readLocalConfig(inputs, env) : { mode, dispatch: await readDispatchConfig(inputs, env) };
}

/** The local-mode settings; the CLI builds them from its flags through the same code. */
export function readLocalConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): LocalHealthConfig {
  const runner = detectRunner(env);
  const cachePaths = inputs.lines('cache-paths');
  const networkUrls = inputs.list('network-check');
  for (const url of networkUrls) {
    if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) {
      throw new ConfigurationError(`Input 'network-check' has '${url}'; expected http:// or https:// URLs (comma or newline separated), or nothing to skip network checks.`);
    }
  }
  const failBelow = inputs.integer('fail-below', -1, { min: 0, max: 100 });
  return {
    mode: 'local',
    paths: [runner.workspace, ...cachePaths],
    requiredPaths: cachePaths,
    networkUrls,
    networkTimeoutMs: inputs.duration('network-timeout', 3000, NETWORK_TIMEOUT_RANGE)!,
    thresholds: readThresholds(inputs, DEFAULT_THRESHOLDS),
    ...(failBelow >= 0 ? { failBelow } : {}),
    oomStateFile: oomStateFile(env),
  };
}

/**
 * Where OOM-kill counts are remembered between checks: the runner's tool cache, which outlives
 * jobs on self-hosted runners; outside a runner (`runner-kit health` from cron) the user's state
 * directory, never a shared temporary one.
 */
function oomStateFile(env: NodeJS.ProcessEnv): string {
  const toolCache = env['RUNNER_TOOL_CACHE'];
  if (toolCache) return path.join(toolCache, 'runner-kit', 'health', 'oom-kills.json');
  const state = env['XDG_STATE_HOME'] || path.join(env['HOME'] || os.homedir(), '.local', 'state');
  return path.join(state, 'runner-kit', 'oom-kills.json');
}

async function readDispatchConfig(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<DispatchConfig> {
  const [repoOwner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const scope: DispatchScope = inputs.enumeration('scope', ['repo', 'org', 'enterprise'] as const, 'repo');
  const enterprise = inputs.optional('enterprise');
  if (scope === 'enterprise' && !enterprise) throw new ConfigurationError("Input 'enterprise' is required with scope: enterprise; expected the enterprise slug.");
  const labels = inputs.list('labels');
  if (labels.length === 0) throw new ConfigurationError("Input 'labels' is required in dispatch mode; expected the self-hosted label set, e.g. self-hosted, linux, x64.");
  const fallbackText = inputs.optional('fallback') ?? 'ubuntu-latest';
  const minSuccessRate = inputs.number('min-success-rate', -1, { min: 0, max: 1 });
  const history = inputs.integer('history', 0, { min: 0, max: 200 });
  if (minSuccessRate >= 0 && history === 0) throw new ConfigurationError("Input 'min-success-rate' needs 'history' (how many recent jobs to look at), e.g. history: 20.");
  const runId = Number(env['GITHUB_RUN_ID']);
  const prometheusUrl = inputs.optional('prometheus-url');
  if (prometheusUrl !== undefined && (!/^https?:\/\/\S+$/.test(prometheusUrl) || !URL.canParse(prometheusUrl))) {
    throw new ConfigurationError(`Input 'prometheus-url' has the value '${prometheusUrl}'; expected the http:// or https:// URL of a Prometheus server, such as http://prometheus:9090.`);
  }
  const prometheusQuery = inputs.optional('prometheus-query');
  if (prometheusQuery !== undefined && prometheusUrl === undefined) throw new ConfigurationError("Input 'prometheus-query' needs 'prometheus-url' (the Prometheus server to ask).");
  const prometheusToken = inputs.secret('prometheus-token', { required: false });
  const maxQueued = inputs.integer('max-queued', -1, { min: 0, max: 10_000 });
  return {
    token: inputs.secret('github-token', { required: true })!,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    owner: inputs.optional('owner') ?? repoOwner,
    repo,
    scope,
    ...(enterprise ? { enterprise } : {}),
    labels,
    fallback: parseFallback(fallbackText),
    requireIdle: inputs.boolean('require-idle', false),
    minOnline: inputs.integer('min-online', 1, { min: 1, max: 10_000 }),
    allowForks: inputs.boolean('allow-forks', false),
    scaleSets: inputs.list('scale-sets'),
    ...(minSuccessRate >= 0 ? { minSuccessRate } : {}),
    history,
    ...(Number.isSafeInteger(runId) && runId > 0 ? { runId } : {}),
    event: { name: env['GITHUB_EVENT_NAME'] ?? '', payload: await readEvent(env['GITHUB_EVENT_PATH']) },
    timeoutMs: inputs.duration('timeout', 10_000, NETWORK_TIMEOUT_RANGE)!,
    ...(prometheusUrl === undefined ? {} : { prometheus: { url: prometheusUrl, query: prometheusQuery ?? healthyRunnersQuery(labels), ...(prometheusToken ? { token: prometheusToken } : {}) } }),
    ...(maxQueued >= 0 ? { maxQueued } : {}),
  };
}

/** `ubuntu-latest`, or a JSON array of labels such as `["self-hosted","backup"]`. */
function parseFallback(text: string): string | string[] {
  if (!text.startsWith('[')) {
    if (/[\s,]/.test(text)) throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
    return text;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((l) => typeof l === 'string' && l.trim() !== '')) {
    throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected a non-empty JSON array of label strings.`);
  }
  return parsed as string[];
}

async function readEvent(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return {};
  }
}
