export const id = 745;
export const ids = [745];
export const modules = {

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X4: () => (/* binding */ healthyRunnersQuery),
/* harmony export */   _E: () => (/* binding */ labelSetValue)
/* harmony export */ });
/* unused harmony exports labelSetPattern, HEALTHY_RUNNERS_RULE, promqlString */
/**
 * How a runner's label set travels through Prometheus: lower-case (GitHub matches labels without
 * regard to case), sorted, without duplicates, and wrapped in commas — `,linux,self-hosted,x64,` —
 * so that "has all of these labels" is one regular expression over one label value.
 */
function labelSetValue(labels) {
    const sorted = [...new Set(labels.map((label) => label.trim().toLowerCase()).filter((label) => label !== ''))].sort();
    return sorted.length === 0 ? ',' : `,${sorted.join(',')},`;
}
/**
 * An RE2 pattern (Prometheus anchors it at both ends) matching every {@link labelSetValue} that
 * holds all of `labels`, with any other labels between them: `.*,linux,(.*,)?x64,.*`.
 */
function labelSetPattern(labels) {
    const wanted = labelSetValue(labels).split(',').filter((label) => label !== '');
    return `.*,${wanted.map(escapeRegex).join(',(.*,)?')},.*`;
}
/** The recording rule (monitoring/prometheus/runner-kit.rules.yml) counting healthy runners per label set. */
const HEALTHY_RUNNERS_RULE = 'labels:runner_kit_runners_healthy:sum';
/** The PromQL health-gate asks by default: healthy runners whose labels include all of `labels`. */
function healthyRunnersQuery(labels) {
    return `sum(${HEALTHY_RUNNERS_RULE}{labels=~${promqlString(labelSetPattern(labels))}})`;
}
/** A PromQL double-quoted string literal (Go escaping rules) of `text`. */
function promqlString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}


/***/ }),

/***/ 5745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uC: () => (/* binding */ DEFAULT_NETWORK_CHECK),
  uf: () => (/* binding */ readHealthGateConfig),
  K9: () => (/* binding */ readLocalConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fleet/label-set.ts
var label_set = __webpack_require__(4613);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var src_runner = __webpack_require__(8643);
// EXTERNAL MODULE: ./packages/core/src/health/score.ts
var score = __webpack_require__(6238);
;// CONCATENATED MODULE: ./packages/core/src/health/thresholds.ts

/**
 * Merges input `thresholds`, a JSON override such as `{"loadPerCore": {"warn": 1.5}, "network": {"weight": 0}}`
 * into `defaults`. Unknown measures or fields, and non-numbers, are refused by name.
 */
function readThresholds(inputs, defaults) {
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    const parsed = inputs.json('thresholds', isObject, `a JSON object keyed by measure (${Object.keys(defaults).join(', ')}), such as {"loadPerCore": {"warn": 1.5, "critical": 3}}`);
    if (!parsed)
        return defaults;
    const merged = structuredClone(defaults);
    for (const [measure, override] of Object.entries(parsed)) {
        const current = merged[measure];
        if (!current)
            throw new errors/* ConfigurationError */.j1(`Input 'thresholds' has the unknown measure '${measure}'; expected one of ${Object.keys(defaults).join(', ')}.`);
        if (typeof override !== 'object' || override === null || Array.isArray(override)) {
            throw new errors/* ConfigurationError */.j1(`Input 'thresholds': '${measure}' must be an object of ${Object.keys(current).join(', ')}.`);
        }
        for (const [field, value] of Object.entries(override)) {
            if (!(field in current))
                throw new errors/* ConfigurationError */.j1(`Input 'thresholds': '${measure}' has no field '${field}'; expected ${Object.keys(current).join(', ')}.`);
            if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
                throw new errors/* ConfigurationError */.j1(`Input 'thresholds': '${measure}.${field}' must be a number ≥ 0.`);
            }
            current[field] = value;
        }
    }
    return merged;
}

;// CONCATENATED MODULE: ./packages/core/src/health/config.ts








const DEFAULT_NETWORK_CHECK = 'https://api.github.com';
// A gate that waits minutes for one answer holds the whole workflow up; a zero limit fails everything.
const NETWORK_TIMEOUT_RANGE = { minMs: 1, maxMs: 10 * 60_000 };
/** Reads and validates every input once. */
async function readHealthGateConfig(inputs, env = process.env) {
    const mode = inputs.enumeration('mode', ['local', 'dispatch'], 'local');
    return mode === 'local' ? readLocalConfig(inputs, env) : { mode, dispatch: await readDispatchConfig(inputs, env) };
}
/** The local-mode settings; the CLI builds them from its flags through the same code. */
function readLocalConfig(inputs, env = process.env) {
    const runner = (0,src_runner/* detectRunner */.q)(env);
    const cachePaths = inputs.lines('cache-paths');
    const networkUrls = inputs.list('network-check');
    for (const url of networkUrls) {
        if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) {
            throw new errors/* ConfigurationError */.j1(`Input 'network-check' has '${url}'; expected http:// or https:// URLs (comma or newline separated), or nothing to skip network checks.`);
        }
    }
    const failBelow = inputs.integer('fail-below', -1, { min: 0, max: 100 });
    return {
        mode: 'local',
        paths: [runner.workspace, ...cachePaths],
        requiredPaths: cachePaths,
        networkUrls,
        networkTimeoutMs: inputs.duration('network-timeout', 3000, NETWORK_TIMEOUT_RANGE),
        thresholds: readThresholds(inputs, score.DEFAULT_THRESHOLDS),
        ...(failBelow >= 0 ? { failBelow } : {}),
        oomStateFile: oomStateFile(env),
    };
}
/**
 * Where OOM-kill counts are remembered between checks: the runner's tool cache, which outlives
 * jobs on self-hosted runners; outside a runner (`runner-kit health` from cron) the user's state
 * directory, never a shared temporary one.
 */
function oomStateFile(env) {
    const toolCache = env['RUNNER_TOOL_CACHE'];
    if (toolCache)
        return external_node_path_default().join(toolCache, 'runner-kit', 'health', 'oom-kills.json');
    const state = env['XDG_STATE_HOME'] || external_node_path_default().join(env['HOME'] || external_node_os_default().homedir(), '.local', 'state');
    return external_node_path_default().join(state, 'runner-kit', 'oom-kills.json');
}
async function readDispatchConfig(inputs, env) {
    const [repoOwner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const scope = inputs.enumeration('scope', ['repo', 'org', 'enterprise'], 'repo');
    const enterprise = inputs.optional('enterprise');
    if (scope === 'enterprise' && !enterprise)
        throw new errors/* ConfigurationError */.j1("Input 'enterprise' is required with scope: enterprise; expected the enterprise slug.");
    const labels = inputs.list('labels');
    if (labels.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'labels' is required in dispatch mode; expected the self-hosted label set, e.g. self-hosted, linux, x64.");
    const fallbackText = inputs.optional('fallback') ?? 'ubuntu-latest';
    const minSuccessRate = inputs.number('min-success-rate', -1, { min: 0, max: 1 });
    const history = inputs.integer('history', 0, { min: 0, max: 200 });
    if (minSuccessRate >= 0 && history === 0)
        throw new errors/* ConfigurationError */.j1("Input 'min-success-rate' needs 'history' (how many recent jobs to look at), e.g. history: 20.");
    const runId = Number(env['GITHUB_RUN_ID']);
    const prometheusUrl = inputs.optional('prometheus-url');
    if (prometheusUrl !== undefined && (!/^https?:\/\/\S+$/.test(prometheusUrl) || !URL.canParse(prometheusUrl))) {
        throw new errors/* ConfigurationError */.j1(`Input 'prometheus-url' has the value '${prometheusUrl}'; expected the http:// or https:// URL of a Prometheus server, such as http://prometheus:9090.`);
    }
    const prometheusQuery = inputs.optional('prometheus-query');
    if (prometheusQuery !== undefined && prometheusUrl === undefined)
        throw new errors/* ConfigurationError */.j1("Input 'prometheus-query' needs 'prometheus-url' (the Prometheus server to ask).");
    const prometheusToken = inputs.secret('prometheus-token', { required: false });
    const maxQueued = inputs.integer('max-queued', -1, { min: 0, max: 10_000 });
    return {
        token: inputs.secret('github-token', { required: true }),
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
        timeoutMs: inputs.duration('timeout', 10_000, NETWORK_TIMEOUT_RANGE),
        ...(prometheusUrl === undefined ? {} : { prometheus: { url: prometheusUrl, query: prometheusQuery ?? (0,label_set/* healthyRunnersQuery */.X4)(labels), ...(prometheusToken ? { token: prometheusToken } : {}) } }),
        ...(maxQueued >= 0 ? { maxQueued } : {}),
    };
}
/** `ubuntu-latest`, or a JSON array of labels such as `["self-hosted","backup"]`. */
function parseFallback(text) {
    if (!text.startsWith('[')) {
        if (/[\s,]/.test(text))
            throw new errors/* ConfigurationError */.j1(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
        return text;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((l) => typeof l === 'string' && l.trim() !== '')) {
        throw new errors/* ConfigurationError */.j1(`Input 'fallback' has the value '${text}'; expected a non-empty JSON array of label strings.`);
    }
    return parsed;
}
async function readEvent(file) {
    if (!file)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_THRESHOLDS: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   scoreHealth: () => (/* binding */ scoreHealth),
/* harmony export */   thresholdPenalty: () => (/* binding */ thresholdPenalty)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);

/**
 * The defaults. A warning alone (−15) leaves a machine healthy, one critical measure (−30) or
 * two warnings make it `degraded`, two critical measures make it `unhealthy`:
 *
 * | measure | worse when | warn (−weight/2) | critical (−weight) | weight |
 * | --- | --- | ---: | ---: | ---: |
 * | `cpuPressurePercent` | higher | 20 % | 50 % | 30 |
 * | `loadPerCore` (without PSI) | higher | 1.0 | 2.0 | 30 |
 * | `memoryAvailablePercent` | lower | 20 % | 10 % | 30 |
 * | `swapUsedPercent` | higher | 50 % | 80 % | 15 |
 * | `diskFreePercent` (each path) | lower | 15 % | 5 % | 30 |
 * | `inodesFreePercent` (each path) | lower | 15 % | 5 % | 30 |
 * | `runnerWorkers` | higher | 2 | 4 | 20 |
 * | `oomKills` (recent, in the job's cgroup) | — | — | — | 30 |
 * | `missingPath` (each path) | — | — | — | 30 |
 * | `network` (each URL) | — | — | — | 30 |
 *
 * CPU pressure is judged where the kernel has it (Linux 4.20+): it is the time work actually
 * waited for a CPU, in the job's own cgroup where it has one, so it is right under a CPU quota and
 * on a pinned cpuset, where the node-wide load average is not. Without it, load per CPU of the
 * machine is judged instead. Load 1.0 per CPU means every core is busy, 2.0 that runnable work
 * waits half the time. Memory available is the job's under a cgroup memory limit (the limit less
 * the working set); a recent OOM kill in the job's cgroup is as bad as a critical measure. Swap
 * weighs less because a little swap in use is often old idle pages; low available memory is
 * what hurts now. Runner workers leave out this job's own worker, so a machine with a single
 * runner always reads 0 and 2 or more means several runners on one machine are busy at once.
 * An unreachable URL or a missing cache path counts as much as a critical measure: jobs that
 * need them fail or download everything again.
 */
const DEFAULT_THRESHOLDS = {
    loadPerCore: { warn: 1, critical: 2, weight: 30 },
    cpuPressurePercent: { warn: 20, critical: 50, weight: 30 },
    memoryAvailablePercent: { warn: 20, critical: 10, weight: 30 },
    swapUsedPercent: { warn: 50, critical: 80, weight: 15 },
    diskFreePercent: { warn: 15, critical: 5, weight: 30 },
    inodesFreePercent: { warn: 15, critical: 5, weight: 30 },
    runnerWorkers: { warn: 2, critical: 4, weight: 20 },
    oomKills: { weight: 30 },
    missingPath: { weight: 30 },
    network: { weight: 30 },
};
const RECOMMENDATIONS = {
    healthy: 'use-self-hosted',
    degraded: 'use-self-hosted-with-caution',
    unhealthy: 'use-fallback',
};
/**
 * Scores measures: `max(0, round(100 − Σ penalties))`; `healthy` at 75 or more, `degraded` at
 * 50 or more, else `unhealthy`, each with its recommendation. Findings come in the order load,
 * memory, OOM kills (under a cgroup), swap, each path (free space and inodes, or `missing`),
 * runner workers, each URL. With CPU pressure, its finding comes first and load is listed unjudged.
 */
function scoreHealth(measures, thresholds = DEFAULT_THRESHOLDS) {
    const findings = [
        ...(measures.cpuPressure ? [pressureFinding(measures.cpuPressure, thresholds.cpuPressurePercent)] : []),
        loadFinding(measures, thresholds.loadPerCore),
        memoryFinding(measures, thresholds.memoryAvailablePercent),
        ...(measures.cgroup ? [oomFinding(measures.cgroup, thresholds.oomKills.weight)] : []),
        swapFinding(measures, thresholds.swapUsedPercent),
        ...measures.disks.flatMap((disk) => diskFindings(disk, thresholds)),
        workersFinding(measures.runnerWorkers, thresholds.runnerWorkers),
        ...measures.network.map((check) => networkFinding(check, thresholds.network.weight)),
    ];
    const penalties = findings.reduce((sum, finding) => sum + finding.penalty, 0);
    // Penalties are multiples of 0.1; rounding their sum first keeps e.g. 74.5 from becoming 74.49999….
    const score = Math.max(0, Math.round(100 - round1(penalties)));
    const status = score >= 75 ? 'healthy' : score >= 50 ? 'degraded' : 'unhealthy';
    return {
        score,
        status,
        recommendation: RECOMMENDATIONS[status],
        findings,
        problems: findings.flatMap((finding) => (finding.problem ? [finding.problem] : [])),
        measures,
    };
}
/** The penalty of `value` against `threshold`; see `Threshold`. */
function thresholdPenalty(value, threshold, higherIsWorse) {
    const reaches = (limit) => (higherIsWorse ? value >= limit : value <= limit);
    if (threshold.weight <= 0 || !Number.isFinite(value))
        return 0;
    if (reaches(threshold.critical))
        return round1(threshold.weight);
    if (!reaches(threshold.warn))
        return 0;
    const fraction = (value - threshold.warn) / (threshold.critical - threshold.warn);
    return round1(threshold.weight / 2 + (threshold.weight / 2) * fraction);
}
function loadFinding(measures, threshold) {
    // The load average counts the whole machine's runnable tasks: judged against the machine's CPUs, never the job's share.
    const cpus = Math.max(1, measures.nodeCpuCount);
    const load = measures.loadAverage[0];
    const perCore = load / cpus;
    const onCpus = `on ${cpus} CPU${cpus === 1 ? '' : 's'}${measures.scope === 'cgroup' ? ' of the host' : ''}`;
    const value = `${round2(perCore)} (load ${round2(load)} ${onCpus})`;
    if (measures.cpuPressure)
        return unjudged('load per CPU (host, for reference)', value, threshold, true, '');
    return judged('load per CPU', value, perCore, threshold, true, '', (level) => `Load is ${round2(perCore)} per CPU (1-minute load ${round2(load)} ${onCpus}), ${level}.`);
}
function pressureFinding(pressure, threshold) {
    const whose = pressure.scope === 'cgroup' ? "the job's cgroup" : 'the host';
    const value = `${round1(pressure.someAvg10)}% (${whose}, last 10 s)`;
    return judged('CPU pressure', value, pressure.someAvg10, threshold, true, '%', (level) => `Work waited for a CPU ${round1(pressure.someAvg10)}% of the last 10 s in ${whose}, ${level}.`);
}
function memoryFinding(measures, threshold) {
    const { totalBytes, availableBytes } = measures.memory;
    if (totalBytes <= 0)
        return unjudged('memory available', 'unknown', threshold, false, '%');
    const percent = (availableBytes * 100) / totalBytes;
    const limited = measures.scope === 'cgroup' && totalBytes < measures.nodeMemory.totalBytes;
    const of = limited ? `of the job's ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)} limit` : `of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)}`;
    const value = `${round1(percent)}% (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(availableBytes)} ${of})`;
    return judged('memory available', value, percent, threshold, false, '%', (level) => `Only ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(availableBytes)} ${of} memory is available (${round1(percent)}%), ${level}.`);
}
function oomFinding(cgroup, weight) {
    const total = cgroup.usage.oomKills;
    const value = total === undefined ? 'unknown' : cgroup.usage.recentOomKills > 0 ? `${total}, the latest within the hour` : String(total);
    const penalty = cgroup.usage.recentOomKills > 0 ? round1(Math.max(0, weight)) : 0;
    return {
        measure: 'OOM kills in the cgroup',
        value,
        threshold: 'none within the hour',
        penalty,
        ...(penalty > 0 ? { problem: `The kernel killed ${total} process${total === 1 ? '' : 'es'} of this cgroup for lack of memory (the latest within the hour): jobs here run out of their memory limit.` } : {}),
    };
}
function swapFinding(measures, threshold) {
    if (!measures.swap)
        return unjudged('swap used', 'unknown on this OS', threshold, true, '%');
    const { totalBytes, freeBytes } = measures.swap;
    if (totalBytes <= 0)
        return unjudged('swap used', 'no swap', threshold, true, '%');
    const used = totalBytes - freeBytes;
    const percent = (used * 100) / totalBytes;
    const value = `${round1(percent)}% (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(used)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)})`;
    return judged('swap used', value, percent, threshold, true, '%', (level) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(used)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)} swap is in use (${round1(percent)}%), ${level}; the machine is short of memory.`);
}
function diskFindings(disk, thresholds) {
    if (!disk.exists) {
        const penalty = round1(Math.max(0, thresholds.missingPath.weight));
        return [{ measure: `path ${disk.path}`, subject: disk.path, value: 'missing', threshold: 'must exist', penalty, ...(penalty > 0 ? { problem: `${disk.path} does not exist.` } : {}) }];
    }
    return [spaceFinding(disk, thresholds.diskFreePercent), inodesFinding(disk, thresholds.inodesFreePercent)].map((finding) => ({ ...finding, subject: disk.path }));
}
function spaceFinding(disk, threshold) {
    const measure = `disk free ${disk.path}`;
    // Pseudo and some FUSE filesystems report no size at all: unknown, not full.
    if (disk.totalBytes <= 0)
        return unjudged(measure, 'no size reported', threshold, false, '%');
    const percent = (disk.freeBytes * 100) / disk.totalBytes;
    const amounts = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(disk.freeBytes)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(disk.totalBytes)}`;
    return judged(measure, `${round1(percent)}% (${amounts})`, percent, threshold, false, '%', (level) => `Only ${amounts} is free on the filesystem of ${disk.path} (${round1(percent)}%), ${level}.`);
}
function inodesFinding(disk, threshold) {
    const measure = `inodes free ${disk.path}`;
    // btrfs and many FUSE or network filesystems have no inode limit: nothing to run out of.
    if (disk.totalInodes <= 0)
        return unjudged(measure, 'no inode limit', threshold, false, '%');
    const percent = (disk.freeInodes * 100) / disk.totalInodes;
    const amounts = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(disk.freeInodes)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(disk.totalInodes)}`;
    return judged(measure, `${round1(percent)}% (${amounts})`, percent, threshold, false, '%', (level) => `Only ${amounts} inodes are free on the filesystem of ${disk.path} (${round1(percent)}%), ${level}.`);
}
function workersFinding(workers, threshold) {
    if (workers === undefined)
        return unjudged('other jobs running', 'not counted on this OS', threshold, true, '');
    return judged('other jobs running', String(workers), workers, threshold, true, '', (level) => `${workers} other job${workers === 1 ? ' is' : 's are'} running on this machine, ${level}.`);
}
function networkFinding(check, weight) {
    const penalty = check.ok ? 0 : round1(Math.max(0, weight));
    const value = check.ok ? `HTTP ${check.status} in ${check.ms} ms` : `unreachable: ${check.error ?? `HTTP ${check.status}`} (${check.ms} ms)`;
    return {
        measure: `network ${check.url}`,
        subject: check.url,
        value,
        threshold: 'any status < 500',
        penalty,
        ...(penalty > 0 ? { problem: `${check.url} is unreachable: ${check.error ?? `HTTP ${check.status}`}.` } : {}),
    };
}
/** A finding scored against its threshold; `problem` gets the level reached as text. */
function judged(measure, value, amount, threshold, higherIsWorse, unit, problem) {
    const penalty = thresholdPenalty(amount, threshold, higherIsWorse);
    const text = thresholdText(threshold, higherIsWorse, unit);
    if (penalty === 0)
        return { measure, value, threshold: text, penalty };
    const critical = penalty >= round1(threshold.weight);
    const level = critical ? `critical (${higherIsWorse ? '≥' : '≤'} ${threshold.critical}${unit})` : `warning (${higherIsWorse ? '≥' : '≤'} ${threshold.warn}${unit})`;
    return { measure, value, threshold: text, penalty, problem: problem(level) };
}
/** A measure that cannot be judged here (no swap, no inode limit): listed, never penalised. */
function unjudged(measure, value, threshold, higherIsWorse, unit) {
    return { measure, value, threshold: thresholdText(threshold, higherIsWorse, unit), penalty: 0 };
}
function thresholdText(threshold, higherIsWorse, unit) {
    const sign = higherIsWorse ? '≥' : '≤';
    return `warn ${sign} ${threshold.warn}${unit}, critical ${sign} ${threshold.critical}${unit}`;
}
const round1 = (value) => Math.round(value * 10) / 10;
const round2 = (value) => Math.round(value * 100) / 100;


/***/ })

};
