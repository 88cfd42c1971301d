export const id = 516;
export const ids = [516];
export const modules = {

/***/ 5516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/core/src/workflow-commands.ts




/** Strings as they are; anything else as JSON; null and undefined as empty. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string')
        return input;
    return JSON.stringify(input);
}
const escapeData = (value) => toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    // As @actions/core: falsy values are left out, but a properties object with keys always adds
    // the space after the command name.
    const keys = Object.keys(properties);
    const set = keys.filter((key) => Boolean(properties[key])).map((key) => `${key}=${escapeProperty(properties[key])}`);
    process.stdout.write(`::${command}${keys.length > 0 ? ` ${set.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function annotationProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return { title: properties.title, file: properties.file, line: properties.startLine, endLine: properties.endLine, col: properties.startColumn, endColumn: properties.endColumn };
}
/** Appends to the runner's file for `command` (GITHUB_OUTPUT, …); false when the runner gave none. */
function issueFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        return false;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
    return true;
}
/** `name<<delimiter` … `delimiter`, with a delimiter the value cannot contain. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
/** An input's value (`INPUT_<NAME>`), trimmed unless asked not to. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (issueFileCommand('OUTPUT', keyValueMessage(name, value)))
        return;
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function exportVariable(name, value) {
    const converted = toCommandValue(value);
    process.env[name] = converted;
    if (issueFileCommand('ENV', keyValueMessage(name, value)))
        return;
    issueCommand('set-env', { name }, converted);
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function saveState(name, value) {
    if (issueFileCommand('STATE', keyValueMessage(name, value)))
        return;
    issueCommand('save-state', { name }, toCommandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}
/** Fails the step: exit code 1 and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Runs `body` inside a collapsible log group. */
async function group(name, body) {
    startGroup(name);
    try {
        return await body();
    }
    finally {
        endGroup();
    }
}
/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY), or replaces it with `overwrite`. */
async function writeSummary(markdown, options = {}) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (options.overwrite ? promises_.writeFile : promises_.appendFile)(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./packages/core/src/abandoned-work.ts
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
async function abandoned_work_endAbandonedWork() {
    if (pending.size === 0)
        return;
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    process.exit();
}

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
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
function errors_describeError(error) {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/units.ts
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

;// CONCATENATED MODULE: ./packages/core/src/system-errors.ts




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
    if (isExpectedError(error))
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
    return message === undefined ? error : new ExternalError(message, { cause: error });
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
    const directory = existing.isDirectory ? existing.path : external_node_path_default().dirname(existing.path);
    const denied = await (0,promises_.access)(directory, promises_.constants.W_OK).then(() => undefined, (error) => asSystemError(error)?.code);
    if (code === 'EROFS' || denied === 'EROFS')
        return `${directory} is on a read-only filesystem (${await mountPoint(directory)})`;
    if (code === 'EACCES' || code === 'EPERM' || denied === 'EACCES' || denied === 'EPERM') {
        return `${directory} is not writable by this user (uid ${process.getuid?.() ?? '?'})`;
    }
    return undefined; // an ENOENT or ENOTDIR the path does not explain: not the environment's doing
}
/** The path itself or its nearest ancestor that exists. */
async function nearestExisting(target) {
    for (let current = external_node_path_default().resolve(target);; current = external_node_path_default().dirname(current)) {
        const info = await (0,promises_.stat)(current).catch(() => undefined);
        if (info)
            return { path: current, isDirectory: info.isDirectory() };
        if (external_node_path_default().dirname(current) === current)
            return undefined;
    }
}
/** `the filesystem mounted at /cache (tmpfs, 0 B free of 4.0 MiB)`, as much of it as can be found out. */
async function describeFilesystem(target) {
    const existing = await nearestExisting(target);
    if (!existing)
        return `the filesystem of ${target}`;
    const mount = await mountPoint(existing.path);
    const space = await (0,promises_.statfs)(existing.path).catch(() => undefined);
    const type = space ? FILESYSTEM_TYPES[space.type] : undefined;
    const free = space ? `, ${formatBytes(space.bavail * space.bsize)} free of ${formatBytes(space.blocks * space.bsize)}` : '';
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
    let current = external_node_path_default().resolve(dir);
    const device = (await (0,promises_.stat)(current).catch(() => undefined))?.dev;
    if (device === undefined)
        return `at ${dir}`;
    for (;;) {
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            break;
        const info = await (0,promises_.stat)(parent).catch(() => undefined);
        if (!info || info.dev !== device)
            break;
        current = parent;
    }
    return `mounted at ${current}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./packages/core/src/step.ts




/**
 * Runs one action entry point. Anything thrown, Error or not, fails the step: a
 * ConfigurationError or ExternalError with its message only, anything else as a runner-kit bug
 * with its stack in the debug log, so users can tell "fix your input" from "report this". A
 * system error no caller explained (a full disk, say) is explained here, without the context.
 */
async function runStep(body) {
    try {
        await body();
    }
    catch (thrown) {
        // A full disk or a read-only directory that no caller explained is still not a bug.
        const error = await explainSystemError(thrown);
        if (isExpectedError(error)) {
            setFailed(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            debug(error.stack);
        setFailed(`runner-kit failed unexpectedly: ${errors_describeError(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        await abandoned_work_endAbandonedWork();
    }
}
/**
 * Like {@link runStep} for a `post` step that must never fail the job (cleanup, reports):
 * problems become warnings.
 */
async function runPostStep(body) {
    try {
        await body();
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            core.debug(error.stack);
        core.warning(`runner-kit post step: ${describeError(error)}`);
    }
    finally {
        await endAbandonedWork();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/runner.ts


const OS_NAMES = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
/** A Node platform as `runner.os` names it (`macOS` for `darwin`); unknown ones as they are. */
function osName(platform) {
    return OS_NAMES[platform] ?? platform;
}
const ARCH_NAMES = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };
/**
 * Reads the runner's environment variables, falling back to what Node reports so that the
 * same code works from the CLI on a runner machine outside any job.
 */
function detectRunner(env = process.env) {
    const declared = env['RUNNER_ENVIRONMENT']?.trim().toLowerCase();
    const environment = declared === 'self-hosted' || declared === 'github-hosted' ? declared : 'unknown';
    const temp = env['RUNNER_TEMP'] || external_node_os_default().tmpdir();
    return {
        environment,
        os: env['RUNNER_OS'] || osName(process.platform),
        arch: env['RUNNER_ARCH'] || ARCH_NAMES[process.arch] || process.arch,
        name: env['RUNNER_NAME'] || external_node_os_default().hostname(),
        workspace: external_node_path_default().resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
        temp,
        toolCache: env['RUNNER_TOOL_CACHE'] || external_node_path_default().join(temp, 'tool-cache'),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/cache-key/config.ts


const isMatrix = (value) => value === null || (typeof value === 'object' && !Array.isArray(value));
/** Reads and validates every input once; the rest of the action works on this object. */
function readCacheKeyConfig(inputs, env = process.env) {
    const prefix = inputs.required('prefix');
    if (/[\r\n]/.test(prefix))
        throw new ConfigurationError("Input 'prefix' must be a single line.");
    const perJob = inputs.boolean('per-job', false);
    const matrix = inputs.json('matrix', isMatrix, 'a JSON object, as produced by ${{ toJSON(matrix) }}');
    const job = env['GITHUB_JOB'];
    if (perJob && !job) {
        throw new ConfigurationError("Input 'per-job' is true but GITHUB_JOB is not set; per-job keys need the runner's job id.");
    }
    const runner = detectRunner(env);
    return {
        prefix,
        filePatterns: inputs.lines('files'),
        followSymbolicLinks: inputs.boolean('follow-symbolic-links', false),
        runnerLabels: inputs.list('runner-labels'),
        extra: inputs.lines('extra'),
        perJob,
        ...(perJob ? { job, matrix: matrix ?? null } : {}),
        os: runner.os,
        arch: runner.arch,
        workspace: runner.workspace,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/logging.ts

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
    info: (message) => info(message),
    warning: (message) => warning(message),
    debug: (message) => debug(message),
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
async function logging_group(title, body) {
    if (process.env['GITHUB_ACTIONS'] === 'true')
        return group(title, body);
    console.log(`── ${title}`);
    return body();
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts




/** The longest duration input: Node's timers hold at most 2^31-1 ms (about 24.8 days); 596h is under that. */
const MAX_TIMER_MS = 596 * 3_600_000;
const fromActionInputs = (name) => getInput(name, { trimWhitespace: true });
/**
 * Typed, validated access to an action's inputs. Every failure is a {@link ConfigurationError}
 * that names the input and the form it expects, so the user knows exactly what to change.
 */
class Inputs {
    source;
    constructor(source = fromActionInputs) {
        this.source = source;
    }
    /** Builds a reader over a plain record (CLI flags, tests). Missing names read as empty. */
    static fromRecord(values) {
        return new Inputs((name) => (values[name] ?? '').trim());
    }
    raw(name) {
        return this.source(name).trim();
    }
    fail(name, value, expected) {
        throw new ConfigurationError(`Input '${name}' ${value === '' ? 'is required' : `has the value '${clip(value)}'`}; expected ${expected}.`);
    }
    /** A non-empty string. */
    required(name) {
        const value = this.raw(name);
        if (value === '')
            this.fail(name, value, 'a non-empty value');
        return value;
    }
    /** A credential: masked in the log at once and never echoed in an error message. */
    secret(name, options) {
        const value = this.raw(name);
        if (value === '') {
            if (options.required)
                throw new ConfigurationError(`Input '${name}' is required; expected a token.`);
            return undefined;
        }
        setSecret(value);
        return value;
    }
    /** A string, or undefined when empty. */
    optional(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    /** `true`/`false` in the YAML 1.2 core schema spellings the runner accepts. */
    boolean(name, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        return this.fail(name, value, 'true or false');
    }
    /** A whole number within [min, max]. */
    integer(name, fallback, range = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        const parsed = /^[-+]?\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
            this.fail(name, value, `a whole number${describeRange(range)}`);
        }
        return parsed;
    }
    /** A number (fractions allowed) within [min, max]. */
    number(name, fallback, range = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const { min = -Infinity, max = Infinity } = range;
        const parsed = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
            this.fail(name, value, `a number${describeRange(range)}`);
        }
        return parsed;
    }
    /** One of a fixed set of words (compared case-insensitively, returned as declared). */
    enumeration(name, allowed, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
        return found ?? this.fail(name, value, `one of ${allowed.join(', ')}`);
    }
    /** Items separated by commas and/or newlines, trimmed, empty items dropped. */
    list(name) {
        return splitList(this.raw(name));
    }
    /** One item per line, trimmed, blank lines dropped; commas are kept (glob patterns may hold them). */
    lines(name) {
        return this.raw(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '');
    }
    /** A byte size such as `20GB`, `512MiB` or `1048576`. */
    size(name, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        return parseSize(value) ?? this.fail(name, value, 'a size such as 512MB, 20GB or 1.5GiB');
    }
    /**
     * A duration such as `30s`, `5m`, `1m30s`, `250ms` or a number of seconds, in milliseconds,
     * within [minMs, maxMs]. Every duration ends up in a timer, so maxMs is at most
     * {@link MAX_TIMER_MS} (a longer one would fire at once).
     */
    duration(name, fallback, range = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const { minMs = 0, maxMs = MAX_TIMER_MS } = range;
        const parsed = parseDuration(value);
        if (parsed === undefined || parsed < minMs || parsed > Math.min(maxMs, MAX_TIMER_MS)) {
            this.fail(name, value, `a duration from ${spellDuration(minMs)} to ${spellDuration(Math.min(maxMs, MAX_TIMER_MS))}, such as 30s, 5m, 1m30s or 250ms`);
        }
        return parsed;
    }
    /** JSON text, parsed; `check` narrows it and returns an error text for a wrong shape. */
    json(name, check, expected) {
        const value = this.raw(name);
        if (value === '')
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            return this.fail(name, value, `valid JSON (${expected})`);
        }
        return check(parsed) ? parsed : this.fail(name, value, expected);
    }
}
/** Splits on commas and newlines, trims, drops empties. */
function splitList(text) {
    return text
        .split(/[,\r\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function describeRange({ min, max }) {
    if (min !== undefined && max !== undefined)
        return ` from ${min} to ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}
function clip(value) {
    const oneLine = untrusted(value.replace(/\s*(\r\n|[\r\n])\s*/g, ' \n '));
    return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

;// CONCATENATED MODULE: ./packages/core/src/file-hash-sync.ts



// hashFiles' hasher. file-hash.ts's asynchronous one stays for large files (cache manifests,
// models), where blocking the event loop for seconds would stall the step's other work.
const CHUNK = 1024 * 1024;
/** A buffer for {@link digestFileSync}, reused across files. */
function digestBuffer() {
    return Buffer.allocUnsafe(CHUNK);
}
/**
 * SHA-256 of a file's bytes, or undefined for a directory, read synchronously into `buffer`.
 * For the thousands of small files of hashFiles: each asynchronous call is a thread-pool round
 * trip that costs more than the read itself (5× slower on 20,000 files of a loaded 2-core
 * machine), and cache-key has nothing else to do meanwhile.
 */
function digestFileSync(file, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new ConfigurationError(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
        throw error;
    }
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for (;;) {
            // A directory opens read-only and fails the read with EISDIR: no stat per file.
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
        return hash.digest();
    }
    catch (error) {
        if (error.code === 'EISDIR')
            return undefined;
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./packages/core/src/file-walk/pattern.ts


const MATCH_NONE = 0;
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = 3;
// @actions/glob's options: `**` and `*` match dot files, no braces, no extglobs, no `!`/`#`
// handling inside minimatch (the globber does negation itself), case-sensitive off Windows.
const MINIMATCH_OPTIONS = { dot: true, nobrace: true, nocase: false, nocomment: true, noext: true, nonegate: true };
/** Collapses repeated slashes (@actions/glob's `normalizeSeparators` off Windows). */
function normalizeSeparators(text) {
    return text.replace(/\/\/+/g, '/');
}
/** Normalizes slashes and drops one trailing slash, except from `/` itself. */
function trimTrailingSeparator(text) {
    const normalized = normalizeSeparators(text);
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}
/** Splits a path into segments; a rooted path's first segment is `/`. */
function pathSegments(text) {
    const trimmed = trimTrailingSeparator(text);
    if (!trimmed.startsWith('/'))
        return trimmed.split('/');
    return trimmed === '/' ? ['/'] : ['/', ...trimmed.slice(1).split('/')];
}
/** Joins segments back into a path (`/` + `a` is `/a`, not `//a`). */
function joinSegments(segments) {
    const [first = '', ...rest] = segments;
    if (rest.length === 0)
        return first;
    return first.endsWith('/') ? first + rest.join('/') : [first, ...rest].join('/');
}
/** Escapes glob characters so that a literal path (the workspace, the home directory) matches itself. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/**
 * The literal a pattern segment stands for (escapes and one-character sets resolved), or `''`
 * when the segment is a glob. Decides where the literal search path of a pattern ends.
 */
function segmentLiteral(segment) {
    let literal = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            literal += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    literal += set;
                    i = closed;
                    continue;
                }
            }
            // An unclosed or empty `[` is a literal `[`.
        }
        literal += c;
    }
    return literal;
}
function regExpEscape(text) {
    return text.replace(/[[\\^$.|?*+()]/g, '\\$&');
}
/**
 * Makes a pattern absolute as @actions/glob's `fixupPattern` does: `.` and relative patterns are
 * rooted at the (escaped) cwd, `~` at the home directory. Rejects `.` (past the first segment)
 * and `..` segments with @actions/glob's own message.
 */
function absolutePattern(pattern, roots) {
    if (!pattern)
        throw new Error('pattern cannot be empty');
    const literals = pathSegments(pattern).map(segmentLiteral);
    if (!literals.every((literal, i) => (literal !== '.' || i === 0) && literal !== '..')) {
        throw new Error(`Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    }
    const normalized = normalizeSeparators(pattern);
    let absolute;
    if (normalized === '.' || normalized.startsWith('./')) {
        absolute = globEscape(roots.cwd) + normalized.slice(1);
    }
    else if (normalized === '~' || normalized.startsWith('~/')) {
        if (!roots.homedir.startsWith('/'))
            throw new Error(`Expected HOME directory to be a rooted path. Actual '${roots.homedir}'`);
        absolute = globEscape(roots.homedir) + normalized.slice(1);
    }
    else if (normalized.startsWith('/')) {
        absolute = normalized;
    }
    else {
        const root = globEscape(roots.cwd);
        if (!root.startsWith('/'))
            throw new Error(`ensureAbsoluteRoot parameter 'root' must have an absolute root`);
        absolute = (root.endsWith('/') ? root : `${root}/`) + normalized;
    }
    return normalizeSeparators(absolute);
}
/** Leading `!`s (with blanks between them) toggle negation: `!!a` includes `a`. */
function splitNegation(line) {
    let body = line.trim();
    let negate = false;
    while (body.startsWith('!')) {
        negate = !negate;
        body = body.slice(1).trim();
    }
    return { negate, body };
}
/**
 * Parses one pattern line as `new Pattern(line)` does: leading `!`s toggle negation, relative
 * patterns are rooted at `roots.cwd`, `~` is the home directory, a trailing `/` restricts the
 * pattern to directories. Throws on `.`/`..` segments (@actions/glob's assertion messages).
 */
function parsePattern(line, roots, implicit = false) {
    const { negate, body } = splitNegation(line);
    let pattern = absolutePattern(body, roots);
    const segments = pathSegments(pattern);
    const trailingSeparator = pattern.endsWith('/');
    pattern = trimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = segments.map(segmentLiteral).filter((literal) => !foundGlob && !(foundGlob = literal === ''));
    return { negate, segments, searchPath: joinSegments(searchSegments), trailingSeparator, implicit, minimatch: new esm/* Minimatch */.VR(pattern, MINIMATCH_OPTIONS) };
}
/** The `p/**` pattern the globber adds after `p` so that a directory brings its descendants. */
function implicitDescendants(pattern, roots) {
    if (!pattern.trailingSeparator && pattern.segments.at(-1) === '**')
        return undefined;
    const text = joinSegments([...pattern.segments, '**']);
    return parsePattern(pattern.negate ? `!${text}` : text, roots, true);
}
/** The {@link MatchSubject} of an absolute path. */
function matchSubject(itemPath) {
    const normalized = normalizeSeparators(itemPath);
    const trimmed = trimTrailingSeparator(normalized);
    const trimmedParts = trimmed.split(/\/+/);
    const parts = normalized === trimmed ? trimmedParts : normalized.split(/\/+/);
    return { trimmed, trimmedParts, parts, slashedParts: normalized.endsWith('/') ? parts : [...parts, ''] };
}
/**
 * minimatch's `match()` on an already split path. With @actions/glob's options (no comment,
 * negation, matchBase or flipNegate, never an empty pattern) `match()` is exactly "one of the
 * pattern's sets matches the parts".
 */
function minimatchParts(matcher, parts) {
    return matcher.set.some((set) => matcher.matchOne(parts, set, false));
}
/** What `pattern` says about the path of `subject`. */
function matchPattern(pattern, subject) {
    let parts;
    if (pattern.segments.at(-1) === '**') {
        // minimatch does not match `/foo` with `/foo/**` but does `/foo/`: an explicit `foo/**`
        // matches the directory `foo` itself; the implicit one does not.
        parts = pattern.implicit ? subject.parts : subject.slashedParts;
    }
    else {
        parts = subject.trimmedParts;
    }
    if (!minimatchParts(pattern.minimatch, parts))
        return MATCH_NONE;
    return pattern.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
}
/** Whether something below the path of `subject` could match `pattern` (decides the descent). */
function partiallyMatches(pattern, subject) {
    if (external_node_path_default().posix.dirname(subject.trimmed) === subject.trimmed) {
        // minimatch's matchOne does not handle the root: @actions/glob tests the search root instead.
        return new RegExp(regExpEscape(segmentLiteral(pattern.segments[0]))).test(subject.trimmed);
    }
    return pattern.minimatch.matchOne(subject.trimmedParts, pattern.minimatch.set[0], true);
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/pattern-list.ts


/**
 * Compiles pattern lines as @actions/glob's globber does (blank and `#` lines skipped; each
 * pattern followed by its implicit descendants pattern unless it already ends in `**`).
 * Throws @actions/glob's messages on a `.`/`..` segment.
 */
function compilePatterns(lines, roots) {
    const patterns = [];
    for (const line of lines) {
        const text = line.trim();
        if (!text || text.startsWith('#'))
            continue;
        const pattern = parsePattern(text, roots);
        patterns.push(pattern);
        const descendants = implicitDescendants(pattern, roots);
        if (descendants)
            patterns.push(descendants);
    }
    const includes = patterns.filter((pattern) => !pattern.negate);
    return { patterns, includes, searchPaths: searchPaths(includes) };
}
/**
 * @actions/glob's `getSearchPaths`: in pattern order, each include's search path unless an
 * earlier one is the same or an ancestor (any include's path counts as an ancestor, as there).
 */
function searchPaths(includes) {
    const state = new Map(includes.map((pattern) => [pattern.searchPath, 'candidate']));
    const result = [];
    for (const { searchPath } of includes) {
        if (state.get(searchPath) === 'included')
            continue;
        let current = searchPath;
        let parent = external_node_path_default().posix.dirname(trimTrailingSeparator(current));
        let underAnother = false;
        while (parent !== current) {
            if (state.has(parent)) {
                underAnother = true;
                break;
            }
            current = parent;
            parent = external_node_path_default().posix.dirname(trimTrailingSeparator(current));
        }
        if (underAnother)
            continue;
        result.push(searchPath);
        state.set(searchPath, 'included');
    }
    return result;
}
/** What the whole list says about a path: later patterns override earlier ones, `!` clears. */
function matchList(list, subject) {
    let result = MATCH_NONE;
    for (const pattern of list.patterns) {
        if (pattern.negate)
            result &= ~matchPattern(pattern, subject);
        else
            result |= matchPattern(pattern, subject);
    }
    return result;
}
/** Whether an include could match below the subject's path (excludes never stop a descent). */
function partiallyMatchesList(list, subject) {
    return list.includes.some((pattern) => partiallyMatches(pattern, subject));
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/walk.ts




function isMissing(error) {
    return error.code === 'ENOENT';
}
/**
 * Lists the paths `list` matches, in @actions/glob's order and with its rules: depth first from
 * each search path in turn, children in `readdir` order (byte order on Linux and macOS),
 * excludes applied per path, broken links skipped when following links (an error otherwise, at
 * hashing), a linked directory whose real path is one of its ancestors' not entered again.
 *
 * What differs is the cost. @actions/glob stats every entry it looks at (and resolves the real
 * path of every directory when following links); here the types `readdir` returns decide, and
 * only symbolic links are stat'ed. A directory's real path is its parent's plus its name unless
 * it is a link. An entry no include can reach is never stat'ed, as there.
 */
function* walkMatches(list, options) {
    const stack = [];
    for (const searchPath of list.searchPaths) {
        try {
            (0,external_node_fs_.lstatSync)(searchPath); // anything but "does not exist" (ENOTDIR, EACCES) fails the glob, as there
        }
        catch (error) {
            if (isMissing(error))
                continue;
            throw error;
        }
        stack.unshift({ path: searchPath, level: 1, kind: 'unknown' });
    }
    // Real paths of the directories from the search path down to the current item's parent.
    const chain = [];
    while (stack.length > 0) {
        const item = stack.pop();
        const subject = matchSubject(item.path);
        const match = matchList(list, subject);
        const descend = match !== 0 || partiallyMatchesList(list, subject);
        if (!descend)
            continue;
        const isDirectory = resolveDirectory(item, options.followSymbolicLinks, chain);
        if (isDirectory === undefined)
            continue;
        if (!isDirectory) {
            if (match & MATCH_FILE)
                yield item.path;
            continue;
        }
        if (match & MATCH_DIRECTORY && options.matchDirectories)
            yield item.path;
        const entries = (0,external_node_fs_.readdirSync)(item.path, { withFileTypes: true });
        for (let i = entries.length - 1; i >= 0; i--) {
            const entry = entries[i];
            const kind = entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'link' : 'other';
            stack.push({ path: external_node_path_default().join(item.path, entry.name), level: item.level + 1, kind });
        }
    }
}
/**
 * Whether the item is a directory to enter: `undefined` for a broken link (when following), a
 * directory already on the chain (a cycle), or a search path that is gone. Keeps `chain` as
 * @actions/glob keeps its traversal chain.
 */
function resolveDirectory(item, follow, chain) {
    let isDirectory;
    if (item.kind === 'directory' || item.kind === 'other' || (item.kind === 'link' && !follow)) {
        isDirectory = item.kind === 'directory'; // readdir's type is lstat's
    }
    else if (!follow) {
        isDirectory = (0,external_node_fs_.lstatSync)(item.path).isDirectory();
    }
    else {
        try {
            isDirectory = (0,external_node_fs_.statSync)(item.path).isDirectory();
        }
        catch (error) {
            if (isMissing(error))
                return undefined; // a broken link: omitted, as omitBrokenSymbolicLinks does
            throw error; // a link loop (ELOOP) fails the glob, as there
        }
    }
    if (!isDirectory || !follow)
        return isDirectory;
    chain.length = Math.min(chain.length, item.level - 1);
    const parentReal = chain[item.level - 2];
    const real = item.kind === 'directory' && parentReal !== undefined ? external_node_path_default().join(parentReal, external_node_path_default().basename(item.path)) : external_node_fs_.realpathSync.native(item.path);
    if (chain.includes(real))
        return undefined;
    chain.push(real);
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/lister.ts




/**
 * The walker (file-walk/walk.ts) as a {@link FileLister}: relative patterns are rooted at
 * `workspace`, as the runner roots them at its cwd. Covers Linux and macOS paths.
 */
function walkerLister(workspace, followSymbolicLinks, homedir = external_node_os_default().homedir()) {
    const roots = { cwd: workspace, homedir };
    return {
        list: async (lines, matchDirectories) => walkMatches(compilePatterns(lines, roots), { followSymbolicLinks, matchDirectories }),
        fileMatcher: (line) => {
            const list = compilePatterns([line], roots);
            return (file) => (matchList(list, matchSubject(file)) & MATCH_FILE) !== 0;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/hashing.ts








/**
 * `hashFiles()`-compatible digest of the files matching `patterns` (newline list, `!` excludes,
 * `#` comments): the SHA-256 of the files' SHA-256 digests, in @actions/glob's order. Files are
 * listed by runner-kit's walker, which follows @actions/glob's rules (file-walk/walk.ts), and
 * read synchronously; on Windows @actions/glob itself lists them.
 */
async function hashFiles(patterns, options) {
    const { followSymbolicLinks = false, inputName = 'files', platform = process.platform } = options;
    const workspace = external_node_path_default().resolve(options.workspace);
    const userPatterns = patterns.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    if (userPatterns.length === 0)
        return { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
    const lister = await chooseLister(userPatterns, workspace, followSymbolicLinks, platform, options.logger);
    const workspacePrefix = `${workspace}${(external_node_path_default()).sep}`;
    const files = [];
    const combined = (0,external_node_crypto_.createHash)('sha256');
    const buffer = digestBuffer();
    for await (const file of await listOrReject(lister, userPatterns, false, inputName)) {
        if (!file.startsWith(workspacePrefix))
            continue; // the runner ignores files outside the workspace
        const digest = digestFileSync(file, buffer);
        if (!digest)
            continue; // a matched directory: the runner skips those too
        combined.update(digest);
        files.push(file);
    }
    const { unmatchedPatterns, outsideWorkspace } = await findUnmatched(lister, userPatterns, files, workspacePrefix, inputName);
    return { hash: files.length > 0 ? combined.digest('hex') : '', count: files.length, unmatchedPatterns, outsideWorkspace };
}
/** The walker, except where it does not know the path rules: @actions/glob, loaded only then. */
async function chooseLister(patterns, workspace, follow, platform, logger) {
    if (platform !== 'win32')
        return walkerLister(workspace, follow);
    logger?.debug(`hashFiles: @actions/glob lists the files of ${patterns.map((p) => `'${untrusted(p)}'`).join(', ')}: runner-kit's walker does not cover Windows paths.`);
    const { globLister } = await Promise.all(/* import() */[__webpack_require__.e(25), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 1501));
    return globLister(workspace, follow);
}
async function listOrReject(lister, lines, matchDirectories, inputName) {
    try {
        return await lister.list(lines, matchDirectories);
    }
    catch (error) {
        // @actions/glob's rules reject `.`/`..` segments and globs in the root with an assertion.
        throw new ConfigurationError(`Input '${inputName}': ${error instanceof Error ? error.message : String(error)}`);
    }
}
/**
 * Include patterns that matched nothing in the workspace. Hashed files are first attributed to
 * patterns; a pattern left with none is confirmed by a listing of its own (which stops at the
 * first file in the workspace), so excluded or directory-only matches still count. A pattern
 * whose only files are outside the workspace is unmatched too (they are never hashed), and
 * said to be outside.
 */
async function findUnmatched(lister, userPatterns, files, workspacePrefix, inputName) {
    const unmatched = [];
    const outside = [];
    for (const pattern of userPatterns) {
        if (splitNegation(pattern).negate)
            continue;
        if (files.some(lister.fileMatcher(pattern)))
            continue;
        let found = false;
        let foundOutside = false;
        for await (const candidate of await listOrReject(lister, [pattern], true, inputName)) {
            if (!isFile(candidate))
                continue;
            if (!candidate.startsWith(workspacePrefix)) {
                foundOutside = true;
                continue;
            }
            found = true;
            break;
        }
        if (found)
            continue;
        unmatched.push(pattern);
        if (foundOutside)
            outside.push(pattern);
    }
    return { unmatchedPatterns: unmatched, outsideWorkspace: outside };
}
/** Not a directory, not a broken link (what the runner would hash). */
function isFile(candidate) {
    try {
        return !(0,external_node_fs_.statSync)(candidate).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cache-key/key.ts

/** The cache service rejects longer keys. */
const MAX_KEY_LENGTH = 512;
/** Longer segment values are shortened to a readable head plus a digest of the whole value. */
const MAX_SEGMENT_LENGTH = 64;
/**
 * Builds a deterministic cache key: `prefix-OS-ARCH[-labels][-extra…][-job[-matrix]][-files]`.
 * Restore keys drop segments from the right, down to `prefix-OS-ARCH-`, so a job falls back to
 * the nearest cache of the same platform. Commas and whitespace (which the cache service
 * rejects or mangles) become `_`; values too long for a readable key are hashed, not cut.
 */
function buildCacheKey(parts) {
    const segments = [
        { name: 'prefix', value: segmentValue(parts.prefix) },
        { name: 'os', value: segmentValue(parts.os) },
        { name: 'arch', value: segmentValue(parts.arch) },
    ];
    const labels = normalizeLabels(parts.labels);
    if (labels)
        segments.push({ name: 'labels', value: segmentValue(labels) });
    const extra = parts.extra.map((part, i) => ({ name: `extra ${i + 1}`, value: segmentValue(part) })).filter((s) => s.value !== '');
    segments.push(...extra);
    if (parts.job !== undefined)
        segments.push({ name: 'job', value: segmentValue(parts.job) });
    const matrix = matrixDigest(parts.matrix);
    if (matrix)
        segments.push({ name: 'matrix', value: matrix });
    if (parts.filesHash)
        segments.push({ name: 'files', value: parts.filesHash });
    let key = key_joinSegments(segments);
    if (key.length > MAX_KEY_LENGTH) {
        // Only the extra parts are unbounded in number: fold them into one digest.
        const folded = digest(extra.map((s) => s.value).join('\n'), 16);
        const first = segments.indexOf(extra[0]);
        segments.splice(first, extra.length, { name: 'extra (hashed)', value: folded });
        key = key_joinSegments(segments);
    }
    const minimum = 3; // prefix-OS-ARCH: never restore another platform's cache
    const restoreKeys = [];
    for (let count = segments.length - 1; count >= minimum; count--) {
        restoreKeys.push(`${key_joinSegments(segments.slice(0, count))}-`);
    }
    return { key, restoreKeys, segments };
}
function key_joinSegments(segments) {
    return segments.map((s) => s.value).join('-');
}
/** Labels are case-insensitive and unordered on GitHub: lower-case, dedupe and sort them. */
function normalizeLabels(labels) {
    const unique = [...new Set(labels.map((label) => label.trim().toLowerCase()).filter(Boolean))];
    return unique.sort().join('+');
}
function segmentValue(raw) {
    const cleaned = raw.trim().replace(/[\s,]+/g, '_');
    if (cleaned.length <= MAX_SEGMENT_LENGTH)
        return cleaned;
    return `${cleaned.slice(0, 40)}~${digest(cleaned, 16)}`;
}
/** Short digest of the matrix values, independent of key order; none for an empty matrix. */
function matrixDigest(matrix) {
    if (matrix === undefined || matrix === null)
        return undefined;
    if (typeof matrix === 'object' && Object.keys(matrix).length === 0)
        return undefined;
    return `m${digest(canonicalJson(matrix), 12)}`;
}
/** JSON with object keys sorted at every level, so equal values give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function digest(text, length) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
}

;// CONCATENATED MODULE: ./packages/core/src/cache-key/compute.ts



/** Hashes the files and builds the key for a validated config, in a log group. */
async function runCacheKey(config, deps = {}) {
    return logging_group('Computing the cache key', () => computeCacheKey(config, deps));
}
/** The key, restore keys and files hash, without a log group (the CLI, tests). */
async function computeCacheKey(config, deps = {}) {
    const started = performance.now();
    const files = config.filePatterns.length
        ? await hashFiles(config.filePatterns, { workspace: config.workspace, followSymbolicLinks: config.followSymbolicLinks, ...(deps.logger ? { logger: deps.logger } : {}) })
        : { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
    const key = buildCacheKey({
        prefix: config.prefix,
        os: config.os,
        arch: config.arch,
        labels: config.runnerLabels,
        extra: config.extra,
        ...(config.perJob ? { job: config.job, matrix: config.matrix } : {}),
        filesHash: files.hash,
    });
    return {
        ...key,
        filesHash: files.hash,
        filesCount: files.count,
        unmatchedPatterns: files.unmatchedPatterns,
        outsideWorkspace: files.outsideWorkspace,
        elapsedMs: performance.now() - started,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts


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
    await writeSummary(`${markdown}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./packages/core/src/cache-key/report.ts




/** Sets the action's outputs, warns about patterns that matched nothing, writes the summary. */
async function publishCacheKey(config, result) {
    for (const pattern of result.unmatchedPatterns) {
        const where = result.outsideWorkspace.includes(pattern)
            ? `: it matches files outside the workspace ${config.workspace} only, and files outside it are never hashed (as with hashFiles()); copy them into the workspace, or put their version or digest in 'extra'`
            : ` (input 'files', relative to ${config.workspace})`;
        warning(`cache-key: no files matched the pattern '${pattern}'${where}.`, { title: 'cache-key: no files matched' });
    }
    setOutput('key', result.key);
    setOutput('restore-keys', result.restoreKeys.join('\n'));
    setOutput('files-hash', result.filesHash);
    setOutput('files-count', String(result.filesCount));
    info(`key: ${untrusted(result.key)}`);
    for (const restoreKey of result.restoreKeys)
        info(`restore-key: ${untrusted(restoreKey)}`);
    info(`${result.filesCount} file(s) hashed in ${formatDuration(result.elapsedMs)}`);
    await appendSummary(renderCacheKeySummary(config, result));
}
/** The job-summary section: the key, each segment and where it came from, the fallbacks. */
function renderCacheKeySummary(config, result) {
    const rows = result.segments.map((segment) => [segment.name, code(segment.value)]);
    const sections = [
        `### 🔑 cache-key: ${code(config.prefix)}`,
        '',
        `**key** ${code(result.key)}`,
        '',
        markdownTable(['segment', 'value'], rows),
        '',
        markdownTable(['restore-keys (most → least specific)'], result.restoreKeys.map((restoreKey) => [code(restoreKey)])),
        '',
        `${result.filesCount} file(s) hashed${config.filePatterns.length ? ` from ${config.filePatterns.map(code).join(', ')}` : ''} in ${formatDuration(result.elapsedMs)}.`,
    ];
    if (result.unmatchedPatterns.length) {
        sections.push('', `> [!WARNING]\n> No files matched ${result.unmatchedPatterns.map(code).join(', ')}.`);
        if (result.outsideWorkspace.length)
            sections.push(`> ${result.outsideWorkspace.map(code).join(', ')} only matched files outside the workspace, which are never hashed.`);
    }
    if (!config.perJob) {
        sections.push('', '> [!TIP]\n> Several jobs or matrix legs saving this same key race for it (`409 Conflict`, "Unable to reserve cache"). Set `per-job: true` and `matrix: ${{ toJSON(matrix) }}` to give each its own key.');
    }
    return `${sections.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/cache-key/src/main.ts

/** Entry point of the `cache-key` action. */
async function run() {
    await runStep(async () => {
        const config = readCacheKeyConfig(new Inputs());
        const result = await runCacheKey(config, { logger: actionsLogger });
        await publishCacheKey(config, result);
    });
}


/***/ })

};
