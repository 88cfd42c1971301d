import { ConfigurationError, describeError } from '../../errors.ts';
import { untrusted, type Logger } from '../../logging.ts';
import { createApiClient, describeApiFailure, type ApiClient, type ApiFailure } from '../../github/api.ts';
import { forkPullRequest } from './fork.ts';
import { selfHostedSuccessRate, type SuccessRate } from './history.ts';
import { coveringScaleSet, hasAllLabels } from './labels.ts';
import { queryPrometheus, type PrometheusSignal } from './prometheus.ts';
import { countQueuedJobs } from './queue.ts';
import { DISPATCH_SHAPES } from './shapes.ts';

/** The level at which the self-hosted runners are registered. */
export type DispatchScope = 'repo' | 'org' | 'enterprise';

/** Everything the dispatch decision needs; built from the action's inputs and environment. */
export interface DispatchConfig {
  /** Already masked by the caller. */
  token: string;
  /** GITHUB_API_URL (GHES-aware). */
  apiUrl: string;
  owner: string;
  repo: string;
  scope: DispatchScope;
  /** Required for scope 'enterprise'. */
  enterprise?: string;
  /** The self-hosted label set a runner must have (all of them, case-insensitive). */
  labels: string[];
  /** What `runs-on` becomes on fallback, e.g. 'ubuntu-latest'. */
  fallback: string | string[];
  /** Need at least one matching online runner that is not busy. */
  requireIdle: boolean;
  /** Need at least this many matching online runners. */
  minOnline: number;
  /** Let pull requests from forks go to self-hosted runners. */
  allowForks: boolean;
  /** Names of ARC runner scale sets: available even with zero registered runners. */
  scaleSets: string[];
  /** 0..1; with `history` > 0, fall back when the self-hosted success rate is below it. */
  minSuccessRate?: number;
  /** How many recent completed jobs of this workflow on these labels to look at (0 = off). */
  history: number;
  /** GITHUB_RUN_ID, to find this workflow; required when `history` > 0. */
  runId?: number;
  /** GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH json. */
  event: { name: string; payload: unknown };
  /** Also ask Prometheus: self-hosted only when the query's number is at least `minOnline`. */
  prometheus?: PrometheusSignal;
  /** Also count queued jobs: fall back when more than this many wait beyond the idle matching runners. */
  maxQueued?: number;
  /** Per request. */
  timeoutMs: number;
}

/** A registered runner with all the labels, for the summary. */
export interface MatchingRunner {
  name: string;
  status: string;
  busy: boolean;
  labels: string[];
}

/** The outcome: what later jobs put in `runs-on`, and why. */
export interface DispatchDecision {
  /** The labels when self-hosted, the fallback otherwise. */
  runsOn: string[] | string;
  /** `JSON.stringify(runsOn)`, for `fromJSON` in the workflow. */
  runsOnJson: string;
  useSelfHosted: boolean;
  /** One sentence a human reads in the summary. */
  reason: string;
  runners: MatchingRunner[];
  successRate?: SuccessRate;
  /** What Prometheus was asked, and its number or why there was none. */
  prometheus?: { query: string; value?: number; error?: string };
  /** Jobs queued for these labels against the idle matching runners. */
  queue?: { queued: number; idle: number; maxQueued: number; runs: number; error?: string };
}

/** The token permission each scope's runner list needs, for the warning when it is refused. */
const PERMISSION_HINT: Record<DispatchScope, string> = {
  repo: 'a token with `administration: read` on the repository (a fine-grained PAT or a GitHub App token; GITHUB_TOKEN cannot list runners)',
  org: 'a token with `organization_self_hosted_runners: read` (fine-grained PAT or GitHub App) or the classic `admin:org` scope',
  enterprise: 'a classic token with the `manage_runners:enterprise` scope',
};

/**
 * Chooses `runs-on` for later jobs: the self-hosted `labels` when enough matching runners are
 * online (and idle, and healthy by recent history, if asked), the fallback otherwise. A job aimed
 * at an offline self-hosted runner would wait in the queue for up to a day, so anything that
 * cannot be confirmed — including every API problem — falls back, with a warning. Throws only
 * {@link ConfigurationError} for invalid configuration.
 */
export async function decideRunsOn(config: DispatchConfig, logger: Logger): Promise<DispatchDecision> {
  validate(config);
  const log = redacting(logger, config.token, config.prometheus?.token);
  const target = describeRunsOn(config.fallback);
  const fallback = (facts: string, extra: Partial<DispatchDecision> = {}): DispatchDecision =>
    finish({ runsOn: config.fallback, useSelfHosted: false, reason: `${facts}; falling back to ${target}.`, runners: [], ...extra }, log);

  const fork = forkPullRequest(config.event);
  if (fork.fork && !config.allowForks) {
    const from = fork.head === undefined ? 'a pull request whose head repository is unknown (deleted fork?)' : `a pull request from the fork ${fork.head}`;
    return fallback(`This run is for ${from} and allow-forks is off, so no self-hosted runner is used`);
  }

  const octokit = await createApiClient({ token: config.token, apiUrl: config.apiUrl, timeoutMs: config.timeoutMs, logger: log, shapes: DISPATCH_SHAPES });
  const route = runnersRoute(config);
  let all: MatchingRunner[];
  try {
    all = await listRunners(octokit, config);
  } catch (error: unknown) {
    const failure = describeApiFailure(error);
    const hint = refused(failure) ? ` Listing ${config.scope}-level runners needs ${PERMISSION_HINT[config.scope]}.` : '';
    log.warning(`Could not list self-hosted runners (GET ${route}): ${failure.text}.${hint} Falling back to ${target}.`);
    return fallback(`The self-hosted runners could not be listed (${failure.text})`);
  }

  const runners = all.filter((runner) => hasAllLabels(runner.labels, config.labels));
  const online = runners.filter((runner) => runner.status === 'online');
  const idle = online.filter((runner) => !runner.busy);
  const labelList = config.labels.join(', ');
  const counts = `${online.length} of ${runners.length} matching runners online, ${idle.length} idle`;
  const scaleSet = coveringScaleSet(config.labels, config.scaleSets);
  log.info(`${all.length} ${config.scope}-level runners listed; ${runners.length} have all of ${untrusted(labelList)}; ${online.length} online, ${idle.length} idle.`);

  let facts: string;
  if (scaleSet !== undefined) {
    // A scale set scales from zero: no registered runner is no sign of trouble.
    facts = `${labelList} is served by the ARC runner scale set ${scaleSet}, which starts runners on demand (${counts})`;
  } else if (runners.length === 0) {
    return fallback(`None of the ${all.length} ${config.scope}-level runners has all of the labels ${labelList}`, { runners });
  } else if (online.length < config.minOnline) {
    return fallback(`${counts}; at least ${config.minOnline} must be online`, { runners });
  } else if (config.requireIdle && idle.length === 0) {
    return fallback(`${counts}; require-idle is set`, { runners });
  } else {
    facts = counts;
  }

  let successRate: SuccessRate | undefined;
  if (config.history > 0) {
    try {
      successRate = await selfHostedSuccessRate(octokit, { owner: config.owner, repo: config.repo, runId: config.runId!, labels: config.labels, history: config.history });
    } catch (error: unknown) {
      const failure = describeApiFailure(error);
      const hint = refused(failure) ? ' Reading the job history needs `actions: read` on the repository.' : '';
      log.warning(`Could not read the job history of this workflow: ${failure.text}.${hint} Falling back to ${target}.`);
      return fallback(`${facts}, but the job history could not be read (${failure.text})`, { runners });
    }
    const rate = `self-hosted success rate ${percent(successRate.rate)} over the last ${successRate.jobs} jobs`;
    if (successRate.jobs === 0) {
      facts = `${facts}; no completed jobs on these labels yet to judge by`;
    } else if (config.minSuccessRate !== undefined && successRate.rate < config.minSuccessRate) {
      return fallback(`${facts}, but the ${rate} is below ${percent(config.minSuccessRate)}`, { runners, successRate });
    } else {
      facts = `${facts}; ${rate}`;
    }
  }

  const seen: Partial<DispatchDecision> = { runners, ...(successRate === undefined ? {} : { successRate }) };
  if (config.prometheus) {
    const { query } = config.prometheus;
    try {
      const value = await queryPrometheus(config.prometheus, config.timeoutMs);
      seen.prometheus = { query, value };
      const healthy = `Prometheus counts ${value} healthy runner${value === 1 ? '' : 's'}`;
      if (value < config.minOnline) return fallback(`${facts}, but ${healthy} (at least ${config.minOnline} needed)`, seen);
      facts = `${facts}; ${healthy}`;
    } catch (error: unknown) {
      const text = describeError(error);
      seen.prometheus = { query, error: text };
      log.warning(`Could not ask Prometheus at ${untrusted(config.prometheus.url)} for ${untrusted(query)}: ${untrusted(text)}. Falling back to ${target}.`);
      return fallback(`${facts}, but Prometheus could not be asked (${text})`, seen);
    }
  }
  if (config.maxQueued !== undefined) {
    const maxQueued = config.maxQueued;
    let queue;
    try {
      queue = await countQueuedJobs(octokit, { owner: config.owner, repo: config.repo, labels: config.labels, ...(config.runId === undefined ? {} : { runId: config.runId }) });
    } catch (error: unknown) {
      const failure = describeApiFailure(error);
      const hint = refused(failure) ? ' Reading the queue needs `actions: read` on the repository.' : '';
      seen.queue = { queued: 0, idle: idle.length, maxQueued, runs: 0, error: failure.text };
      log.warning(`Could not read the queued jobs of this repository: ${failure.text}.${hint} Falling back to ${target}.`);
      return fallback(`${facts}, but the job queue could not be read (${failure.text})`, seen);
    }
    seen.queue = { ...queue, idle: idle.length, maxQueued };
    const waiting = `${queue.queued} job${queue.queued === 1 ? '' : 's'} queued for ${describeRunsOn(config.labels)} and ${idle.length} idle runner${idle.length === 1 ? '' : 's'}`;
    if (queue.queued - idle.length > maxQueued) return fallback(`${facts}, but ${waiting} (more than max-queued ${maxQueued} would wait)`, seen);
    facts = `${facts}; ${waiting}`;
  }

  return finish({ ...seen, runsOn: config.labels, useSelfHosted: true, reason: `${facts}; using self-hosted ${describeRunsOn(config.labels)}.`, runners }, log);
}

function finish(decision: Omit<DispatchDecision, 'runsOnJson'>, log: Logger): DispatchDecision {
  log.info(untrusted(decision.reason));
  return { ...decision, runsOnJson: JSON.stringify(decision.runsOn) };
}

/** The token was refused (not rate-limited): worth naming the permission it needs. */
function refused(failure: ApiFailure): boolean {
  return !failure.rateLimited && (failure.status === 401 || failure.status === 403 || failure.status === 404);
}

function runnersRoute(config: DispatchConfig): string {
  if (config.scope === 'repo') return `/repos/${config.owner}/${config.repo}/actions/runners`;
  if (config.scope === 'org') return `/orgs/${config.owner}/actions/runners`;
  return `/enterprises/${config.enterprise}/actions/runners`;
}

/** Every registered runner at the scope, all pages. The enterprise route is not in Octokit's typed routes, so the items are read defensively. */
async function listRunners(octokit: ApiClient, config: DispatchConfig): Promise<MatchingRunner[]> {
  const items: unknown[] =
    config.scope === 'repo'
      ? await octokit.paginate('GET /repos/{owner}/{repo}/actions/runners', { owner: config.owner, repo: config.repo, per_page: 100 })
      : config.scope === 'org'
        ? await octokit.paginate('GET /orgs/{org}/actions/runners', { org: config.owner, per_page: 100 })
        : await octokit.paginate<unknown>({ method: 'GET', url: '/enterprises/{enterprise}/actions/runners', enterprise: config.enterprise, per_page: 100 });
  return items.map(toRunner);
}

function toRunner(item: unknown): MatchingRunner {
  const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const labels = Array.isArray(record['labels']) ? record['labels'] : [];
  return {
    name: typeof record['name'] === 'string' ? record['name'] : '(unnamed)',
    status: typeof record['status'] === 'string' ? record['status'] : 'unknown',
    busy: record['busy'] === true,
    labels: labels.map((label: unknown) => (typeof label === 'object' && label !== null ? (label as { name?: unknown }).name : label)).filter((name): name is string => typeof name === 'string'),
  };
}

function validate(config: DispatchConfig): void {
  const fail = (message: string): never => {
    throw new ConfigurationError(message);
  };
  if (config.token === '') fail('The dispatch mode needs a token that can list self-hosted runners.');
  try {
    new URL(config.apiUrl);
  } catch {
    fail(`The API URL '${config.apiUrl}' is not a valid URL.`);
  }
  if (config.owner === '' || config.repo === '') fail('The repository (owner/name) is required.');
  if (!['repo', 'org', 'enterprise'].includes(config.scope)) fail(`The scope '${config.scope}' is not one of repo, org, enterprise.`);
  if (config.scope === 'enterprise' && !config.enterprise) fail("The scope 'enterprise' needs the enterprise slug.");
  if (config.labels.length === 0 || config.labels.some((label) => label.trim() === '')) fail('The self-hosted labels must be a non-empty list of non-empty labels.');
  const fallbackLabels = Array.isArray(config.fallback) ? config.fallback : [config.fallback];
  if (fallbackLabels.length === 0 || fallbackLabels.some((label) => label.trim() === '')) fail('The fallback runs-on must be a non-empty label or list of labels.');
  if (!Number.isSafeInteger(config.minOnline) || config.minOnline < 1) fail(`min-online must be a whole number of at least 1, not ${config.minOnline}.`);
  if (!Number.isSafeInteger(config.history) || config.history < 0) fail(`history must be a whole number of at least 0, not ${config.history}.`);
  if (config.minSuccessRate !== undefined && !(config.minSuccessRate >= 0 && config.minSuccessRate <= 1)) fail(`min-success-rate must be between 0 and 1, not ${config.minSuccessRate}.`);
  if (config.history > 0 && (config.runId === undefined || !Number.isSafeInteger(config.runId) || config.runId <= 0)) fail('The job history needs the run id (GITHUB_RUN_ID) to find this workflow.');
  if (!(config.timeoutMs > 0)) fail(`The request timeout must be positive, not ${config.timeoutMs} ms.`);
  if (config.prometheus) {
    const { url, query } = config.prometheus;
    if (!/^https?:\/\/\S+$/.test(url) || !URL.canParse(url)) fail(`prometheus-url must be an http:// or https:// URL such as http://prometheus:9090, not '${url}'.`);
    else if (new URL(url).username || new URL(url).password) fail('prometheus-url must not hold credentials; pass a bearer token in prometheus-token.');
    if (query.trim() === '') fail('prometheus-query must not be empty.');
  }
  if (config.maxQueued !== undefined && (!Number.isSafeInteger(config.maxQueued) || config.maxQueued < 0)) fail(`max-queued must be a whole number of at least 0, not ${config.maxQueued}.`);
}

/** A logger that never lets the token through, whatever a server or library puts in a message. */
function redacting(logger: Logger, ...tokens: (string | undefined)[]): Logger {
  // Too short a "token" would mangle ordinary words; real tokens are far longer.
  const secrets = tokens.filter((token): token is string => token !== undefined && token.length >= 4);
  const clean = (message: string) => secrets.reduce((text, token) => text.split(token).join('***'), message);
  return { info: (m) => logger.info(clean(m)), warning: (m) => logger.warning(clean(m)), debug: (m) => logger.debug(clean(m)) };
}

function describeRunsOn(runsOn: string | string[]): string {
  return Array.isArray(runsOn) ? `[${runsOn.join(', ')}]` : runsOn;
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
