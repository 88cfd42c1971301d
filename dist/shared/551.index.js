export const id = 551;
export const ids = [551];
export const modules = {

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2873);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7276);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9504);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6496);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3773);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9773);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1517);


/** Entry point of `setup-vosk` (and its alias `setup-vosk-cached`). */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .runStep */ .e)(async () => {
        const config = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .readSetupVoskConfig */ .V)(new _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0());
        const result = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .runSetupVosk */ .K)(config, {
            logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_5__/* .actionsLogger */ .MV,
            // The runner's job worker is this step's parent: while it lives, the job may use the models.
            holderPid: process.ppid,
            job: process.env['GITHUB_JOB'] ?? 'job',
            lockTiming: (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_6__/* .lockTimingFromEnv */ .HW)(),
            leaseTtlMs: (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_7__/* .leaseTtlFromEnv */ .ke)(),
            // Renews the job's leases after this step ends (dist/setup-vosk/lease-keeper, next to this bundle).
            leaseKeeperScript: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(process.argv[1] ?? '.'), '..', 'lease-keeper', 'index.js'),
        });
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_8__/* .publishSetupVosk */ .IH)(config, result);
    });
}


/***/ }),

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

/***/ 1096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ childProcess),
/* harmony export */   SM: () => (/* binding */ nodeNet),
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   po: () => (/* binding */ randomBytes)
/* harmony export */ });
/* unused harmony export nodeCrypto */
// Built-in modules a step loads on first use rather than when it starts. Under Node 24 on a
// 2-core runner, loading `node:crypto` takes about 13 ms, `node:child_process` 9 ms and `node:net` 5 ms
// (test/bench/cold-start.bench.ts measures whole steps): together more than half of what a step
// costs before it works, and many paths (a rejected input, nothing to hash, a step that starts
// no process) never need them.
// Kept once loaded: a getBuiltinModule lookup costs ~2 µs, and file hashing asks once per file.
let crypto;
let child;
let net;
/** `node:crypto`, loaded on first use. */
function nodeCrypto() {
    return (crypto ??= process.getBuiltinModule('node:crypto'));
}
/** `crypto.createHash`, loading `node:crypto` on first use. */
function createHash(algorithm) {
    return nodeCrypto().createHash(algorithm);
}
/** `crypto.randomBytes`, loading `node:crypto` on first use. */
function randomBytes(size) {
    return nodeCrypto().randomBytes(size);
}
/** `node:child_process`, loaded on first use. */
function childProcess() {
    return (child ??= process.getBuiltinModule('node:child_process'));
}
/** `node:net`, loaded on first use. */
function nodeNet() {
    return (net ??= process.getBuiltinModule('node:net'));
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

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ publishSetupVosk),
/* harmony export */   T0: () => (/* binding */ readSetupVoskPostConfig),
/* harmony export */   _q: () => (/* binding */ runSetupVoskPost)
/* harmony export */ });
/* unused harmony exports setupVoskState, renderSetupVoskSummary */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2007);
/* harmony import */ var _cache_store_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(755);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6684);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(521);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5294);
/* harmony import */ var _libvosk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7537);
/* harmony import */ var _phase_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8881);







const setupVoskState = new _state_js__WEBPACK_IMPORTED_MODULE_0__/* .StepState */ .u('setup-vosk', (value) => typeof value === 'object' && value !== null && typeof value.cacheDir === 'string' && Array.isArray(value.leases));
/** The slowest path any entry took, so `source` never hides a download. */
function overallSource(entries) {
    const order = ['download', 'actions-cache', 'local-cache'];
    return order.find((source) => entries.some((e) => e.source === source)) ?? 'local-cache';
}
/** Sets outputs and environment, saves state for post, writes the job summary. */
async function publishSetupVosk(config, result) {
    const first = result.models[0];
    const modelPath = result.links[first.name] ?? first.path;
    const paths = Object.fromEntries(result.models.map((m) => [m.name, result.links[m.name] ?? m.path]));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('model-path', modelPath);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('model-paths', JSON.stringify(paths));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('cache-hit', String(result.models.every((m) => m.cacheHit)));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('source', overallSource(result.models));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('sha256', first.sha256);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('libvosk-path', result.libvosk?.path ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .exportVariable */ .dN('VOSK_MODEL_PATH', modelPath);
    if (result.libvosk) {
        for (const [name, value] of Object.entries((0,_libvosk_js__WEBPACK_IMPORTED_MODULE_2__/* .libvoskEnvironment */ .al)(result.libvosk.path)))
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .exportVariable */ .dN(name, value);
    }
    setupVoskState.save({ cacheDir: config.cacheDir, leases: result.leases });
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)(renderSetupVoskSummary(config, result));
}
const SOURCE_LABELS = {
    'local-cache': '⚡ local cache',
    'actions-cache': '📦 Actions cache',
    download: '⬇️ download',
};
/** The job-summary section: one row per model (and the library), then evictions. */
function renderSetupVoskSummary(config, result) {
    const entries = [...result.models, ...(result.libvosk ? [result.libvosk] : [])];
    const rows = entries.map((e) => [(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(e.name), SOURCE_LABELS[e.source], (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(e.bytes), (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(e.elapsedMs)]);
    // Paths are long: in a column they squeeze the sizes and times into wrapping; under the table they read whole.
    const paths = entries.map((e) => `- ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(e.name)} → ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(result.links[e.name] ?? e.path)}`);
    const lines = [
        '### 🗣️ setup-vosk',
        '',
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['model', 'source', 'size', 'time'], rows, ['l', 'l', 'r', 'r']),
        '',
        'Installed at:',
        '',
        ...paths,
        '',
        `Strategy: ${config.strategyReason}; cache: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(config.cacheDir)}; verify: ${config.verify}.`,
    ];
    lines.push(...phaseTable(entries));
    const sharing = result.sharing;
    if (sharing?.filesystem.network) {
        lines.push('', `Shared cache on ${sharing.filesystem.kind}: a silent lock holder is taken over after ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(sharing.staleMs)}; ` +
            `this job's leases are renewed while it runs and last ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(sharing.leaseTtlMs)} if it dies. Mount options that keep it safe: ${sharing.filesystem.advice}.`);
    }
    const repaired = entries.filter((e) => e.repaired.length);
    if (repaired.length) {
        lines.push('', `> [!WARNING]\n${repaired.map((e) => `> ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(e.name)} was damaged in the cache and reinstalled: ${e.repaired.join('; ')}.`).join('\n')}`);
    }
    if (result.evicted.length) {
        lines.push('', `Evicted to stay under max-cache-size: ${result.evicted.map((e) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(e.id)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(e.manifest?.totalBytes ?? 0)})`).join(', ')}.`);
    }
    return `${lines.join('\n')}\n`;
}
/** Where the time of each installed or restored entry went (a hit is one quick look, left out). */
function phaseTable(entries) {
    const installed = entries.filter((e) => e.source !== 'local-cache');
    if (!installed.length)
        return [];
    const phases = _phase_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .STEP_PHASES */ .s.filter((phase) => installed.some((e) => e.phasesMs[phase] !== undefined));
    const rows = installed.map((e) => [(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(e.name), ...phases.map((phase) => (e.phasesMs[phase] === undefined ? '–' : (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(e.phasesMs[phase])))]);
    return ['', 'Where the time went:', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['model', ...phases], rows, ['l', ...phases.map(() => 'r')])];
}
/** Reads post's typed state. */
function readSetupVoskPostConfig() {
    const state = setupVoskState.load();
    return state ? { state } : {};
}
/** post: the job no longer uses its models, so eviction may take them (the lease keeper then ends by itself); it has nothing to publish. */
async function runSetupVoskPost(config, deps) {
    const { state } = config;
    if (!state) {
        deps.logger.debug('setup-vosk post: main saved no state (it failed or was skipped); nothing to release.');
        return;
    }
    const store = new _cache_store_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalStore */ .V(state.cacheDir, deps.logger);
    for (const lease of state.leases)
        await store.release(lease);
    deps.logger.debug(`setup-vosk post: released ${state.leases.length} lease(s).`);
}


/***/ })

};
