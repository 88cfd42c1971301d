export const id = 545;
export const ids = [545];
export const modules = {

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7307);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7276);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7014);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6496);

/** Entry point of `perf-monitor`: start the background recorder (or, with mode: stop, stop and report). */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)(async () => {
        const config = (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .readPerfMonitorConfig */ .kK)(new _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0());
        const outcome = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .runPerfMonitor */ .HZ)(config, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .publishPerfMonitor */ .H4)(config, outcome, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
    });
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


/***/ })

};
