export const id = 340;
export const ids = [340];
export const modules = {

/***/ 653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1517);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6496);

/** Post step of `setup-vosk`: the job no longer uses its models, so eviction may take them. */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runPostStep */ .U)(async () => {
        const config = (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .readSetupVoskPostConfig */ .T0)();
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .runSetupVoskPost */ ._q)(config, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .MV });
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

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ nowMs)
/* harmony export */ });
/**
 * Milliseconds since this process started, as `performance.now()` gives them, without loading
 * `perf_hooks` (about 2 ms of a step's start-up under Node 24). For timing a step's own work.
 */
function nowMs() {
    return process.uptime() * 1000;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ isExpectedError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   yA: () => (/* binding */ ExternalError)
/* harmony export */ });
/* unused harmony export isConfigurationError */
/**
 * A mistake in how the action was configured (an input, a missing file the user named, …).
 * Reported as a plain message; anything else that is thrown is treated as a bug in runner-kit.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/**
 * A failure outside both runner-kit and the user's configuration: a server that keeps failing,
 * a network that is down, a full disk. Reported as a plain message, not as a bug.
 */
class ExternalError extends Error {
    name = 'ExternalError';
}
/** True for errors that are the user's to fix rather than runner-kit's. */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** True for errors whose message alone tells the user what happened (not runner-kit bugs). */
function isExpectedError(error) {
    return error instanceof ConfigurationError || error instanceof ExternalError;
}
/** A readable message for any thrown value, Error or not. */
function describeError(error) {
    if (error instanceof Error)
        return error.message || error.name;
    // Errors from another realm (a VM context, a worker) fail instanceof but still carry a message.
    if (typeof error === 'object' && error !== null && typeof error.message === 'string' && error.message !== '') {
        return error.message;
    }
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
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

/***/ 6496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ actionsLogger),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   kS: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2007);

// Line breaks as the runner reads them (it splits on CR as well as LF) and Unicode's own.
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Other control characters (tab kept): terminal escapes could hide or rewrite what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/**
 * The one rule for text that came from outside runner-kit (inputs, paths, server bodies, archive
 * entry names, file contents) on its way into a log line: the runner treats every line that
 * starts with `::` as a workflow command, so such text must never start a line. Line breaks
 * become `⏎` and other control characters `\uXXXX`; everything else is kept as it is. Put the
 * result after a label, not at the start of a line.
 */
function untrusted(text) {
    return text.replace(LINE_BREAK, '⏎').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Logs through the runner's workflow commands: warnings become annotations. */
const actionsLogger = {
    info: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
};
/** Plain terminal output for the CLI; debug lines only with RUNNER_KIT_DEBUG=1. */
const consoleLogger = {
    info: (message) => console.log(message),
    warning: (message) => console.error(`warning: ${message}`),
    debug: (message) => {
        if (process.env['RUNNER_KIT_DEBUG'] === '1')
            console.error(`debug: ${message}`);
    },
};
/**
 * Runs `body` inside a collapsible log section and returns its result; outside a runner (the
 * CLI) the section is a plain heading.
 */
async function group(title, body) {
    if (process.env['GITHUB_ACTIONS'] === 'true')
        return _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, body);
    console.log(`── ${title}`);
    return body();
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

/***/ 1146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ withSystemErrors),
/* harmony export */   T: () => (/* binding */ explainSystemError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5294);




/** Codes of failures of this machine's filesystem or limits, never of runner-kit's logic. */
const ENVIRONMENT_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE']);
/** Codes that are the environment's fault only when the path shows it (a file where a directory should be, …). */
const PATH_CODES = new Set(['ENOTDIR', 'EISDIR', 'ENOENT']);
/** A Node system error (it names a system call and a code); duck-typed, as errors from another realm fail instanceof. */
function asSystemError(error) {
    const candidate = (typeof error === 'object' && error !== null ? error : {});
    return typeof candidate.code === 'string' && typeof candidate.syscall === 'string' ? candidate : undefined;
}
/**
 * Turns a Node system error from a filesystem call into an {@link ExternalError} that says what
 * went wrong where, what needed it, and what to do: a full disk or quota (which filesystem, how
 * much is free), a read-only or unwritable directory, a file where a directory belongs (or the
 * reverse), too many open files. Node's misleading `ENOENT … mkdir` on a read-only filesystem is
 * recognised as such. Anything else (including errors that are already expected ones, and an
 * ENOENT that no path explains) is returned unchanged, so real bugs still look like bugs.
 * Without a context (a last resort, see runStep) only the unambiguous codes are explained.
 */
async function explainSystemError(error, context) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpectedError */ .BI)(error))
        return error;
    const system = asSystemError(error);
    if (!system || (!ENVIRONMENT_CODES.has(system.code) && !(context && PATH_CODES.has(system.code))))
        return error;
    const target = system.path ?? context?.path;
    const doing = context ? ` while ${context.doing}` : '';
    const code = system.code;
    let message;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
        const where = target ? await describeFilesystem(target) : 'the filesystem';
        const what = code === 'EDQUOT' ? 'The disk quota was exceeded on' : 'No space left on';
        message = `${what} ${where}${doing}. Free some space there${context ? `, or ${context.remedy}` : ''}.`;
    }
    else if (code === 'EMFILE' || code === 'ENFILE') {
        const whose = code === 'EMFILE' ? 'this process' : 'the whole machine';
        message = `Too many open files in ${whose}${doing}${target ? ` (at ${target})` : ''}. Raise the limit for the runner (\`ulimit -n\`, or LimitNOFILE= in its systemd unit) or run fewer jobs at once on this machine.`;
    }
    else {
        const why = target ? await whyNotWritable(code, target) : undefined;
        if (why)
            message = `${why}${doing}. ${context ? capitalize(context.remedy) : 'Point the action at a writable location'}.`;
    }
    return message === undefined ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExternalError */ .yA(message, { cause: error });
}
/** Runs `body`, explaining a system error it throws (see {@link explainSystemError}). */
async function withSystemErrors(context, body) {
    try {
        return await body();
    }
    catch (error) {
        throw await explainSystemError(error, context);
    }
}
/** Why `target` could not be written, from what the path looks like now; undefined when nothing explains it. */
async function whyNotWritable(code, target) {
    const existing = await nearestExisting(target);
    if (!existing)
        return undefined;
    if (!existing.isDirectory && existing.path !== target) {
        return `${existing.path} is a file, not a directory, so ${target} cannot be created`;
    }
    if (code === 'EISDIR')
        return `${target} is a directory where a file was expected`;
    const directory = existing.isDirectory ? existing.path : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing.path);
    const denied = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(directory, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => undefined, (error) => asSystemError(error)?.code);
    if (code === 'EROFS' || denied === 'EROFS')
        return `${directory} is on a read-only filesystem (${await mountPoint(directory)})`;
    if (code === 'EACCES' || code === 'EPERM' || denied === 'EACCES' || denied === 'EPERM') {
        return `${directory} is not writable by this user (uid ${process.getuid?.() ?? '?'})`;
    }
    return undefined; // an ENOENT or ENOTDIR the path does not explain: not the environment's doing
}
/** The path itself or its nearest ancestor that exists. */
async function nearestExisting(target) {
    for (let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target);; current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current)) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(current).catch(() => undefined);
        if (info)
            return { path: current, isDirectory: info.isDirectory() };
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current) === current)
            return undefined;
    }
}
/** `the filesystem mounted at /cache (tmpfs, 0 B free of 4.0 MiB)`, as much of it as can be found out. */
async function describeFilesystem(target) {
    const existing = await nearestExisting(target);
    if (!existing)
        return `the filesystem of ${target}`;
    const mount = await mountPoint(existing.path);
    const space = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.statfs)(existing.path).catch(() => undefined);
    const type = space ? FILESYSTEM_TYPES[space.type] : undefined;
    const free = space ? `, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(space.bavail * space.bsize)} free of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(space.blocks * space.bsize)}` : '';
    return `the filesystem of ${target} (${type ? `${type}, ` : ''}${mount}${free})`;
}
/** statfs magic numbers of common Linux filesystems. */
const FILESYSTEM_TYPES = {
    0x01021994: 'tmpfs',
    0xef53: 'ext4',
    0x58465342: 'xfs',
    0x9123683e: 'btrfs',
    0x794c7630: 'overlay',
    0x6969: 'nfs',
    0x2fc12fc1: 'zfs',
};
/** `mounted at /x`: the topmost ancestor of `dir` on the same device. */
async function mountPoint(dir) {
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    const device = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(current).catch(() => undefined))?.dev;
    if (device === undefined)
        return `at ${dir}`;
    for (;;) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
        if (parent === current)
            break;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(parent).catch(() => undefined);
        if (!info || info.dev !== device)
            break;
        current = parent;
    }
    return `mounted at ${current}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 5294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jl: () => (/* binding */ spellDuration),
/* harmony export */   tQ: () => (/* binding */ formatCpus),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const SIZE_UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
const DURATION_UNITS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** Parses `1.5GB`, `512 MiB`, `2048` (bytes) into bytes; undefined when the text is not a size. */
function parseSize(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    if (!match)
        return undefined;
    const factor = SIZE_UNITS[(match[2] || 'b').toLowerCase()];
    if (factor === undefined)
        return undefined;
    return Math.round(Number(match[1]) * factor);
}
/** Parses `500ms`, `30s`, `5m`, `1h`, `1m30s`, or a bare number of seconds into milliseconds. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let match = part.exec(trimmed); match; match = part.exec(trimmed)) {
        total += Number(match[1]) * (DURATION_UNITS[match[2]] ?? 0);
        consumed = part.lastIndex;
    }
    return consumed > 0 && consumed === trimmed.length ? Math.round(total) : undefined;
}
/** Milliseconds in the form inputs take, largest units first: `600000` → `10m`, `1500` → `1s500ms`. */
function spellDuration(ms) {
    let rest = Math.round(ms);
    const parts = [];
    for (const [unit, size] of Object.entries(DURATION_UNITS).reverse()) {
        const count = Math.floor(rest / size);
        rest -= count * size;
        if (count > 0)
            parts.push(`${count}${unit}`);
    }
    return parts.join('') || '0s';
}
/** `1536` → `1.5 KiB`; binary units, as people compare them with `du -h`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (Math.abs(value) >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** `1234` → `1.23 s`, `65000` → `1m 5s`, `5400000` → `1h 30m 0s`. */
function formatDuration(ms) {
    // Each unit is chosen after rounding, so 999.6 ms is "1.00 s", never "1000 ms", and 119.7 s is "2m 0s".
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)} ms`;
    if (Math.round(ms / 10) < 6000)
        return `${(ms / 1000).toFixed(2)} s`;
    const total = Math.round(ms / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    return hours > 0 ? `${hours}h ${minutes}m ${total % 60}s` : `${minutes}m ${total % 60}s`;
}
/** A CPU count that may be a fraction (a cgroup quota): `0.5 CPU`, `1 CPU`, `2 CPUs`. */
function formatCpus(cpus) {
    const rounded = Math.round(cpus * 100) / 100;
    return `${rounded} CPU${rounded > 1 ? 's' : ''}`;
}
/** `16278177` → `16,278,177`: a count read at a glance. */
function formatCount(value) {
    return Math.round(value).toLocaleString('en-US');
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
