export const id = 785;
export const ids = [785];
export const modules = {

/***/ 7785:
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

;// CONCATENATED MODULE: ./packages/core/src/fleet/label-set.ts
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

;// CONCATENATED MODULE: ./packages/core/src/health/score.ts

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
    const of = limited ? `of the job's ${formatBytes(totalBytes)} limit` : `of ${formatBytes(totalBytes)}`;
    const value = `${round1(percent)}% (${formatBytes(availableBytes)} ${of})`;
    return judged('memory available', value, percent, threshold, false, '%', (level) => `Only ${formatBytes(availableBytes)} ${of} memory is available (${round1(percent)}%), ${level}.`);
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
    const value = `${round1(percent)}% (${formatBytes(used)} of ${formatBytes(totalBytes)})`;
    return judged('swap used', value, percent, threshold, true, '%', (level) => `${formatBytes(used)} of ${formatBytes(totalBytes)} swap is in use (${round1(percent)}%), ${level}; the machine is short of memory.`);
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
    const amounts = `${formatBytes(disk.freeBytes)} of ${formatBytes(disk.totalBytes)}`;
    return judged(measure, `${round1(percent)}% (${amounts})`, percent, threshold, false, '%', (level) => `Only ${amounts} is free on the filesystem of ${disk.path} (${round1(percent)}%), ${level}.`);
}
function inodesFinding(disk, threshold) {
    const measure = `inodes free ${disk.path}`;
    // btrfs and many FUSE or network filesystems have no inode limit: nothing to run out of.
    if (disk.totalInodes <= 0)
        return unjudged(measure, 'no inode limit', threshold, false, '%');
    const percent = (disk.freeInodes * 100) / disk.totalInodes;
    const amounts = `${formatCount(disk.freeInodes)} of ${formatCount(disk.totalInodes)}`;
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
            throw new ConfigurationError(`Input 'thresholds' has the unknown measure '${measure}'; expected one of ${Object.keys(defaults).join(', ')}.`);
        if (typeof override !== 'object' || override === null || Array.isArray(override)) {
            throw new ConfigurationError(`Input 'thresholds': '${measure}' must be an object of ${Object.keys(current).join(', ')}.`);
        }
        for (const [field, value] of Object.entries(override)) {
            if (!(field in current))
                throw new ConfigurationError(`Input 'thresholds': '${measure}' has no field '${field}'; expected ${Object.keys(current).join(', ')}.`);
            if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
                throw new ConfigurationError(`Input 'thresholds': '${measure}.${field}' must be a number ≥ 0.`);
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
    const runner = detectRunner(env);
    const cachePaths = inputs.lines('cache-paths');
    const networkUrls = inputs.list('network-check');
    for (const url of networkUrls) {
        if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) {
            throw new ConfigurationError(`Input 'network-check' has '${url}'; expected http:// or https:// URLs (comma or newline separated), or nothing to skip network checks.`);
        }
    }
    const failBelow = inputs.integer('fail-below', -1, { min: 0, max: 100 });
    return {
        mode: 'local',
        paths: [runner.workspace, ...cachePaths],
        requiredPaths: cachePaths,
        networkUrls,
        networkTimeoutMs: inputs.duration('network-timeout', 3000, NETWORK_TIMEOUT_RANGE),
        thresholds: readThresholds(inputs, DEFAULT_THRESHOLDS),
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
        throw new ConfigurationError("Input 'enterprise' is required with scope: enterprise; expected the enterprise slug.");
    const labels = inputs.list('labels');
    if (labels.length === 0)
        throw new ConfigurationError("Input 'labels' is required in dispatch mode; expected the self-hosted label set, e.g. self-hosted, linux, x64.");
    const fallbackText = inputs.optional('fallback') ?? 'ubuntu-latest';
    const minSuccessRate = inputs.number('min-success-rate', -1, { min: 0, max: 1 });
    const history = inputs.integer('history', 0, { min: 0, max: 200 });
    if (minSuccessRate >= 0 && history === 0)
        throw new ConfigurationError("Input 'min-success-rate' needs 'history' (how many recent jobs to look at), e.g. history: 20.");
    const runId = Number(env['GITHUB_RUN_ID']);
    const prometheusUrl = inputs.optional('prometheus-url');
    if (prometheusUrl !== undefined && (!/^https?:\/\/\S+$/.test(prometheusUrl) || !URL.canParse(prometheusUrl))) {
        throw new ConfigurationError(`Input 'prometheus-url' has the value '${prometheusUrl}'; expected the http:// or https:// URL of a Prometheus server, such as http://prometheus:9090.`);
    }
    const prometheusQuery = inputs.optional('prometheus-query');
    if (prometheusQuery !== undefined && prometheusUrl === undefined)
        throw new ConfigurationError("Input 'prometheus-query' needs 'prometheus-url' (the Prometheus server to ask).");
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
        ...(prometheusUrl === undefined ? {} : { prometheus: { url: prometheusUrl, query: prometheusQuery ?? healthyRunnersQuery(labels), ...(prometheusToken ? { token: prometheusToken } : {}) } }),
        ...(maxQueued >= 0 ? { maxQueued } : {}),
    };
}
/** `ubuntu-latest`, or a JSON array of labels such as `["self-hosted","backup"]`. */
function parseFallback(text) {
    if (!text.startsWith('[')) {
        if (/[\s,]/.test(text))
            throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
        return text;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected one label such as ubuntu-latest, or a JSON array of labels.`);
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((l) => typeof l === 'string' && l.trim() !== '')) {
        throw new ConfigurationError(`Input 'fallback' has the value '${text}'; expected a non-empty JSON array of label strings.`);
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
        return core.group(title, body);
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

;// CONCATENATED MODULE: ./packages/core/src/github/api.ts


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
    const [{ getOctokit }, { defaults }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351)), __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665))]);
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
    return `${untrusted(kind)}, ${formatBytes(bytes)}`;
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
    const line = untrusted(message);
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
        throw new PrometheusAnswerError(`unreachable (${errors_describeError(cause ?? error)})`);
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
    const octokit = await createApiClient({ token: config.token, apiUrl: config.apiUrl, timeoutMs: config.timeoutMs, logger: log, shapes: DISPATCH_SHAPES });
    const route = runnersRoute(config);
    let all;
    try {
        all = await listRunners(octokit, config);
    }
    catch (error) {
        const failure = describeApiFailure(error);
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
    log.info(`${all.length} ${config.scope}-level runners listed; ${runners.length} have all of ${untrusted(labelList)}; ${online.length} online, ${idle.length} idle.`);
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
            const failure = describeApiFailure(error);
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
            const text = errors_describeError(error);
            seen.prometheus = { query, error: text };
            log.warning(`Could not ask Prometheus at ${untrusted(config.prometheus.url)} for ${untrusted(query)}: ${untrusted(text)}. Falling back to ${target}.`);
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
            const failure = describeApiFailure(error);
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
    log.info(untrusted(decision.reason));
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
        throw new ConfigurationError(message);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/headless/commands.ts


/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
async function runCommand(command, args, options) {
    const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
    return { ...result, stdout: result.stdout.toString() };
}
/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
function logTail(file, lines = 15) {
    try {
        const text = readFileSync(file, 'utf8').trimEnd();
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
    return openSync(file, 'a', 0o600);
}
/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
function closeAll(fds) {
    for (const fd of fds) {
        try {
            closeSync(fd);
        }
        catch {
            // already closed
        }
    }
}
/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
function runCommandBuffer(command, args, options) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
            resolve({ ok: error === null, stdout, stderr: stderr.toString() || (error ? error.message : '') });
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/system/node.ts

/** This machine's CPUs: online, and available to this process (its affinity, what `os.availableParallelism()` says). */
function nodeCpus() {
    const available = external_node_os_default().availableParallelism();
    return { online: Math.max(available, external_node_os_default().cpus().length), available };
}

;// CONCATENATED MODULE: ./packages/core/src/system/procfs.ts
/**
 * procfs, read in one place: the parsers of every `/proc` file runner-kit reads (health-gate,
 * perf-monitor's replay, process control, the CLI) and the layout of `/proc/<pid>/stat`. They take
 * text, never paths, so edge cases (counter wrap, vanished interfaces, partitions, old kernels)
 * are tested from fixtures. cgroup files are read in cgroup.ts beside this one.
 */


/**
 * `/proc/stat`'s `cpu` line (all cores) and one per core, in core order. `guest` time is already
 * part of `user`, so only the first eight fields are added up (adding guest would count it twice).
 */
function parseCpuTimes(text) {
    let all;
    const cores = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('cpu'))
            continue;
        const fields = line.trim().split(/\s+/);
        const values = fields.slice(1, 9).map(Number);
        while (values.length < 8)
            values.push(0); // old kernels have fewer columns
        if (values.some((v) => !Number.isFinite(v)))
            continue;
        const [user, nice, system, idle, iowait, irq, softirq, steal] = values;
        const times = { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, iowait, steal };
        if (fields[0] === 'cpu')
            all = times;
        else
            cores.push(times);
    }
    return all ? { all, cores } : undefined;
}
/** Busy share of the time between two readings, 0-100; 0 when no time passed. */
function cpuPercent(previous, current) {
    const total = current.total - previous.total;
    if (total <= 0)
        return 0;
    const busy = total - (current.idle - previous.idle);
    return clampPercent((busy / total) * 100);
}
/** Share of `field` (`iowait` or `steal`) of the time between two readings, 0-100. */
function cpuSharePercent(previous, current, field) {
    const total = current.total - previous.total;
    return total <= 0 ? 0 : clampPercent(((current[field] - previous[field]) / total) * 100);
}
function clampPercent(value) {
    return Math.min(100, Math.max(0, value));
}
/**
 * `/proc/net/dev`: two header lines, then `name: rx_bytes … (8 receive fields) tx_bytes …`.
 * Names may be long enough to touch the colon (`veth1234abcd:123`), so split on the colon.
 */
function parseNetDev(text) {
    const counters = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const name = line.slice(0, colon).trim();
        const fields = line.slice(colon + 1).trim().split(/\s+/).map(Number);
        if (name === '' || fields.length < 9 || !Number.isFinite(fields[0]) || !Number.isFinite(fields[8]))
            continue;
        counters.set(name, { rx: fields[0], tx: fields[8] });
    }
    return counters;
}
/**
 * Interfaces whose traffic leaves the machine. Loopback never does; bridges, veth pairs and
 * container networks carry traffic that is counted again on the physical interface.
 */
function isExternalInterface(name) {
    return !/^(lo|veth|docker|br-|virbr|vnet|cni|flannel|cali|weave|kube|ifb|dummy|tunl|sit|ip6tnl|gre|erspan|bond\d+\.)/.test(name);
}
const SECTOR_BYTES = 512;
/** `/proc/diskstats`: `major minor name reads merged sectors_read ms writes merged sectors_written …`. */
function parseDiskstats(text) {
    const counters = new Map();
    for (const line of text.split('\n')) {
        const fields = line.trim().split(/\s+/);
        if (fields.length < 10)
            continue;
        const name = fields[2];
        const read = Number(fields[5]);
        const written = Number(fields[9]);
        if (!Number.isFinite(read) || !Number.isFinite(written))
            continue;
        counters.set(name, { readBytes: read * SECTOR_BYTES, writtenBytes: written * SECTOR_BYTES });
    }
    return counters;
}
/**
 * Whole physical (or virtual-machine) disks only: a partition's IO is already in its disk's
 * numbers, device-mapper, md RAID and bcache sit on top of disks (counted twice otherwise), and
 * loop, ram, zram, optical and network block devices are no disk IO of the machine.
 */
function isRealDisk(name) {
    if (/^(loop|ram|zram|dm-|md|sr|fd|nbd|bcache|drbd|rbd)\d*/.test(name))
        return false;
    if (/^(nvme\d+n\d+|mmcblk\d+|nbd\d+)p\d+$/.test(name))
        return false; // nvme0n1p1, mmcblk0p2
    if (/^nvme\d+c\d+n\d+$/.test(name))
        return false; // hidden multipath controller paths
    if (/^(x?[shv]d[a-z]+)\d+$/.test(name))
        return false; // sda1, vdb2, xvda1
    return /^(x?[shv]d[a-z]+|nvme\d+n\d+|mmcblk\d+)$/.test(name);
}
const TWO_TO_32 = (/* unused pure expression or super */ null && (2 ** 32));
/**
 * How much a monotonic counter grew. A smaller value than before is either a wrap of a 32-bit
 * counter (32-bit kernels, some drivers) or a reset (interface re-created, device re-attached):
 * a wrap is assumed only when both readings fit 32 bits and the wrapped growth is plausible
 * (under 2^31); otherwise the counter restarted at 0 and its current value is the growth.
 */
function counterDelta(previous, current) {
    if (current >= previous)
        return current - previous;
    if (previous < TWO_TO_32) {
        const wrapped = TWO_TO_32 - previous + current;
        if (wrapped < 2 ** 31)
            return wrapped;
    }
    return current;
}
/**
 * Growth summed over the devices in both readings that `include` accepts. A device that
 * appears between readings adds nothing this time (its counters start from now); one that
 * vanished is simply not in the sum.
 */
function sumDeltas(previous, current, include, fields) {
    const sums = fields.map(() => 0);
    for (const [name, now] of current) {
        const before = previous.get(name);
        if (!before || !include(name))
            continue;
        fields.forEach((field, i) => {
            sums[i] += counterDelta(before[field], now[field]);
        });
    }
    return sums;
}
/** Clock ticks per second of `/proc` process times (USER_HZ): 100 on every Linux architecture. */
const USER_HZ = 100;
/** Seconds since boot from `/proc/uptime` (`12345.67 23456.78`). */
function parseUptime(text) {
    const seconds = Number(text.trim().split(/\s+/)[0]);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
/** proc(5) field numbers of `/proc/<pid>/stat`; `splitProcStat`'s `fields[0]` is field 3. */
const FIELD = { state: 3, ppid: 4, pgrp: 5, utime: 14, stime: 15, starttime: 22, rss: 24 };
/**
 * `/proc/<pid>/stat` split into its fields. `comm` is in parentheses and may itself hold spaces
 * and parentheses, so it runs to the last `)`; `fields[0]` is field 3 (state), so field N of
 * proc(5) is `fields[N - 3]`. The one place that knows this layout.
 */
function splitProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    return { pid: Number.parseInt(text, 10), comm: text.slice(open + 1, close), fields: text.slice(close + 1).trim().split(/\s+/) };
}
/** Every field runner-kit uses from `/proc/<pid>/stat`; undefined for text that is not one. */
function parsePidStat(text) {
    const split = splitProcStat(text);
    if (!split)
        return undefined;
    const field = (n) => Number(split.fields[n - 3]);
    const stat = {
        pid: split.pid,
        comm: split.comm,
        state: split.fields[0] ?? '',
        ppid: field(FIELD.ppid),
        pgrp: field(FIELD.pgrp),
        cpuTicks: field(FIELD.utime) + field(FIELD.stime),
        rssPages: field(FIELD.rss),
        startTicks: field(FIELD.starttime),
    };
    const numbers = [stat.ppid, stat.pgrp, stat.cpuTicks, stat.rssPages, stat.startTicks];
    return stat.state !== '' && Number.isSafeInteger(stat.pid) && numbers.every(Number.isFinite) ? stat : undefined;
}
/**
 * The 1-, 5- and 15-minute load averages from `/proc/loadavg` (`0.52 0.58 0.59 1/467 12345`).
 * Any run of whitespace separates the fields; throws on text that has no three numbers.
 */
function parseLoadavg(text) {
    const fields = text.trim().split(/\s+/).slice(0, 3).map(Number);
    if (fields.length < 3 || fields.some((value) => !Number.isFinite(value) || value < 0)) {
        throw new ExternalError(`Unexpected /proc/loadavg content: '${text.trim().slice(0, 80)}'.`);
    }
    return [fields[0], fields[1], fields[2]];
}
/**
 * Memory and swap from `/proc/meminfo`. Values there are KiB whatever the `kB` says.
 *
 * Kernels before 3.14 have no `MemAvailable`; there the estimate is `MemFree + Buffers + Cached`
 * (what `free` showed as "-/+ buffers/cache" free), capped at `MemTotal`. It overstates a little
 * because part of Cached (shmem, tmpfs) cannot be dropped, which is good enough for a health
 * score. Throws when `MemTotal` is missing: then the text is not meminfo at all.
 */
function parseMeminfo(text) {
    const kib = new Map();
    for (const line of text.split('\n')) {
        // `Key:   value kB`, `Key: value` (HugePages_*), tabs or odd spacing alike.
        const match = /^\s*([^:\s]+)\s*:\s*(\d+)(?:\s*kB)?\s*$/i.exec(line);
        if (match)
            kib.set(match[1], Number(match[2]));
    }
    const total = kib.get('MemTotal');
    if (total === undefined)
        throw new ExternalError('Unexpected /proc/meminfo content: no MemTotal line.');
    const available = kib.get('MemAvailable') ?? Math.min(total, (kib.get('MemFree') ?? 0) + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0));
    return {
        totalBytes: total * 1024,
        availableBytes: available * 1024,
        swapTotalBytes: (kib.get('SwapTotal') ?? 0) * 1024,
        swapFreeBytes: (kib.get('SwapFree') ?? 0) * 1024,
    };
}
/**
 * The text of a procfs or cgroup file, or undefined when it is gone or unreadable (processes
 * come and go, controllers may not be enabled, without procfs there is nothing to read).
 * Synchronous: these files live in memory and answer at once (see `countRunnerWorkers`).
 */
function readOptional(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/system/cgroup-files.ts
/**
 * Where a process's cgroup lives: `/proc/<pid>/cgroup` joined with `/proc/<pid>/mountinfo`.
 * Pure parsers plus one locator; what the files say is interpreted in cgroup.ts.
 */


/** Parses `/proc/<pid>/cgroup`; lines that are not `id:controllers:path` are skipped. */
function parseProcCgroup(text) {
    const memberships = [];
    for (const line of text.split('\n')) {
        const match = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
        if (!match)
            continue;
        const names = match[2].split(',').filter((name) => name !== '');
        memberships.push({ controllers: names, path: match[3], unified: match[1] === '0' && names.length === 0 });
    }
    return memberships;
}
/**
 * The cgroup mounts of `/proc/<pid>/mountinfo`:
 * `id parent major:minor root mount-point options [optional…] - fstype source super-options`.
 * Octal escapes (`\040` for a space) in paths are decoded.
 */
function parseCgroupMounts(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const fields = line.trim().split(' ');
        const separator = fields.indexOf('-');
        if (separator < 6 || fields.length < separator + 4)
            continue;
        const fsType = fields[separator + 1];
        if (fsType !== 'cgroup' && fsType !== 'cgroup2')
            continue;
        const options = fields[separator + 3].split(',');
        mounts.push({
            root: unescapeMountPath(fields[3]),
            mountPoint: unescapeMountPath(fields[4]),
            unified: fsType === 'cgroup2',
            controllers: fsType === 'cgroup' ? options.filter((o) => V1_CONTROLLERS.has(o)) : [],
        });
    }
    return mounts;
}
const V1_CONTROLLERS = new Set(['memory', 'cpu', 'cpuacct', 'cpuset', 'pids', 'blkio']);
function unescapeMountPath(text) {
    return text.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
}
/**
 * The directory of `cgroupPath` under `mount`, or undefined when the mount does not show it.
 * The mount's root is the cgroup mounted there: `/` on a host; the container's own cgroup in a
 * container without a cgroup namespace (where `/proc/self/cgroup` still names the host path);
 * and in a cgroup namespace `/proc/self/cgroup` says `/` and so does the root.
 */
function cgroupDirectory(mount, cgroupPath) {
    const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
    // Anything else (`/../x`, outside a namespace's view) is not under this mount.
    return cgroupPath === root || cgroupPath.startsWith(`${root}/`) ? external_node_path_default().join(mount.mountPoint, cgroupPath.slice(root.length)).replace(/(.)\/+$/, '$1') : undefined;
}
/** The directory and its ancestors up to (and including) the mount point. */
function withAncestors(dir, mountPoint) {
    const dirs = [dir];
    for (let current = dir; current !== mountPoint && current.startsWith(`${mountPoint}/`);) {
        current = external_node_path_default().dirname(current);
        dirs.push(current);
    }
    return dirs;
}
/**
 * Finds this process's cgroup directories for every controller runner-kit reads, v1, v2 or a
 * hybrid of both (v1 controllers with a unified hierarchy beside them for PSI). Undefined where
 * there are no cgroups to read (not Linux, no procfs, nothing mounted).
 */
function locateCgroup(options = {}) {
    const procRoot = options.procRoot ?? '/proc';
    const pid = options.pid ?? 'self';
    const memberships = parseProcCgroup(readOptional(external_node_path_default().join(procRoot, pid, 'cgroup')) ?? '');
    const mounts = parseCgroupMounts(readOptional(external_node_path_default().join(procRoot, pid, 'mountinfo')) ?? '');
    if (memberships.length === 0 || mounts.length === 0)
        return undefined;
    const at = (mountPoint) => (options.fsRoot ? external_node_path_default().join(options.fsRoot, mountPoint) : mountPoint);
    const dirs = {};
    const unifiedMembership = memberships.find((m) => m.unified);
    const unifiedMount = mounts.find((m) => m.unified && unifiedMembership && cgroupDirectory(m, unifiedMembership.path) !== undefined);
    let unifiedControllers = new Set();
    if (unifiedMembership && unifiedMount) {
        const dir = cgroupDirectory(unifiedMount, unifiedMembership.path);
        const chain = withAncestors(at(dir), at(unifiedMount.mountPoint));
        dirs.pressure = chain;
        // Controllers the unified hierarchy has (on a hybrid host: none of the ones that matter).
        unifiedControllers = new Set((readOptional(external_node_path_default().join(at(unifiedMount.mountPoint), 'cgroup.controllers')) ?? '').trim().split(/\s+/));
        for (const controller of ['memory', 'cpu', 'cpuset', 'pids', 'io'])
            if (unifiedControllers.has(controller))
                dirs[controller] = chain;
        // v2 accounts CPU time in cpu.stat, which exists without the cpu controller.
        if (unifiedControllers.has('cpu') || unifiedControllers.has('memory'))
            dirs.cpuacct = chain;
    }
    const v1Names = { memory: 'memory', cpu: 'cpu', cpuacct: 'cpuacct', cpuset: 'cpuset', pids: 'pids', blkio: 'io' };
    for (const [name, controller] of Object.entries(v1Names)) {
        if (dirs[controller])
            continue;
        const membership = memberships.find((m) => m.controllers.includes(name));
        const mount = mounts.find((m) => !m.unified && m.controllers.includes(name) && membership && cgroupDirectory(m, membership.path) !== undefined);
        if (!membership || !mount)
            continue;
        dirs[controller] = withAncestors(at(cgroupDirectory(mount, membership.path)), at(mount.mountPoint));
    }
    const memoryOnV2 = unifiedControllers.has('memory') || (!dirs.memory && unifiedControllers.has('cpu'));
    const version = memoryOnV2 || (!dirs.memory && !dirs.cpu && dirs.pressure !== undefined) ? 2 : 1;
    const decidingPath = version === 2 ? unifiedMembership?.path : (memberships.find((m) => m.controllers.includes('memory')) ?? memberships.find((m) => m.controllers.includes('cpu')))?.path;
    if (Object.keys(dirs).length === 0 || decidingPath === undefined)
        return undefined;
    return { version, path: decidingPath, dirs };
}

;// CONCATENATED MODULE: ./packages/core/src/system/cgroup.ts
/**
 * What a cgroup limits and what its processes use, from cgroup v2 or v1 files. The job's share of
 * a machine (a `container:` job, an ARC pod, a systemd slice) is decided here, so health-gate and
 * perf-monitor judge the job against what it gets, not against the node.
 *
 * Files are read into a map keyed `<controller>:<file>` (see {@link usageFiles}); the
 * interpreters take that map, so the sampler's recording and a live read go through the same code.
 */


/** The v1 "no limit" value is PAGE_COUNTER_MAX pages (9223372036854771712 with 4 KiB pages); anything this large limits nothing. */
const UNLIMITED = 2 ** 62;
/** Per version, the files of the cgroup's own directory a sampler copies each tick. */
const USAGE_FILES = {
    2: [
        ['memory', 'memory.current'],
        ['memory', 'memory.stat'],
        ['memory', 'memory.events'],
        ['cpuacct', 'cpu.stat'],
        ['pids', 'pids.current'],
        ['io', 'io.stat'],
        ['pressure', 'cpu.pressure'],
        ['pressure', 'memory.pressure'],
        ['pressure', 'io.pressure'],
    ],
    1: [
        ['memory', 'memory.usage_in_bytes'],
        ['memory', 'memory.stat'],
        ['memory', 'memory.oom_control'],
        ['cpuacct', 'cpuacct.usage'],
        ['cpu', 'cpu.stat'],
        ['pids', 'pids.current'],
        ['io', 'blkio.throttle.io_service_bytes'],
        ['pressure', 'cpu.pressure'],
        ['pressure', 'memory.pressure'],
        ['pressure', 'io.pressure'],
    ],
};
/**
 * The usage files of the cgroup's own directory that exist, keyed as {@link CgroupFileTexts}
 * wants: what perf-monitor's recorder copies every tick.
 */
function usageFiles(dirs) {
    const files = new Map();
    for (const [controller, name] of USAGE_FILES[dirs.version]) {
        const dir = dirs.dirs[controller]?.[0];
        if (dir === undefined)
            continue;
        const file = external_node_path_default().join(dir, name);
        if (readOptional(file) !== undefined)
            files.set(`${controller}:${name}`, file);
    }
    return files;
}
/** Reads every usage file now. */
function readUsageTexts(dirs) {
    const texts = new Map();
    for (const [key, file] of usageFiles(dirs)) {
        const text = readOptional(file);
        if (text !== undefined)
            texts.set(key, text);
    }
    return texts;
}
/** This cgroup's limits and usage now. */
function readCgroup(dirs) {
    return { version: dirs.version, path: dirs.path, limits: readCgroupLimits(dirs), usage: interpretUsage(readUsageTexts(dirs), dirs.version) };
}
/**
 * The limits that bind this cgroup: for memory, CPU quota and pids the smallest along the path
 * to the root (a parent's limit binds its children); the cpuset of the cgroup itself (it is
 * already the intersection with its parents').
 */
function readCgroupLimits(dirs) {
    const limits = {};
    const read = (controller, name) => (dirs.dirs[controller] ?? []).map((dir) => readOptional(external_node_path_default().join(dir, name)));
    const memory = dirs.version === 2
        ? read('memory', 'memory.max').map((text) => parseLimit(text))
        : [...read('memory', 'memory.limit_in_bytes').map((text) => parseLimit(text)), parseLimit(String(statValue(read('memory', 'memory.stat')[0], 'hierarchical_memory_limit') ?? ''))];
    const memoryBytes = smallest(memory);
    if (memoryBytes !== undefined)
        limits.memoryBytes = memoryBytes;
    const quotas = dirs.version === 2
        ? read('cpu', 'cpu.max').map(parseCpuMax)
        : zip(read('cpu', 'cpu.cfs_quota_us'), read('cpu', 'cpu.cfs_period_us')).map(([quota, period]) => parseCfsQuota(quota, period));
    const cpuQuota = smallest(quotas);
    if (cpuQuota !== undefined)
        limits.cpuQuota = cpuQuota;
    const cpusetFiles = dirs.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
    for (const name of cpusetFiles) {
        const count = countCpuList(read('cpuset', name)[0]);
        if (count !== undefined) {
            limits.cpusetCpus = count;
            break;
        }
    }
    const pidsMax = smallest(read('pids', 'pids.max').map((text) => parseLimit(text)));
    if (pidsMax !== undefined)
        limits.pidsMax = pidsMax;
    return limits;
}
/** Interprets usage files (live, or as perf-monitor recorded them). Missing or odd files leave their fields out. */
function interpretUsage(files, version) {
    const usage = { pressure: {} };
    const memoryStat = files.get('memory:memory.stat');
    const memory = parseLimit(files.get(version === 2 ? 'memory:memory.current' : 'memory:memory.usage_in_bytes'));
    if (memory !== undefined)
        usage.memoryBytes = memory;
    // v1 lists its own `inactive_file` and the hierarchy's `total_inactive_file`: the hierarchy's counts.
    const inactive = statValue(memoryStat, version === 1 ? 'total_inactive_file' : 'inactive_file') ?? statValue(memoryStat, 'inactive_file');
    if (inactive !== undefined)
        usage.inactiveFileBytes = inactive;
    if (memory !== undefined)
        usage.workingSetBytes = Math.max(0, memory - (inactive ?? 0));
    const oomKills = statValue(files.get(version === 2 ? 'memory:memory.events' : 'memory:memory.oom_control'), 'oom_kill');
    if (oomKills !== undefined)
        usage.oomKills = oomKills;
    if (version === 2) {
        const stat = files.get('cpuacct:cpu.stat');
        cgroup_assign(usage, 'cpuUsageUsec', statValue(stat, 'usage_usec'));
        cgroup_assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
        cgroup_assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
        cgroup_assign(usage, 'throttledUsec', statValue(stat, 'throttled_usec'));
    }
    else {
        const nanoseconds = parseLimit(files.get('cpuacct:cpuacct.usage'));
        if (nanoseconds !== undefined)
            usage.cpuUsageUsec = Math.round(nanoseconds / 1000);
        const stat = files.get('cpu:cpu.stat');
        cgroup_assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
        cgroup_assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
        const throttledNs = statValue(stat, 'throttled_time');
        if (throttledNs !== undefined)
            usage.throttledUsec = Math.round(throttledNs / 1000);
    }
    cgroup_assign(usage, 'pids', parseLimit(files.get('pids:pids.current')));
    const io = version === 2 ? parseIoStat(files.get('io:io.stat')) : parseBlkioBytes(files.get('io:blkio.throttle.io_service_bytes'));
    if (io)
        [usage.ioReadBytes, usage.ioWrittenBytes] = io;
    for (const kind of ['cpu', 'memory', 'io']) {
        const pressure = parsePressure(files.get(`pressure:${kind}.pressure`));
        if (pressure)
            usage.pressure[kind] = pressure;
    }
    return usage;
}
/** The CPUs a job can use: min(quota, cpuset size, online CPUs). */
function effectiveCpus(limits, onlineCpus) {
    return Math.min(limits.cpuQuota ?? Infinity, limits.cpusetCpus ?? Infinity, onlineCpus);
}
/** True when the cgroup gets less than the node: less memory than the node has, or fewer CPUs. */
function isLimited(limits, node) {
    return bindingMemoryLimit(limits, node.memoryBytes) !== undefined || effectiveCpus(limits, node.cpus) < node.cpus;
}
/** The job's share of the node under these limits; the one place that decides "limited", for health-gate and perf-monitor alike. */
function cgroupShare(limits, node) {
    const memoryLimitBytes = bindingMemoryLimit(limits, node.memoryBytes);
    return {
        ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
        cpus: effectiveCpus(limits, Math.min(node.cpus.online, node.cpus.available)),
        limited: isLimited(limits, { memoryBytes: node.memoryBytes, cpus: node.cpus.online }),
    };
}
function bindingMemoryLimit(limits, nodeMemoryBytes) {
    const limit = limits.memoryBytes;
    return limit !== undefined && (nodeMemoryBytes <= 0 || limit < nodeMemoryBytes) ? limit : undefined;
}
/** A limit file's number (`memory.max`, `pids.max`, `memory.limit_in_bytes`); undefined for `max`, the v1 "no limit" number, or no number. */
function parseLimit(text) {
    const value = text?.trim();
    if (!value || !/^\d+$/.test(value))
        return undefined;
    const number = Number(value);
    return number >= UNLIMITED ? undefined : number;
}
/** `cpu.max`: `50000 100000` → 0.5 CPUs; `max 100000` → undefined. */
function parseCpuMax(text) {
    const [quota, period] = (text ?? '').trim().split(/\s+/);
    return cpus(quota, period ?? '100000');
}
function parseCfsQuota(quota, period) {
    return cpus(quota?.trim(), period?.trim() ?? '100000');
}
function cpus(quota, period) {
    if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return undefined; // `max`, `-1`
    return Number(quota) / Number(period);
}
/** How many CPUs a list such as `0-3,8,10-11` names; undefined for an empty or odd list. */
function countCpuList(text) {
    const list = text?.trim();
    if (!list)
        return undefined;
    let count = 0;
    for (const part of list.split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part);
        if (!match)
            return undefined;
        count += match[2] === undefined ? 1 : Number(match[2]) - Number(match[1]) + 1;
    }
    return count > 0 ? count : undefined;
}
/** A `key value` line of a flat-keyed file (`memory.stat`, `cpu.stat`, `memory.events`, `memory.oom_control`). */
function statValue(text, key) {
    if (!text)
        return undefined;
    const match = new RegExp(`(?:^|\\n)${key} (\\d+)`).exec(text);
    return match ? Number(match[1]) : undefined;
}
/** A pressure file: `some avg10=1.20 avg60=0.50 avg300=0.10 total=12345` and an optional `full` line. */
function parsePressure(text) {
    if (!text)
        return undefined;
    const line = (kind) => /^(\w+) avg10=([\d.]+) avg60=([\d.]+) avg300=([\d.]+) total=(\d+)/m.exec(text.split('\n').find((l) => l.startsWith(`${kind} `)) ?? '');
    const some = line('some');
    if (!some)
        return undefined;
    const full = line('full');
    return { someAvg10: Number(some[2]), someAvg60: Number(some[3]), someTotalUsec: Number(some[5]), ...(full ? { fullAvg10: Number(full[2]) } : {}) };
}
/** v2 `io.stat`: `8:0 rbytes=1 wbytes=2 rios=…` per device, summed. */
function parseIoStat(text) {
    if (text === undefined)
        return undefined;
    let read = 0;
    let written = 0;
    for (const match of text.matchAll(/rbytes=(\d+) wbytes=(\d+)/g)) {
        read += Number(match[1]);
        written += Number(match[2]);
    }
    return [read, written];
}
/** v1 `blkio.throttle.io_service_bytes`: `8:0 Read 123` lines per device (and a `Total` line), summed. */
function parseBlkioBytes(text) {
    if (text === undefined)
        return undefined;
    let read = 0;
    let written = 0;
    for (const match of text.matchAll(/^\d+:\d+ (Read|Write) (\d+)$/gm)) {
        if (match[1] === 'Read')
            read += Number(match[2]);
        else
            written += Number(match[2]);
    }
    return [read, written];
}
function smallest(values) {
    const present = values.filter((value) => value !== undefined);
    return present.length === 0 ? undefined : Math.min(...present);
}
function zip(a, b) {
    return a.map((value, i) => [value, b[i]]);
}
function cgroup_assign(usage, key, value) {
    if (value !== undefined)
        usage[key] = value;
}

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
    const dirs = locateCgroup(options);
    const hostPressure = parsePressure(readOptional(external_node_path_default().join(options.procRoot ?? '/proc', 'pressure', 'cpu')));
    const hostScope = { scope: 'host', cpuCount: node.cpus.available, memory: nodeMemory, ...(hostPressure ? { cpuPressure: { someAvg10: hostPressure.someAvg10, scope: 'host' } } : {}) };
    if (!dirs)
        return hostScope;
    const snapshot = readCgroup(dirs);
    const share = cgroupShare(snapshot.limits, { memoryBytes: node.meminfo.totalBytes, cpus: node.cpus });
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
        limits: { ...snapshot.limits, effectiveCpus: job_scope_round2(share.cpus) },
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
const job_scope_round2 = (value) => Math.round(value * 100) / 100;

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
    return cause === undefined ? errors_describeError(error) : errors_describeError(cause);
}

;// CONCATENATED MODULE: ./packages/core/src/system/darwin.ts
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

;// CONCATENATED MODULE: ./packages/core/src/health/runner-workers.ts



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
        names = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        return 0;
    }
    return names.filter((name) => /^\d+$/.test(name) && !skip.has(Number(name)) && runsAs(procRoot, name, executables)).length;
}
function runsAs(procRoot, pid, executables) {
    const comm = readOptional(external_node_path_default().join(procRoot, pid, 'comm'));
    if (comm === undefined)
        return false;
    const name = comm.trim();
    if (executables.has(name))
        return true;
    // `comm` may be cut short (a 15-byte limit); `dotnet` hosts the runner in old layouts: argv decides.
    const cut = name.length >= 14 && [...executables].some((executable) => executable.startsWith(name));
    if (name !== 'dotnet' && !cut)
        return false;
    const cmdline = readOptional(external_node_path_default().join(procRoot, pid, 'cmdline'));
    // argv is NUL-separated; the runner runs as argv[0] (apphost) or argv[1] (`dotnet Runner.Worker.dll`).
    return (cmdline ?? '').split('\0').slice(0, 2).some((arg) => executables.has(external_node_path_default().basename(arg)));
}
/** This process and its ancestors, from `<procRoot>/self/stat` up through each parent's stat. */
function ownAncestors(procRoot) {
    const pids = new Set();
    let stat = readOptional(external_node_path_default().join(procRoot, 'self', 'stat'));
    // A bound, because a fake or racing tree could form a cycle.
    for (let depth = 0; stat !== undefined && depth < 64; depth++) {
        const parsed = parsePidStat(stat);
        if (!parsed || pids.has(parsed.pid))
            break;
        pids.add(parsed.pid);
        if (parsed.ppid <= 0)
            break;
        stat = readOptional(external_node_path_default().join(procRoot, String(parsed.ppid), 'stat'));
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
    return entries.filter((entry) => !ancestors.has(entry.pid) && WORKER_NAMES.has(external_node_path_default().basename(entry.command))).length;
}

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
    const runnerWorkers = countRunnerWorkers(procRoot);
    const cpus = nodeCpus();
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
        const parsedVm = vm === undefined ? undefined : parseVmStat(vm);
        if (parsedVm)
            availableBytes = vmStatAvailableBytes(parsedVm, totalBytes);
        swap = swapText === undefined ? undefined : parseSwapUsage(swapText);
        runnerWorkers = ps === undefined ? undefined : countRunnerWorkersInListing(parsePs(ps), process.pid);
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
    const result = await runCommand(file, args, { env: process.env, timeoutMs: 5000 });
    if (!result.ok)
        throw new Error(`${file} failed: ${result.stderr}`);
    return result.stdout;
}
function pick(object, ...keys) {
    return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}
function readLoadAverage(procRoot) {
    const text = readOptional(external_node_path_default().join(procRoot, 'loadavg'));
    if (text === undefined) {
        const [one = 0, five = 0, fifteen = 0] = external_node_os_default().loadavg();
        return [one, five, fifteen];
    }
    return parseLoadavg(text);
}
function readMemory(procRoot) {
    const text = readOptional(external_node_path_default().join(procRoot, 'meminfo'));
    if (text === undefined)
        return { totalBytes: external_node_os_default().totalmem(), availableBytes: external_node_os_default().freemem(), swapTotalBytes: 0, swapFreeBytes: 0 };
    return parseMeminfo(text);
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

;// CONCATENATED MODULE: ./packages/core/src/health/report.ts





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
    const host = `${formatCpus(measures.nodeCpuCount)}, ${formatBytes(measures.nodeMemory.totalBytes)}`;
    const { cgroup } = measures;
    if (measures.scope !== 'cgroup' || !cgroup)
        return `host (${host})${cgroup ? `; cgroup v${cgroup.version} ${cgroup.path} sets no lower limit` : ''}`;
    const memory = cgroup.limits.memoryBytes === undefined ? 'no memory limit' : formatBytes(cgroup.limits.memoryBytes);
    return `job (cgroup v${cgroup.version} ${cgroup.path}: ${memory}, ${formatCpus(cgroup.limits.effectiveCpus)}) on a host with ${host}`;
}
/** Sets outputs, annotates problems, writes the summary; fails the step under `fail-below`. */
async function publishLocalHealth(config, report) {
    setOutput('score', String(report.score));
    setOutput('status', report.status);
    setOutput('recommendation', report.recommendation);
    setOutput('report', healthReportJson(report));
    info(`${STATUS_ICONS[report.status]} ${report.status}: score ${report.score}/100 → ${report.recommendation}`);
    info(`Measured: ${untrusted(describeMeasureScope(report.measures))}`);
    for (const problem of report.problems)
        info(`  - ${untrusted(problem)}`);
    await appendSummary(renderLocalHealthSummary(report));
    if (config.failBelow !== undefined && report.score < config.failBelow) {
        throw new ExternalError(`Runner health score ${report.score} is below fail-below ${config.failBelow}: ${report.problems.join('; ') || 'no single problem, many small ones'}.`);
    }
    if (report.status !== 'healthy')
        warning(`Runner ${report.status} (score ${report.score}): ${report.problems.join('; ')}`, { title: 'health-gate' });
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
    const table = markdownTable(['measure', 'value', 'threshold (warn / critical)', 'penalty'], rows, ['l', 'r', 'l', 'r']);
    if (subjects.length === 0)
        return table;
    return `${table}\n\n${subjects.map((subject, i) => `[${i + 1}] ${code(subject)}`).join(' · ')}`;
}
/** The job-summary section for local mode. */
function renderLocalHealthSummary(report) {
    return [
        `### ${STATUS_ICONS[report.status]} health-gate: ${report.status}, score ${report.score}/100`,
        '',
        `Recommendation: ${code(report.recommendation)}`,
        '',
        `Measured: ${describeMeasureScope(report.measures)}`,
        '',
        renderFindingsTable(report),
        '',
    ].join('\n');
}
/** Sets the dispatch outputs and writes its summary. */
async function publishDispatch(decision) {
    setOutput('runs-on', decision.runsOnJson);
    setOutput('use-self-hosted', String(decision.useSelfHosted));
    setOutput('reason', decision.reason);
    info(`runs-on: ${decision.runsOnJson} (${untrusted(decision.reason)})`);
    await appendSummary(renderDispatchSummary(decision));
}
function renderDispatchSummary(decision) {
    const lines = [
        `### ${decision.useSelfHosted ? '🏠 health-gate: self-hosted' : '☁️ health-gate: fallback'}`,
        '',
        `**runs-on** ${code(decision.runsOnJson)} — ${decision.reason}`,
    ];
    if (decision.successRate)
        lines.push('', `Recent self-hosted jobs of this workflow: ${Math.round(decision.successRate.rate * 100)}% successful over ${decision.successRate.jobs}.`);
    if (decision.prometheus) {
        const { query, value, error } = decision.prometheus;
        lines.push('', `Prometheus: ${code(query)} → ${value === undefined ? `no answer (${error ?? 'unknown'})` : `**${value}**`}`);
    }
    if (decision.queue) {
        const { queued, idle, maxQueued, runs, error } = decision.queue;
        lines.push('', error === undefined ? `Queue: ${queued} job(s) queued for these labels in ${runs} open run(s), ${idle} idle runner(s), max-queued ${maxQueued}.` : `Queue: could not be read (${error}).`);
    }
    if (decision.runners.length) {
        lines.push('', markdownTable(['runner', 'status', 'busy', 'labels'], decision.runners.map((r) => [r.name, r.status === 'online' ? '🟢 online' : '⚫ offline', r.busy ? 'busy' : 'idle', r.labels.join(', ')])));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/health/steps.ts




/** Judges this runner (local) or chooses runs-on for later jobs from the API (dispatch). */
async function runHealthGate(config, deps) {
    if (config.mode === 'dispatch')
        return { mode: 'dispatch', decision: await decideRunsOn(config.dispatch, deps.logger) };
    const measures = await measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile });
    return { mode: 'local', report: scoreHealth(measures, config.thresholds) };
}
/** Outputs, summary and annotations; fails the step under `fail-below` (local). */
async function publishHealthGate(config, result) {
    if (result.mode === 'dispatch')
        await publishDispatch(result.decision);
    else if (config.mode === 'local')
        await publishLocalHealth(config, result.report);
}

;// CONCATENATED MODULE: ./actions/health-gate/src/main.ts

/** Entry point of `health-gate`: judge this runner (local) or choose runs-on for later jobs (dispatch). */
async function run() {
    await runStep(async () => {
        const config = await readHealthGateConfig(new Inputs());
        const result = await runHealthGate(config, { logger: actionsLogger });
        await publishHealthGate(config, result);
    });
}


/***/ })

};
