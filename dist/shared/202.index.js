export const id = 202;
export const ids = [202];
export const modules = {

/***/ 5487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ abandonWork),
/* harmony export */   s: () => (/* binding */ endAbandonedWork)
/* harmony export */ });
// A library call that is given up on (a cache save past its time limit, retries against a failing
// service) keeps timers and sockets of its own; waiting for them would make the step take as long
// as if it had not been given up on. The step ends without them instead.
const pending = new Set();
/** Lets the step end without waiting for `work`; its outcome is ignored. */
function abandonWork(work) {
    const settled = work.then(() => undefined, () => undefined);
    pending.add(settled);
    void settled.then(() => pending.delete(settled));
}
/**
 * Ends the process (with the exit code set so far) when abandoned work would keep it alive, once
 * everything written to stdout has been flushed. Called when a step's work is over.
 */
async function endAbandonedWork() {
    if (pending.size === 0)
        return;
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    process.exit();
}


/***/ }),

/***/ 9441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l8: () => (/* binding */ claimReport),
  gg: () => (/* binding */ currentSession),
  Nq: () => (/* binding */ perfMonitorState),
  aw: () => (/* binding */ sessionsRoot),
  ku: () => (/* binding */ startSampling)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/processes.ts
var processes = __webpack_require__(8600);
// EXTERNAL MODULE: ./packages/core/src/state.ts
var state = __webpack_require__(6684);
// EXTERNAL MODULE: ./packages/core/src/system/cgroup-files.ts
var cgroup_files = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/core/src/system/cgroup.ts
var cgroup = __webpack_require__(9051);
// EXTERNAL MODULE: ./packages/core/src/system/node.ts
var node = __webpack_require__(7887);
;// CONCATENATED MODULE: ./packages/core/src/perf/job-limits.ts



/** Controllers whose files the report reads; PSI, pids and io are health-gate's. */
const REPORTED = new Set(['memory', 'cpu', 'cpuacct']);
/** The job's limits and the files the recorder copies each tick; undefined where nothing limits the job (the node's figures are the job's). */
function detectJobLimits(nodeMemoryBytes, options = {}) {
    const dirs = (0,cgroup_files/* locateCgroup */.p5)(options);
    if (!dirs)
        return undefined;
    const limits = (0,cgroup/* readCgroupLimits */.hm)(dirs);
    const share = (0,cgroup/* cgroupShare */.uM)(limits, { memoryBytes: nodeMemoryBytes, cpus: (0,node/* nodeCpus */.O)() });
    if (!share.limited)
        return undefined;
    return {
        limits: {
            version: dirs.version,
            path: dirs.path,
            ...(share.memoryLimitBytes !== undefined ? { memoryLimitBytes: share.memoryLimitBytes } : {}),
            cpus: share.cpus,
            ...(limits.cpuQuota !== undefined ? { cpuQuota: limits.cpuQuota } : {}),
            ...(limits.cpusetCpus !== undefined ? { cpusetCpus: limits.cpusetCpus } : {}),
        },
        // Only what the report uses (memory, OOM kills, CPU time and throttling): each file is a read per tick.
        files: new Map([...(0,cgroup/* usageFiles */.jk)(dirs)].filter(([key]) => REPORTED.has(key.split(':')[0]))),
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/system/procfs.ts
var procfs = __webpack_require__(928);
;// CONCATENATED MODULE: ./packages/core/src/perf/recorder.ts





/**
 * How often the reads that cost more than a file read happen: statfs forks `stat` (`df` on
 * macOS), processes walk /proc (fork `ps` on macOS, which costs more, so less often), `du` walks
 * the caches.
 */
const STATFS_EVERY_MS = 5_000;
const PROCESSES_EVERY_MS = { linux: 2_000, darwin: 10_000 };
const CACHE_SIZE_EVERY_MS = 60_000;
/**
 * The shell each recorder runs in: on macOS the stock /bin/bash 3.2 that every Mac has, not a
 * Homebrew bash that PATH may find first, so what runs is what the script is written for.
 */
const RECORDER_SHELLS = { linux: 'bash', darwin: '/bin/bash' };
/**
 * The recorder script of a platform. ncc sees `new URL(literal, import.meta.url)` and copies the
 * file next to the bundle; from source it is the file beside this one.
 */
function recorderScript(platform = 'linux') {
    return (0,external_node_url_.fileURLToPath)(platform === 'darwin' ? new URL(/* asset import */ __webpack_require__(7527), __webpack_require__.b) : new URL(/* asset import */ __webpack_require__(3687), __webpack_require__.b));
}
/** The interval a recorder keeps: macOS's waits in iostat, which takes whole seconds only. */
function recordedIntervalMs(intervalMs, platform) {
    return platform === 'darwin' ? Math.max(1, Math.ceil(intervalMs / 1000)) * 1000 : intervalMs;
}
/** The environment the recorder reads its settings from: nothing else of the step's (inputs may hold a token). */
function recorderEnvironment(settings, platform = 'linux') {
    const intervalMs = recordedIntervalMs(settings.intervalMs, platform);
    const every = (ms) => String(Math.max(1, Math.round(ms / intervalMs)));
    return {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        LC_ALL: 'C', // byte lengths, and `.` in numbers
        RK_OUT: settings.recording,
        RK_INTERVAL_MS: String(settings.intervalMs),
        RK_WORKSPACE: settings.workspace,
        RK_STATFS_EVERY: every(STATFS_EVERY_MS),
        RK_PROCS_EVERY: settings.processes ? every(PROCESSES_EVERY_MS[platform]) : '0',
        RK_CACHE_EVERY: settings.cachePaths.length > 0 ? every(CACHE_SIZE_EVERY_MS) : '0',
        RK_CACHE_PATHS: settings.cachePaths.join('\n'),
        RK_CGROUP_FILES: [...(settings.cgroupFiles ?? [])].map(([key, file]) => `${key} ${file}`).join('\n'),
        ...(settings.watchPid ? { RK_WATCH_PID: String(settings.watchPid) } : {}),
        ...(settings.samplesPerStep ? { RK_STEP_SAMPLES: String(settings.samplesPerStep) } : {}),
        ...(settings.maxBytes ? { RK_MAX_BYTES: String(settings.maxBytes) } : {}),
        ...(settings.procRoot ? { RK_PROC: settings.procRoot } : {}),
    };
}
/** Now, on both clocks the recording is replayed with (on macOS the recorder's clock starts at 0 as it starts). */
function readClockAnchor(platform = 'linux') {
    if (platform === 'darwin')
        return { epochMs: Date.now(), uptimeMs: 0 };
    const uptime = (0,procfs/* parseUptime */.Yr)((0,external_node_fs_.readFileSync)('/proc/uptime', 'utf8'));
    if (uptime === undefined)
        throw new errors/* ExternalError */.yA('Unexpected /proc/uptime content.');
    return { epochMs: Date.now(), uptimeMs: Math.round(uptime * 1000) };
}
/**
 * Starts the detached recorder of the platform (bash, in its own process group, no stdio) and
 * returns at once.
 * Throws {@link ExternalError} when bash cannot be started.
 */
async function startRecorder(settings, options) {
    const platform = options.platform ?? 'linux';
    const script = recorderScript(platform);
    if (!(0,external_node_fs_.existsSync)(script))
        throw new errors/* ExternalError */.yA(`The sampler script is missing at ${script}; the action's dist/ is incomplete.`);
    try {
        return await (0,processes/* startDetached */.tG)(RECORDER_SHELLS[platform], [script], { env: recorderEnvironment(settings, platform), cwd: options.cwd });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new errors/* ExternalError */.yA('perf-monitor samples with bash, and there is no bash on PATH here. In a job container without it (Alpine, distroless), install it first (`apk add bash`) or drop the step from that job.');
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/perf/session.ts







function isPerfSession(value) {
    const v = value;
    return (typeof value === 'object' &&
        value !== null &&
        v.version === 2 &&
        typeof v.sampler?.pid === 'number' &&
        typeof v.dir === 'string' &&
        typeof v.recording === 'string' &&
        typeof v.clock?.uptimeMs === 'number' &&
        typeof v.dataFile === 'string' &&
        typeof v.reportDir === 'string' &&
        typeof v.report?.reportName === 'string');
}
/** main → post hand-off of the session this step started. */
const perfMonitorState = new state/* StepState */.u('perf-monitor', isPerfSession);
/** Where sessions live, under RUNNER_TEMP (emptied by the runner after each job). */
function sessionsRoot(temp) {
    return external_node_path_default().join(temp, 'runner-kit-perf-monitor');
}
/**
 * Starts the platform's detached recorder and returns at once. It watches this step's parent,
 * the job's runner process, to end with the job. cgroup limits exist on Linux only.
 */
async function startSampling(config, platform) {
    const startedAt = Date.now();
    const root = sessionsRoot(config.temp);
    const dir = external_node_path_default().join(root, `${safeName(config.reportName)}-${startedAt}-${process.pid}`);
    const reportDir = external_node_path_default().join(dir, 'report');
    (0,external_node_fs_.mkdirSync)(reportDir, { recursive: true });
    const recording = external_node_path_default().join(dir, 'recording.txt');
    const clock = readClockAnchor(platform);
    const job = platform === 'linux' ? detectJobLimits(external_node_os_default().totalmem()) : undefined;
    const sampler = await startRecorder({
        recording,
        intervalMs: config.intervalMs,
        workspace: config.workspace,
        processes: config.topProcesses > 0,
        cachePaths: config.cachePaths,
        ...(job ? { cgroupFiles: job.files } : {}),
        watchPid: process.ppid,
    }, { cwd: dir, platform });
    const session = {
        version: 2,
        sampler,
        dir,
        recording,
        dataFile: external_node_path_default().join(reportDir, 'samples.jsonl'),
        reportDir,
        intervalMs: recordedIntervalMs(config.intervalMs, platform),
        startedAt,
        clock,
        workspace: config.workspace,
        topProcesses: config.topProcesses,
        ...(job ? { job: job.limits } : {}),
        report: {
            reportName: config.reportName,
            thresholds: config.thresholds,
            ...(config.baseline ? { baseline: config.baseline } : {}),
            regressionThresholdPercent: config.regressionThresholdPercent,
            commentOnPr: config.commentOnPr,
            ...(config.pushgatewayUrl ? { pushgatewayUrl: config.pushgatewayUrl } : {}),
            context: config.context,
        },
    };
    try {
        writeJsonAtomically(external_node_path_default().join(dir, 'session.json'), session);
        // The newest session of the job, for a later `mode: stop` step (a step of its own, without our state).
        writeJsonAtomically(external_node_path_default().join(root, 'current.json'), session);
    }
    catch (error) {
        // Without its session files no step could report or stop it: never leave it running.
        await (0,processes/* stopProcess */.g0)(sampler, { graceMs: 1000 });
        throw error;
    }
    return session;
}
/** The newest session started in this job, for `mode: stop`; undefined when none was. */
function currentSession(temp) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(sessionsRoot(temp), 'current.json'), 'utf8'));
        return isPerfSession(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Claims the right to report a session, exactly once: `mode: stop` and the post step of the
 * start step both try, and only the first to create the marker file reports.
 */
function claimReport(session) {
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(external_node_path_default().join(session.dir, 'reported'), 'wx'));
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
function writeJsonAtomically(file, value) {
    const temporary = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(value));
    (0,external_node_fs_.renameSync)(temporary, file);
}
function safeName(name) {
    return name.replace(/[^\w.-]+/g, '_').slice(0, 60);
}


/***/ }),

/***/ 7014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ publishPerfMonitor),
/* harmony export */   HZ: () => (/* binding */ runPerfMonitor),
/* harmony export */   W2: () => (/* binding */ readPerfMonitorPostConfig),
/* harmony export */   pK: () => (/* binding */ publishPerfMonitorPost),
/* harmony export */   tP: () => (/* binding */ runPerfMonitorPost)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2007);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8643);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6496);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5294);
/* harmony import */ var _system_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1146);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9441);






/**
 * The recorder of this platform (recorder.sh reads /proc, recorder-darwin.sh macOS's commands),
 * or why there is none. A matrix with Windows legs must not fail on them, so they get a notice
 * and no report (README: why not typeperf).
 */
function recorderPlatform(platform) {
    if (platform === 'linux' || platform === 'darwin')
        return { recorder: platform };
    return { unsupported: `perf-monitor records Linux and macOS runners only; this ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .osName */ .w)(platform)} runner is not measured (no report, no outputs) and the step succeeds.` };
}
/**
 * perf-monitor's main step. `mode: start` starts the detached recorder and returns at once;
 * `mode: stop` stops the job's newest session and reports it now (its post step then only
 * says so), so a later step can upload the report.
 */
async function runPerfMonitor(config, deps) {
    const platform = recorderPlatform(deps.platform ?? process.platform);
    if ('unsupported' in platform)
        return { kind: 'nothing', warn: false, notice: true, why: platform.unsupported };
    if (config.mode === 'start') {
        const where = { path: (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionsRoot */ .aw)(config.temp), remedy: "free space in the runner's temp directory (RUNNER_TEMP, _work/_temp) or give the runner a larger disk" };
        return { kind: 'started', session: await (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withSystemErrors */ .L)({ ...where, doing: 'starting the sampler (its recording and session files)' }, () => (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .startSampling */ .ku)(config, platform.recorder)) };
    }
    const session = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .currentSession */ .gg)(config.temp);
    if (!session)
        return { kind: 'nothing', warn: true, why: 'perf-monitor: mode: stop found no sampler started earlier in this job (add a perf-monitor step with mode: start before it); nothing to report.' };
    return reported(await collectReport(session, config.token, deps.logger));
}
/** Outputs and state of main: the session for post, or the report of `mode: stop`. */
async function publishPerfMonitor(config, outcome, deps) {
    if (outcome.kind === 'started') {
        const { session } = outcome;
        _session_js__WEBPACK_IMPORTED_MODULE_1__/* .perfMonitorState */ .Nq.save(session);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('report-dir', session.reportDir);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('samples-file', session.dataFile);
        deps.logger.info(`Sampling every ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(session.intervalMs)} (pid ${session.sampler.pid}) into ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_5__/* .untrusted */ .bp)(session.dataFile)}; the report is written when the job ends or at mode: stop.`);
        return;
    }
    await publishOutcome(outcome, { ...(config.token ? { token: config.token } : {}), logger: deps.logger });
}
/** Reads post's typed state and its one input. */
function readPerfMonitorPostConfig(inputs) {
    const session = _session_js__WEBPACK_IMPORTED_MODULE_1__/* .perfMonitorState */ .Nq.load();
    const token = inputs.secret('github-token', { required: false });
    return { ...(session ? { session } : {}), ...(token ? { token } : {}) };
}
/** perf-monitor's post step: reports the session main started; without one there is nothing to do, and that is not a failure. */
async function runPerfMonitorPost(config, deps) {
    // Main said so already, as a notice.
    if ('unsupported' in recorderPlatform(deps.platform ?? process.platform))
        return { kind: 'nothing', warn: false, why: 'perf-monitor: nothing was recorded on this runner (Linux and macOS only).' };
    if (!config.session)
        return { kind: 'nothing', warn: false, why: 'perf-monitor: this step started no sampler (main failed, was skipped, or ran with mode: stop); nothing to report.' };
    return reported(await collectReport(config.session, config.token, deps.logger));
}
/** Publishes what post made. */
async function publishPerfMonitorPost(config, outcome, deps) {
    await publishOutcome(outcome, { ...(config.token ? { token: config.token } : {}), logger: deps.logger });
}
/** Collects the report; a full or read-only disk under the report files is said as such. */
function collectReport(session, token, logger) {
    const context = { doing: 'writing the report files', path: session.reportDir, remedy: "free space in the runner's temp directory (RUNNER_TEMP, _work/_temp)" };
    return (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withSystemErrors */ .L)(context, async () => (await reporting()).collectPerfReport(session, { ...(token ? { token } : {}), logger }));
}
/**
 * The report's code (parsers, charts, baseline, PR comment: most of perf-monitor's JavaScript),
 * loaded when there is a report to make, not by `mode: start`, which only starts the recorder.
 */
const reporting = () => __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 7775));
function reported(outcome) {
    // Undefined: a `mode: stop` step reported it already, and collectPerfReport said so.
    return outcome ? { kind: 'reported', outcome } : { kind: 'nothing', warn: false, why: '' };
}
async function publishOutcome(outcome, options) {
    if (outcome.kind === 'reported')
        await (await reporting()).publishPerfReport(outcome.outcome, options);
    else if (outcome.kind === 'nothing' && outcome.notice)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .notice */ .lm(outcome.why);
    else if (outcome.kind === 'nothing' && outcome.why && outcome.warn)
        options.logger.warning(outcome.why);
    else if (outcome.kind === 'nothing' && outcome.why)
        options.logger.info(outcome.why);
}


/***/ }),

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ remaining),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/** Remaining time before `deadline`, never negative. */
function remaining(deadline) {
    return Math.max(0, deadline - performance.now());
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Polls `probe` until it returns a value, `stillAlive` turns false, or the deadline passes. Pauses
 * are tens of ms: this waits for readiness or exit, it is no sleep.
 */
async function pollUntil(probe, options) {
    let pause = options.intervalMs ?? 20;
    const maxPause = options.maxIntervalMs ?? pause;
    for (;;) {
        const value = await probe();
        if (value !== undefined)
            return { value };
        if (options.stillAlive && !options.stillAlive())
            return { died: true };
        if (remaining(options.deadline) <= 0)
            return {};
        await sleep(Math.max(1, Math.min(pause, remaining(options.deadline))));
        pause = Math.min(pause * 2, maxPause);
    }
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ groupHasLiveMembers),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   g0: () => (/* binding */ stopProcess),
/* harmony export */   tG: () => (/* binding */ startDetached)
/* harmony export */ });
/* unused harmony export processStartTicks */
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1866);
/* harmony import */ var _system_procfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(928);




function readStat(pid) {
    const text = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(`/proc/${pid}/stat`);
    return text === undefined ? undefined : (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePidStat */ .Jf)(text);
}
/** Start time of `pid` in clock ticks since boot, or undefined (gone, or no /proc). */
function processStartTicks(pid) {
    return readStat(pid)?.startTicks;
}
/**
 * Starts a process in a new process group (detached), not tied to this process's lifetime or
 * event loop, and resolves once it has been spawned (rejects when the executable is missing).
 */
async function startDetached(command, args, options = {}) {
    const child = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .childProcess */ .Qk)().spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: options.stdio ?? 'ignore', detached: true });
    await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
    });
    const pid = child.pid;
    child.unref();
    return { pid, pgid: pid, startTicks: processStartTicks(pid), command: [command, ...args].join(' ') };
}
/** True while the recorded process is alive (not a zombie) and is still the one recorded. */
function isRunning(record) {
    const stat = readStat(record.pid);
    if (stat)
        return stat.state !== 'Z' && (record.startTicks === undefined || stat.startTicks === record.startTicks);
    if (record.startTicks !== undefined)
        return false;
    return signalQuietly(record.pid, 0);
}
/** True while any live (non-zombie) member of process group `pgid` exists. */
function groupHasLiveMembers(pgid) {
    if (!signalQuietly(-pgid, 0))
        return false;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return true; // no /proc: trust kill(0), zombies included
    }
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const stat = readStat(Number(name));
        if (stat && stat.pgrp === pgid && stat.state !== 'Z')
            return true;
    }
    return false;
}
function signalQuietly(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** True once `condition` holds, false when `timeoutMs` passed first; checks back off from 5 to 50 ms. */
async function waitUntil(condition, timeoutMs) {
    const { value } = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(() => (condition() ? true : undefined), { deadline: performance.now() + timeoutMs, intervalMs: 5, maxIntervalMs: 50 });
    return value === true;
}
/**
 * Stops a process runner-kit started: SIGTERM, wait up to `graceMs`, then SIGKILL. With `group`
 * (default) the signals go to its process group, so helpers it forked stop too. Nothing is
 * signalled when the recorded PID is gone or now belongs to another process (PID reuse): the
 * group of a reused PID is someone else's.
 */
async function stopProcess(record, options = {}) {
    const graceMs = options.graceMs ?? 2000;
    const group = options.group ?? true;
    // A leader that exited (or is a zombie) may leave its group alive (a forking daemon). The group
    // id stays reserved while any member lives, so it is still ours unless the PID was reused.
    // The /proc scan for group members is needed only when the leader is gone.
    if (!isRunning(record)) {
        const stat = readStat(record.pid);
        const pidStillOurs = stat === undefined || record.startTicks === undefined || stat.startTicks === record.startTicks;
        if (!(group && pidStillOurs && groupHasLiveMembers(record.pgid)))
            return 'not-running';
    }
    const target = group ? -record.pgid : record.pid;
    const stopped = () => (group ? !groupHasLiveMembers(record.pgid) : !isRunning(record));
    signalQuietly(target, 'SIGTERM');
    if (await waitUntil(stopped, graceMs))
        return 'terminated';
    signalQuietly(target, 'SIGKILL');
    await waitUntil(stopped, 2000);
    return 'killed';
}


/***/ }),

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ StepState)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2007);

/**
 * A typed value handed from `main` to `post` through the runner's state file (`GITHUB_STATE` →
 * `STATE_<name>`). Stored as JSON under one name so a config object survives whole.
 */
class StepState {
    name;
    isValid;
    constructor(name, isValid) {
        this.name = name;
        this.isValid = isValid;
    }
    save(value) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(this.name, JSON.stringify(value));
    }
    /** The saved value, or undefined when main did not save one (it failed early or was skipped). */
    load() {
        const text = _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(this.name);
        if (text === '')
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return undefined;
        }
        return this.isValid(parsed) ? parsed : undefined;
    }
}


/***/ }),

/***/ 2155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ runPostStep),
/* harmony export */   e: () => (/* binding */ runStep)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2007);
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5487);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _system_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1146);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);





/**
 * Runs one action entry point. Anything thrown, Error or not, fails the step: a
 * ConfigurationError or ExternalError with its message only, anything else as a runner-kit bug
 * with its stack in the debug log, so users can tell "fix your input" from "report this". A
 * system error no caller explained (a full disk, say) is explained here, without the context.
 */
async function runStep(body) {
    const loadedMs = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)();
    try {
        await body();
    }
    catch (thrown) {
        // A full disk or a read-only directory that no caller explained is still not a bug.
        const error = await (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainSystemError */ .T)(thrown);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpectedError */ .BI)(error)) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`runner-kit failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__/* .endAbandonedWork */ .s)();
    }
}
/** Start-up (Node and the bundle, from the process's start) and work, for anyone timing a step. */
function reportTiming(loadedMs) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(`runner-kit: loaded ${Math.round(loadedMs)} ms after the process started, then worked ${Math.round((0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)() - loadedMs)} ms.`);
}
/**
 * Like {@link runStep} for a `post` step that must never fail the job (cleanup, reports):
 * problems become warnings.
 */
async function runPostStep(body) {
    const loadedMs = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)();
    try {
        await body();
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`runner-kit post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__/* .endAbandonedWork */ .s)();
    }
}


/***/ }),

/***/ 7527:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "63b026ae26c67d6189ef.sh";

/***/ }),

/***/ 3687:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "09e680f8c927f199f286.sh";

/***/ })

};
