export const id = 555;
export const ids = [555];
export const modules = {

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
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
    process.stdout.write(EOL);
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
        await access(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (options.overwrite ? writeFile : appendFile)(file, markdown, { encoding: 'utf8' });
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
/** True while abandoned work is still running. */
function hasAbandonedWork() {
    return pending.size > 0;
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
class errors_ConfigurationError extends Error {
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
    return error instanceof errors_ConfigurationError;
}
/** True for errors whose message alone tells the user what happened (not runner-kit bugs). */
function errors_isExpectedError(error) {
    return error instanceof errors_ConfigurationError || error instanceof ExternalError;
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
            core.setFailed(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            core.debug(error.stack);
        core.setFailed(`runner-kit failed unexpectedly: ${describeError(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        await endAbandonedWork();
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
            debug(error.stack);
        warning(`runner-kit post step: ${errors_describeError(error)}`);
    }
    finally {
        await abandoned_work_endAbandonedWork();
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/cache-store/in-use.ts




/**
 * How long a marker that cannot be checked is trusted: one from another machine (a shared
 * cache, its pid can't be checked) or one whose name and contents are unreadable.
 */
const UNCHECKED_MARKER_TTL_MS = 24 * 60 * 60 * 1000;
/** `<host>-<pid>-<8 hex>.json`: the name alone identifies the holder, so an empty marker still counts. */
const MARKER_NAME = /^(.+)-(\d+)-[0-9a-f]{8}\.json$/;
/**
 * Records that `holder` uses the entry whose markers live in `dir`; returns the marker file, and
 * why it is empty if it is. The file is created first and filled after: creating it needs no free
 * blocks, so on a full disk an empty marker still stands, and its name says who holds the entry.
 * Only when not even the file can be created does this throw.
 */
async function addMarker(dir, holder) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const host = external_node_os_default().hostname();
    const file = external_node_path_default().join(dir, `${host}-${holder.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    const marker = { host, ...holder, createdAt: new Date().toISOString() };
    const handle = await (0,promises_.open)(file, 'wx');
    try {
        await handle.writeFile(JSON.stringify(marker));
        return { file };
    }
    catch (error) {
        await handle.truncate(0).catch(() => undefined); // half a JSON document would only confuse a reader
        return { file, emptyBecause: error };
    }
    finally {
        await handle.close();
    }
}
/**
 * True while any marker in `dir` belongs to a live holder, or might: a marker that cannot be
 * judged counts as live until {@link UNCHECKED_MARKER_TTL_MS}, so "could not tell" never lets
 * an entry in use be evicted. Markers of dead holders are removed.
 */
async function isInUse(dir, now = Date.now()) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        return error.code !== 'ENOENT'; // unreadable: uncertain, so in use
    }
    let live = false;
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        const verdict = await judge(file, name, now);
        if (verdict === 'dead')
            await (0,promises_.rm)(file, { force: true });
        else
            live = true;
    }
    return live;
}
async function judge(file, name, now) {
    let marker;
    try {
        marker = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        marker = undefined;
    }
    const fromName = MARKER_NAME.exec(name);
    const host = marker?.host ?? fromName?.[1];
    const pid = marker?.pid ?? (fromName ? Number(fromName[2]) : undefined);
    if (host === external_node_os_default().hostname() && pid !== undefined)
        return processIsAlive(pid) ? 'live' : 'dead';
    const created = marker?.createdAt ? Date.parse(marker.createdAt) : await (0,promises_.stat)(file).then((s) => s.mtimeMs, () => 0);
    return now - created < UNCHECKED_MARKER_TTL_MS ? 'live' : 'dead';
}
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, owned by another user
    }
}

// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(648);
var proper_lockfile_default = /*#__PURE__*/__webpack_require__.n(proper_lockfile);
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
function units_formatBytes(bytes) {
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
function units_formatDuration(ms) {
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

;// CONCATENATED MODULE: ./packages/core/src/cache-store/lock.ts






const defaultLockTiming = { waitMs: 2 * 60 * 60 * 1000, staleMs: 30_000 };
const POLL_MS = 250;
const REPORT_EVERY_MS = 30_000;
/** A holder that keeps losing its lock (a machine that keeps stalling) gives up after this many takeovers. */
const MAX_TAKEOVERS = 3;
/**
 * Thrown (and the signal's reason) once another process has taken the lock over; the step's
 * error only when that keeps happening (see MAX_TAKEOVERS).
 */
class LockLostError extends ExternalError {
    name = 'LockLostError';
}
/**
 * Runs `body` while holding an inter-process lock on `lockPath` (a directory `<lockPath>.lock`
 * is created atomically). Waits, with a log line now and then, while another process holds it.
 *
 * A holder that stalls longer than the stale time (a stopped or swapped-out job) may have its
 * lock taken over by another process, which then removes its work in progress. The body learns
 * of it by `signal` or `confirm()`; when the body fails after such a takeover, the lock is
 * acquired again and `body` runs again from the start (so it must re-check what it found).
 */
async function withLock(lockPath, what, timing, logger, body) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(lockPath), { recursive: true });
    for (let takeovers = 0;; takeovers++) {
        const held = await acquire(lockPath, what, timing, logger);
        try {
            return await body(held);
        }
        catch (error) {
            if (takeovers >= MAX_TAKEOVERS || !(await held.lost()))
                throw error;
            logger.warning(`Another job took over the lock on ${what} while this one was stalled (silent for over ${units_formatDuration(timing.staleMs)}); checking the cache again.`);
        }
        finally {
            await held.release();
        }
    }
}
async function acquire(lockPath, what, timing, logger) {
    const lockDir = `${lockPath}.lock`;
    const controller = new AbortController();
    // The mtime proper-lockfile last set on the lock dir: a lock whose mtime is another is no longer ours.
    let ours;
    const trackingFs = {
        ...(external_node_fs_default()),
        utimes: (file, atime, mtime, callback) => external_node_fs_default().utimes(file, atime, mtime, (error) => {
            if (!error && file === lockDir)
                ours = mtime.getTime();
            callback(error);
        }),
    };
    const options = {
        realpath: false,
        stale: timing.staleMs,
        retries: 0,
        fs: trackingFs,
        onCompromised: (error) => {
            logger.debug(`The lock on ${what} was taken over: ${error.message}`);
            controller.abort(lockLost(what, timing));
        },
    };
    const started = Date.now();
    let lastReport = 0;
    let release;
    for (;;) {
        try {
            release = await proper_lockfile_default().lock(lockPath, options);
            break;
        }
        catch (error) {
            if (error.code !== 'ELOCKED')
                throw error;
            const waited = Date.now() - started;
            if (waited >= timing.waitMs) {
                throw new ExternalError(`Gave up after ${units_formatDuration(waited)} waiting for another job to finish with ${what} (lock ${lockDir}).`);
            }
            if (lastReport === 0 || Date.now() - lastReport >= REPORT_EVERY_MS) {
                logger.info(`Waiting for another job that is installing ${what}…`);
                lastReport = Date.now();
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    }
    let gone = false;
    const lost = async () => {
        if (gone || controller.signal.aborted)
            return true;
        const mtime = await (0,promises_.stat)(lockDir).then((info) => info.mtime.getTime(), () => undefined);
        if (mtime !== undefined && mtime === ours)
            return false;
        gone = true;
        // Taken over, but proper-lockfile has not noticed yet: until its refresh does (within
        // staleMs / 2), it would still remove the lock dir, now the other holder's, on release or exit.
        await new Promise((resolve) => {
            const timer = setTimeout(resolve, timing.staleMs);
            controller.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        });
        return true;
    };
    return {
        signal: controller.signal,
        lost,
        confirm: async () => {
            // Stalled past half the stale time: another process may judge us dead any moment now.
            // proper-lockfile's overdue refresh runs first (or finds the lock taken).
            for (const deadline = Date.now() + timing.staleMs; ours !== undefined && Date.now() - ours > timing.staleMs / 2 && Date.now() < deadline;) {
                if (controller.signal.aborted)
                    break;
                await new Promise((resolve) => setTimeout(resolve, 20));
            }
            if (await lost())
                throw lockLost(what, timing);
        },
        release: async () => {
            if (!gone && !controller.signal.aborted)
                await release().catch((error) => logger.debug(`unlock ${lockPath}: ${String(error)}`));
        },
    };
}
function lockLost(what, timing) {
    return new LockLostError(`Another job took over the lock on ${what}: this one was silent for over ${units_formatDuration(timing.staleMs)} (a stopped or overloaded machine). ` +
        'Raise RUNNER_KIT_LOCK_STALE_MS if the machine is regularly that slow.');
}
/**
 * Lock timing with overrides from the environment, for caches on slow network filesystems
 * (raise RUNNER_KIT_LOCK_STALE_MS) or long model installs (RUNNER_KIT_LOCK_WAIT_MS).
 */
function lockTimingFromEnv(env = process.env) {
    const read = (name, fallback, min) => {
        const text = env[name]?.trim();
        if (!text)
            return fallback;
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < min)
            throw new ConfigurationError(`${name} is '${text}'; expected a whole number of milliseconds of at least ${min}.`);
        return value;
    };
    return { waitMs: read('RUNNER_KIT_LOCK_WAIT_MS', defaultLockTiming.waitMs, 0), staleMs: read('RUNNER_KIT_LOCK_STALE_MS', defaultLockTiming.staleMs, 2000) };
}

;// CONCATENATED MODULE: ./packages/core/src/concurrency.ts
/**
 * Maps items from an (async) iterable with at most `limit` calls in flight, returning the
 * results in input order. Items are pulled lazily, so a huge listing is never held twice.
 */
async function mapOrdered(items, limit, mapper) {
    const results = [];
    const inFlight = new Set();
    let index = 0;
    let failure;
    for await (const item of items) {
        if (failure)
            break;
        const position = index++;
        const task = mapper(item, position).then((result) => {
            results[position] = result;
        }, (error) => {
            failure ??= { error };
        });
        const tracked = task.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
        if (inFlight.size >= limit)
            await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure)
        throw failure.error;
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/file-hash.ts



// Apart from hashing.ts so that what needs only a file digest (cache manifests) does not pull
// in @actions/glob.
const WHOLE_FILE_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;
/** Hex SHA-256 of a regular file's bytes (the one file hasher: hashFiles, cache manifests). */
async function sha256File(file) {
    const digest = await digestFile(file);
    if (!digest)
        throw new errors_ConfigurationError(`Cannot hash '${file}': it is a directory.`);
    return digest.toString('hex');
}
/** SHA-256 of a file's bytes, or undefined for a directory. */
async function digestFile(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            return undefined;
        if (code === 'ENOENT')
            throw new errors_ConfigurationError(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
        throw error;
    }
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            return undefined;
        const hash = (0,external_node_crypto_.createHash)('sha256');
        if (stat.size <= WHOLE_FILE_LIMIT) {
            hash.update(await handle.readFile());
        }
        else {
            const buffer = Buffer.allocUnsafe(CHUNK);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
                if (bytesRead === 0)
                    break;
                hash.update(buffer.subarray(0, bytesRead));
            }
        }
        return hash.digest();
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/manifest.ts




/** Written last into a complete entry; its presence and contents make the entry valid. */
const MANIFEST_FILE = '.runner-kit-manifest.json';
/** Hashes every file under `dir` (except the manifest) into a manifest. */
async function buildManifest(dir, fields) {
    const relativePaths = (await listFiles(dir)).filter((p) => p !== MANIFEST_FILE).sort();
    const files = await mapOrdered(relativePaths, 8, async (relative) => ({
        path: relative,
        size: (await (0,promises_.stat)(external_node_path_default().join(dir, relative))).size,
        sha256: await sha256File(external_node_path_default().join(dir, relative)),
    }));
    return assembleManifest(fields, files);
}
/** A manifest from files already hashed (while they were extracted, say). */
function assembleManifest(fields, files) {
    const sorted = files.filter((f) => f.path !== MANIFEST_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        version: 1,
        ...fields,
        installedAt: new Date().toISOString(),
        totalBytes: sorted.reduce((sum, f) => sum + f.size, 0),
        files: sorted,
    };
}
async function writeManifest(dir, manifest) {
    await (0,promises_.writeFile)(external_node_path_default().join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
/** The entry's manifest, or undefined when it is missing or unreadable (an incomplete entry). */
async function readManifest(dir) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, MANIFEST_FILE), 'utf8'));
        return parsed.version === 1 && Array.isArray(parsed.files) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Checks that every file is there with its recorded size: a stat per file, so the cost does
 * not grow with the model's size. `full` also re-hashes every byte.
 */
async function verifyEntry(dir, manifest, full) {
    const problems = await mapOrdered(manifest.files, full ? 4 : 16, async (file) => {
        const absolute = external_node_path_default().join(dir, file.path);
        let info;
        try {
            info = await (0,promises_.stat)(absolute);
        }
        catch {
            return `${file.path} is missing`;
        }
        if (!info.isFile())
            return `${file.path} is not a regular file`;
        if (info.size !== file.size)
            return `${file.path} is ${info.size} bytes, expected ${file.size}`;
        if (full && (await sha256File(absolute)) !== file.sha256)
            return `${file.path} has different contents (sha256 mismatch)`;
        return undefined;
    });
    return problems.filter((p) => p !== undefined);
}
async function listFiles(dir, prefix = '') {
    const result = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(dir, prefix), { withFileTypes: true })) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            result.push(...(await listFiles(dir, relative)));
        else if (entry.isFile())
            result.push(relative);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/local-store.ts







const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;
/**
 * A persistent cache of extracted archives (models, libraries) on one filesystem:
 *
 *     <root>/<kind>/<id>/             complete entries, each with its manifest inside
 *     <root>/.staging/<kind>-<id>-…/  downloads and extractions in progress
 *     <root>/.locks/<kind>-<id>.lock  one inter-process lock per entry
 *     <root>/.in-use/<kind>-<id>/     markers of jobs using an entry (eviction skips those)
 *     <root>/.trash/                  entries being deleted
 *
 * An entry appears by a single rename of a staged directory that already holds its manifest,
 * so a crash at any moment leaves either the old state or the new one, never a partial entry
 * where a later run would use it. Leftovers are cleaned by the next holder of the entry's lock.
 */
class LocalStore {
    logger;
    lockTiming;
    root;
    constructor(root, logger, lockTiming = defaultLockTiming) {
        this.logger = logger;
        this.lockTiming = lockTiming;
        this.root = external_node_path_default().resolve(root);
    }
    entryPath(ref) {
        return external_node_path_default().join(this.root, ref.kind, checkId(ref.id));
    }
    slug(ref) {
        return `${ref.kind}-${checkId(ref.id)}`;
    }
    inUseDir(ref) {
        return external_node_path_default().join(this.root, '.in-use', this.slug(ref));
    }
    /** Reads the entry's state without locking (a manifest read and a stat per file). */
    async inspect(ref, options = {}) {
        const entry = this.entryPath(ref);
        const exists = await (0,promises_.stat)(entry).then((info) => info.isDirectory(), () => false);
        if (!exists)
            return { state: 'missing', path: entry, problems: [] };
        const manifest = await readManifest(entry);
        if (!manifest)
            return { state: 'damaged', path: entry, problems: [`${MANIFEST_FILE} is missing or unreadable (an interrupted install?)`] };
        const problems = await verifyEntry(entry, manifest, options.full === true);
        if (options.expectedSha256 && manifest.sha256.toLowerCase() !== options.expectedSha256.toLowerCase()) {
            problems.unshift(`installed from an archive with sha256 ${manifest.sha256}, but ${options.expectedSha256} is expected now`);
        }
        return { state: problems.length ? 'damaged' : 'valid', path: entry, manifest, problems };
    }
    /**
     * Returns a valid entry, installing it with `produce` when it is missing or damaged. The
     * entry's lock is held throughout, so concurrent callers for one entry produce it once and
     * the rest wait, while other entries proceed in parallel. `produce` gets a signal that aborts
     * when another job took the lock over (this one stalled too long): the install then starts
     * over under the lock, and finds the other job's entry if it made one.
     *
     * With `holderPid`, the entry is marked in use (best effort: a cached entry is served even on
     * a full disk). When no marker can be written, the entry is pinned instead (its last use set a
     * day ahead), which eviction respects just the same.
     */
    async provide(ref, options) {
        const slug = this.slug(ref);
        const holder = options.holderPid ? { pid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : undefined;
        return withLock(external_node_path_default().join(this.root, '.locks', slug), ref.id, this.lockTiming, this.logger, async (lock) => {
            await this.removeLeftovers(slug);
            const status = await this.inspect(ref, options);
            if (status.state === 'valid') {
                await this.touch(status.path);
                const marker = holder && (await this.mark(ref, status.path, holder));
                return { path: status.path, manifest: status.manifest, hit: true, repaired: [], ...(marker ? { marker } : {}) };
            }
            if (status.state === 'damaged')
                this.logger.warning(`The cached ${ref.id} is damaged and will be reinstalled: ${status.problems.join('; ')}.`);
            const manifest = await this.install(ref, slug, lock, options.produce);
            const marker = holder && (await this.mark(ref, status.path, holder));
            return { path: status.path, manifest, hit: false, repaired: status.problems, ...(marker ? { marker } : {}) };
        });
    }
    /** Produces the entry in a staging dir of its own and moves it into place; the staging dir never outlives the call. */
    async install(ref, slug, lock, produce) {
        await (0,promises_.mkdir)(external_node_path_default().join(this.root, '.staging'), { recursive: true });
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(this.root, '.staging', `${slug}-`));
        try {
            const product = await produce(staging, lock.signal);
            const fields = { id: ref.id, source: product.source, sha256: product.sha256, archiveBytes: product.archiveBytes };
            const manifest = product.files ? assembleManifest(fields, product.files) : await buildManifest(product.contentDir, fields);
            await writeManifest(product.contentDir, manifest);
            await lock.confirm(); // never move an entry into place under a lock another job has taken over
            await this.replace(ref, product.contentDir);
            return manifest;
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    /** Records the use for LRU eviction, without shortening a pin (a last use in the future). */
    async touch(entry) {
        const manifest = external_node_path_default().join(entry, MANIFEST_FILE);
        const now = new Date();
        if ((await (0,promises_.stat)(manifest)).mtimeMs < now.getTime())
            await (0,promises_.utimes)(manifest, now, now);
    }
    /**
     * Marks the entry in use by `holder`, best effort. When no marker can be written (a full disk,
     * say), pins the entry instead: eviction skips an entry used "in the future", and setting a
     * time needs no free space. Only when both fail may another job evict it meanwhile.
     */
    async mark(ref, entry, holder) {
        try {
            const { file, emptyBecause } = await addMarker(this.inUseDir(ref), holder);
            if (emptyBecause !== undefined) {
                this.logger.warning(`The in-use marker of ${ref.id} is empty (${errors_describeError(emptyBecause)}); its name alone marks the model as in use by this job.`);
            }
            return file;
        }
        catch (error) {
            const until = new Date(Date.now() + UNCHECKED_MARKER_TTL_MS);
            const pinned = await (0,promises_.utimes)(external_node_path_default().join(entry, MANIFEST_FILE), until, until).then(() => true, () => false);
            const consequence = pinned
                ? `it is kept from eviction until ${until.toISOString()} instead`
                : 'nor pinned, so a job evicting with max-cache-size could remove it while this job runs';
            this.logger.warning(`Could not mark ${ref.id} as in use by this job in ${this.inUseDir(ref)} (${errors_describeError(error)}); ${consequence}.`);
            return undefined;
        }
    }
    /** Removes an in-use marker written by {@link provide}. */
    async release(marker) {
        if (!external_node_path_default().resolve(marker).startsWith(external_node_path_default().join(this.root, '.in-use') + (external_node_path_default()).sep))
            return;
        await (0,promises_.rm)(marker, { force: true });
    }
    /** Every entry of every kind, with its manifest, last use and whether a live job holds it. */
    async list() {
        const result = [];
        const kinds = await (0,promises_.readdir)(this.root, { withFileTypes: true }).catch(() => []);
        for (const kind of kinds) {
            if (!kind.isDirectory() || kind.name.startsWith('.'))
                continue;
            for (const entry of await (0,promises_.readdir)(external_node_path_default().join(this.root, kind.name), { withFileTypes: true })) {
                if (!entry.isDirectory() || !SAFE_ID.test(entry.name))
                    continue;
                const ref = { kind: kind.name, id: entry.name };
                const entryPath = this.entryPath(ref);
                const manifest = await readManifest(entryPath);
                const lastUsed = await (0,promises_.stat)(external_node_path_default().join(entryPath, manifest ? MANIFEST_FILE : '')).then((s) => s.mtime);
                result.push({ ...ref, path: entryPath, ...(manifest ? { manifest } : {}), lastUsed, inUse: await this.inUse(ref, lastUsed) });
            }
        }
        return result.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    }
    /** Deletes an entry under its lock; false when another job holds or uses it. */
    async remove(ref) {
        const slug = this.slug(ref);
        try {
            return await withLock(external_node_path_default().join(this.root, '.locks', slug), ref.id, { ...this.lockTiming, waitMs: 0 }, this.logger, async (lock) => {
                const lastUsed = await (0,promises_.stat)(external_node_path_default().join(this.entryPath(ref), MANIFEST_FILE)).then((s) => s.mtime, () => new Date(0));
                if (await this.inUse(ref, lastUsed))
                    return false;
                await lock.confirm();
                await this.discard(ref, this.entryPath(ref));
                return true;
            });
        }
        catch {
            return false; // locked by an installer or a verifier: not ours to delete now
        }
    }
    /**
     * Deletes least-recently-used entries until the store is at most `maxBytes`, never one in
     * `keep` or one a live job uses. Returns what was (or, with `dryRun`, would be) removed.
     */
    async evict(maxBytes, keep = [], dryRun = false) {
        const entries = await this.list();
        let total = entries.reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
        const kept = new Set(keep.map((ref) => this.slug(ref)));
        const candidates = entries.filter((e) => !kept.has(this.slug(e)) && !e.inUse).sort((a, b) => a.lastUsed.getTime() - b.lastUsed.getTime());
        const removed = [];
        for (const entry of candidates) {
            if (total <= maxBytes)
                break;
            if (dryRun || (await this.remove(entry))) {
                total -= entry.manifest?.totalBytes ?? 0;
                removed.push(entry);
            }
        }
        return removed;
    }
    /** A live job uses the entry, or might: a marker says so (or cannot be judged), or it is pinned. */
    async inUse(ref, lastUsed) {
        return lastUsed.getTime() > Date.now() || (await isInUse(this.inUseDir(ref)));
    }
    /** Swaps the new content in: the old entry (if any) is renamed away first, then deleted. */
    async replace(ref, contentDir) {
        const entry = this.entryPath(ref);
        await (0,promises_.mkdir)(external_node_path_default().dirname(entry), { recursive: true });
        const old = await this.moveToTrash(ref, entry);
        await (0,promises_.rename)(contentDir, entry);
        if (old)
            await (0,promises_.rm)(old, { recursive: true, force: true });
    }
    async discard(ref, entry) {
        const old = await this.moveToTrash(ref, entry);
        if (old)
            await (0,promises_.rm)(old, { recursive: true, force: true });
    }
    async moveToTrash(ref, entry) {
        await (0,promises_.mkdir)(external_node_path_default().join(this.root, '.trash'), { recursive: true });
        const trash = external_node_path_default().join(this.root, '.trash', `${this.slug(ref)}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.rename)(entry, trash);
            return trash;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** Staging dirs and trash of this entry left by a crashed run (we hold its lock now). */
    async removeLeftovers(slug) {
        for (const dir of ['.staging', '.trash']) {
            const names = await (0,promises_.readdir)(external_node_path_default().join(this.root, dir)).catch(() => []);
            for (const name of names) {
                if (name.startsWith(`${slug}-`))
                    await (0,promises_.rm)(external_node_path_default().join(this.root, dir, name), { recursive: true, force: true });
            }
        }
    }
}
function checkId(id) {
    // Ids become directory names: nothing that could climb out of the store.
    if (!SAFE_ID.test(id) || id.includes('..'))
        throw new errors_ConfigurationError(`'${id}' is not a valid name: use letters, digits, '.', '_', '+' and '-' only.`);
    return id;
}

;// CONCATENATED MODULE: ./packages/core/src/state.ts

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
        saveState(this.name, JSON.stringify(value));
    }
    /** The saved value, or undefined when main did not save one (it failed early or was skipped). */
    load() {
        const text = getState(this.name);
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

;// CONCATENATED MODULE: ./packages/core/src/vosk/report.ts






const setupVoskState = new StepState('setup-vosk', (value) => typeof value === 'object' && value !== null && typeof value.cacheDir === 'string' && Array.isArray(value.markers));
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
    core.setOutput('model-path', modelPath);
    core.setOutput('model-paths', JSON.stringify(paths));
    core.setOutput('cache-hit', String(result.models.every((m) => m.cacheHit)));
    core.setOutput('source', overallSource(result.models));
    core.setOutput('sha256', first.sha256);
    core.setOutput('libvosk-path', result.libvosk?.path ?? '');
    core.exportVariable('VOSK_MODEL_PATH', modelPath);
    if (result.libvosk) {
        for (const [name, value] of Object.entries(libvoskEnvironment(result.libvosk.path)))
            core.exportVariable(name, value);
    }
    setupVoskState.save({ cacheDir: config.cacheDir, markers: result.markers });
    await appendSummary(renderSetupVoskSummary(config, result));
}
const SOURCE_LABELS = {
    'local-cache': '⚡ local cache',
    'actions-cache': '📦 Actions cache',
    download: '⬇️ download',
};
/** The job-summary section: one row per model (and the library), then evictions. */
function renderSetupVoskSummary(config, result) {
    const entries = [...result.models, ...(result.libvosk ? [result.libvosk] : [])];
    const rows = entries.map((e) => [code(e.name), SOURCE_LABELS[e.source], formatBytes(e.bytes), formatDuration(e.elapsedMs)]);
    // Paths are long: in a column they squeeze the sizes and times into wrapping; under the table they read whole.
    const paths = entries.map((e) => `- ${code(e.name)} → ${code(result.links[e.name] ?? e.path)}`);
    const lines = [
        '### 🗣️ setup-vosk',
        '',
        markdownTable(['model', 'source', 'size', 'time'], rows, ['l', 'l', 'r', 'r']),
        '',
        'Installed at:',
        '',
        ...paths,
        '',
        `Strategy: ${config.strategyReason}; cache: ${code(config.cacheDir)}; verify: ${config.verify}.`,
    ];
    const repaired = entries.filter((e) => e.repaired.length);
    if (repaired.length) {
        lines.push('', `> [!WARNING]\n${repaired.map((e) => `> ${code(e.name)} was damaged in the cache and reinstalled: ${e.repaired.join('; ')}.`).join('\n')}`);
    }
    if (result.evicted.length) {
        lines.push('', `Evicted to stay under max-cache-size: ${result.evicted.map((e) => `${code(e.id)} (${formatBytes(e.manifest?.totalBytes ?? 0)})`).join(', ')}.`);
    }
    return `${lines.join('\n')}\n`;
}
/** Reads post's typed state. */
function readSetupVoskPostConfig() {
    const state = setupVoskState.load();
    return state ? { state } : {};
}
/** post: the job no longer uses its models, so eviction may take them; it has nothing to publish. */
async function runSetupVoskPost(config, deps) {
    const { state } = config;
    if (!state) {
        deps.logger.debug('setup-vosk post: main saved no state (it failed or was skipped); nothing to release.');
        return;
    }
    const store = new LocalStore(state.cacheDir, deps.logger);
    for (const marker of state.markers)
        await store.release(marker);
    deps.logger.debug(`setup-vosk post: released ${state.markers.length} in-use marker(s).`);
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

;// CONCATENATED MODULE: ./actions/setup-vosk/src/post.ts

/** Post step of `setup-vosk`: the job no longer uses its models, so eviction may take them. */
async function run() {
    await runPostStep(async () => {
        const config = readSetupVoskPostConfig();
        await runSetupVoskPost(config, { logger: actionsLogger });
    });
}


/***/ })

};
