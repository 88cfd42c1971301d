export const id = 158;
export const ids = [158];
export const modules = {

/***/ 5793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ge: () => (/* binding */ describeApiFailure),
/* harmony export */   yS: () => (/* binding */ createApiClient)
/* harmony export */ });
/* unused harmony exports ApiTimeoutError, UnexpectedResponseError */
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6496);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5294);


/** Thrown when a request got no (complete) answer within the time limit. */
class ApiTimeoutError extends Error {
    timeoutMs;
    name = 'ApiTimeoutError';
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
/**
 * Thrown when a successful answer is not what the API promises: an HTML page, JSON cut off, or
 * another shape. Says what it was (type, size), never what it said.
 */
class UnexpectedResponseError extends Error {
    name = 'UnexpectedResponseError';
}
/**
 * An Octokit for `apiUrl` with a per-request time limit. `@octokit/request` 10 is fetch-based and
 * has no `timeout` option any more, so each call of the proxy-aware `fetch` that `@actions/github`
 * sets up gets its own `AbortSignal.timeout` (which also covers reading the body). A request hook
 * is no substitute: before-after-hook binds each hook's options up front, and a `request.signal`
 * set in a `request` hook was found not to reach `fetch`.
 */
async function createApiClient(options) {
    // Loaded here, not with the module: Octokit and its HTTP stack are a good part of a step's
    // start-up, and most steps (health-gate local, perf-monitor main) never call the API.
    const [{ getOctokit }, { defaults }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351)), Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 8665))]);
    const { logger, timeoutMs } = options;
    const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch);
    const fetch = async (url, init = {}) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        try {
            return await proxyFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
        }
        catch (error) {
            if (timeout.aborted)
                throw new ApiTimeoutError(timeoutMs);
            throw error;
        }
    };
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        // Options are merged shallowly: `request` replaces the defaults, so keep their agent too.
        request: { ...defaults.request, fetch },
        // Octokit logs deprecation notices through `log`; keep them in our (redacting) logger.
        log: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.warning(m) },
    });
    const shapes = options.shapes ?? [];
    // Every page of a paginated list passes here before the paginator reshapes it, so a page that is
    // not what was promised stops the request with a message instead of a TypeError deep inside.
    octokit.hook.after('request', (response, request) => {
        const shape = shapes.find((candidate) => candidate.path.test(String(request.url).split('?')[0]));
        if (shape && !shape.check(response.data))
            throw new UnexpectedResponseError(`the API answered with something that is not ${shape.what} (${describeBody(response.headers, response.data)})`);
    });
    return octokit;
}
/** `text/html, 1.2 KiB` or `application/json that does not parse, 3 B`: what a body was, not what it said. */
function describeBody(headers, data) {
    const contentType = headers['content-type'];
    const type = (typeof contentType === 'string' ? contentType : '').split(';')[0].trim() || 'no content type';
    // Octokit hands over JSON that does not parse as the raw text.
    const kind = typeof data === 'string' && /[/+]json$/.test(type) ? `${type} that does not parse` : type;
    const declared = Number(headers['content-length']);
    const bytes = Number.isSafeInteger(declared) && declared >= 0 ? declared : bodyBytes(data);
    return `${(0,_logging_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(kind)}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(bytes)}`;
}
function bodyBytes(data) {
    if (typeof data === 'string')
        return Buffer.byteLength(data);
    if (data instanceof ArrayBuffer)
        return data.byteLength;
    return data === undefined || data === null ? 0 : Buffer.byteLength(JSON.stringify(data));
}
/** Longer server messages are cut: a message is one sentence, not a page. */
const MAX_MESSAGE = 200;
/** Describes any error from an Octokit request without its request details (headers hold the token). */
function describeApiFailure(error) {
    const causes = causeChain(error);
    // Octokit wraps what fetch threw (our timeout included) in a RequestError as its `cause`.
    const timeout = causes.find((cause) => cause instanceof ApiTimeoutError || cause.name === 'ApiTimeoutError');
    if (timeout)
        return { rateLimited: false, text: timeout.message };
    const unexpected = causes.find((cause) => cause instanceof UnexpectedResponseError);
    if (unexpected)
        return { rateLimited: false, text: unexpected.message };
    const status = typeof error === 'object' && error !== null ? error.status : undefined;
    const response = typeof error === 'object' && error !== null ? error.response : undefined;
    const data = response?.data;
    const message = typeof data === 'object' && data !== null && typeof data.message === 'string' ? clipMessage(data.message) : undefined;
    // A response means the server answered; without one Octokit reports network failures as status 500.
    if (typeof status === 'number' && data !== undefined) {
        const limit = rateLimit(status, response?.headers ?? {});
        return { status, rateLimited: limit !== undefined, text: `HTTP ${status}${message ? ` (${message})` : ''}${limit ?? ''}` };
    }
    // fetch says only "fetch failed"; the socket error (ECONNREFUSED, ENOTFOUND, …) is further down.
    const innermost = causes.at(-1);
    const detail = typeof innermost?.message === 'string' ? innermost.message : typeof innermost === 'string' ? innermost : 'fetch failed';
    return { rateLimited: false, text: `network error: ${clipMessage(detail)}` };
}
function clipMessage(message) {
    const line = (0,_logging_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(message);
    return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}
/**
 * `; rate-limited until 12:34:56 UTC` when a 403/429 says the token's requests are used up
 * (`x-ratelimit-remaining: 0`, or a secondary limit's `retry-after`), else undefined.
 */
function rateLimit(status, headers) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    let until;
    if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)
        until = new Date(Date.now() + retryAfter * 1000);
    else if (String(headers['x-ratelimit-remaining']) === '0')
        until = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
    else
        return undefined;
    return until === undefined ? '; rate-limited' : `; rate-limited until ${until.toISOString().slice(11, 19)} UTC`;
}
/** `error`, its `cause`, that one's `cause`, … (at most 8; objects only). */
function causeChain(error) {
    const chain = [];
    for (let current = error; typeof current === 'object' && current !== null && chain.length < 8; current = current.cause) {
        chain.push(current);
    }
    return chain;
}


/***/ }),

/***/ 6158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideRunsOn: () => (/* binding */ decideRunsOn)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var api = __webpack_require__(5793);
;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/fork.ts
/** Events whose payload carries a `pull_request` that may come from another repository. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Whether this run was triggered by a pull request from a fork. Code from a fork must never reach
 * a self-hosted runner unless the user opts in: it would run with access to the machine. A
 * same-repository PR has equal head and base `full_name`s; a deleted fork has `head.repo: null`.
 * The `fork` flag alone is not used because the base repository may itself be a fork. A payload
 * that does not say is treated as a fork — failing safe.
 */
function forkPullRequest(event) {
    if (!PULL_REQUEST_EVENTS.has(event.name))
        return { fork: false };
    const pull = field(event.payload, 'pull_request');
    const head = field(field(pull, 'head'), 'repo');
    const base = field(field(pull, 'base'), 'repo');
    const headName = field(head, 'full_name');
    const baseName = field(base, 'full_name');
    if (typeof headName !== 'string' || typeof baseName !== 'string')
        return { fork: true };
    return { fork: headName.toLowerCase() !== baseName.toLowerCase(), head: headName };
}
function field(value, name) {
    return typeof value === 'object' && value !== null ? value[name] : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/labels.ts
/** GitHub matches `runs-on` labels case-insensitively, so every comparison here does too. */
const fold = (label) => label.toLowerCase();
/** True when `have` contains every label in `want`, ignoring case. */
function hasAllLabels(have, want) {
    const set = new Set(have.map(fold));
    return want.every((label) => set.has(fold(label)));
}
/**
 * The ARC runner scale set that `labels` target, if any. A scale set is addressed by its name
 * (optionally together with the generic `self-hosted` label), so the labels are covered when
 * one of them is a scale-set name and every other one is `self-hosted`.
 */
function coveringScaleSet(labels, scaleSets) {
    return scaleSets.find((name) => {
        const folded = fold(name);
        return labels.some((label) => fold(label) === folded) && labels.every((label) => fold(label) === folded || fold(label) === 'self-hosted');
    });
}

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/history.ts

/**
 * At most this many recent runs of the workflow are opened to find jobs on the labels. Runs that
 * fell back to GitHub-hosted have no such jobs, so more runs than `history` may be needed; the
 * cap bounds the check at 2 + this many requests.
 */
const HISTORY_MAX_RUNS = 20;
/**
 * Conclusions that say something about the runners. `cancelled` is left out: it is mostly a person
 * or `concurrency: cancel-in-progress`, not the machine (a runner that dies mid-job makes the job
 * fail). `skipped`, `neutral` and `action_required` never ran on a runner.
 */
const COUNTED_CONCLUSIONS = new Set(['success', 'failure', 'timed_out']);
/**
 * The share of `success` among the newest `history` completed jobs of this run's workflow that
 * asked for all `labels` (see {@link COUNTED_CONCLUSIONS}). `jobs` is 0 when there were none.
 * API errors are thrown to the caller.
 */
async function selfHostedSuccessRate(octokit, query) {
    const { owner, repo } = query;
    const { data: current } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: query.runId });
    const { data: list } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: current.workflow_id,
        status: 'completed',
        per_page: HISTORY_MAX_RUNS,
    });
    const counted = [];
    // Runs come newest first; stop opening them once enough jobs are in hand.
    for (const run of list.workflow_runs) {
        if (counted.length >= query.history)
            break;
        if (Number(run.id) === query.runId)
            continue;
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: Number(run.id), per_page: 100 });
        for (const job of data.jobs) {
            if (job.status !== 'completed' || job.conclusion === null || !COUNTED_CONCLUSIONS.has(job.conclusion))
                continue;
            if (!hasAllLabels(job.labels, query.labels))
                continue;
            counted.push({ conclusion: job.conclusion, at: job.completed_at ?? job.started_at });
        }
    }
    const newest = counted.sort((a, b) => b.at.localeCompare(a.at)).slice(0, query.history);
    const successes = newest.filter((job) => job.conclusion === 'success').length;
    return { rate: newest.length === 0 ? 0 : successes / newest.length, jobs: newest.length };
}

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/prometheus.ts

/** Prometheus could not give one number: unreachable, an error, or an answer of the wrong kind. */
class PrometheusAnswerError extends Error {
    name = 'PrometheusAnswerError';
}
/** The longest piece of a server's error text repeated in a message. */
const MAX_ERROR_TEXT = 200;
/**
 * Asks Prometheus's HTTP API (`GET /api/v1/query`) for one number: a scalar, or the sum of an
 * instant vector's samples. An empty vector, NaN, a range or string result, an error status,
 * and no answer within `timeoutMs` are {@link PrometheusAnswerError}s saying which.
 */
async function queryPrometheus(signal, timeoutMs) {
    const endpoint = new URL('api/v1/query', signal.url.endsWith('/') ? signal.url : `${signal.url}/`);
    endpoint.searchParams.set('query', signal.query);
    const headers = { accept: 'application/json' };
    if (signal.token)
        headers['authorization'] = `Bearer ${signal.token}`;
    let response;
    let text;
    try {
        response = await fetch(endpoint, { headers, signal: AbortSignal.timeout(timeoutMs) });
        text = await response.text();
    }
    catch (error) {
        if (error.name === 'TimeoutError')
            throw new PrometheusAnswerError(`no answer within ${timeoutMs} ms`);
        const cause = error.cause;
        throw new PrometheusAnswerError(`unreachable (${(0,errors/* describeError */.Uc)(cause ?? error)})`);
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new PrometheusAnswerError(`HTTP ${response.status} with a body that is not the API's JSON (${response.headers.get('content-type') ?? 'no content type'}, ${text.length} bytes)`);
    }
    const answer = (typeof body === 'object' && body !== null ? body : {});
    if (!response.ok || answer.status !== 'success') {
        const detail = typeof answer.error === 'string' ? `: ${typeof answer.errorType === 'string' ? answer.errorType : 'error'}: ${answer.error.slice(0, MAX_ERROR_TEXT)}` : '';
        throw new PrometheusAnswerError(`HTTP ${response.status}${detail}`);
    }
    return toNumber(answer.data?.resultType, answer.data?.result);
}
function toNumber(resultType, result) {
    const sampleValue = (sample) => {
        const pair = Array.isArray(sample) ? sample : sample?.value;
        const value = Array.isArray(pair) ? Number(pair[1]) : Number.NaN;
        if (Number.isNaN(value))
            throw new PrometheusAnswerError('the query returned NaN');
        return value;
    };
    if (resultType === 'scalar')
        return sampleValue(result);
    if (resultType !== 'vector' || !Array.isArray(result))
        throw new PrometheusAnswerError(`the query returned a ${typeof resultType === 'string' ? resultType : 'result'} where one number (a scalar or an instant vector) was expected`);
    if (result.length === 0)
        throw new PrometheusAnswerError('the query returned nothing (no series matched)');
    return result.reduce((sum, sample) => sum + sampleValue(sample), 0);
}

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/queue.ts

/**
 * At most this many queued and in-progress runs are opened to count their queued jobs, newest
 * first: with the two run listings, the queue check makes at most 2 + this many requests.
 */
const QUEUE_MAX_RUNS = 20;
/**
 * Counts the repository's jobs that are queued and could take one of the runners with `labels`:
 * every label the job asks for is among them (a job on `[self-hosted, linux]` competes for
 * `[self-hosted, linux, x64]` runners). Looks at queued and in-progress runs (an in-progress run
 * may still have jobs waiting), newest first, up to {@link QUEUE_MAX_RUNS}. API errors are thrown.
 */
async function countQueuedJobs(octokit, query) {
    const { owner, repo } = query;
    const listings = await Promise.all(['queued', 'in_progress'].map((status) => octokit.request('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, status, per_page: QUEUE_MAX_RUNS })));
    const runs = listings
        .flatMap(({ data }) => data.workflow_runs)
        .filter((run) => Number(run.id) !== query.runId)
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .filter((run, index, all) => all.findIndex((other) => other.id === run.id) === index)
        .slice(0, QUEUE_MAX_RUNS);
    let queued = 0;
    for (const run of runs) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: Number(run.id), filter: 'latest', per_page: 100 });
        queued += data.jobs.filter((job) => job.status === 'queued' && job.labels.length > 0 && hasAllLabels(query.labels, job.labels)).length;
    }
    return { queued, runs: runs.length };
}

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/shapes.ts
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isList = (value, item) => Array.isArray(value) && value.every(item);
function isRunner(value) {
    return (isRecord(value) &&
        typeof value['name'] === 'string' &&
        typeof value['status'] === 'string' &&
        typeof value['busy'] === 'boolean' &&
        isList(value['labels'], (label) => isRecord(label) && typeof label['name'] === 'string'));
}
function isRunnersPage(value) {
    return isRecord(value) && typeof value['total_count'] === 'number' && isList(value['runners'], isRunner);
}
function isWorkflowRun(value) {
    return isRecord(value) && typeof value['id'] === 'number' && typeof value['workflow_id'] === 'number' && typeof value['created_at'] === 'string';
}
function isRunsPage(value) {
    return isRecord(value) && typeof value['total_count'] === 'number' && isList(value['workflow_runs'], isWorkflowRun);
}
function isJobsPage(value) {
    const isJob = (job) => isRecord(job) &&
        typeof job['status'] === 'string' &&
        (job['conclusion'] === null || typeof job['conclusion'] === 'string') &&
        typeof job['started_at'] === 'string' &&
        isList(job['labels'], (label) => typeof label === 'string');
    return isRecord(value) && typeof value['total_count'] === 'number' && Array.isArray(value['jobs']) && value['jobs'].every(isJob);
}
/** The answers {@link decideRunsOn} reads: runner lists at every scope, the job history, and the queue. */
const DISPATCH_SHAPES = [
    { path: /\/actions\/runners$/, what: 'a runner list', check: isRunnersPage },
    { path: /\/actions\/runs\/[^/]+$/, what: 'a workflow run', check: isWorkflowRun },
    { path: /\/actions\/workflows\/[^/]+\/runs$/, what: 'a list of workflow runs', check: isRunsPage },
    { path: /\/actions\/runs$/, what: 'a list of workflow runs', check: isRunsPage },
    { path: /\/actions\/runs\/[^/]+\/jobs$/, what: 'a list of jobs', check: isJobsPage },
];

;// CONCATENATED MODULE: ./packages/core/src/health/dispatch/decide.ts









/** The token permission each scope's runner list needs, for the warning when it is refused. */
const PERMISSION_HINT = {
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
async function decideRunsOn(config, logger) {
    validate(config);
    const log = redacting(logger, config.token, config.prometheus?.token);
    const target = describeRunsOn(config.fallback);
    const fallback = (facts, extra = {}) => finish({ runsOn: config.fallback, useSelfHosted: false, reason: `${facts}; falling back to ${target}.`, runners: [], ...extra }, log);
    const fork = forkPullRequest(config.event);
    if (fork.fork && !config.allowForks) {
        const from = fork.head === undefined ? 'a pull request whose head repository is unknown (deleted fork?)' : `a pull request from the fork ${fork.head}`;
        return fallback(`This run is for ${from} and allow-forks is off, so no self-hosted runner is used`);
    }
    const octokit = await (0,api/* createApiClient */.yS)({ token: config.token, apiUrl: config.apiUrl, timeoutMs: config.timeoutMs, logger: log, shapes: DISPATCH_SHAPES });
    const route = runnersRoute(config);
    let all;
    try {
        all = await listRunners(octokit, config);
    }
    catch (error) {
        const failure = (0,api/* describeApiFailure */.ge)(error);
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
    log.info(`${all.length} ${config.scope}-level runners listed; ${runners.length} have all of ${(0,logging/* untrusted */.bp)(labelList)}; ${online.length} online, ${idle.length} idle.`);
    let facts;
    if (scaleSet !== undefined) {
        // A scale set scales from zero: no registered runner is no sign of trouble.
        facts = `${labelList} is served by the ARC runner scale set ${scaleSet}, which starts runners on demand (${counts})`;
    }
    else if (runners.length === 0) {
        return fallback(`None of the ${all.length} ${config.scope}-level runners has all of the labels ${labelList}`, { runners });
    }
    else if (online.length < config.minOnline) {
        return fallback(`${counts}; at least ${config.minOnline} must be online`, { runners });
    }
    else if (config.requireIdle && idle.length === 0) {
        return fallback(`${counts}; require-idle is set`, { runners });
    }
    else {
        facts = counts;
    }
    let successRate;
    if (config.history > 0) {
        try {
            successRate = await selfHostedSuccessRate(octokit, { owner: config.owner, repo: config.repo, runId: config.runId, labels: config.labels, history: config.history });
        }
        catch (error) {
            const failure = (0,api/* describeApiFailure */.ge)(error);
            const hint = refused(failure) ? ' Reading the job history needs `actions: read` on the repository.' : '';
            log.warning(`Could not read the job history of this workflow: ${failure.text}.${hint} Falling back to ${target}.`);
            return fallback(`${facts}, but the job history could not be read (${failure.text})`, { runners });
        }
        const rate = `self-hosted success rate ${percent(successRate.rate)} over the last ${successRate.jobs} jobs`;
        if (successRate.jobs === 0) {
            facts = `${facts}; no completed jobs on these labels yet to judge by`;
        }
        else if (config.minSuccessRate !== undefined && successRate.rate < config.minSuccessRate) {
            return fallback(`${facts}, but the ${rate} is below ${percent(config.minSuccessRate)}`, { runners, successRate });
        }
        else {
            facts = `${facts}; ${rate}`;
        }
    }
    const seen = { runners, ...(successRate === undefined ? {} : { successRate }) };
    if (config.prometheus) {
        const { query } = config.prometheus;
        try {
            const value = await queryPrometheus(config.prometheus, config.timeoutMs);
            seen.prometheus = { query, value };
            const healthy = `Prometheus counts ${value} healthy runner${value === 1 ? '' : 's'}`;
            if (value < config.minOnline)
                return fallback(`${facts}, but ${healthy} (at least ${config.minOnline} needed)`, seen);
            facts = `${facts}; ${healthy}`;
        }
        catch (error) {
            const text = (0,errors/* describeError */.Uc)(error);
            seen.prometheus = { query, error: text };
            log.warning(`Could not ask Prometheus at ${(0,logging/* untrusted */.bp)(config.prometheus.url)} for ${(0,logging/* untrusted */.bp)(query)}: ${(0,logging/* untrusted */.bp)(text)}. Falling back to ${target}.`);
            return fallback(`${facts}, but Prometheus could not be asked (${text})`, seen);
        }
    }
    if (config.maxQueued !== undefined) {
        const maxQueued = config.maxQueued;
        let queue;
        try {
            queue = await countQueuedJobs(octokit, { owner: config.owner, repo: config.repo, labels: config.labels, ...(config.runId === undefined ? {} : { runId: config.runId }) });
        }
        catch (error) {
            const failure = (0,api/* describeApiFailure */.ge)(error);
            const hint = refused(failure) ? ' Reading the queue needs `actions: read` on the repository.' : '';
            seen.queue = { queued: 0, idle: idle.length, maxQueued, runs: 0, error: failure.text };
            log.warning(`Could not read the queued jobs of this repository: ${failure.text}.${hint} Falling back to ${target}.`);
            return fallback(`${facts}, but the job queue could not be read (${failure.text})`, seen);
        }
        seen.queue = { ...queue, idle: idle.length, maxQueued };
        const waiting = `${queue.queued} job${queue.queued === 1 ? '' : 's'} queued for ${describeRunsOn(config.labels)} and ${idle.length} idle runner${idle.length === 1 ? '' : 's'}`;
        if (queue.queued - idle.length > maxQueued)
            return fallback(`${facts}, but ${waiting} (more than max-queued ${maxQueued} would wait)`, seen);
        facts = `${facts}; ${waiting}`;
    }
    return finish({ ...seen, runsOn: config.labels, useSelfHosted: true, reason: `${facts}; using self-hosted ${describeRunsOn(config.labels)}.`, runners }, log);
}
function finish(decision, log) {
    log.info((0,logging/* untrusted */.bp)(decision.reason));
    return { ...decision, runsOnJson: JSON.stringify(decision.runsOn) };
}
/** The token was refused (not rate-limited): worth naming the permission it needs. */
function refused(failure) {
    return !failure.rateLimited && (failure.status === 401 || failure.status === 403 || failure.status === 404);
}
function runnersRoute(config) {
    if (config.scope === 'repo')
        return `/repos/${config.owner}/${config.repo}/actions/runners`;
    if (config.scope === 'org')
        return `/orgs/${config.owner}/actions/runners`;
    return `/enterprises/${config.enterprise}/actions/runners`;
}
/** Every registered runner at the scope, all pages. The enterprise route is not in Octokit's typed routes, so the items are read defensively. */
async function listRunners(octokit, config) {
    const items = config.scope === 'repo'
        ? await octokit.paginate('GET /repos/{owner}/{repo}/actions/runners', { owner: config.owner, repo: config.repo, per_page: 100 })
        : config.scope === 'org'
            ? await octokit.paginate('GET /orgs/{org}/actions/runners', { org: config.owner, per_page: 100 })
            : await octokit.paginate({ method: 'GET', url: '/enterprises/{enterprise}/actions/runners', enterprise: config.enterprise, per_page: 100 });
    return items.map(toRunner);
}
function toRunner(item) {
    const record = (typeof item === 'object' && item !== null ? item : {});
    const labels = Array.isArray(record['labels']) ? record['labels'] : [];
    return {
        name: typeof record['name'] === 'string' ? record['name'] : '(unnamed)',
        status: typeof record['status'] === 'string' ? record['status'] : 'unknown',
        busy: record['busy'] === true,
        labels: labels.map((label) => (typeof label === 'object' && label !== null ? label.name : label)).filter((name) => typeof name === 'string'),
    };
}
function validate(config) {
    const fail = (message) => {
        throw new errors/* ConfigurationError */.j1(message);
    };
    if (config.token === '')
        fail('The dispatch mode needs a token that can list self-hosted runners.');
    try {
        new URL(config.apiUrl);
    }
    catch {
        fail(`The API URL '${config.apiUrl}' is not a valid URL.`);
    }
    if (config.owner === '' || config.repo === '')
        fail('The repository (owner/name) is required.');
    if (!['repo', 'org', 'enterprise'].includes(config.scope))
        fail(`The scope '${config.scope}' is not one of repo, org, enterprise.`);
    if (config.scope === 'enterprise' && !config.enterprise)
        fail("The scope 'enterprise' needs the enterprise slug.");
    if (config.labels.length === 0 || config.labels.some((label) => label.trim() === ''))
        fail('The self-hosted labels must be a non-empty list of non-empty labels.');
    const fallbackLabels = Array.isArray(config.fallback) ? config.fallback : [config.fallback];
    if (fallbackLabels.length === 0 || fallbackLabels.some((label) => label.trim() === ''))
        fail('The fallback runs-on must be a non-empty label or list of labels.');
    if (!Number.isSafeInteger(config.minOnline) || config.minOnline < 1)
        fail(`min-online must be a whole number of at least 1, not ${config.minOnline}.`);
    if (!Number.isSafeInteger(config.history) || config.history < 0)
        fail(`history must be a whole number of at least 0, not ${config.history}.`);
    if (config.minSuccessRate !== undefined && !(config.minSuccessRate >= 0 && config.minSuccessRate <= 1))
        fail(`min-success-rate must be between 0 and 1, not ${config.minSuccessRate}.`);
    if (config.history > 0 && (config.runId === undefined || !Number.isSafeInteger(config.runId) || config.runId <= 0))
        fail('The job history needs the run id (GITHUB_RUN_ID) to find this workflow.');
    if (!(config.timeoutMs > 0))
        fail(`The request timeout must be positive, not ${config.timeoutMs} ms.`);
    if (config.prometheus) {
        const { url, query } = config.prometheus;
        if (!/^https?:\/\/\S+$/.test(url) || !URL.canParse(url))
            fail(`prometheus-url must be an http:// or https:// URL such as http://prometheus:9090, not '${url}'.`);
        else if (new URL(url).username || new URL(url).password)
            fail('prometheus-url must not hold credentials; pass a bearer token in prometheus-token.');
        if (query.trim() === '')
            fail('prometheus-query must not be empty.');
    }
    if (config.maxQueued !== undefined && (!Number.isSafeInteger(config.maxQueued) || config.maxQueued < 0))
        fail(`max-queued must be a whole number of at least 0, not ${config.maxQueued}.`);
}
/** A logger that never lets the token through, whatever a server or library puts in a message. */
function redacting(logger, ...tokens) {
    // Too short a "token" would mangle ordinary words; real tokens are far longer.
    const secrets = tokens.filter((token) => token !== undefined && token.length >= 4);
    const clean = (message) => secrets.reduce((text, token) => text.split(token).join('***'), message);
    return { info: (m) => logger.info(clean(m)), warning: (m) => logger.warning(clean(m)), debug: (m) => logger.debug(clean(m)) };
}
function describeRunsOn(runsOn) {
    return Array.isArray(runsOn) ? `[${runsOn.join(', ')}]` : runsOn;
}
function percent(rate) {
    return `${Math.round(rate * 1000) / 10}%`;
}


/***/ })

};
