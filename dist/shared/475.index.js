export const id = 475;
export const ids = [475];
export const modules = {

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
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);


/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
async function runCommand(command, args, options) {
    const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
    return { ...result, stdout: result.stdout.toString() };
}
/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
function logTail(file, lines = 15) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').trimEnd();
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
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a', 0o600);
}
/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
function closeAll(fds) {
    for (const fd of fds) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // already closed
        }
    }
}
/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
function runCommandBuffer(command, args, options) {
    return new Promise((resolve) => {
        (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .childProcess */ .Qk)().execFile(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
            resolve({ ok: error === null, stdout, stderr: stderr.toString() || (error ? error.message : '') });
        });
    });
}


/***/ }),

/***/ 3475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureHost: () => (/* binding */ measureHost),
  parseLoadavg: () => (/* reexport */ procfs/* parseLoadavg */.KE),
  parseMeminfo: () => (/* reexport */ procfs/* parseMeminfo */.NW)
});

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
