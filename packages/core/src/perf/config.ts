import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { untrusted } from '../logging.ts';
import type { Inputs } from '../inputs.ts';
import { detectRunner } from '../runner.ts';

/** By default a report more than 50% worse than the baseline is a regression (`regression-threshold`). */
export const DEFAULT_REGRESSION_THRESHOLD = 50;

/** Warning thresholds; undefined turns one off. */
export interface PerfThresholds {
  /** Peak 1-minute load per core. */
  loadPerCore?: number;
  /** Peak memory used, % of total (used = total − available). */
  memoryPercent?: number;
  /** Peak used space of the workspace's filesystem, %. */
  diskPercent?: number;
}

/** Who and where the job is, for labels, markers and links. */
export interface JobContext {
  repository: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  runnerName: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  /** The pull request number on pull_request(_target) events. */
  pullRequest?: number;
}

/** Every input of perf-monitor, parsed once. */
export interface PerfMonitorConfig {
  mode: 'start' | 'stop';
  intervalMs: number;
  /** How many top processes to record; 0 when `processes` is off. */
  topProcesses: number;
  cachePaths: string[];
  thresholds: PerfThresholds;
  baseline?: string;
  /** A measure or step more than this % worse than the baseline is a regression. */
  regressionThresholdPercent: number;
  commentOnPr: boolean;
  token?: string;
  pushgatewayUrl?: string;
  /** Names the report, the PR comment marker and the Pushgateway group; default: the job id. */
  reportName: string;
  workspace: string;
  temp: string;
  context: JobContext;
}

const DEFAULT_TOP_PROCESSES = 5;

/** Reads and validates every input once. */
export function readPerfMonitorConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): PerfMonitorConfig {
  const runner = detectRunner(env);
  const mode = inputs.enumeration('mode', ['start', 'stop'] as const, 'start');
  const intervalSeconds = inputs.number('interval', 2, { min: 0.1, max: 3600 });
  const pushgatewayUrl = inputs.optional('pushgateway-url');
  if (pushgatewayUrl !== undefined && (!/^https?:\/\/\S+$/.test(pushgatewayUrl) || !URL.canParse(pushgatewayUrl))) {
    throw new ConfigurationError(`Input 'pushgateway-url' has the value '${pushgatewayUrl.replace(/\/\/[^@/]*@/, '//***@')}'; expected an http:// or https:// URL such as http://pushgateway:9091.`);
  }
  const reportName = inputs.optional('report-name') ?? env['GITHUB_JOB'] ?? 'job';
  if (!/^[\w.\- ]{1,100}$/.test(reportName)) {
    throw new ConfigurationError(`Input 'report-name' has the value '${reportName}'; expected up to 100 letters, digits, spaces, '.', '-' or '_'.`);
  }
  const token = inputs.secret('github-token', { required: false });
  const commentOnPr = inputs.boolean('comment-on-pr', false);
  if (commentOnPr && !token) throw new ConfigurationError("Input 'github-token' is required with comment-on-pr: true; expected a token with pull-requests: write.");
  const baseline = inputs.optional('baseline');
  return {
    mode,
    intervalMs: Math.round(intervalSeconds * 1000),
    topProcesses: readTopProcesses(inputs),
    cachePaths: inputs.lines('cache-paths').map((p) => path.resolve(runner.workspace, p)),
    thresholds: {
      ...optionalThreshold(inputs, 'load-warn', 'loadPerCore', 2, 1000),
      ...optionalThreshold(inputs, 'memory-warn', 'memoryPercent', 90, 100),
      ...optionalThreshold(inputs, 'disk-warn', 'diskPercent', 90, 100),
    },
    ...(baseline ? { baseline: path.resolve(runner.workspace, baseline) } : {}),
    regressionThresholdPercent: readRegressionThreshold(inputs),
    commentOnPr,
    ...(token ? { token } : {}),
    ...(pushgatewayUrl ? { pushgatewayUrl } : {}),
    reportName,
    workspace: runner.workspace,
    temp: runner.temp,
    context: readJobContext(env, runner.name),
  };
}

/** `regression-threshold`: a percentage such as `50` or `50%` (1 to 1000). */
function readRegressionThreshold(inputs: Inputs): number {
  const text = inputs.optional('regression-threshold');
  if (text === undefined) return DEFAULT_REGRESSION_THRESHOLD;
  const percent = Number(text.replace(/%$/, ''));
  if (!/^\d+(\.\d+)?%?$/.test(text) || !(percent >= 1 && percent <= 1000)) {
    throw new ConfigurationError(`Input 'regression-threshold' has the value '${untrusted(text)}'; expected a percentage from 1 to 1000, such as 50 or 50%.`);
  }
  return percent;
}

/** `processes`: true/false, or how many top processes to keep (0-50). */
function readTopProcesses(inputs: Inputs): number {
  const text = inputs.optional('processes') ?? 'false';
  if (/^\d+$/.test(text)) return inputs.integer('processes', 0, { min: 0, max: 50 });
  return inputs.boolean('processes', false) ? DEFAULT_TOP_PROCESSES : 0;
}

/** A threshold input: a number, or `off` (or empty) to disable. */
function optionalThreshold(inputs: Inputs, name: string, key: keyof PerfThresholds, fallback: number, max: number): PerfThresholds {
  const text = inputs.optional(name);
  if (text !== undefined && text.toLowerCase() === 'off') return {};
  try {
    return { [key]: inputs.number(name, fallback, { min: 0, max }) };
  } catch (error: unknown) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`${error.message.replace(/\.$/, '')}, or off.`);
    throw error;
  }
}

/** The job's identity from the runner's variables (and the PR number from the event payload). */
export function readJobContext(env: NodeJS.ProcessEnv, runnerName: string): JobContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const pullRequest = eventName.startsWith('pull_request') ? readPullRequestNumber(env['GITHUB_EVENT_PATH']) : undefined;
  return {
    repository: env['GITHUB_REPOSITORY'] ?? '',
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    runId: env['GITHUB_RUN_ID'] ?? '',
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
    runnerName,
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    ...(pullRequest ? { pullRequest } : {}),
  };
}

function readPullRequestNumber(file: string | undefined): number | undefined {
  if (!file) return undefined;
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { number?: unknown }; number?: unknown };
    const number = payload.pull_request?.number ?? payload.number;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
  } catch {
    return undefined;
  }
}
