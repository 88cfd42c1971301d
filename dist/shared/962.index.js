export const id = 962;
export const ids = [962];
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

/***/ 6987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ openForChild),
/* harmony export */   FE: () => (/* binding */ runCommandBuffer),
/* harmony export */   S5: () => (/* binding */ closeAll),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   f_: () => (/* binding */ withLogTail)
/* harmony export */ });
/* unused harmony export logTail */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
async function runCommand(command, args, options) {
    const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
    return { ...result, stdout: result.stdout.toString() };
}
/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
function logTail(file, lines = 15) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').trimEnd();
        return text.split('\n').slice(-lines).join('\n');
    }
    catch {
        return '';
    }
}
/** `message`, followed by the tail of `logFile` when it has anything to say. */
function withLogTail(message, logFile) {
    const tail = logTail(logFile);
    return tail ? `${message}\nLast lines of ${logFile}:\n${tail}` : `${message} (${logFile} is empty)`;
}
/**
 * Opens a file for a child's stdio. The parent closes its copy right after spawning: the child
 * keeps its own descriptor, so nothing of the step holds the file open afterwards.
 */
function openForChild(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'a', 0o600);
}
/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
function closeAll(fds) {
    for (const fd of fds) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        catch {
            // already closed
        }
    }
}
/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
function runCommandBuffer(command, args, options) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
            resolve({ ok: error === null, stdout, stderr: stderr.toString() || (error ? error.message : '') });
        });
    });
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
        thresholds: readThresholds(inputs, score/* DEFAULT_THRESHOLDS */.JJ),
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

/***/ 3475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J0: () => (/* binding */ measureHost)
});

// UNUSED EXPORTS: parseLoadavg, parseMeminfo

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/headless/commands.ts
var commands = __webpack_require__(6987);
// EXTERNAL MODULE: ./packages/core/src/system/node.ts
var node = __webpack_require__(7887);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/system/cgroup-files.ts
var cgroup_files = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/core/src/system/procfs.ts
var procfs = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/system/cgroup.ts
var system_cgroup = __webpack_require__(9051);
;// CONCATENATED MODULE: ./packages/core/src/health/job-scope.ts





/** How long an OOM kill stays "recent" once runner-kit has seen the counter rise. */
const RECENT_OOM_MS = 60 * 60 * 1000;
/**
 * The job's share of this machine. Under a cgroup limit, memory is the limit and what is left of
 * it (limit − working set, or the node's available memory if that is less), and CPUs are
 * min(quota, cpuset, online CPUs); elsewhere the node's figures stand. CPU pressure comes from
 * the cgroup's `cpu.pressure` when it has its own, else from `/proc/pressure/cpu`.
 */
function measureJobScope(node, options = {}) {
    const nodeMemory = { totalBytes: node.meminfo.totalBytes, availableBytes: node.meminfo.availableBytes };
    const dirs = (0,cgroup_files/* locateCgroup */.p5)(options);
    const hostPressure = (0,system_cgroup/* parsePressure */.ni)((0,procfs/* readOptional */.T9)(external_node_path_default().join(options.procRoot ?? '/proc', 'pressure', 'cpu')));
    const hostScope = { scope: 'host', cpuCount: node.cpus.available, memory: nodeMemory, ...(hostPressure ? { cpuPressure: { someAvg10: hostPressure.someAvg10, scope: 'host' } } : {}) };
    if (!dirs)
        return hostScope;
    const snapshot = (0,system_cgroup/* readCgroup */.Pz)(dirs);
    const share = (0,system_cgroup/* cgroupShare */.uM)(snapshot.limits, { memoryBytes: node.meminfo.totalBytes, cpus: node.cpus });
    const ownPressure = dirs.dirs.pressure && dirs.dirs.pressure.length > 1 ? snapshot.usage.pressure.cpu : undefined; // length 1: the hierarchy's root, i.e. the host
    const cgroup = cgroupMeasure(snapshot, share, options);
    const cpuPressure = ownPressure ? { cpuPressure: { someAvg10: ownPressure.someAvg10, scope: 'cgroup' } } : hostScope.cpuPressure ? { cpuPressure: hostScope.cpuPressure } : {};
    if (!share.limited)
        return { ...hostScope, ...cpuPressure, cgroup };
    const limit = share.memoryLimitBytes;
    const memory = limit === undefined ? nodeMemory : { totalBytes: limit, availableBytes: Math.max(0, Math.min(limit - (snapshot.usage.workingSetBytes ?? 0), nodeMemory.availableBytes)) };
    return { scope: 'cgroup', cpuCount: cgroup.limits.effectiveCpus, memory, ...cpuPressure, cgroup };
}
function cgroupMeasure(snapshot, share, options) {
    const { usage } = snapshot;
    const optional = (key, value) => (value === undefined ? {} : { [key]: value });
    return {
        version: snapshot.version,
        path: snapshot.path,
        limits: { ...snapshot.limits, effectiveCpus: round2(share.cpus) },
        usage: {
            ...optional('memoryBytes', usage.memoryBytes),
            ...optional('workingSetBytes', usage.workingSetBytes),
            ...optional('oomKills', usage.oomKills),
            recentOomKills: recentOomKills(snapshot.path, usage.oomKills ?? 0, options),
            ...optional('pids', usage.pids),
            ...optional('throttledPeriods', usage.throttledPeriods),
            ...optional('cpuPeriods', usage.cpuPeriods),
        },
        limited: share.limited,
    };
}
/**
 * OOM kills that count as recent. The kernel's counter covers the cgroup's whole life, which for
 * a pod or a `container:` job is the job, but for a runner's systemd service can be weeks. So the
 * count is remembered per cgroup in `oomStateFile` (on self-hosted runners, in the tool cache,
 * which outlives jobs): kills are recent for {@link RECENT_OOM_MS} after the count was first seen
 * to rise. A cgroup seen for the first time with kills counts them all: when they happened is unknown.
 * Failing to read or write the file only makes every kill count.
 */
function recentOomKills(cgroupPath, count, options) {
    const file = options.oomStateFile;
    if (!file)
        return count;
    const now = options.now ?? Date.now();
    let records = {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
            records = parsed;
    }
    catch {
        // first check, or a damaged file: start afresh
    }
    const before = records[cgroupPath];
    const valid = before !== undefined && Number.isSafeInteger(before.count) && Number.isFinite(before.roseAt);
    // A count that fell belongs to a new cgroup under the same path: its kills are new too.
    const rose = !valid || count !== before.count;
    const record = rose ? { count, roseAt: count > 0 ? now : 0 } : before;
    if (rose) {
        records[cgroupPath] = record;
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            const temporary = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(records));
            (0,external_node_fs_.renameSync)(temporary, file);
        }
        catch {
            return count;
        }
    }
    return count > 0 && now - record.roseAt < RECENT_OOM_MS ? count : 0;
}
const round2 = (value) => Math.round(value * 100) / 100;

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/health/network.ts

/**
 * Asks `url` whether it is reachable: HEAD, then GET when the server refuses HEAD with 405.
 * Any status below 500 counts, as a 401 or 404 still proves DNS, TLS and the route work.
 *
 * One `AbortSignal.timeout` covers both requests, so the whole check ends within `timeoutMs`
 * (plus timer latency) even against a server that accepts the connection and never answers.
 * Never throws: failures come back as `ok: false` with an `error`.
 */
async function checkUrl(url, timeoutMs) {
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    const elapsed = () => Math.round(performance.now() - started);
    try {
        let response = await request(url, 'HEAD', signal);
        if (response.status === 405)
            response = await request(url, 'GET', signal);
        const ok = response.status < 500;
        return { url, ok, status: response.status, ms: elapsed(), ...(ok ? {} : { error: `HTTP ${response.status} ${response.statusText}`.trim() }) };
    }
    catch (error) {
        return { url, ok: false, ms: elapsed(), error: signal.aborted ? `no answer within ${timeoutMs} ms` : fetchErrorText(error) };
    }
}
/** Checks every URL at once; an empty list makes no request. */
function checkUrls(urls, timeoutMs) {
    return Promise.all(urls.map((url) => checkUrl(url, timeoutMs)));
}
async function request(url, method, signal) {
    const response = await fetch(url, { method, signal, redirect: 'follow', headers: { 'user-agent': 'runner-kit-health-gate' } });
    // Only the status matters: drop any body so a GET never downloads a page and the socket is freed.
    await response.body?.cancel().catch(() => { });
    return response;
}
/** undici reports `fetch failed` and hides the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in `cause`. */
function fetchErrorText(error) {
    const cause = error?.cause;
    return cause === undefined ? (0,errors/* describeError */.Uc)(error) : (0,errors/* describeError */.Uc)(cause);
}

// EXTERNAL MODULE: ./packages/core/src/system/darwin.ts
var darwin = __webpack_require__(8172);
// EXTERNAL MODULE: ./packages/core/src/health/runner-workers.ts
var runner_workers = __webpack_require__(4722);
;// CONCATENATED MODULE: ./packages/core/src/health/measures.ts











/**
 * Measures this machine's health: load, memory, swap, disks, running jobs, network, and the
 * job's share of it where a cgroup limits the job (see `measureJobScope`).
 *
 * Reads procfs and `statfs` directly, never `free`, `df` or `ps`: no process is spawned, so
 * without network checks it takes a few milliseconds. Network checks and disks run in parallel.
 *
 * Without procfs, see {@link measureWithoutProcfs}.
 */
async function measureHost(options) {
    const platform = options.platform ?? process.platform;
    if (platform !== 'linux')
        return measureWithoutProcfs(platform, options);
    const procRoot = options.procRoot ?? '/proc';
    // Requests and statfs calls (which can block on a network filesystem) go out first; the procfs
    // reads, synchronous because procfs answers from memory, run while they are under way.
    const pending = Promise.all([
        checkUrls(options.networkUrls, options.networkTimeoutMs),
        Promise.all(options.paths.map(measureDisk)),
    ]);
    const loadAverage = readLoadAverage(procRoot);
    const meminfo = readMemory(procRoot);
    const runnerWorkers = (0,runner_workers/* countRunnerWorkers */.H3)(procRoot);
    const cpus = (0,node/* nodeCpus */.O)();
    const job = measureJobScope({ cpus, meminfo }, { procRoot, ...pick(options, 'fsRoot', 'oomStateFile') });
    const [network, disks] = await pending;
    return {
        scope: job.scope,
        cpuCount: job.cpuCount,
        nodeCpuCount: cpus.online,
        loadAverage,
        ...(job.cpuPressure ? { cpuPressure: job.cpuPressure } : {}),
        memory: job.memory,
        nodeMemory: { totalBytes: meminfo.totalBytes, availableBytes: meminfo.availableBytes },
        ...(job.cgroup ? { cgroup: job.cgroup } : {}),
        swap: { totalBytes: meminfo.swapTotalBytes, freeBytes: meminfo.swapFreeBytes },
        disks,
        runnerWorkers,
        network,
    };
}
/**
 * macOS and Windows. Load from `os.loadavg()` (Node reads `vm.loadavg` on macOS; Windows has no
 * load average: zeros, which judge as idle), disks by `statfs` and network checks as on Linux.
 * macOS: memory available from `vm_stat` (free + inactive + speculative + purgeable pages:
 * `os.freemem()` counts free pages only and reads a few percent on a healthy Mac), swap from
 * `sysctl vm.swapusage`, runner workers from `ps`; the three commands run at once, about 10 ms.
 * A command that fails leaves memory at `os.freemem()` and swap or workers unknown.
 * Windows: `os.freemem()` (available physical memory there), swap and workers unknown.
 */
async function measureWithoutProcfs(platform, options) {
    const run = options.runCommand ?? runQuietly;
    const pending = Promise.all([checkUrls(options.networkUrls, options.networkTimeoutMs), Promise.all(options.paths.map(measureDisk))]);
    const totalBytes = external_node_os_default().totalmem();
    let availableBytes = external_node_os_default().freemem();
    let swap;
    let runnerWorkers;
    if (platform === 'darwin') {
        const [vm, swapText, ps] = await Promise.all([run('vm_stat', []), run('sysctl', ['-n', 'vm.swapusage']), run('ps', ['-A', '-o', 'pid=,ppid=,comm='])].map((call) => call.catch(() => undefined)));
        const parsedVm = vm === undefined ? undefined : (0,darwin/* parseVmStat */.Lc)(vm);
        if (parsedVm)
            availableBytes = (0,darwin/* vmStatAvailableBytes */.m4)(parsedVm, totalBytes);
        swap = swapText === undefined ? undefined : (0,darwin/* parseSwapUsage */.yh)(swapText);
        runnerWorkers = ps === undefined ? undefined : (0,runner_workers/* countRunnerWorkersInListing */.uh)((0,darwin/* parsePs */.tQ)(ps), process.pid);
    }
    const cpus = external_node_os_default().availableParallelism();
    const [one = 0, five = 0, fifteen = 0] = external_node_os_default().loadavg();
    const [network, disks] = await pending;
    const memory = { totalBytes, availableBytes };
    return {
        scope: 'host',
        cpuCount: cpus,
        nodeCpuCount: cpus,
        loadAverage: [one, five, fifteen],
        memory,
        nodeMemory: memory,
        ...(swap ? { swap } : {}),
        disks,
        ...(runnerWorkers === undefined ? {} : { runnerWorkers }),
        network,
    };
}
/** stdout of a command that must finish quickly; rejects on failure. */
async function runQuietly(file, args) {
    const result = await (0,commands/* runCommand */.d1)(file, args, { env: process.env, timeoutMs: 5000 });
    if (!result.ok)
        throw new Error(`${file} failed: ${result.stderr}`);
    return result.stdout;
}
function pick(object, ...keys) {
    return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}
function readLoadAverage(procRoot) {
    const text = (0,procfs/* readOptional */.T9)(external_node_path_default().join(procRoot, 'loadavg'));
    if (text === undefined) {
        const [one = 0, five = 0, fifteen = 0] = external_node_os_default().loadavg();
        return [one, five, fifteen];
    }
    return (0,procfs/* parseLoadavg */.KE)(text);
}
function readMemory(procRoot) {
    const text = (0,procfs/* readOptional */.T9)(external_node_path_default().join(procRoot, 'meminfo'));
    if (text === undefined)
        return { totalBytes: external_node_os_default().totalmem(), availableBytes: external_node_os_default().freemem(), swapTotalBytes: 0, swapFreeBytes: 0 };
    return (0,procfs/* parseMeminfo */.NW)(text);
}
/** `statfs` of the path; a path that is missing (or unreachable) is `exists: false`, never an error. */
async function measureDisk(target) {
    try {
        // bigint keeps blocks × block size exact; the result fits a number up to 8 PiB.
        const stats = await (0,promises_.statfs)(target, { bigint: true });
        return {
            path: target,
            exists: true,
            totalBytes: Number(stats.blocks * stats.bsize),
            freeBytes: Number(stats.bavail * stats.bsize),
            totalInodes: Number(stats.files),
            freeInodes: Number(stats.ffree),
        };
    }
    catch {
        return { path: target, exists: false, totalBytes: 0, freeBytes: 0, totalInodes: 0, freeInodes: 0 };
    }
}


/***/ }),

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ renderFindingsTable),
/* harmony export */   JF: () => (/* binding */ healthReportJson),
/* harmony export */   Jk: () => (/* binding */ publishLocalHealth),
/* harmony export */   S0: () => (/* binding */ describeMeasureScope),
/* harmony export */   kM: () => (/* binding */ publishDispatch)
/* harmony export */ });
/* unused harmony exports renderLocalHealthSummary, renderDispatchSummary */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2007);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6496);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(521);





const STATUS_ICONS = { healthy: '🟢', degraded: '🟡', unhealthy: '🔴' };
/** The local report as JSON for the `report` output and `runner-kit health --json`. */
function healthReportJson(report) {
    const { scope, cgroup } = report.measures;
    return JSON.stringify({ score: report.score, status: report.status, recommendation: report.recommendation, scope, ...(cgroup ? { cgroup } : {}), problems: report.problems, findings: report.findings, measures: report.measures });
}
/**
 * Which share of the machine the figures are, in one line: `job (cgroup v2 /kubepods/…, 1.0 GiB,
 * 0.5 CPU) on a host with 2 CPUs, 23.5 GiB` or `host (2 CPUs, 23.5 GiB)`.
 */
function describeMeasureScope(measures) {
    const host = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCpus */ .tQ)(measures.nodeCpuCount)}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(measures.nodeMemory.totalBytes)}`;
    const { cgroup } = measures;
    if (measures.scope !== 'cgroup' || !cgroup)
        return `host (${host})${cgroup ? `; cgroup v${cgroup.version} ${cgroup.path} sets no lower limit` : ''}`;
    const memory = cgroup.limits.memoryBytes === undefined ? 'no memory limit' : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(cgroup.limits.memoryBytes);
    return `job (cgroup v${cgroup.version} ${cgroup.path}: ${memory}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCpus */ .tQ)(cgroup.limits.effectiveCpus)}) on a host with ${host}`;
}
/** Sets outputs, annotates problems, writes the summary; fails the step under `fail-below`. */
async function publishLocalHealth(config, report) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('score', String(report.score));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', report.status);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('recommendation', report.recommendation);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report', healthReportJson(report));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${STATUS_ICONS[report.status]} ${report.status}: score ${report.score}/100 → ${report.recommendation}`);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Measured: ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(describeMeasureScope(report.measures))}`);
    for (const problem of report.problems)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  - ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(problem)}`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)(renderLocalHealthSummary(report));
    if (config.failBelow !== undefined && report.score < config.failBelow) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExternalError */ .yA(`Runner health score ${report.score} is below fail-below ${config.failBelow}: ${report.problems.join('; ') || 'no single problem, many small ones'}.`);
    }
    if (report.status !== 'healthy')
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Runner ${report.status} (score ${report.score}): ${report.problems.join('; ')}`, { title: 'health-gate' });
}
/**
 * Every measure, its value, threshold and penalty (the summary's table and the CLI's). Paths
 * and URLs are long: the measure names them by a number, and a line under the table says which.
 */
function renderFindingsTable(report) {
    const subjects = [];
    const rows = report.findings.map((f) => {
        let measure = f.measure;
        if (f.subject !== undefined && f.measure.endsWith(` ${f.subject}`)) {
            if (!subjects.includes(f.subject))
                subjects.push(f.subject);
            measure = `${f.measure.slice(0, -f.subject.length - 1)} [${subjects.indexOf(f.subject) + 1}]`;
        }
        return [measure, f.value, f.threshold, f.penalty ? `−${f.penalty}` : '0'];
    });
    const table = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['measure', 'value', 'threshold (warn / critical)', 'penalty'], rows, ['l', 'r', 'l', 'r']);
    if (subjects.length === 0)
        return table;
    return `${table}\n\n${subjects.map((subject, i) => `[${i + 1}] ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(subject)}`).join(' · ')}`;
}
/** The job-summary section for local mode. */
function renderLocalHealthSummary(report) {
    return [
        `### ${STATUS_ICONS[report.status]} health-gate: ${report.status}, score ${report.score}/100`,
        '',
        `Recommendation: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.recommendation)}`,
        '',
        `Measured: ${describeMeasureScope(report.measures)}`,
        '',
        renderFindingsTable(report),
        '',
    ].join('\n');
}
/** Sets the dispatch outputs and writes its summary. */
async function publishDispatch(decision) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('runs-on', decision.runsOnJson);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('use-self-hosted', String(decision.useSelfHosted));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('reason', decision.reason);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`runs-on: ${decision.runsOnJson} (${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(decision.reason)})`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)(renderDispatchSummary(decision));
}
function renderDispatchSummary(decision) {
    const lines = [
        `### ${decision.useSelfHosted ? '🏠 health-gate: self-hosted' : '☁️ health-gate: fallback'}`,
        '',
        `**runs-on** ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(decision.runsOnJson)} — ${decision.reason}`,
    ];
    if (decision.successRate)
        lines.push('', `Recent self-hosted jobs of this workflow: ${Math.round(decision.successRate.rate * 100)}% successful over ${decision.successRate.jobs}.`);
    if (decision.prometheus) {
        const { query, value, error } = decision.prometheus;
        lines.push('', `Prometheus: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(query)} → ${value === undefined ? `no answer (${error ?? 'unknown'})` : `**${value}**`}`);
    }
    if (decision.queue) {
        const { queued, idle, maxQueued, runs, error } = decision.queue;
        lines.push('', error === undefined ? `Queue: ${queued} job(s) queued for these labels in ${runs} open run(s), ${idle} idle runner(s), max-queued ${maxQueued}.` : `Queue: could not be read (${error}).`);
    }
    if (decision.runners.length) {
        lines.push('', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['runner', 'status', 'busy', 'labels'], decision.runners.map((r) => [r.name, r.status === 'online' ? '🟢 online' : '⚫ offline', r.busy ? 'busy' : 'idle', r.labels.join(', ')])));
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ countRunnerWorkers),
/* harmony export */   uh: () => (/* binding */ countRunnerWorkersInListing),
/* harmony export */   vU: () => (/* binding */ countRunnerListeners)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _system_procfs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(928);



/** The executable names a GitHub runner job worker runs as (self-contained, or hosted by `dotnet`). */
const WORKER_NAMES = new Set(['Runner.Worker', 'Runner.Worker.dll', 'Runner.Worker.exe']);
/** The runner service's own process, which holds the session with GitHub and starts workers. */
const LISTENER_NAMES = new Set(['Runner.Listener', 'Runner.Listener.dll', 'Runner.Listener.exe']);
/**
 * How many GitHub runner job workers (`Runner.Worker`, one per job being run) live under
 * `procRoot`, not counting the worker this process itself runs under: the gate's own job is
 * about to end and is not load another job has to share the machine with, and leaving it out
 * gives the same number in a step and in `runner-kit health` run by an admin.
 *
 * `comm` decides for almost every process; `cmdline` is read only for `dotnet`, which hosts the
 * worker as `dotnet …/Runner.Worker.dll` in old runner layouts. Processes that end while being
 * looked at, or whose files cannot be read, are skipped. 0 without a readable `procRoot`.
 *
 * Reads are synchronous on purpose: procfs lives in memory and answers at once, while an async
 * read per process costs a thread-pool round trip each (1500 processes: ~80 ms async, ~10 ms
 * sync).
 */
function countRunnerWorkers(procRoot) {
    return countRunnerProcesses(procRoot, WORKER_NAMES, ownAncestors(procRoot));
}
/**
 * How many runner services (`Runner.Listener`, one per registered runner running on this
 * machine) live under `procRoot`, found the same way as workers. 0 without a readable `procRoot`.
 */
function countRunnerListeners(procRoot) {
    return countRunnerProcesses(procRoot, LISTENER_NAMES, new Set());
}
function countRunnerProcesses(procRoot, executables, skip) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(procRoot);
    }
    catch {
        return 0;
    }
    return names.filter((name) => /^\d+$/.test(name) && !skip.has(Number(name)) && runsAs(procRoot, name, executables)).length;
}
function runsAs(procRoot, pid, executables) {
    const comm = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(procRoot, pid, 'comm'));
    if (comm === undefined)
        return false;
    const name = comm.trim();
    if (executables.has(name))
        return true;
    // `comm` may be cut short (a 15-byte limit); `dotnet` hosts the runner in old layouts: argv decides.
    const cut = name.length >= 14 && [...executables].some((executable) => executable.startsWith(name));
    if (name !== 'dotnet' && !cut)
        return false;
    const cmdline = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(procRoot, pid, 'cmdline'));
    // argv is NUL-separated; the runner runs as argv[0] (apphost) or argv[1] (`dotnet Runner.Worker.dll`).
    return (cmdline ?? '').split('\0').slice(0, 2).some((arg) => executables.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(arg)));
}
/** This process and its ancestors, from `<procRoot>/self/stat` up through each parent's stat. */
function ownAncestors(procRoot) {
    const pids = new Set();
    let stat = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(procRoot, 'self', 'stat'));
    // A bound, because a fake or racing tree could form a cycle.
    for (let depth = 0; stat !== undefined && depth < 64; depth++) {
        const parsed = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePidStat */ .Jf)(stat);
        if (!parsed || pids.has(parsed.pid))
            break;
        pids.add(parsed.pid);
        if (parsed.ppid <= 0)
            break;
        stat = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(procRoot, String(parsed.ppid), 'stat'));
    }
    return pids;
}
/**
 * The same count from a process listing (`ps` on macOS, where there is no procfs): workers other
 * than the one `selfPid` runs under. `ps` prints the executable's path; `dotnet`-hosted workers
 * of old layouts show as `dotnet` there and are not told apart.
 */
function countRunnerWorkersInListing(entries, selfPid) {
    const parents = new Map(entries.map((entry) => [entry.pid, entry.ppid]));
    const ancestors = new Set();
    // A bound, because a listing taken while processes come and go could form a cycle.
    for (let pid = selfPid, depth = 0; pid !== undefined && pid > 0 && !ancestors.has(pid) && depth < 64; depth++) {
        ancestors.add(pid);
        pid = parents.get(pid);
    }
    return entries.filter((entry) => !ancestors.has(entry.pid) && WORKER_NAMES.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(entry.command))).length;
}


/***/ }),

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   LK: () => (/* binding */ scoreHealth)
/* harmony export */ });
/* unused harmony export thresholdPenalty */
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
