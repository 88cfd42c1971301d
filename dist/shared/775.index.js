export const id = 775;
export const ids = [775];
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

/***/ 5417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ EXPOSITION_CONTENT_TYPE),
/* harmony export */   f: () => (/* binding */ renderExposition)
/* harmony export */ });
/**
 * The Prometheus text exposition format (0.0.4) of `families`, in order. Label values and help
 * text are escaped as the format asks (backslash, double quote, newline), so paths, runner names
 * and labels from outside cannot break a line or inject a sample. Families without samples are
 * left out. Values are rounded to 3 decimals (enough for ratios and seconds; bytes stay whole).
 */
function renderExposition(families) {
    const lines = [];
    for (const family of families) {
        if (family.samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
        for (const sample of family.samples)
            lines.push(`${family.name}${renderLabels(sample.labels)} ${formatValue(sample.value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The text format's content type, for an HTTP answer or a push. */
const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
function renderLabels(labels) {
    const entries = Object.entries(labels ?? {});
    if (entries.length === 0)
        return '';
    return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '+Inf' : '-Inf';
    return String(Math.round(value * 1000) / 1000);
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ DEFAULT_REGRESSION_THRESHOLD),
/* harmony export */   kK: () => (/* binding */ readPerfMonitorConfig)
/* harmony export */ });
/* unused harmony export readJobContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6496);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8643);





/** By default a report more than 50% worse than the baseline is a regression (`regression-threshold`). */
const DEFAULT_REGRESSION_THRESHOLD = 50;
const DEFAULT_TOP_PROCESSES = 5;
/** Reads and validates every input once. */
function readPerfMonitorConfig(inputs, env = process.env) {
    const runner = (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .detectRunner */ .q)(env);
    const mode = inputs.enumeration('mode', ['start', 'stop'], 'start');
    const intervalSeconds = inputs.number('interval', 2, { min: 0.1, max: 3600 });
    const pushgatewayUrl = inputs.optional('pushgateway-url');
    if (pushgatewayUrl !== undefined && (!/^https?:\/\/\S+$/.test(pushgatewayUrl) || !URL.canParse(pushgatewayUrl))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'pushgateway-url' has the value '${pushgatewayUrl.replace(/\/\/[^@/]*@/, '//***@')}'; expected an http:// or https:// URL such as http://pushgateway:9091.`);
    }
    const reportName = inputs.optional('report-name') ?? env['GITHUB_JOB'] ?? 'job';
    if (!/^[\w.\- ]{1,100}$/.test(reportName)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'report-name' has the value '${reportName}'; expected up to 100 letters, digits, spaces, '.', '-' or '_'.`);
    }
    const token = inputs.secret('github-token', { required: false });
    const commentOnPr = inputs.boolean('comment-on-pr', false);
    if (commentOnPr && !token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Input 'github-token' is required with comment-on-pr: true; expected a token with pull-requests: write.");
    const baseline = inputs.optional('baseline');
    return {
        mode,
        intervalMs: Math.round(intervalSeconds * 1000),
        topProcesses: readTopProcesses(inputs),
        cachePaths: inputs.lines('cache-paths').map((p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(runner.workspace, p)),
        thresholds: {
            ...optionalThreshold(inputs, 'load-warn', 'loadPerCore', 2, 1000),
            ...optionalThreshold(inputs, 'memory-warn', 'memoryPercent', 90, 100),
            ...optionalThreshold(inputs, 'disk-warn', 'diskPercent', 90, 100),
        },
        ...(baseline ? { baseline: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(runner.workspace, baseline) } : {}),
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
function readRegressionThreshold(inputs) {
    const text = inputs.optional('regression-threshold');
    if (text === undefined)
        return DEFAULT_REGRESSION_THRESHOLD;
    const percent = Number(text.replace(/%$/, ''));
    if (!/^\d+(\.\d+)?%?$/.test(text) || !(percent >= 1 && percent <= 1000)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'regression-threshold' has the value '${(0,_logging_js__WEBPACK_IMPORTED_MODULE_4__/* .untrusted */ .bp)(text)}'; expected a percentage from 1 to 1000, such as 50 or 50%.`);
    }
    return percent;
}
/** `processes`: true/false, or how many top processes to keep (0-50). */
function readTopProcesses(inputs) {
    const text = inputs.optional('processes') ?? 'false';
    if (/^\d+$/.test(text))
        return inputs.integer('processes', 0, { min: 0, max: 50 });
    return inputs.boolean('processes', false) ? DEFAULT_TOP_PROCESSES : 0;
}
/** A threshold input: a number, or `off` (or empty) to disable. */
function optionalThreshold(inputs, name, key, fallback, max) {
    const text = inputs.optional(name);
    if (text !== undefined && text.toLowerCase() === 'off')
        return {};
    try {
        return { [key]: inputs.number(name, fallback, { min: 0, max }) };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${error.message.replace(/\.$/, '')}, or off.`);
        throw error;
    }
}
/** The job's identity from the runner's variables (and the PR number from the event payload). */
function readJobContext(env, runnerName) {
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
function readPullRequestNumber(file) {
    if (!file)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        const number = payload.pull_request?.number ?? payload.number;
        return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectPerfReport: () => (/* binding */ collectPerfReport),
  publishPerfReport: () => (/* binding */ publishPerfReport)
});

// EXTERNAL MODULE: ./packages/core/src/workflow-commands.ts
var workflow_commands = __webpack_require__(2007);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var api = __webpack_require__(5793);
// EXTERNAL MODULE: ./packages/core/src/processes.ts
var processes = __webpack_require__(8600);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(521);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/perf/config.ts
var config = __webpack_require__(7307);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
;// CONCATENATED MODULE: ./packages/core/src/perf/step-figures.ts
/**
 * Each step's figures from the samples that fall inside its window. A sample covers the
 * `dt` before its time; counters (disk, network) are shared out by how much of that interval
 * overlaps the step, so the steps' figures add up to the job's. Averages are weighted the same
 * way; peaks come from the samples whose interval's middle lies in the step. A step shorter
 * than one interval, or skipped, gets no figures rather than made-up ones.
 */
function stepFigures(steps, samples, options) {
    const figures = [];
    for (const step of steps) {
        if (step.startedAt === undefined)
            continue; // queued or skipped before it began: no window
        const endedAt = Math.max(step.startedAt, step.completedAt ?? options.endedAt);
        const entry = {
            number: step.number,
            name: step.name,
            conclusion: step.conclusion,
            startedAt: step.startedAt,
            endedAt,
            durationMs: endedAt - step.startedAt,
            open: step.completedAt === undefined,
        };
        if (step.conclusion !== 'skipped' && entry.durationMs >= options.intervalMs)
            Object.assign(entry, measure(samples, step.startedAt, endedAt, options.job));
        figures.push(entry);
    }
    return figures;
}
function measure(samples, from, to, job) {
    let weighted = 0;
    let covered = 0;
    let cpuPeak;
    let memoryPeak;
    const sums = { diskReadBytes: 0, diskWrittenBytes: 0, networkReceivedBytes: 0, networkSentBytes: 0 };
    let counted = false;
    for (const sample of samples) {
        if (sample.dt <= 0)
            continue;
        const start = sample.t - sample.dt;
        const overlap = Math.min(sample.t, to) - Math.max(start, from);
        if (overlap <= 0)
            continue;
        const share = overlap / sample.dt;
        const cpu = job ? sample.jobCpu : sample.cpu;
        if (cpu !== undefined) {
            weighted += cpu * overlap;
            covered += overlap;
        }
        counted = true;
        sums.diskReadBytes += (sample.rd ?? 0) * share;
        sums.diskWrittenBytes += (sample.wr ?? 0) * share;
        sums.networkReceivedBytes += (sample.rx ?? 0) * share;
        sums.networkSentBytes += (sample.tx ?? 0) * share;
        const middle = start + sample.dt / 2;
        if (middle >= from && middle < to) {
            if (cpu !== undefined)
                cpuPeak = Math.max(cpuPeak ?? 0, cpu);
            const memory = job ? sample.jobMem : sample.memUsed;
            if (memory !== undefined)
                memoryPeak = Math.max(memoryPeak ?? 0, memory);
        }
    }
    if (!counted)
        return {};
    return {
        ...(covered > 0 ? { cpuAvg: Math.round((weighted / covered) * 10) / 10 } : {}),
        ...(cpuPeak !== undefined ? { cpuPeak } : {}),
        ...(memoryPeak !== undefined ? { memoryPeakBytes: memoryPeak } : {}),
        diskReadBytes: Math.round(sums.diskReadBytes),
        diskWrittenBytes: Math.round(sums.diskWrittenBytes),
        networkReceivedBytes: Math.round(sums.networkReceivedBytes),
        networkSentBytes: Math.round(sums.networkSentBytes),
    };
}
/** Steps shorter than this in both runs are compared but never called a regression: their times are mostly noise. */
const STEP_NOISE_MS = 5_000;
/**
 * Compares step durations with a baseline's. Steps are matched by name (in order, so repeated
 * names pair up one by one), then the unmatched ones by position; steps added since the baseline
 * are left out. A step is a regression when it took more than `1 + threshold/100` times as long,
 * unless both runs took less than {@link STEP_NOISE_MS}.
 */
function compareSteps(current, baseline, thresholdPercent) {
    const unmatched = [...baseline];
    const pairs = current.map((step) => {
        const at = unmatched.findIndex((old) => old.name === step.name);
        return [step, at >= 0 ? unmatched.splice(at, 1)[0] : undefined];
    });
    // By position: the i-th unmatched step of this run against the i-th unmatched one of the baseline (a renamed step).
    const rest = pairs.filter(([, old]) => old === undefined);
    rest.forEach((pair, i) => (pair[1] = unmatched[i]));
    const factor = 1 + thresholdPercent / 100;
    const comparisons = [];
    for (const [step, old] of pairs) {
        if (!old || old.durationMs <= 0 || step.open)
            continue;
        const ratio = step.durationMs / old.durationMs;
        const noise = step.durationMs < STEP_NOISE_MS && old.durationMs < STEP_NOISE_MS;
        comparisons.push({ name: step.name, baselineName: old.name, baselineMs: old.durationMs, currentMs: step.durationMs, ratio, regression: !noise && ratio > factor });
    }
    return comparisons;
}

;// CONCATENATED MODULE: ./packages/core/src/perf/aggregate.ts



/** The metrics a report has stats for; rates are per second. */
const METRICS = {
    cpuPercent: { label: 'CPU (all cores)', unit: 'percent' },
    iowaitPercent: { label: 'CPU waiting for IO', unit: 'percent' },
    stealPercent: { label: 'CPU stolen by the hypervisor', unit: 'percent' },
    load1: { label: 'Load (1 min)', unit: 'number' },
    memoryUsedBytes: { label: 'Memory used', unit: 'bytes' },
    memoryUsedPercent: { label: 'Memory used %', unit: 'percent' },
    swapUsedBytes: { label: 'Swap used', unit: 'bytes' },
    diskUsedBytes: { label: 'Workspace disk used', unit: 'bytes' },
    diskUsedPercent: { label: 'Workspace disk used %', unit: 'percent' },
    diskReadBytesPerSecond: { label: 'Disk read', unit: 'bytes/s' },
    diskWriteBytesPerSecond: { label: 'Disk write', unit: 'bytes/s' },
    networkReceiveBytesPerSecond: { label: 'Network received', unit: 'bytes/s' },
    networkTransmitBytesPerSecond: { label: 'Network sent', unit: 'bytes/s' },
    jobCpuPercent: { label: "CPU (job, % of its CPU limit)", unit: 'percent' },
    jobMemoryBytes: { label: 'Memory working set (job)', unit: 'bytes' },
    jobMemoryPercent: { label: 'Memory working set (job, % of its limit)', unit: 'percent' },
};
/** Nearest-rank percentile of a sorted array. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** avg / p95 / peak of the values; undefined for none. */
function stats(values) {
    if (values.length === 0)
        return undefined;
    const sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const value of values)
        sum += value;
    return { avg: sum / values.length, p95: percentile(sorted, 95), peak: sorted[sorted.length - 1] };
}
const rate = (bytes, dt) => (bytes === undefined || dt <= 0 ? undefined : (bytes * 1000) / dt);
/** How each metric is read from a sample. */
const EXTRACT = {
    cpuPercent: (s) => s.cpu,
    iowaitPercent: (s) => s.iowait,
    stealPercent: (s) => s.steal,
    load1: (s) => s.load1,
    memoryUsedBytes: (s) => s.memUsed,
    memoryUsedPercent: (s, c) => (s.memUsed === undefined || c.memoryTotal <= 0 ? undefined : (s.memUsed / c.memoryTotal) * 100),
    swapUsedBytes: (s) => s.swapUsed,
    diskUsedBytes: (s) => s.diskUsed,
    diskUsedPercent: (s, c) => (s.diskUsed === undefined || c.diskTotal <= 0 ? undefined : (s.diskUsed / c.diskTotal) * 100),
    diskReadBytesPerSecond: (s) => rate(s.rd, s.dt),
    diskWriteBytesPerSecond: (s) => rate(s.wr, s.dt),
    networkReceiveBytesPerSecond: (s) => rate(s.rx, s.dt),
    networkTransmitBytesPerSecond: (s) => rate(s.tx, s.dt),
    jobCpuPercent: (s) => s.jobCpu,
    jobMemoryBytes: (s) => s.jobMem,
    jobMemoryPercent: (s, c) => (s.jobMem === undefined || !c.jobMemoryLimit ? undefined : (s.jobMem / c.jobMemoryLimit) * 100),
};
/** Aggregates a samples log into a report (without baseline; see `compareWithBaseline`). */
function aggregate(log, options) {
    const { samples, header } = log;
    const first = samples[0];
    const last = samples.at(-1);
    const startedAt = header?.startedAt ?? first?.t ?? Date.now();
    const endedAt = options.endedAt ?? last?.t ?? startedAt;
    const job = header?.job;
    const context = { memoryTotal: header?.memTotalBytes ?? 0, diskTotal: header?.diskTotalBytes ?? 0, ...(job?.memoryLimitBytes ? { jobMemoryLimit: job.memoryLimitBytes } : {}) };
    const metrics = {};
    for (const name of Object.keys(METRICS)) {
        const values = [];
        for (const sample of samples) {
            const value = EXTRACT[name](sample, context);
            if (value !== undefined && Number.isFinite(value))
                values.push(value);
        }
        const result = stats(values);
        if (result)
            metrics[name] = result;
    }
    const sum = (pick) => samples.reduce((total, s) => total + (pick(s) ?? 0), 0);
    const cpuCount = header?.cpuCount ?? samples.find((s) => s.cores)?.cores?.length ?? 1;
    const stop = log.events.findLast((e) => e.kind === 'stop');
    const report = {
        kind: 'runner-kit-perf-report',
        version: 1,
        name: options.name,
        startedAt: new Date(startedAt).toISOString(),
        endedAt: new Date(endedAt).toISOString(),
        durationMs: Math.max(0, endedAt - startedAt),
        intervalMs: header?.intervalMs ?? 0,
        samples: samples.length,
        cpuCount,
        memoryTotalBytes: context.memoryTotal,
        diskTotalBytes: context.diskTotal,
        workspace: header?.workspace ?? '',
        scope: job ? 'cgroup' : 'host',
        ...(job ? { job: jobReport(job, samples) } : {}),
        metrics,
        totals: { diskReadBytes: sum((s) => s.rd), diskWriteBytes: sum((s) => s.wr), networkReceiveBytes: sum((s) => s.rx), networkTransmitBytes: sum((s) => s.tx) },
        cores: coreStats(samples, cpuCount),
        processes: processStats(samples),
        caches: cacheStats(samples),
        warnings: [],
        sampler: {
            ...(stop ? { stopReason: stop.message } : {}),
            errors: log.events.filter((e) => e.kind === 'error').map((e) => e.message),
            damagedLines: log.damagedLines,
        },
        context: options.context,
    };
    report.warnings = thresholdWarnings(report, options.thresholds);
    return report;
}
function jobReport(job, samples) {
    // The OOM counter covers the cgroup's whole life: only what it gained while sampled is this job's.
    const counters = samples.flatMap((s) => (s.jobOomKills === undefined ? [] : [s.jobOomKills]));
    let throttledMs = 0;
    let throttledPeriods = 0;
    for (const sample of samples) {
        throttledMs += sample.jobThrottledMs ?? 0;
        throttledPeriods += sample.jobThrottledPeriods ?? 0;
    }
    return {
        ...job,
        oomKills: counters.length < 2 ? 0 : Math.max(0, counters.at(-1) - counters[0]),
        throttledSeconds: Math.round(throttledMs / 100) / 10,
        throttledPeriods,
    };
}
function coreStats(samples, cpuCount) {
    const sums = new Array(cpuCount).fill(0);
    const peaks = new Array(cpuCount).fill(0);
    let count = 0;
    for (const sample of samples) {
        if (!sample.cores)
            continue;
        count++;
        sample.cores.forEach((value, i) => {
            if (i >= cpuCount)
                return;
            sums[i] += value;
            if (value > peaks[i])
                peaks[i] = value;
        });
    }
    return count === 0 ? [] : sums.map((total, i) => ({ avg: total / count, peak: peaks[i] }));
}
function processStats(samples, keep = 10) {
    const byName = new Map();
    for (const sample of samples) {
        for (const [, name, cpu, rss] of sample.procs ?? []) {
            const entry = byName.get(name) ?? { name, peakCpuPercent: 0, peakRssBytes: 0, seen: 0 };
            entry.peakCpuPercent = Math.max(entry.peakCpuPercent, cpu);
            entry.peakRssBytes = Math.max(entry.peakRssBytes, rss);
            entry.seen++;
            byName.set(name, entry);
        }
    }
    return [...byName.values()].sort((a, b) => b.peakCpuPercent - a.peakCpuPercent).slice(0, keep);
}
function cacheStats(samples) {
    const byPath = new Map();
    for (const sample of samples) {
        for (const [cachePath, bytes] of Object.entries(sample.cache ?? {})) {
            const entry = byPath.get(cachePath);
            if (!entry)
                byPath.set(cachePath, { path: cachePath, firstBytes: bytes, lastBytes: bytes, peakBytes: bytes });
            else {
                entry.lastBytes = bytes;
                entry.peakBytes = Math.max(entry.peakBytes, bytes);
            }
        }
    }
    return [...byPath.values()];
}
const fixed = (value, digits = 1) => value.toFixed(digits);
/**
 * One sentence per threshold the job's peaks crossed. `during` says when and in which step a
 * metric peaked (`" during step 'Run tests' (12:03:10 UTC)"`), once the steps are known.
 */
function thresholdWarnings(report, thresholds, during = () => '') {
    const warnings = [];
    const load = report.metrics.load1;
    if (thresholds.loadPerCore !== undefined && load && load.peak / report.cpuCount > thresholds.loadPerCore) {
        warnings.push(`Load per core peaked at ${fixed(load.peak / report.cpuCount, 2)} (load ${fixed(load.peak, 2)} on ${report.cpuCount} cores)${during('load1')}, above load-warn ${thresholds.loadPerCore}.`);
    }
    const jobMemory = report.metrics.jobMemoryPercent;
    const memory = report.metrics.memoryUsedPercent;
    if (thresholds.memoryPercent !== undefined && jobMemory && report.job?.memoryLimitBytes) {
        // Under a memory limit the job's working set against its limit is what gets it OOM-killed.
        if (jobMemory.peak > thresholds.memoryPercent) {
            warnings.push(`The job's memory working set peaked at ${fixed(jobMemory.peak)}% of its ${formatGiB(report.job.memoryLimitBytes)} limit${during('jobMemoryPercent')}, above memory-warn ${thresholds.memoryPercent}%.`);
        }
    }
    else if (thresholds.memoryPercent !== undefined && memory && memory.peak > thresholds.memoryPercent) {
        warnings.push(`Memory use peaked at ${fixed(memory.peak)}% of ${formatGiB(report.memoryTotalBytes)}${during('memoryUsedPercent')}, above memory-warn ${thresholds.memoryPercent}%.`);
    }
    const job = report.job;
    const throttledShare = job ? job.throttledSeconds / Math.max(0.001, report.durationMs / 1000) : 0;
    if (job && throttledShare >= THROTTLED_WARN_SHARE) {
        warnings.push(`The job's CPU limit (${(0,units/* formatCpus */.tQ)(job.cpus)}) held it back for ${job.throttledSeconds.toFixed(1)} s (${Math.round(throttledShare * 100)}% of the ${(0,units/* formatDuration */.a3)(report.durationMs)} sampled, in ${job.throttledPeriods} periods): it needs more CPU than it gets.`);
    }
    const disk = report.metrics.diskUsedPercent;
    if (thresholds.diskPercent !== undefined && disk && disk.peak > thresholds.diskPercent) {
        warnings.push(`The workspace's disk was up to ${fixed(disk.peak)}% full (of ${formatGiB(report.diskTotalBytes)})${during('diskUsedPercent')}, above disk-warn ${thresholds.diskPercent}%.`);
    }
    return warnings;
}
/** Throttled for at least this share of the job's time: worth a warning (a little throttling at bursts is normal). */
const THROTTLED_WARN_SHARE = 0.1;
function formatGiB(bytes) {
    return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}
/** True for a value that looks like a perf-monitor report JSON. */
function isPerfReport(value) {
    const v = value;
    return typeof value === 'object' && value !== null && v.kind === 'runner-kit-perf-report' && typeof v.durationMs === 'number' && typeof v.metrics === 'object';
}
/**
 * Compares duration, peaks and step durations with an earlier report. Each measure more than
 * `1 + thresholdPercent/100` times its baseline value is a regression; measures the baseline
 * lacks (or had at 0) are left out; steps are matched by name, then position (`compareSteps`).
 */
function compareWithBaseline(report, baseline, file, thresholdPercent = config/* DEFAULT_REGRESSION_THRESHOLD */.AA) {
    const factor = 1 + thresholdPercent / 100;
    const rows = [];
    const add = (measure, before, now, unit) => {
        if (before === undefined || now === undefined || !(before > 0))
            return;
        const ratio = now / before;
        rows.push({ measure, baseline: before, current: now, ratio, unit, regression: ratio > factor });
    };
    add('duration', baseline.durationMs, report.durationMs, 'ms');
    add('peak CPU', baseline.metrics.cpuPercent?.peak, report.metrics.cpuPercent?.peak, 'percent');
    add('average CPU', baseline.metrics.cpuPercent?.avg, report.metrics.cpuPercent?.avg, 'percent');
    add('peak memory used', baseline.metrics.memoryUsedBytes?.peak, report.metrics.memoryUsedBytes?.peak, 'bytes');
    add('peak load (1 min)', baseline.metrics.load1?.peak, report.metrics.load1?.peak, 'number');
    add('peak disk used', baseline.metrics.diskUsedBytes?.peak, report.metrics.diskUsedBytes?.peak, 'bytes');
    const steps = report.steps && Array.isArray(baseline.steps?.items) ? compareSteps(report.steps.items, baseline.steps.items, thresholdPercent) : undefined;
    return { file, startedAt: baseline.startedAt, thresholdPercent, rows, ...(steps ? { steps } : {}) };
}
/** True when any measure or step regressed against the baseline. */
function hasRegression(report) {
    return (report.baseline?.rows.some((r) => r.regression) ?? false) || (report.baseline?.steps?.some((s) => s.regression) ?? false);
}

;// CONCATENATED MODULE: ./packages/core/src/perf/job-steps.ts

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value) => value === undefined || value === null || typeof value === 'string';
function isStep(value) {
    return isRecord(value) && typeof value['name'] === 'string' && typeof value['number'] === 'number' && typeof value['status'] === 'string' && optionalText(value['started_at']) && optionalText(value['completed_at']);
}
function isAttemptJobsPage(value) {
    const isJob = (job) => isRecord(job) && typeof job['id'] === 'number' && typeof job['name'] === 'string' && typeof job['status'] === 'string' && (job['steps'] === undefined || (Array.isArray(job['steps']) && job['steps'].every(isStep)));
    return isRecord(value) && typeof value['total_count'] === 'number' && Array.isArray(value['jobs']) && value['jobs'].every(isJob);
}
/** What the step timeline reads, per GitHub's OpenAPI description (`actions/list-jobs-for-workflow-run-attempt`). */
const STEP_SHAPES = [{ path: /\/actions\/runs\/[^/]+\/attempts\/[^/]+\/jobs$/, what: 'a list of jobs', check: isAttemptJobsPage }];
/**
 * This job's steps with their start and end times, from
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs` (all pages). The job
 * is found by the runner it runs on (`runner_name` = `RUNNER_NAME`, `in_progress`), else by name
 * (the job id, or a matrix leg's `id (…)`); the rule that matched is returned for the log. Any
 * failure — no token, 401/403/404, an answer of another shape, a timeout — is a notice.
 */
async function fetchJobSteps(context, options) {
    const [owner = '', repo = ''] = context.repository.split('/');
    if (!owner || !repo || !/^\d+$/.test(context.runId))
        return { ok: false, notice: 'No step timeline: this does not look like a workflow run (GITHUB_REPOSITORY or GITHUB_RUN_ID missing).' };
    if (!options.token)
        return { ok: false, notice: 'No step timeline: no github-token (it needs `actions: read`).' };
    const client = await (0,api/* createApiClient */.yS)({ token: options.token, apiUrl: context.apiUrl, timeoutMs: options.timeoutMs ?? 15_000, logger: options.logger, shapes: STEP_SHAPES });
    let jobs;
    try {
        jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, { owner, repo, run_id: Number(context.runId), attempt_number: Number(context.runAttempt) || 1, per_page: 100 });
    }
    catch (error) {
        const failure = (0,api/* describeApiFailure */.ge)(error);
        const hint = failure.rateLimited ? '' : failure.status === 403 ? ' The token needs `actions: read` (set `permissions: actions: read` on the job).' : failure.status === 404 ? ' The run was not found: the token cannot see this repository, or this GitHub Enterprise Server has no such endpoint.' : '';
        return { ok: false, notice: `No step timeline: the Actions API answered ${failure.text}.${hint}` };
    }
    const match = findThisJob(jobs, context);
    if (!match)
        return { ok: false, notice: `No step timeline: none of the ${jobs.length} job(s) of run ${context.runId} attempt ${context.runAttempt} runs on ${context.runnerName || 'this runner'} or is named ${context.job}.` };
    return { ok: true, jobName: match.job.name, jobId: Number(match.job.id), rule: match.rule, steps: (match.job.steps ?? []).map(toStep) };
}
/** This job among the attempt's jobs: by runner, then by name; undefined when no rule gives exactly one. */
function findThisJob(jobs, context) {
    const running = jobs.filter((job) => job.status === 'in_progress');
    const onRunner = running.filter((job) => context.runnerName !== '' && job.runner_name === context.runnerName);
    if (onRunner.length === 1)
        return { job: onRunner[0], rule: `runner_name ${context.runnerName}, in progress` };
    // Job names default to the job id; a matrix leg is `id (value, …)`.
    const named = (list) => list.filter((job) => job.name === context.job || job.name.startsWith(`${context.job} (`));
    for (const [list, rule] of [
        [named(running), `name ${context.job}, in progress`],
        [named(jobs), `name ${context.job}`],
    ]) {
        if (list.length === 1)
            return { job: list[0], rule };
    }
    return undefined;
}
function toStep(step) {
    const time = (text) => (text ? Date.parse(text) : Number.NaN);
    const startedAt = time(step.started_at);
    const completedAt = time(step.completed_at);
    return {
        number: step.number,
        name: step.name,
        status: step.status,
        conclusion: step.conclusion,
        ...(Number.isFinite(startedAt) ? { startedAt } : {}),
        ...(Number.isFinite(completedAt) ? { completedAt } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/perf/steps-render.ts



/** The step whose window holds `t`; a later step wins at a shared edge. */
function stepAt(steps, t) {
    return steps.findLast((step) => t >= step.startedAt && t <= step.endedAt);
}
/** The step that took longest (open steps too: they ran until the report). */
function slowestStep(report) {
    return report.steps?.items.reduce((slowest, step) => (slowest === undefined || step.durationMs > slowest.durationMs ? step : slowest), undefined);
}
/**
 * For threshold warnings: when and during which step a metric peaked, as
 * `" during step 'Run tests' (12:03:10 UTC)"`, or nothing when no step holds the peak.
 */
function peakDuringStep(steps, samples, report) {
    const context = { memoryTotal: report.memoryTotalBytes, diskTotal: report.diskTotalBytes, ...(report.job?.memoryLimitBytes ? { jobMemoryLimit: report.job.memoryLimitBytes } : {}) };
    return (metric) => {
        let peak;
        let peakValue = -Infinity;
        for (const sample of samples) {
            const value = EXTRACT[metric](sample, context);
            if (value !== undefined && value > peakValue)
                [peak, peakValue] = [sample, value];
        }
        const step = peak ? stepAt(steps, peak.t) : undefined;
        return step && peak ? ` during step '${step.name}' (${new Date(peak.t).toISOString().slice(11, 19)} UTC)` : '';
    };
}
/** `step 'Build' took 2m 10s vs 1m 20s (+62%)`. */
function stepRegressionText(step) {
    const renamed = step.baselineName === step.name ? '' : ` (was '${step.baselineName}')`;
    return `step '${step.name}'${renamed} took ${(0,units/* formatDuration */.a3)(step.currentMs)} vs ${(0,units/* formatDuration */.a3)(step.baselineMs)} (+${Math.round((step.ratio - 1) * 100)}%)`;
}
/**
 * A step name as gantt task text: Mermaid ends the text at `:`, takes `#` for an entity and `;`
 * for a statement end, so those become look-alike characters; line breaks become spaces.
 */
function ganttText(name) {
    const text = name
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/:/g, '꞉')
        .replace(/#/g, '＃')
        .replace(/;/g, '；')
        .trim();
    return (text || 'step').slice(0, 80);
}
/** The steps as a Mermaid gantt on the wall clock (`dateFormat x`: epoch ms); failed steps `crit`, running ones `active`. */
function renderStepGantt(steps, title) {
    const span = steps.length ? Math.max(...steps.map((s) => s.endedAt)) - Math.min(...steps.map((s) => s.startedAt)) : 0;
    const lines = ['```mermaid', 'gantt', `  title ${ganttText(title)}`, '  dateFormat x', `  axisFormat ${span >= 3_600_000 ? '%H:%M' : '%M:%S'}`, '  section Steps'];
    for (const step of steps) {
        const tag = step.conclusion === 'failure' || step.conclusion === 'cancelled' ? 'crit, ' : step.open ? 'active, ' : step.conclusion === 'skipped' ? '' : 'done, ';
        // A zero-length bar does not draw: give it one millisecond.
        lines.push(`  ${ganttText(step.name)} :${tag}s${step.number}, ${step.startedAt}, ${Math.max(step.endedAt, step.startedAt + 1)}`);
    }
    lines.push('```');
    return lines.join('\n');
}
const DASH = '—';
/** One row per step: duration and what the job used in it; "—" where the step was too short to measure. */
function renderStepTable(report) {
    const items = report.steps?.items ?? [];
    const scope = report.job ? 'job' : 'host';
    const bytes = (value) => (value === undefined ? DASH : (0,units/* formatBytes */.z3)(value));
    const percent = (value) => (value === undefined ? DASH : `${value.toFixed(1)}%`);
    const rows = items.map((step) => [
        String(step.number),
        step.name + (step.conclusion === 'failure' ? ' ❌' : step.conclusion === 'skipped' ? ' (skipped)' : step.open ? ' (running)' : ''),
        (0,units/* formatDuration */.a3)(step.durationMs),
        percent(step.cpuAvg),
        percent(step.cpuPeak),
        bytes(step.memoryPeakBytes),
        `${bytes(step.diskReadBytes)} / ${bytes(step.diskWrittenBytes)}`,
        `${bytes(step.networkReceivedBytes)} / ${bytes(step.networkSentBytes)}`,
    ]);
    return (0,src_summary/* markdownTable */.Qj)(['#', 'step', 'duration', `CPU avg (${scope})`, 'CPU peak', `memory peak (${scope})`, 'disk read / written', 'network in / out'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
}
/** The steps section of the summary: gantt, table, step regressions; or the one-line notice why there are none. */
function renderStepsSection(report, options) {
    if (!report.steps)
        return report.stepsNotice ? [`> [!NOTE]\n> ${report.stepsNotice}`, ''] : [];
    const lines = [];
    if (options.charts && report.steps.items.length)
        lines.push(renderStepGantt(report.steps.items, `Steps of ${report.steps.jobName}`), '');
    lines.push(renderStepTable(report), '');
    const regressions = report.baseline?.steps?.filter((s) => s.regression) ?? [];
    for (const step of regressions)
        lines.push(`> [!CAUTION]\n> Regression: ${stepRegressionText(step)}.`, '');
    return lines;
}
const STEP_CSV_COLUMNS = ['number', 'name', 'conclusion', 'started_at', 'ended_at', 'duration_s', 'cpu_avg_percent', 'cpu_peak_percent', 'memory_peak_bytes', 'disk_read_bytes', 'disk_written_bytes', 'net_rx_bytes', 'net_tx_bytes'];
/** The steps as CSV (`perf-steps.csv`). */
function renderStepsCsv(steps) {
    const quote = (text) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const cell = (value) => (value === undefined ? '' : String(value));
    const lines = [STEP_CSV_COLUMNS.join(',')];
    for (const s of steps) {
        lines.push([
            String(s.number),
            quote(s.name),
            s.conclusion ?? (s.open ? 'running' : ''),
            new Date(s.startedAt).toISOString(),
            new Date(s.endedAt).toISOString(),
            (s.durationMs / 1000).toFixed(3),
            cell(s.cpuAvg),
            cell(s.cpuPeak),
            cell(s.memoryPeakBytes),
            cell(s.diskReadBytes),
            cell(s.diskWrittenBytes),
            cell(s.networkReceivedBytes),
            cell(s.networkSentBytes),
        ].join(','));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/perf/pr-comment.ts
/** The hidden first line that identifies this report's comment among a pull request's comments. */
function commentMarker(reportName) {
    return `<!-- runner-kit:perf-monitor:${reportName.replace(/--+/g, '-')} -->`;
}
/**
 * Updates the pull request's comment that starts with `marker` in place, or creates it: one
 * comment per report that each run rewrites, instead of a new one every push. Comments are
 * paged through (100 a page) until the marker is found.
 */
async function upsertComment(client, target, marker, body) {
    const { owner, repo, issueNumber } = target;
    let existing;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
        const found = page.data.find((comment) => comment.body?.trimStart().startsWith(marker));
        if (found) {
            existing = found.id;
            break;
        }
    }
    if (existing !== undefined) {
        const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}

// EXTERNAL MODULE: ./packages/core/src/metrics/exposition.ts
var exposition = __webpack_require__(5417);
;// CONCATENATED MODULE: ./packages/core/src/perf/pushgateway.ts




/** repository, workflow, job, run id and runner name of a report, as Pushgateway grouping labels. */
function reportGrouping(report) {
    const { context } = report;
    return {
        job: report.name,
        labels: [
            ['repository', context.repository],
            ['workflow', context.workflow],
            ['run_id', context.runId],
            ['runner', context.runnerName],
        ],
    };
}
/**
 * One path segment pair of a grouping key. Pushgateway cannot take a `/` in a value even
 * %-encoded, nor an empty value (the path would collapse), so those (and values with spaces,
 * which some proxies mangle) use its `name@base64/<base64url>` form; `=` alone is the empty value.
 */
function groupingSegment(name, value) {
    if (value === '')
        return `${name}@base64/=`;
    if (/[/\s%]/.test(value))
        return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
    return `${name}/${encodeURIComponent(value)}`;
}
/** `<base>/metrics/job/<job>/<label>/<value>…`, each part encoded as Pushgateway expects. */
function pushUrl(baseUrl, grouping) {
    const base = new URL(baseUrl);
    base.username = '';
    base.password = '';
    const prefix = base.toString().replace(/\/+$/, '');
    return [prefix, 'metrics', groupingSegment('job', grouping.job), ...grouping.labels.map(([n, v]) => groupingSegment(n, v))].join('/');
}
const SNAKE = {
    cpuPercent: 'cpu_percent',
    iowaitPercent: 'cpu_iowait_percent',
    stealPercent: 'cpu_steal_percent',
    load1: 'load1',
    memoryUsedBytes: 'memory_used_bytes',
    memoryUsedPercent: 'memory_used_percent',
    swapUsedBytes: 'swap_used_bytes',
    diskUsedBytes: 'disk_used_bytes',
    diskUsedPercent: 'disk_used_percent',
    diskReadBytesPerSecond: 'disk_read_bytes_per_second',
    diskWriteBytesPerSecond: 'disk_write_bytes_per_second',
    networkReceiveBytesPerSecond: 'network_receive_bytes_per_second',
    networkTransmitBytesPerSecond: 'network_transmit_bytes_per_second',
    jobCpuPercent: 'job_cpu_percent',
    jobMemoryBytes: 'job_memory_working_set_bytes',
    jobMemoryPercent: 'job_memory_working_set_percent',
};
/** Prometheus text exposition format (0.0.4) of a report's aggregates: gauges with a `stat` label. */
function renderExposition(report) {
    const families = [];
    const gauge = (name, help, samples) => {
        families.push({ name, help, type: 'gauge', samples: samples.map(([stat, value]) => ({ ...(stat ? { labels: { stat } } : {}), value })) });
    };
    gauge('runner_kit_perf_duration_seconds', 'Duration of the monitored part of the job.', [['', report.durationMs / 1000]]);
    gauge('runner_kit_perf_samples', 'Samples taken.', [['', report.samples]]);
    gauge('runner_kit_perf_cpu_count', 'CPU cores of the runner.', [['', report.cpuCount]]);
    gauge('runner_kit_perf_memory_total_bytes', 'Memory of the runner.', [['', report.memoryTotalBytes]]);
    if (report.job) {
        if (report.job.memoryLimitBytes !== undefined)
            gauge('runner_kit_perf_job_memory_limit_bytes', "Memory limit of the job's cgroup.", [['', report.job.memoryLimitBytes]]);
        gauge('runner_kit_perf_job_cpus', "CPUs the job's cgroup may use (quota, cpuset).", [['', report.job.cpus]]);
        gauge('runner_kit_perf_job_oom_kills', "Processes OOM-killed in the job's cgroup during the job.", [['', report.job.oomKills]]);
        gauge('runner_kit_perf_job_cpu_throttled_seconds', "Time the job's CPU quota throttled it.", [['', report.job.throttledSeconds]]);
    }
    for (const name of Object.keys(METRICS)) {
        const stats = report.metrics[name];
        if (!stats)
            continue;
        gauge(`runner_kit_perf_${SNAKE[name]}`, `${METRICS[name].label} over the job (avg, p95, peak).`, [
            ['avg', stats.avg],
            ['p95', stats.p95],
            ['peak', stats.peak],
        ]);
    }
    gauge('runner_kit_perf_disk_read_bytes', 'Bytes read by real disks during the job.', [['', report.totals.diskReadBytes]]);
    gauge('runner_kit_perf_disk_written_bytes', 'Bytes written by real disks during the job.', [['', report.totals.diskWriteBytes]]);
    gauge('runner_kit_perf_network_receive_bytes', 'Bytes received by external interfaces during the job.', [['', report.totals.networkReceiveBytes]]);
    gauge('runner_kit_perf_network_transmit_bytes', 'Bytes sent by external interfaces during the job.', [['', report.totals.networkTransmitBytes]]);
    gauge('runner_kit_perf_threshold_warnings', 'Thresholds the job crossed.', [['', report.warnings.length]]);
    return (0,exposition/* renderExposition */.f)(families);
}
/**
 * PUTs the report's metrics, replacing the group's previous ones. Credentials in the URL
 * (`https://user:pass@host`) become a Basic Authorization header (fetch refuses them in URLs)
 * and are masked. Never throws: a failure is an outcome for a warning.
 */
async function pushToGateway(baseUrl, report, timeoutMs = 10_000) {
    const parsed = new URL(baseUrl);
    const headers = { 'content-type': exposition/* EXPOSITION_CONTENT_TYPE */.c };
    if (parsed.username || parsed.password) {
        const user = decodeURIComponent(parsed.username);
        const password = decodeURIComponent(parsed.password);
        if (password)
            workflow_commands/* setSecret */.Pq(password);
        headers['authorization'] = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const url = pushUrl(baseUrl, reportGrouping(report));
    try {
        const response = await fetch(url, { method: 'PUT', headers, body: renderExposition(report), signal: AbortSignal.timeout(timeoutMs) });
        const text = (await response.text()).trim().slice(0, 200);
        if (!response.ok)
            return { ok: false, url, detail: `HTTP ${response.status}${text ? ` (${text})` : ''}` };
        return { ok: true, url, detail: `HTTP ${response.status}` };
    }
    catch (error) {
        const cause = error.cause;
        const name = error.name;
        const detail = name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (0,errors/* describeError */.Uc)(cause ?? error);
        return { ok: false, url, detail };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/perf/render.ts





/**
 * Points per chart at most: the x axis is a row of category labels, so more would crowd it;
 * longer jobs keep each stretch's minimum and maximum (see `downsample`).
 */
const CHART_POINTS = 60;
/** The x axis's title, shared by every chart of a report: the labels' form depends on how long the job ran. */
function timeAxisTitle(durationMs) {
    return `time since start (${durationMs >= 3_600_000 - 500 ? 'h:mm:ss' : 'm:ss'})`;
}
/** Formats a metric value in its unit. */
function formatMetric(value, unit) {
    if (unit === 'percent')
        return `${value.toFixed(1)}%`;
    if (unit === 'bytes')
        return (0,units/* formatBytes */.z3)(Math.round(value));
    if (unit === 'bytes/s')
        return `${(0,units/* formatBytes */.z3)(Math.round(value))}/s`;
    if (unit === 'ms')
        return (0,units/* formatDuration */.a3)(value);
    return value.toFixed(2);
}
/** `m:ss` or `h:mm:ss` since the start, with `decimals` digits of the second (`0:01.5`). */
function elapsedLabel(ms, decimals = 0) {
    const scale = 10 ** decimals;
    const total = Math.max(0, Math.round((ms / 1000) * scale)) / scale;
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = (total % 60).toFixed(decimals).padStart(decimals > 0 ? 3 + decimals : 2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
/** Time labels shown along a chart at most. */
const VISIBLE_TIME_LABELS = 12;
// Mermaid's xychart is 700 px wide; its plot about 600, its 14 px labels about 7.5 px a character.
const PLOT_WIDTH_PX = 600;
const labelWidthPx = (label) => label.length * 7.5 + 12;
/**
 * `count` evenly spaced labels from `fromMs` to `toMs` since the start, one per value. Mermaid
 * puts equal labels on one x position, so all are distinct: as many as fit side by side
 * (evenly spaced, the first included, at most `visible`) show a time, with the fewest decimals
 * that keep those distinct; the rest are distinct runs of zero-width spaces, so tick labels
 * never overlap.
 */
function timeLabels(fromMs, toMs, count, visible = VISIBLE_TIME_LABELS) {
    if (count <= 0)
        return [];
    const step = count > 1 ? (toMs - fromMs) / (count - 1) : 0;
    let shown = [];
    for (let fit = Math.max(1, visible); fit >= 1; fit--) {
        const every = Math.ceil(count / fit);
        // Whole seconds where they tell the shown labels apart (easier to read than 0:01.9, 0:02.9).
        for (let decimals = 0; decimals <= 3; decimals++) {
            shown = Array.from({ length: count }, (_, i) => (i % every === 0 ? elapsedLabel(fromMs + i * step, decimals) : undefined));
            const texts = shown.filter((label) => label !== undefined);
            if (new Set(texts).size === texts.length)
                break;
        }
        const texts = shown.filter((label) => label !== undefined);
        if (texts.length * Math.max(...texts.map(labelWidthPx)) <= PLOT_WIDTH_PX)
            break;
    }
    let blank = 0;
    return shown.map((label) => label ?? '\u200b'.repeat(++blank));
}
/**
 * One metric, one value per sample: a gap (an unreadable sample) repeats the previous value,
 * and a leading gap takes the first value (a rate's first interval starts at the first sample).
 * Empty when the metric has no value at all.
 */
function metricTrack(samples, pick) {
    const picked = samples.map((sample) => {
        const value = pick(sample);
        return value !== undefined && Number.isFinite(value) ? value : undefined;
    });
    const first = picked.find((value) => value !== undefined);
    if (first === undefined)
        return [];
    let previous = first;
    return picked.map((value) => (previous = value ?? previous));
}
/**
 * One metric as a chart series of at most `points` values (each stretch's minimum and maximum
 * when there are more samples), with evenly spaced time labels. The labels depend on the
 * samples only, so every metric of a report shares one time axis.
 */
function chartSeries(samples, pick, startedAt, points = CHART_POINTS) {
    const values = (0,src_summary/* downsample */.Jd)(metricTrack(samples, pick), points);
    if (values.length === 0)
        return { labels: [], values };
    return { labels: timeLabels(samples[0].t - startedAt, samples.at(-1).t - startedAt, values.length), values };
}
/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above `value`: an axis end people read easily. */
function niceCeiling(value) {
    if (!(value > 0))
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * magnitude >= value * (1 - 1e-9));
    return step * magnitude;
}
/** Whether a line moves visibly: by more than 1% of its axis's height. */
function moves(values, axisTop) {
    return Math.max(...values) - Math.min(...values) > axisTop / 100;
}
/** `stayed at 100.0%` or `stayed between 99.0% and 100.0%`, for a measure too still to chart. */
function stayed(values, format) {
    const [low, high] = [format(Math.min(...values)), format(Math.max(...values))];
    return low === high ? `stayed at ${low}` : `stayed between ${low} and ${high}`;
}
/**
 * The charts on one time axis: CPU %, memory (to the job's limit, or to its peak with
 * headroom), load against the core count. A measure that did not move gets one line instead.
 */
function renderCharts(report, samples, header) {
    const startedAt = Date.parse(report.startedAt);
    const blocks = [];
    const { job } = report;
    const xTitle = timeAxisTitle((samples.at(-1)?.t ?? startedAt) - startedAt);
    const chart = (title, yLabel, yRange, series, labels) => (0,src_summary/* mermaidXyChart */.Xr)({ title, xTitle, xLabels: labels, yLabel, yRange, series });
    // Under a cgroup limit, CPU and memory are the job's own against its limits.
    const cpu = chartSeries(samples, (s) => (job ? s.jobCpu : s.cpu), startedAt);
    if (cpu.values.length >= 2) {
        const title = job ? `CPU busy (job), % of its ${(0,units/* formatCpus */.tQ)(job.cpus)} limit` : `CPU busy, % of all ${report.cpuCount} cores`;
        blocks.push(moves(cpu.values, 100)
            ? chart(title, 'CPU (%)', [0, 100], [{ kind: 'line', values: cpu.values }], cpu.labels)
            : `${job ? 'The job\'s CPU' : 'CPU'} ${stayed(cpu.values, (v) => formatMetric(v, 'percent'))} throughout (no chart).`);
    }
    const limit = job?.memoryLimitBytes;
    const memory = chartSeries(samples, (s) => (limit !== undefined ? s.jobMem : s.memUsed), startedAt);
    if (memory.values.length >= 2) {
        const peak = Math.max(...memory.values);
        const top = limit ?? peak * 1.25;
        const unit = top >= 2 ** 30 ? { name: 'GiB', bytes: 2 ** 30 } : { name: 'MiB', bytes: 2 ** 20 };
        const title = limit !== undefined
            ? `Memory working set (job), of its ${(0,units/* formatBytes */.z3)(limit)} limit`
            : `Memory used (peak ${(0,units/* formatBytes */.z3)(Math.round(peak))} of ${(0,units/* formatBytes */.z3)(header?.memTotalBytes ?? report.memoryTotalBytes)})`;
        blocks.push(moves(memory.values, top)
            ? chart(title, `memory (${unit.name})`, [0, niceCeiling(top / unit.bytes)], [{ kind: 'line', values: memory.values.map((v) => v / unit.bytes) }], memory.labels)
            : `${limit !== undefined ? 'The job\'s memory working set' : 'Memory used'} ${stayed(memory.values, (v) => (0,units/* formatBytes */.z3)(Math.round(v)))} throughout (no chart).`);
    }
    const load = chartSeries(samples, (s) => s.load1, startedAt);
    if (load.values.length >= 2) {
        const top = niceCeiling(Math.max(report.cpuCount, ...load.values) * 1.1);
        const cores = `${report.cpuCount} core${report.cpuCount === 1 ? '' : 's'}`;
        blocks.push(moves(load.values, top)
            ? chart(`Load (1 min) of the host against its ${cores}`, 'load (processes)', [0, top], [
                { kind: 'line', values: load.values, name: 'load (1 min)' },
                { kind: 'line', values: load.values.map(() => report.cpuCount), name: `${cores}: above it, processes wait for a CPU` },
            ], load.labels)
            : `Load (1 min) ${stayed(load.values, (v) => v.toFixed(2))} on ${cores} throughout (no chart).`);
    }
    return blocks;
}
/** The report as Markdown: headline, metrics table, warnings, baseline, charts, details. */
function renderReportMarkdown(report, samples, header, options) {
    const lines = [];
    if (options.marker)
        lines.push(options.marker);
    const regressions = report.baseline?.rows.filter((r) => r.regression) ?? [];
    const badge = report.warnings.length > 0 || hasRegression(report) ? '⚠️' : '✅';
    lines.push(`### ${badge} perf-monitor: ${report.name}`, '');
    lines.push(`${(0,units/* formatDuration */.a3)(report.durationMs)} · ${report.samples} samples every ${(0,units/* formatDuration */.a3)(report.intervalMs)}` +
        (report.context.runnerName ? ` · runner ${(0,src_summary/* code */.aY)(report.context.runnerName)}` : '') +
        (options.runUrl ? ` · [workflow run](${options.runUrl})` : ''), '', `Measured: ${describeReportScope(report)}`, '');
    const oom = oomKillMessage(report);
    if (oom)
        lines.push(`> [!CAUTION]\n> ${oom}`, '');
    if (report.samples === 0) {
        lines.push('No samples were recorded (the sampler ended before its first sample, or its file is missing).', '');
    }
    for (const warning of report.warnings)
        lines.push(`> [!WARNING]\n> ${warning}`, '');
    for (const row of regressions) {
        lines.push(`> [!CAUTION]\n> Regression: ${row.measure} is ${row.ratio.toFixed(2)}× the baseline (${formatMetric(row.current, row.unit)} vs ${formatMetric(row.baseline, row.unit)}).`, '');
    }
    lines.push(renderMetricsTable(report), '');
    lines.push(`Totals: disk read ${(0,units/* formatBytes */.z3)(report.totals.diskReadBytes)}, written ${(0,units/* formatBytes */.z3)(report.totals.diskWriteBytes)}; ` +
        `network received ${(0,units/* formatBytes */.z3)(report.totals.networkReceiveBytes)}, sent ${(0,units/* formatBytes */.z3)(report.totals.networkTransmitBytes)}.`, '');
    if (options.charts) {
        for (const block of renderCharts(report, samples, header))
            lines.push(block, '');
    }
    lines.push(...renderStepsSection(report, options));
    if (report.baseline) {
        lines.push(`Compared with the baseline from ${report.baseline.startedAt} (${(0,src_summary/* code */.aY)(report.baseline.file)}); more than ${report.baseline.thresholdPercent ?? config/* DEFAULT_REGRESSION_THRESHOLD */.AA}% worse is a regression:`, '');
        lines.push(renderBaselineTable(report.baseline.rows), '');
    }
    const details = renderDetails(report);
    if (details)
        lines.push(details, '');
    return `${lines.join('\n').trimEnd()}\n`;
}
/** Which share of the machine the figures are: `job (cgroup v2 /…: 1.0 GiB, 0.5 CPU) on a host with 2 cores, 23.5 GiB` or `host (2 cores, 23.5 GiB)`. */
function describeReportScope(report) {
    const host = `${report.cpuCount} core${report.cpuCount === 1 ? '' : 's'}, ${(0,units/* formatBytes */.z3)(report.memoryTotalBytes)}`;
    const { job } = report;
    if (!job)
        return `host (${host})`;
    const memory = job.memoryLimitBytes === undefined ? 'no memory limit' : (0,units/* formatBytes */.z3)(job.memoryLimitBytes);
    return `job (cgroup v${job.version} ${(0,src_summary/* code */.aY)(job.path)}: ${memory}, ${(0,units/* formatCpus */.tQ)(job.cpus)}) on a host with ${host}; rows marked "host" are the whole machine's`;
}
/** The error to annotate when the kernel OOM-killed processes of the job's cgroup during the job; undefined otherwise. */
function oomKillMessage(report) {
    const job = report.job;
    if (!job || job.oomKills === 0)
        return undefined;
    const peak = report.metrics.jobMemoryBytes?.peak;
    const limit = job.memoryLimitBytes === undefined ? 'its memory limit' : `its ${(0,units/* formatBytes */.z3)(job.memoryLimitBytes)} memory limit`;
    const seen = peak === undefined ? '' : ` The working set peaked at ${(0,units/* formatBytes */.z3)(Math.round(peak))} in the samples (a spike between samples can be higher).`;
    return `The kernel's OOM killer killed ${job.oomKills} process${job.oomKills === 1 ? '' : 'es'} of this job: it ran out of ${limit}.${seen} Raise the limit (the pod's or container's memory) or make the job use less.`;
}
/** Metrics that describe the whole machine, marked as such when the job has limits of its own. */
const HOST_METRICS = new Set(['cpuPercent', 'iowaitPercent', 'stealPercent', 'load1', 'memoryUsedBytes', 'memoryUsedPercent', 'swapUsedBytes']);
function renderMetricsTable(report) {
    const rows = [];
    const zero = [];
    for (const name of Object.keys(METRICS)) {
        const stats = report.metrics[name];
        if (!stats)
            continue;
        const { unit } = METRICS[name];
        const label = report.job && HOST_METRICS.has(name) ? `${METRICS[name].label} — host` : METRICS[name].label;
        // Rows of zeros (no network traffic, no steal on bare metal, no swap) only lengthen the table: one line names them.
        if (stats.peak === 0)
            zero.push(label);
        else
            rows.push([label, formatMetric(stats.avg, unit), formatMetric(stats.p95, unit), formatMetric(stats.peak, unit)]);
    }
    const table = (0,src_summary/* markdownTable */.Qj)(['metric', 'avg', 'p95', 'peak'], rows, ['l', 'r', 'r', 'r']);
    return zero.length ? `${table}\n\nZero throughout: ${zero.join(', ')}.` : table;
}
function renderBaselineTable(rows) {
    return (0,src_summary/* markdownTable */.Qj)(['measure', 'baseline', 'this run', 'change'], rows.map((r) => [r.measure, formatMetric(r.baseline, r.unit), formatMetric(r.current, r.unit), `${r.regression ? '🔺 ' : ''}×${r.ratio.toFixed(2)}`]), ['l', 'r', 'r', 'r']);
}
function renderDetails(report) {
    const parts = [];
    if (report.cores.length > 1) {
        parts.push((0,src_summary/* markdownTable */.Qj)(['core', 'avg', 'peak'], report.cores.map((c, i) => [`cpu${i}`, `${c.avg.toFixed(1)}%`, `${c.peak.toFixed(0)}%`]), ['l', 'r', 'r']));
    }
    if (report.processes.length) {
        parts.push((0,src_summary/* markdownTable */.Qj)(['process', 'peak CPU (of one core)', 'peak RSS', 'in top list'], report.processes.map((p) => [(0,src_summary/* code */.aY)(p.name), `${p.peakCpuPercent.toFixed(1)}%`, (0,units/* formatBytes */.z3)(p.peakRssBytes), `${p.seen}×`]), ['l', 'r', 'r', 'r']));
    }
    if (report.caches.length) {
        const shown = (file) => (report.workspace && file.startsWith(`${report.workspace}/`) ? file.slice(report.workspace.length + 1) : file);
        parts.push((0,src_summary/* markdownTable */.Qj)(['cache path (in the workspace)', 'at start', 'at end', 'peak'], report.caches.map((c) => [(0,src_summary/* code */.aY)(shown(c.path)), cacheSize(c.firstBytes), cacheSize(c.lastBytes), cacheSize(c.peakBytes)]), ['l', 'r', 'r', 'r']));
    }
    if (report.sampler.errors.length || report.sampler.damagedLines) {
        parts.push(`Sampler problems: ${[...report.sampler.errors.slice(0, 5), report.sampler.damagedLines ? `${report.sampler.damagedLines} unreadable line(s)` : ''].filter(Boolean).join('; ')}`);
    }
    if (parts.length === 0)
        return '';
    return `<details><summary>Per core, processes, caches</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}
function cacheSize(bytes) {
    return bytes < 0 ? 'missing' : (0,units/* formatBytes */.z3)(bytes);
}
const CSV_COLUMNS = [
    'time',
    'elapsed_s',
    'cpu_percent',
    'iowait_percent',
    'steal_percent',
    'load1',
    'memory_used_bytes',
    'memory_available_bytes',
    'swap_used_bytes',
    'disk_used_bytes',
    'disk_read_bytes_per_s',
    'disk_write_bytes_per_s',
    'net_rx_bytes_per_s',
    'net_tx_bytes_per_s',
];
/** Every sample as CSV (one column per core at the end), for spreadsheets and pandas. */
function renderCsv(samples, header) {
    const cores = header?.cpuCount ?? samples.find((s) => s.cores)?.cores?.length ?? 0;
    const startedAt = header?.startedAt ?? samples[0]?.t ?? 0;
    const context = { memoryTotal: header?.memTotalBytes ?? 0, diskTotal: header?.diskTotalBytes ?? 0 };
    const cell = (value, digits = 2) => (value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits));
    const lines = [[...CSV_COLUMNS, ...Array.from({ length: cores }, (_, i) => `cpu${i}_percent`)].join(',')];
    for (const s of samples) {
        lines.push([
            new Date(s.t).toISOString(),
            cell((s.t - startedAt) / 1000, 3),
            cell(s.cpu),
            cell(s.iowait),
            cell(s.steal),
            cell(s.load1),
            cell(s.memUsed, 0),
            cell(s.memAvail, 0),
            cell(s.swapUsed, 0),
            cell(s.diskUsed, 0),
            cell(EXTRACT.diskReadBytesPerSecond(s, context), 0),
            cell(EXTRACT.diskWriteBytesPerSecond(s, context), 0),
            cell(EXTRACT.networkReceiveBytesPerSecond(s, context), 0),
            cell(EXTRACT.networkTransmitBytesPerSecond(s, context), 0),
            ...Array.from({ length: cores }, (_, i) => cell(s.cores?.[i])),
        ].join(','));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/system/cgroup.ts
var cgroup = __webpack_require__(9051);
// EXTERNAL MODULE: ./packages/core/src/system/procfs.ts
var procfs = __webpack_require__(928);
;// CONCATENATED MODULE: ./packages/core/src/perf/frame-sampler.ts




/**
 * Turns the Linux recorder's frames into samples: parses each source and makes per-interval values
 * of its counters. Each source counts on its own: one that is missing leaves its fields out,
 * one that does not parse is also reported through `onError`.
 */
class FrameSampler {
    options;
    onError;
    cpu;
    disks;
    net;
    /** The newest stat line of every live pid: a process look carries only the lines that changed. */
    statLines = new Map();
    /** CPU ticks and start time of every live pid at the previous look. */
    processTicks = new Map();
    processCpuTotal;
    commandLines = new Map();
    lastTime;
    jobUsage;
    constructor(options, onError) {
        this.options = options;
        this.onError = onError;
    }
    /** The header line: machine facts that do not change during the job, from the first frame. */
    header(frame, startedAt, intervalMs, workspace) {
        // Quietly: sample() reads the same frame and reports what does not parse.
        const quiet = () => { };
        const memory = this.parse('meminfo', frame, procfs/* parseMeminfo */.NW, quiet);
        const cpu = this.parse('stat', frame, procfs/* parseCpuTimes */.gr, quiet);
        return {
            kind: 'start',
            v: 1,
            startedAt,
            intervalMs,
            cpuCount: cpu?.cores.length || 1,
            memTotalBytes: memory?.totalBytes ?? 0,
            swapTotalBytes: memory?.swapTotalBytes ?? 0,
            workspace,
            diskTotalBytes: frame.statfs ? frame.statfs.blocks * frame.statfs.bsize : 0,
            pageBytes: this.options.pageBytes,
            ...(this.options.job ? { job: this.options.job } : {}),
        };
    }
    /** The sample of one frame taken at `now` (epoch ms); the first only sets the baseline for rates. */
    sample(now, frame) {
        const sample = { t: now, dt: this.lastTime === undefined ? 0 : now - this.lastTime };
        this.lastTime = now;
        const cpu = this.parse('stat', frame, procfs/* parseCpuTimes */.gr);
        if (cpu && this.cpu && cpu.all.total > this.cpu.all.total) {
            const before = this.cpu;
            sample.cpu = round1((0,procfs/* cpuPercent */.Uw)(before.all, cpu.all));
            sample.iowait = round1((0,procfs/* cpuSharePercent */.lU)(before.all, cpu.all, 'iowait'));
            sample.steal = round1((0,procfs/* cpuSharePercent */.lU)(before.all, cpu.all, 'steal'));
            sample.cores = cpu.cores.map((core, i) => Math.round(before.cores[i] ? (0,procfs/* cpuPercent */.Uw)(before.cores[i], core) : 0));
        }
        const loads = this.parse('loadavg', frame, procfs/* parseLoadavg */.KE);
        if (loads)
            sample.load1 = loads[0];
        const memory = this.parse('meminfo', frame, procfs/* parseMeminfo */.NW);
        if (memory) {
            sample.memUsed = memory.totalBytes - memory.availableBytes;
            sample.memAvail = memory.availableBytes;
            sample.swapUsed = memory.swapTotalBytes - memory.swapFreeBytes;
        }
        if (frame.statfs)
            sample.diskUsed = (frame.statfs.blocks - frame.statfs.bfree) * frame.statfs.bsize;
        const disks = this.parse('diskstats', frame, procfs/* parseDiskstats */.EZ);
        if (disks && this.disks)
            [sample.rd, sample.wr] = (0,procfs/* sumDeltas */.xD)(this.disks, disks, procfs/* isRealDisk */.Yt, ['readBytes', 'writtenBytes']);
        const net = this.parse('net/dev', frame, procfs/* parseNetDev */.Yq);
        if (net && this.net)
            [sample.rx, sample.tx] = (0,procfs/* sumDeltas */.xD)(this.net, net, procfs/* isExternalInterface */.l0, ['rx', 'tx']);
        for (const [pid, args] of frame.cmdlines)
            this.commandLines.set(pid, args);
        if (frame.processes) {
            const procs = this.topProcesses(frame.processes, cpu);
            if (this.options.topProcesses > 0)
                sample.procs = procs;
        }
        if (frame.cacheSizes)
            sample.cache = frame.cacheSizes;
        if (this.options.job && frame.cgroup)
            this.jobFields(sample, (0,cgroup/* interpretUsage */.dI)(frame.cgroup, this.options.job.version), this.options.job);
        if (cpu)
            this.cpu = cpu;
        if (disks)
            this.disks = disks;
        if (net)
            this.net = net;
        return sample;
    }
    /** The job's share from its cgroup's counters: CPU as % of its CPUs, working set, throttling, OOM kills. */
    jobFields(sample, usage, job) {
        const before = this.jobUsage;
        if (usage.workingSetBytes !== undefined)
            sample.jobMem = usage.workingSetBytes;
        if (usage.oomKills !== undefined)
            sample.jobOomKills = usage.oomKills;
        if (before && sample.dt > 0) {
            const used = delta(before.cpuUsageUsec, usage.cpuUsageUsec);
            if (used !== undefined)
                sample.jobCpu = round1(Math.min(100, (used / 1000 / sample.dt / job.cpus) * 100));
            const throttled = delta(before.throttledUsec, usage.throttledUsec);
            if (throttled !== undefined)
                sample.jobThrottledMs = Math.round(throttled / 1000);
            const periods = delta(before.throttledPeriods, usage.throttledPeriods);
            if (periods !== undefined)
                sample.jobThrottledPeriods = periods;
        }
        this.jobUsage = usage;
    }
    /**
     * Top processes by CPU since the previous look, as a share of one core. Only changed stat
     * lines are parsed: an unchanged line used no CPU in between.
     */
    topProcesses(look, cpu) {
        const cpuTotal = cpu?.all.total;
        // Jiffies of one core over the interval, from the same clock as the process counters.
        const coreTicks = this.processCpuTotal === undefined || cpuTotal === undefined ? 0 : (cpuTotal - this.processCpuTotal) / (cpu.cores.length || 1);
        // A process started since the previous look has no earlier reading: its whole life is the interval.
        const uptime = (0,procfs/* parseUptime */.Yr)(look.uptime);
        const nowTicks = uptime === undefined ? undefined : uptime * procfs/* USER_HZ */.Lh;
        const lines = new Map();
        const ticks = new Map();
        const found = [];
        for (const pid of look.pids) {
            const changed = look.changed.get(pid);
            const line = changed ?? this.statLines.get(pid);
            if (line === undefined)
                continue;
            lines.set(pid, line);
            if (changed === undefined) {
                const before = this.processTicks.get(pid);
                if (before !== undefined)
                    ticks.set(pid, before);
                continue;
            }
            const stat = (0,procfs/* parsePidStat */.Jf)(changed);
            if (!stat)
                continue;
            ticks.set(pid, { ticks: stat.cpuTicks, start: stat.startTicks });
            if (coreTicks <= 0)
                continue;
            const previous = this.processTicks.get(pid);
            // Another start time: the pid was reused, and the earlier reading was another process's.
            const before = previous?.start === stat.startTicks ? previous.ticks : undefined;
            let percent;
            if (before !== undefined)
                percent = ((stat.cpuTicks - before) / coreTicks) * 100;
            else if (nowTicks !== undefined && nowTicks - stat.startTicks < coreTicks * 1.5)
                percent = (stat.cpuTicks / Math.max(1, nowTicks - stat.startTicks)) * 100;
            else
                continue; // older than the interval yet unseen: a reused PID or a missed look, no baseline
            if (percent > 0)
                found.push([pid, stat.comm, round1(percent), stat.rssPages * this.options.pageBytes]);
        }
        for (const pid of this.commandLines.keys())
            if (!lines.has(pid))
                this.commandLines.delete(pid);
        this.statLines = lines;
        this.processTicks = ticks;
        if (cpuTotal !== undefined)
            this.processCpuTotal = cpuTotal;
        const top = found.sort((a, b) => b[2] - a[2]).slice(0, this.options.topProcesses);
        for (const entry of top)
            entry[1] = commandName(this.commandLines.get(entry[0])) ?? entry[1];
        return top;
    }
    parse(source, frame, parser, onError = this.onError) {
        return parseSource(source, frame, parser, onError);
    }
}
/**
 * One recorded source through its parser. Undefined when the frame lacks it (the recorder
 * reported that) or it does not parse (reported through `onError`).
 */
function parseSource(source, frame, parser, onError) {
    const text = frame.files[source];
    if (text === undefined)
        return undefined; // not read: the recorder reported it
    try {
        const parsed = parser(text);
        if (parsed === undefined)
            throw new Error('unexpected content');
        return parsed;
    }
    catch (error) {
        onError(source, error);
        return undefined;
    }
}
/**
 * A readable name from the command line: `comm` alone says `MainThread` for Node 24 or
 * `python3` for every script. Kernel threads have no command line.
 */
function commandName(args) {
    if (!args || args.length === 0)
        return undefined;
    const program = external_node_path_default().basename(args[0]);
    const script = args.slice(1).find((arg) => !arg.startsWith('-') && !/\s/.test(arg)); // a file, not `-e` code
    const name = script && /^(node|python[\d.]*|ruby|perl|bash|sh|java|dotnet|deno|bun)$/.test(program) ? `${program} ${external_node_path_default().basename(script)}` : program;
    return name.slice(0, 60);
}
/** How much a counter grew; undefined when either reading is missing or it went back (a new cgroup). */
function delta(before, now) {
    return before === undefined || now === undefined || now < before ? undefined : now - before;
}
function round1(value) {
    return Math.round(value * 10) / 10;
}
/**
 * Bytes of a memory page. No API tells it without a native call, so it is derived from this
 * process's RSS, which `/proc/self/stat` gives in pages and `/proc/self/status` in KiB. 4096
 * when that fails (x86-64, most arm64).
 */
function detectPageBytes() {
    try {
        const pages = (0,procfs/* parsePidStat */.Jf)((0,external_node_fs_.readFileSync)('/proc/self/stat', 'utf8'))?.rssPages ?? 0;
        const kib = Number(/VmRSS:\s*(\d+)/.exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8'))?.[1]);
        if (pages > 0 && kib > 0) {
            const ratio = (kib * 1024) / pages;
            for (const size of [4096, 16384, 65536])
                if (Math.abs(ratio - size) / size < 0.25)
                    return size;
        }
    }
    catch {
        // fall through
    }
    return 4096;
}

// EXTERNAL MODULE: ./packages/core/src/system/darwin.ts
var darwin = __webpack_require__(8172);
;// CONCATENATED MODULE: ./packages/core/src/perf/darwin-sampler.ts



/** For the header: sample() reads the same first frame and reports what does not parse. */
const QUIET = () => { };
/**
 * Turns recorder-darwin.sh's frames into the samples the Linux recordings give, so the report,
 * summary, charts and thresholds are the same. What macOS does not give is left out: per-core
 * CPU, iowait and steal, and disk read/write bytes (see recorder-darwin.sh). iostat reports CPU
 * over its own interval, so even the first frame has a CPU figure; network rates, as on Linux,
 * start at the second.
 */
class DarwinFrameSampler {
    options;
    memTotalBytes = 0;
    net;
    lastTime;
    constructor(options) {
        this.options = options;
    }
    /** The header line, from the first frame (its `=sysctl` section holds memory size and CPUs). */
    header(frame, startedAt, intervalMs, workspace) {
        const sysctl = this.parse('sysctl', frame, darwin/* parseSysctl */.U0, QUIET);
        this.memTotalBytes = Number(sysctl?.get('hw.memsize') ?? 0) || 0;
        return {
            kind: 'start',
            v: 1,
            startedAt,
            intervalMs,
            cpuCount: Number(sysctl?.get('hw.ncpu') ?? 1) || 1,
            memTotalBytes: this.memTotalBytes,
            swapTotalBytes: this.parse('swapusage', frame, darwin/* parseSwapUsage */.yh, QUIET)?.totalBytes ?? 0,
            workspace,
            diskTotalBytes: this.parse('df', frame, darwin/* parseDfPortable */.pG, QUIET)?.totalBytes ?? 0,
            pageBytes: this.parse('vm_stat', frame, darwin/* parseVmStat */.Lc, QUIET)?.pageSize ?? 0,
        };
    }
    /** The sample of one frame taken at `now` (epoch ms). */
    sample(now, frame) {
        const sample = { t: now, dt: this.lastTime === undefined ? 0 : now - this.lastTime };
        this.lastTime = now;
        const cpu = this.parse('iostat', frame, darwin/* parseIostat */.g4);
        if (cpu) {
            sample.cpu = cpu.cpuBusyPercent;
            sample.load1 = cpu.load1;
        }
        const vm = this.parse('vm_stat', frame, darwin/* parseVmStat */.Lc);
        if (vm && this.memTotalBytes > 0) {
            sample.memAvail = (0,darwin/* vmStatAvailableBytes */.m4)(vm, this.memTotalBytes);
            sample.memUsed = this.memTotalBytes - sample.memAvail;
        }
        const swap = this.parse('swapusage', frame, darwin/* parseSwapUsage */.yh);
        if (swap)
            sample.swapUsed = swap.totalBytes - swap.freeBytes;
        const disk = this.parse('df', frame, darwin/* parseDfPortable */.pG);
        if (disk)
            sample.diskUsed = disk.usedBytes;
        const net = this.parse('netstat', frame, (text) => nonEmpty((0,darwin/* parseNetstatInterfaces */.Zi)(text)));
        if (net && this.net)
            [sample.rx, sample.tx] = (0,procfs/* sumDeltas */.xD)(this.net, net, darwin/* isExternalDarwinInterface */.AP, ['rx', 'tx']);
        if (net)
            this.net = net;
        const procs = this.parse('ps', frame, darwin/* parsePsBusiest */.ec);
        if (procs && this.options.topProcesses > 0)
            sample.procs = procs.slice(0, this.options.topProcesses);
        if (frame.cacheSizes)
            sample.cache = frame.cacheSizes;
        return sample;
    }
    parse(source, frame, parser, onError = this.options.onError) {
        return parseSource(source, frame, parser, onError);
    }
}
/** A netstat output without a single interface did not parse. */
function nonEmpty(map) {
    return map.size > 0 ? map : undefined;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/core/src/perf/recording.ts


const FRAME_SOURCES = new Set(['stat', 'loadavg', 'meminfo', 'diskstats', 'net/dev', 'iostat', 'vm_stat', 'swapusage', 'netstat', 'df', 'ps', 'sysctl']);
/**
 * Reads a recording line by line and hands on each complete frame at once, so a long job's
 * recording is never held in memory. Never throws: a damaged part is counted and skipped.
 */
class RecordingReader {
    handlers;
    /** Frames cut off by a kill, and lines that belong to nothing. */
    damaged = 0;
    intervalMs;
    platform = 'linux';
    frame;
    /** The multi-line record being read: its name, the rest of its `=name …` line, its lines. */
    section;
    framesSeen = 0;
    constructor(handlers) {
        this.handlers = handlers;
    }
    line(line) {
        const tag = line[0];
        if (tag === '@') {
            this.abandonFrame(); // a frame still open here never got its end mark
            const uptimeMs = Number(line.slice(1));
            if (line.length > 1 && Number.isFinite(uptimeMs))
                this.frame = { uptimeMs, files: {}, cmdlines: new Map() };
            else
                this.damaged++;
        }
        else if (tag === '.' && line === '.') {
            this.closeSection();
            if (this.frame) {
                this.framesSeen++;
                this.handlers.frame(this.frame, this.intervalMs);
            }
            else {
                this.damaged++;
            }
            this.frame = undefined;
        }
        else if (tag === '!') {
            const match = /^!(error|slowdown|stop) (\d+) (.*)$/.exec(line);
            if (match)
                this.handlers.event({ kind: match[1], uptimeMs: Number(match[2]), message: match[3] });
            else
                this.damaged++;
        }
        else if (tag === 'H' && this.framesSeen === 0 && !this.frame) {
            const [, , interval, platform] = line.split(' ');
            if (Number.isFinite(Number(interval)) && Number(interval) > 0)
                this.intervalMs = Number(interval);
            if (platform === 'darwin')
                this.platform = platform;
        }
        else if (tag === '=' && this.frame) {
            this.closeSection();
            startSection(this.frame, line.slice(1), (name, header) => (this.section = { name, header, lines: [] }));
        }
        else if (this.section) {
            this.section.lines.push(line);
        }
        else if (line !== '') {
            this.damaged++;
        }
    }
    /** The end of the recording: a frame still open was cut off. */
    end() {
        this.abandonFrame();
    }
    closeSection() {
        const { frame, section } = this;
        if (!frame || !section)
            return;
        if (FRAME_SOURCES.has(section.name))
            frame.files[section.name] = section.lines.join('\n');
        else if (section.name === 'procs')
            frame.processes = processLook(section.lines, section.header);
        else if (section.name === 'cgroup' && section.header !== '')
            (frame.cgroup ??= new Map()).set(section.header, section.lines.join('\n'));
        this.section = undefined;
    }
    abandonFrame() {
        if (this.frame)
            this.damaged++;
        this.frame = undefined;
        this.section = undefined;
    }
}
/** Feeds a recording file to `reader` in 1 MiB chunks; a missing file is an empty recording. */
function readRecordingFile(file, reader) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return reader.end();
        throw error;
    }
    try {
        const buffer = Buffer.alloc(2 ** 20);
        // Command lines may hold UTF-8 that a chunk boundary splits: the decoder carries it over.
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let rest = '';
        for (let read = (0,external_node_fs_.readSync)(fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(fd, buffer)) {
            const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
            rest = lines.pop();
            for (const line of lines)
                reader.line(line);
        }
        rest += decoder.end();
        if (rest !== '')
            reader.line(rest);
        reader.end();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Feeds a recording held in memory to `reader`, to its end. */
function recording_readRecordingText(text, reader) {
    for (const line of text.split('\n'))
        reader.line(line);
    reader.end();
}
/** Parses a whole recording held in memory (tests, small recordings). */
function parseRecording(text) {
    const recording = { frames: [], events: [], damaged: 0, platform: 'linux' };
    const reader = new RecordingReader({ frame: (frame) => recording.frames.push(frame), event: (event) => recording.events.push(event) });
    recording_readRecordingText(text, reader);
    recording.damaged = reader.damaged;
    recording.platform = reader.platform;
    if (reader.intervalMs !== undefined)
        recording.intervalMs = reader.intervalMs;
    return recording;
}
/** Handles a `=name …` line: one-line records are stored at once, multi-line ones open a section. */
function startSection(frame, header, open) {
    const space = header.indexOf(' ');
    const name = space < 0 ? header : header.slice(0, space);
    const rest = space < 0 ? '' : header.slice(space + 1);
    if (name === 'statfs') {
        const [blocks, bfree, bsize] = rest.split(' ').map(Number);
        if (Number.isFinite(blocks) && Number.isFinite(bfree) && Number.isFinite(bsize))
            frame.statfs = { blocks: blocks, bfree: bfree, bsize: bsize };
    }
    else if (name === 'cmdline') {
        const at = rest.indexOf(' ');
        const pid = Number(rest.slice(0, at));
        if (at > 0 && Number.isInteger(pid))
            frame.cmdlines.set(pid, rest.slice(at + 1).split('\x1f').filter((arg) => arg !== ''));
    }
    else if (name === 'du') {
        const at = rest.indexOf(' ');
        const bytes = Number(rest.slice(0, at));
        if (at > 0 && Number.isFinite(bytes))
            (frame.cacheSizes ??= {})[rest.slice(at + 1)] = bytes;
    }
    else {
        open(name, rest);
    }
}
function processLook(lines, uptime) {
    const [pidLine = '', ...stats] = lines;
    const pids = pidLine.split(' ').filter((p) => p !== '').map(Number).filter(Number.isInteger);
    const changed = new Map();
    for (const line of stats) {
        const pid = Number(line.slice(0, line.indexOf(' ')));
        if (Number.isInteger(pid) && pid > 0)
            changed.set(pid, line);
    }
    return { uptime, pids, changed };
}

;// CONCATENATED MODULE: ./packages/core/src/perf/replay.ts




/** At most this many parse errors per source, as the recorder does for read errors. */
const ERRORS_PER_SOURCE = 3;
/**
 * Turns a recording file into the samples log the reports are made from: each frame goes
 * through the one set of procfs parsers ({@link FrameSampler}) as it is read (the recording is never
 * held in memory), times move from uptime to epoch ms, and sources that did not parse become
 * error events beside those the recorder wrote. A missing file is an empty log.
 */
function replayRecordingFile(file, options) {
    return replay(options, (reader) => readRecordingFile(file, reader));
}
/** {@link replayRecordingFile} for a recording held in memory. */
function replayRecording(text, options) {
    return replay(options, (reader) => readRecordingText(text, reader));
}
function replay(options, feed) {
    const toEpoch = (uptimeMs) => options.clock.epochMs + (uptimeMs - options.clock.uptimeMs);
    const log = { samples: [], events: [], damagedLines: 0 };
    const errorCounts = new Map();
    let now = options.clock.epochMs;
    const onError = (source, error) => {
        const count = (errorCounts.get(source) ?? 0) + 1;
        errorCounts.set(source, count);
        if (count <= ERRORS_PER_SOURCE)
            log.events.push({ kind: 'error', t: now, message: `${source}: ${(0,errors/* describeError */.Uc)(error)}` });
    };
    // The recording's header says which recorder wrote it, and so which parsers read it.
    let sampler;
    const reader = new RecordingReader({
        frame(frame, intervalMs) {
            now = toEpoch(frame.uptimeMs);
            sampler ??=
                reader.platform === 'darwin'
                    ? new DarwinFrameSampler({ topProcesses: options.topProcesses, onError })
                    : new FrameSampler({ topProcesses: options.topProcesses, pageBytes: options.pageBytes, ...(options.job ? { job: options.job } : {}) }, onError);
            log.header ??= sampler.header(frame, now, intervalMs ?? options.intervalMs, options.workspace);
            log.samples.push(sampler.sample(now, frame));
        },
        event(event) {
            // uptime 0: written before the recorder had a clock (it could not start)
            log.events.push({ kind: event.kind, t: event.uptimeMs === 0 ? options.clock.epochMs : toEpoch(event.uptimeMs), message: event.message });
        },
    });
    feed(reader);
    log.damagedLines = reader.damaged;
    log.events.sort((a, b) => a.t - b.t);
    return log;
}

;// CONCATENATED MODULE: ./packages/core/src/perf/samples.ts
/** The JSONL form of a log (header, samples, then events), as `samples-file` holds it. */
function renderSampleLog(log) {
    const records = [...(log.header ? [log.header] : []), ...log.samples, ...log.events];
    return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
/** Parses JSONL sampler output. */
function parseSampleLog(text) {
    const log = { samples: [], events: [], damagedLines: 0 };
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            log.damagedLines++;
            continue;
        }
        if (typeof record !== 'object' || record === null) {
            log.damagedLines++;
            continue;
        }
        const kind = record.kind;
        if (kind === 'start')
            log.header = record;
        else if (kind === 'stop' || kind === 'error' || kind === 'slowdown')
            log.events.push(record);
        else if (typeof record.t === 'number')
            log.samples.push(record);
        else
            log.damagedLines++;
    }
    return log;
}

// EXTERNAL MODULE: ./packages/core/src/perf/session.ts + 2 modules
var perf_session = __webpack_require__(9441);
;// CONCATENATED MODULE: ./packages/core/src/perf/finish.ts




















/** The job summary limit is 1 MiB per step; stay far below it whatever happens. */
const SUMMARY_BUDGET = 256 * 1024;
/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_BUDGET = 60_000;
/**
 * Stops the session's sampler, replays its recording, aggregates it (with the baseline
 * comparison) and writes the report files. Claims the session first: a session is reported once,
 * so when `mode: stop` already did, this says so and returns undefined.
 */
async function collectPerfReport(session, options) {
    const { logger } = options;
    if (!(0,perf_session/* claimReport */.l8)(session)) {
        logger.info(`perf-monitor: ${session.report.reportName} was already reported by a step with mode: stop.`);
        return undefined;
    }
    const stopped = await (0,processes/* stopProcess */.g0)(session.sampler, { graceMs: 3000 });
    logger.info(stopped === 'not-running' ? 'The sampler had already ended.' : `Sampler (pid ${session.sampler.pid}) ${stopped}.`);
    const endedAt = Date.now();
    const log = replayRecordingFile(session.recording, {
        clock: session.clock,
        workspace: session.workspace,
        intervalMs: session.intervalMs,
        topProcesses: session.topProcesses,
        pageBytes: detectPageBytes(),
        ...(session.job ? { job: session.job } : {}),
    });
    (0,external_node_fs_.writeFileSync)(session.dataFile, renderSampleLog(log));
    const settings = session.report;
    const report = aggregate(log, { name: settings.reportName, thresholds: settings.thresholds, context: settings.context, endedAt });
    const steps = await (0,logging/* group */.Os)('Reading the job steps from the Actions API', () => fetchJobSteps(settings.context, options));
    if (steps.ok) {
        logger.info(`Found this job as '${(0,logging/* untrusted */.bp)(steps.jobName)}' (by ${(0,logging/* untrusted */.bp)(steps.rule)}): ${steps.steps.length} steps.`);
        report.steps = { jobName: steps.jobName, rule: steps.rule, items: stepFigures(steps.steps, log.samples, { endedAt, intervalMs: session.intervalMs, job: report.job !== undefined }) };
        report.warnings = thresholdWarnings(report, settings.thresholds, peakDuringStep(report.steps.items, log.samples, report));
    }
    else {
        report.stepsNotice = steps.notice;
        logger.info((0,logging/* untrusted */.bp)(steps.notice));
    }
    if (settings.baseline) {
        const baseline = readBaseline(settings.baseline, logger);
        if (baseline)
            report.baseline = compareWithBaseline(report, baseline, settings.baseline, settings.regressionThresholdPercent ?? config/* DEFAULT_REGRESSION_THRESHOLD */.AA);
    }
    const { context } = settings;
    const runUrl = context.repository && context.runId ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` : undefined;
    const files = writeReportFiles(session, report, log.samples, log.header);
    return { report, log, files, settings, ...(runUrl ? { runUrl } : {}) };
}
/**
 * Publishes a report: outputs, job summary, annotations (an OOM kill is an error, crossed
 * thresholds and regressions are warnings), and the optional PR comment and Pushgateway push,
 * whose failures are warnings.
 */
async function publishPerfReport(outcome, options) {
    const { report, log, files, settings, runUrl } = outcome;
    const { logger } = options;
    workflow_commands/* setOutput */.uH('report-dir', files.dir);
    workflow_commands/* setOutput */.uH('report-json', files.json);
    workflow_commands/* setOutput */.uH('report-md', files.markdown);
    workflow_commands/* setOutput */.uH('report-csv', files.csv);
    workflow_commands/* setOutput */.uH('samples-file', files.samples);
    workflow_commands/* setOutput */.uH('duration-seconds', String(Math.round(report.durationMs / 1000)));
    // Under a cgroup limit the job's own figures: CPU as % of its limit, memory as its working set.
    const cpuPeak = report.job ? report.metrics.jobCpuPercent?.peak : report.metrics.cpuPercent?.peak;
    const memoryPeak = report.job ? report.metrics.jobMemoryBytes?.peak : report.metrics.memoryUsedBytes?.peak;
    workflow_commands/* setOutput */.uH('cpu-peak', (cpuPeak ?? 0).toFixed(1));
    workflow_commands/* setOutput */.uH('memory-peak-bytes', String(Math.round(memoryPeak ?? 0)));
    workflow_commands/* setOutput */.uH('oom-kills', String(report.job?.oomKills ?? 0));
    workflow_commands/* setOutput */.uH('cpu-throttled-seconds', (report.job?.throttledSeconds ?? 0).toFixed(1));
    workflow_commands/* setOutput */.uH('warnings', String(report.warnings.length));
    workflow_commands/* setOutput */.uH('regression', String(hasRegression(report)));
    workflow_commands/* setOutput */.uH('steps-json', files.stepsJson ?? '');
    workflow_commands/* setOutput */.uH('slowest-step', slowestStep(report)?.name ?? '');
    let summary = renderReportMarkdown(report, log.samples, log.header, { charts: true, ...(runUrl ? { runUrl } : {}) });
    if (summary.length > SUMMARY_BUDGET)
        summary = renderReportMarkdown(report, log.samples, log.header, { charts: false });
    await (0,src_summary/* appendSummary */.fe)(summary);
    const oom = oomKillMessage(report);
    if (oom)
        workflow_commands/* error */.z3(oom, { title: 'perf-monitor: out of memory' });
    for (const warning of report.warnings)
        logger.warning(`perf-monitor: ${warning}`);
    for (const row of report.baseline?.rows.filter((r) => r.regression) ?? []) {
        logger.warning(`perf-monitor: ${row.measure} regressed to ${row.ratio.toFixed(2)}× the baseline.`);
    }
    for (const step of report.baseline?.steps?.filter((s) => s.regression) ?? [])
        logger.warning(`perf-monitor: ${(0,logging/* untrusted */.bp)(stepRegressionText(step))}`);
    if (settings.commentOnPr)
        await commentOnPullRequest(report, log, settings.reportName, runUrl, options);
    if (settings.pushgatewayUrl) {
        const pushed = await pushToGateway(settings.pushgatewayUrl, report);
        if (pushed.ok)
            logger.info(`Pushed the metrics to the Pushgateway (${(0,logging/* untrusted */.bp)(pushed.detail)}).`);
        else
            logger.warning(`perf-monitor: pushing to the Pushgateway failed: ${pushed.detail}.`);
    }
    logger.info(`Report: ${(0,logging/* untrusted */.bp)(files.dir)} (${report.samples} samples over ${Math.round(report.durationMs / 1000)} s).`);
}
function writeReportFiles(session, report, samples, header) {
    const dir = session.reportDir;
    const files = {
        dir,
        json: external_node_path_default().join(dir, 'perf-report.json'),
        markdown: external_node_path_default().join(dir, 'perf-report.md'),
        csv: external_node_path_default().join(dir, 'perf-samples.csv'),
        samples: session.dataFile,
    };
    (0,external_node_fs_.writeFileSync)(files.json, `${JSON.stringify(report, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)(files.markdown, renderReportMarkdown(report, samples, header, { charts: true }));
    (0,external_node_fs_.writeFileSync)(files.csv, renderCsv(samples, header));
    if (report.steps) {
        files.stepsJson = external_node_path_default().join(dir, 'perf-steps.json');
        files.stepsCsv = external_node_path_default().join(dir, 'perf-steps.csv');
        (0,external_node_fs_.writeFileSync)(files.stepsJson, `${JSON.stringify(report.steps, null, 2)}\n`);
        (0,external_node_fs_.writeFileSync)(files.stepsCsv, renderStepsCsv(report.steps.items));
    }
    return files;
}
/** The baseline report, or undefined (said why) when it is missing or not a report. */
function readBaseline(file, logger) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            logger.info(`No baseline at ${(0,logging/* untrusted */.bp)(file)} yet; nothing to compare with.`);
            return undefined;
        }
        logger.warning(`perf-monitor: cannot read the baseline ${file}: ${(0,errors/* describeError */.Uc)(error)}.`);
        return undefined;
    }
    try {
        const parsed = JSON.parse(text);
        if (isPerfReport(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    logger.warning(`perf-monitor: the baseline ${file} is not a perf-monitor report JSON (perf-report.json); no comparison.`);
    return undefined;
}
async function commentOnPullRequest(report, log, reportName, runUrl, options) {
    const { logger } = options;
    const { context } = report;
    if (context.pullRequest === undefined) {
        logger.info(`comment-on-pr: this is a ${context.eventName || 'non-PR'} event, not a pull request; no comment.`);
        return;
    }
    if (!options.token) {
        logger.warning('perf-monitor: comment-on-pr needs github-token (with pull-requests: write); no comment.');
        return;
    }
    const [owner = '', repo = ''] = context.repository.split('/');
    const marker = commentMarker(reportName);
    let body = renderReportMarkdown(report, log.samples, log.header, { charts: true, marker, ...(runUrl ? { runUrl } : {}) });
    if (body.length > COMMENT_BUDGET)
        body = renderReportMarkdown(report, log.samples, log.header, { charts: false, marker, ...(runUrl ? { runUrl } : {}) });
    const client = await (0,api/* createApiClient */.yS)({ token: options.token, apiUrl: context.apiUrl, timeoutMs: 15_000, logger });
    try {
        const outcome = await upsertComment(client, { owner, repo, issueNumber: context.pullRequest }, marker, body);
        logger.info(`${outcome.action === 'updated' ? 'Updated' : 'Created'} the report comment on pull request #${context.pullRequest}: ${(0,logging/* untrusted */.bp)(outcome.url)}`);
    }
    catch (error) {
        const failure = (0,api/* describeApiFailure */.ge)(error);
        const hint = !failure.rateLimited && (failure.status === 403 || failure.status === 404) ? ' The token needs pull-requests: write (pull requests from forks get a read-only token).' : '';
        logger.warning(`perf-monitor: could not comment on pull request #${context.pullRequest}: ${failure.text}.${hint}`);
    }
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Xr: () => (/* binding */ mermaidXyChart),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fe: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony export CHART_PALETTE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2007);


/** A GitHub-flavoured Markdown table. `align` per column: 'l' (default), 'r' or 'c'. */
function markdownTable(headers, rows, align = []) {
    const rule = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align[i] ?? 'l']);
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
function escapeCell(cell) {
    if (cell === undefined || cell === '')
        return '—';
    return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Inline code that survives backticks inside the value. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}
/**
 * The series colours, in order: a blue and an orange (told apart by people with the common
 * colour-vision deficiencies) and a purple, each dark enough for white and light enough for
 * GitHub's dark background. Mermaid's default first colour is near-white on white.
 */
const CHART_PALETTE = [
    { name: 'blue', swatch: '🟦', color: '#2f81f7' },
    { name: 'orange', swatch: '🟧', color: '#d9730d' },
    { name: 'purple', swatch: '🟪', color: '#8250df' },
];
/**
 * Renders a fenced Mermaid block with the palette set by an init directive and, when the
 * chart has several series, a line under it saying which colour is which.
 */
function mermaidXyChart(chart) {
    const quote = (text) => `"${text.replace(/"/g, "'")}"`;
    const number = (value) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
    const palette = CHART_PALETTE.map((c) => c.color).join(', ');
    const lines = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title ${quote(chart.title)}`,
        `  x-axis ${quote(chart.xTitle)} [${chart.xLabels.map(quote).join(', ')}]`,
        chart.yRange
            ? `  y-axis ${quote(chart.yLabel)} ${number(chart.yRange[0])} --> ${number(chart.yRange[1])}`
            : `  y-axis ${quote(chart.yLabel)}`,
        ...chart.series.map((series) => `  ${series.kind} [${series.values.map(number).join(', ')}]`),
        '```',
    ];
    if (chart.series.length > 1) {
        const legend = chart.series.map((series, i) => {
            const colour = CHART_PALETTE[i % CHART_PALETTE.length];
            return `${colour.swatch} ${colour.name}: ${series.name ?? `series ${i + 1}`}`;
        });
        lines.push('', `<sub>${legend.join(' · ')}</sub>`);
    }
    return lines.join('\n');
}
/**
 * Reduces a series to at most `maxPoints` values (an even number of them when it reduces):
 * each bucket gives its minimum and its maximum, in the order they occurred, so a short peak
 * or dip survives. Series of one length reduce to one length, so they can share an x axis.
 */
function downsample(values, maxPoints) {
    if (values.length <= maxPoints)
        return [...values];
    const buckets = Math.max(1, Math.floor(maxPoints / 2));
    const result = [];
    for (let i = 0; i < buckets; i++) {
        const from = Math.floor((i * values.length) / buckets);
        const to = Math.floor(((i + 1) * values.length) / buckets);
        let low = from;
        let high = from;
        for (let j = from + 1; j < to; j++) {
            if (values[j] < values[low])
                low = j;
            if (values[j] > values[high])
                high = j;
        }
        result.push(values[Math.min(low, high)], values[Math.max(low, high)]);
    }
    return result;
}
/** Appends Markdown to the job summary; does nothing outside a runner (no GITHUB_STEP_SUMMARY). */
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy(`${markdown}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
}


/***/ }),

/***/ 8172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ isExternalDarwinInterface),
/* harmony export */   Lc: () => (/* binding */ parseVmStat),
/* harmony export */   U0: () => (/* binding */ parseSysctl),
/* harmony export */   Zi: () => (/* binding */ parseNetstatInterfaces),
/* harmony export */   ec: () => (/* binding */ parsePsBusiest),
/* harmony export */   g4: () => (/* binding */ parseIostat),
/* harmony export */   m4: () => (/* binding */ vmStatAvailableBytes),
/* harmony export */   pG: () => (/* binding */ parseDfPortable),
/* harmony export */   tQ: () => (/* binding */ parsePs),
/* harmony export */   yh: () => (/* binding */ parseSwapUsage)
/* harmony export */ });
// Parsers for the macOS commands that stand in for procfs: text in, figures out, so that
// recorded outputs test them on any machine.
/** Parses `vm_stat`; undefined when the header (and so the page size) is missing. */
function parseVmStat(text) {
    const header = /page size of (\d+) bytes/.exec(text);
    if (!header)
        return undefined;
    const pages = {};
    for (const line of text.split('\n')) {
        const counter = /^"?([^":]+)"?:\s+(\d+)\.?\s*$/.exec(line.trim());
        if (counter)
            pages[counter[1]] = Number(counter[2]);
    }
    return { pageSize: Number(header[1]), pages };
}
/**
 * Memory available to new work, as macOS counts it: free, inactive, speculative and purgeable
 * pages (the kernel hands them out without paging anything out). `os.freemem()` is the free
 * pages alone, a few percent on a healthy Mac. Never more than `totalBytes`.
 */
function vmStatAvailableBytes(vm, totalBytes) {
    const count = (label) => vm.pages[label] ?? 0;
    const pages = count('Pages free') + count('Pages inactive') + count('Pages speculative') + count('Pages purgeable');
    return Math.min(totalBytes, pages * vm.pageSize);
}
/** `sysctl vm.swapusage` ("total = 2048.00M  used = 1047.25M  free = 1000.75M  (encrypted)"). */
function parseSwapUsage(text) {
    const amount = (name) => {
        const match = new RegExp(`${name}\\s*=\\s*([\\d.]+)([KMGT]?)`).exec(text);
        if (!match)
            return undefined;
        const scale = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[match[2]];
        return Math.round(Number(match[1]) * scale);
    };
    const totalBytes = amount('total');
    const freeBytes = amount('free');
    return totalBytes === undefined || freeBytes === undefined ? undefined : { totalBytes, freeBytes };
}
/** Parses `ps -A -o pid=,ppid=,comm=`; lines that do not fit are skipped. */
function parsePs(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(.+?)\s*$/.exec(line);
        if (match)
            entries.push({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3] });
    }
    return entries;
}
/** `sysctl name…` output (`hw.memsize: 17179869184` lines) as name → value. */
function parseSysctl(text) {
    const values = new Map();
    for (const line of text.split('\n')) {
        const match = /^([\w.]+):\s*(.*?)\s*$/.exec(line);
        if (match)
            values.set(match[1], match[2]);
    }
    return values;
}
/**
 * The newest report of `iostat` (default columns: per disk `KB/t tps MB/s`, then `us sy id`,
 * then `1m 5m 15m`): CPU busy % (user + system) and the 1-minute load. Columns are found by the
 * header line's names, so any number of disks fits. Undefined without both header and a report.
 */
function parseIostat(text) {
    const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
    const header = lines.find((words) => words.includes('us') && words.includes('id'));
    const report = lines.findLast((words) => words.length === header?.length && words.every((word) => /^[\d.]+$/.test(word)));
    if (!header || !report)
        return undefined;
    const column = (name) => Number(report[header.indexOf(name)]);
    const busy = 100 - column('id');
    const load1 = header.includes('1m') ? column('1m') : Number.NaN;
    return Number.isFinite(busy) && Number.isFinite(load1) ? { cpuBusyPercent: busy, load1 } : undefined;
}
/**
 * `netstat -ib`: cumulative bytes in and out per interface, from its link line (`<Link#n>`; the
 * other lines of an interface repeat its counters per address). Columns are counted from the
 * right, because the Address column is empty for interfaces without a hardware address.
 */
function parseNetstatInterfaces(text) {
    const counters = new Map();
    const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
    const header = lines.find((words) => words[0] === 'Name' && words.includes('Ibytes'));
    if (!header)
        return counters;
    const fromRight = (name) => header.length - header.indexOf(name);
    for (const words of lines) {
        if (!words[2]?.startsWith('<Link#'))
            continue;
        const rx = Number(words[words.length - fromRight('Ibytes')]);
        const tx = Number(words[words.length - fromRight('Obytes')]);
        const name = words[0].replace(/\*$/, ''); // `*`: the interface is down
        if (Number.isFinite(rx) && Number.isFinite(tx) && !counters.has(name))
            counters.set(name, { rx, tx });
    }
    return counters;
}
/**
 * Interfaces whose traffic leaves the machine: not loopback, tunnels (utun: a VPN's traffic also
 * crosses the physical interface), Apple's peer-to-peer links (awdl, llw, ap), bridges (their
 * members are counted) or the 6to4/gif stubs.
 */
function isExternalDarwinInterface(name) {
    return !/^(lo|utun|awdl|llw|ap|anpi|bridge|gif|stf|vmenet)\d*$/.test(name);
}
/** `df -k -P <path>`: the filesystem's size and used bytes, from its last line. */
function parseDfPortable(text) {
    const last = text.trimEnd().split('\n').at(-1) ?? '';
    const match = /\s(\d+)\s+(\d+)\s+\d+\s+\d+%\s+\//.exec(last);
    return match ? { totalBytes: Number(match[1]) * 1024, usedBytes: Number(match[2]) * 1024 } : undefined;
}
/**
 * `ps -axro pid=,rss=,%cpu=,comm=`: [pid, program name, %CPU of one core, RSS bytes] of each
 * process using CPU, busiest first. macOS's %CPU is the kernel's decaying average (about the
 * last minute), not the share of one interval.
 */
function parsePsBusiest(text) {
    const found = [];
    for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+([\d.]+)\s+(.+?)\s*$/.exec(line);
        if (!match || Number(match[3]) <= 0)
            continue;
        const program = match[4].slice(match[4].lastIndexOf('/') + 1);
        found.push([Number(match[1]), program.slice(0, 60), Number(match[3]), Number(match[2]) * 1024]);
    }
    return found.sort((a, b) => b[2] - a[2]);
}


/***/ })

};
