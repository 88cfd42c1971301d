export const id = 90;
export const ids = [90];
export const modules = {

/***/ 4090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/step.ts
var step = __webpack_require__(2155);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var src_runner = __webpack_require__(8643);
;// CONCATENATED MODULE: ./packages/core/src/cache-key/config.ts


const isMatrix = (value) => value === null || (typeof value === 'object' && !Array.isArray(value));
/** Reads and validates every input once; the rest of the action works on this object. */
function readCacheKeyConfig(inputs, env = process.env) {
    const prefix = inputs.required('prefix');
    if (/[\r\n]/.test(prefix))
        throw new errors/* ConfigurationError */.j1("Input 'prefix' must be a single line.");
    const perJob = inputs.boolean('per-job', false);
    const matrix = inputs.json('matrix', isMatrix, 'a JSON object, as produced by ${{ toJSON(matrix) }}');
    const job = env['GITHUB_JOB'];
    if (perJob && !job) {
        throw new errors/* ConfigurationError */.j1("Input 'per-job' is true but GITHUB_JOB is not set; per-job keys need the runner's job id.");
    }
    const runner = (0,src_runner/* detectRunner */.q)(env);
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

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 9 modules
var glob = __webpack_require__(3860);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./packages/core/src/concurrency.ts
var src_concurrency = __webpack_require__(7870);
// EXTERNAL MODULE: ./packages/core/src/file-hash.ts
var file_hash = __webpack_require__(6692);
;// CONCATENATED MODULE: ./packages/core/src/hashing.ts









const IS_WINDOWS = process.platform === 'win32';
/**
 * `hashFiles()`-compatible digest of the files matching `patterns` (newline list, `!` excludes,
 * `#` comments). File order and the digest-of-digests scheme are the runner's, because files
 * are enumerated by `@actions/glob`'s own globber; only the reading and hashing run in parallel.
 */
async function hashFiles(patterns, options) {
    const { workspace, followSymbolicLinks = false, concurrency = 32, inputName = 'files' } = options;
    const userPatterns = patterns.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    if (userPatterns.length === 0)
        return { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
    const rooted = userPatterns.map((pattern) => rootPattern(pattern, workspace));
    const globber = await createGlobber(rooted, followSymbolicLinks, inputName);
    const workspacePrefix = `${external_node_path_default().resolve(workspace)}${(external_node_path_default()).sep}`;
    const files = [];
    async function* filesUnderWorkspace() {
        for await (const file of globber.globGenerator()) {
            if (file.startsWith(workspacePrefix))
                yield file;
        }
    }
    const digests = await (0,src_concurrency/* mapOrdered */.w)(filesUnderWorkspace(), concurrency, async (file) => {
        const digest = await (0,file_hash/* digestFile */.T)(file);
        return digest && { file, digest };
    });
    const combined = (0,external_node_crypto_.createHash)('sha256');
    let count = 0;
    for (const entry of digests) {
        if (!entry)
            continue; // a matched directory: the runner skips those too
        combined.update(entry.digest);
        files.push(entry.file);
        count++;
    }
    const { unmatchedPatterns, outsideWorkspace } = await findUnmatched(userPatterns, rooted, files, workspacePrefix, followSymbolicLinks);
    return { hash: count > 0 ? combined.digest('hex') : '', count, unmatchedPatterns, outsideWorkspace };
}
async function createGlobber(rooted, followSymbolicLinks, inputName) {
    try {
        return await glob/* create */.v(rooted.join('\n'), { followSymbolicLinks });
    }
    catch (error) {
        // @actions/glob rejects `.`/`..` segments and globs in the root with an assertion.
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** Roots a relative pattern at the workspace the way `@actions/glob` roots it at the cwd. */
function rootPattern(pattern, workspace) {
    const negation = /^!*/.exec(pattern)[0];
    const body = pattern.slice(negation.length);
    const base = globEscape(external_node_path_default().resolve(workspace));
    if (body === '.' || body.startsWith(`.${(external_node_path_default()).sep}`) || body.startsWith('./'))
        return negation + base + body.slice(1);
    if (external_node_path_default().isAbsolute(body) || body === '~' || body.startsWith('~/') || body.startsWith(`~${(external_node_path_default()).sep}`))
        return pattern;
    return `${negation}${base}${(external_node_path_default()).sep}${body}`;
}
/** The escaping `@actions/glob` applies to literal path prefixes. */
function globEscape(text) {
    return (IS_WINDOWS ? text : text.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/**
 * Include patterns that matched nothing in the workspace. Hashed files are first attributed to
 * patterns with the globber's own minimatch options; a pattern left with none is confirmed by a
 * globber of its own (which stops at the first hit in the workspace), so excluded or
 * directory-only matches still count. A pattern whose only files are outside the workspace is
 * unmatched too (they are never hashed), and said to be outside.
 */
async function findUnmatched(userPatterns, rooted, files, workspacePrefix, followSymbolicLinks) {
    const unmatched = [];
    const outside = [];
    const options = { dot: true, nobrace: true, nocase: IS_WINDOWS, nocomment: true, noext: true, nonegate: true };
    const posix = (file) => (IS_WINDOWS ? file.replace(/\\/g, '/') : file);
    for (const [index, pattern] of rooted.entries()) {
        if (pattern.startsWith('!'))
            continue;
        const expanded = pattern.startsWith('~') ? globEscape(external_node_os_default().homedir()) + pattern.slice(1) : pattern;
        const matchers = [new esm/* Minimatch */.VR(expanded, options), new esm/* Minimatch */.VR(`${expanded.replace(/[\\/]+$/, '')}/**`, options)];
        if (files.some((file) => matchers.some((matcher) => matcher.match(posix(file)))))
            continue;
        const alone = await glob/* create */.v(pattern, { followSymbolicLinks, matchDirectories: true });
        let found = false;
        let foundOutside = false;
        for await (const candidate of alone.globGenerator()) {
            const info = await (0,promises_.stat)(candidate).catch(() => undefined); // a broken link is no file
            if (!info || info.isDirectory())
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
        unmatched.push(userPatterns[index]);
        if (foundOutside)
            outside.push(userPatterns[index]);
    }
    return { unmatchedPatterns: unmatched, outsideWorkspace: outside };
}

// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/cache-key/key.ts
var cache_key_key = __webpack_require__(6673);
;// CONCATENATED MODULE: ./packages/core/src/cache-key/compute.ts



/** Hashes the files and builds the key for a validated config, in a log group. */
async function runCacheKey(config) {
    return (0,logging/* group */.Os)('Computing the cache key', () => computeCacheKey(config));
}
/** The key, restore keys and files hash, without a log group (the CLI, tests). */
async function computeCacheKey(config) {
    const started = performance.now();
    const files = config.filePatterns.length
        ? await hashFiles(config.filePatterns, { workspace: config.workspace, followSymbolicLinks: config.followSymbolicLinks })
        : { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
    const key = (0,cache_key_key/* buildCacheKey */.S1)({
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

// EXTERNAL MODULE: ./packages/core/src/workflow-commands.ts
var workflow_commands = __webpack_require__(2007);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(521);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
;// CONCATENATED MODULE: ./packages/core/src/cache-key/report.ts




/** Sets the action's outputs, warns about patterns that matched nothing, writes the summary. */
async function publishCacheKey(config, result) {
    for (const pattern of result.unmatchedPatterns) {
        const where = result.outsideWorkspace.includes(pattern)
            ? `: it matches files outside the workspace ${config.workspace} only, and files outside it are never hashed (as with hashFiles()); copy them into the workspace, or put their version or digest in 'extra'`
            : ` (input 'files', relative to ${config.workspace})`;
        workflow_commands/* warning */.$e(`cache-key: no files matched the pattern '${pattern}'${where}.`, { title: 'cache-key: no files matched' });
    }
    workflow_commands/* setOutput */.uH('key', result.key);
    workflow_commands/* setOutput */.uH('restore-keys', result.restoreKeys.join('\n'));
    workflow_commands/* setOutput */.uH('files-hash', result.filesHash);
    workflow_commands/* setOutput */.uH('files-count', String(result.filesCount));
    workflow_commands/* info */.pq(`key: ${(0,logging/* untrusted */.bp)(result.key)}`);
    for (const restoreKey of result.restoreKeys)
        workflow_commands/* info */.pq(`restore-key: ${(0,logging/* untrusted */.bp)(restoreKey)}`);
    workflow_commands/* info */.pq(`${result.filesCount} file(s) hashed in ${(0,units/* formatDuration */.a3)(result.elapsedMs)}`);
    await (0,summary/* appendSummary */.fe)(renderCacheKeySummary(config, result));
}
/** The job-summary section: the key, each segment and where it came from, the fallbacks. */
function renderCacheKeySummary(config, result) {
    const rows = result.segments.map((segment) => [segment.name, (0,summary/* code */.aY)(segment.value)]);
    const sections = [
        `### 🔑 cache-key: ${(0,summary/* code */.aY)(config.prefix)}`,
        '',
        `**key** ${(0,summary/* code */.aY)(result.key)}`,
        '',
        (0,summary/* markdownTable */.Qj)(['segment', 'value'], rows),
        '',
        (0,summary/* markdownTable */.Qj)(['restore-keys (most → least specific)'], result.restoreKeys.map((restoreKey) => [(0,summary/* code */.aY)(restoreKey)])),
        '',
        `${result.filesCount} file(s) hashed${config.filePatterns.length ? ` from ${config.filePatterns.map(summary/* code */.aY).join(', ')}` : ''} in ${(0,units/* formatDuration */.a3)(result.elapsedMs)}.`,
    ];
    if (result.unmatchedPatterns.length) {
        sections.push('', `> [!WARNING]\n> No files matched ${result.unmatchedPatterns.map(summary/* code */.aY).join(', ')}.`);
        if (result.outsideWorkspace.length)
            sections.push(`> ${result.outsideWorkspace.map(summary/* code */.aY).join(', ')} only matched files outside the workspace, which are never hashed.`);
    }
    if (!config.perJob) {
        sections.push('', '> [!TIP]\n> Several jobs or matrix legs saving this same key race for it (`409 Conflict`, "Unable to reserve cache"). Set `per-job: true` and `matrix: ${{ toJSON(matrix) }}` to give each its own key.');
    }
    return `${sections.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/cache-key/src/main.ts

/** Entry point of the `cache-key` action. */
async function run() {
    await (0,step/* runStep */.e)(async () => {
        const config = readCacheKeyConfig(new inputs/* Inputs */.G0());
        const result = await runCacheKey(config);
        await publishCacheKey(config, result);
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

/***/ 6673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ buildCacheKey)
/* harmony export */ });
/* unused harmony exports MAX_KEY_LENGTH, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
    let key = joinSegments(segments);
    if (key.length > MAX_KEY_LENGTH) {
        // Only the extra parts are unbounded in number: fold them into one digest.
        const folded = digest(extra.map((s) => s.value).join('\n'), 16);
        const first = segments.indexOf(extra[0]);
        segments.splice(first, extra.length, { name: 'extra (hashed)', value: folded });
        key = joinSegments(segments);
    }
    const minimum = 3; // prefix-OS-ARCH: never restore another platform's cache
    const restoreKeys = [];
    for (let count = segments.length - 1; count >= minimum; count--) {
        restoreKeys.push(`${joinSegments(segments.slice(0, count))}-`);
    }
    return { key, restoreKeys, segments };
}
function joinSegments(segments) {
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, length);
}


/***/ }),

/***/ 7870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ mapOrdered)
/* harmony export */ });
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


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   T: () => (/* binding */ digestFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



// Apart from hashing.ts so that what needs only a file digest (cache manifests) does not pull
// in @actions/glob.
const WHOLE_FILE_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;
/** Hex SHA-256 of a regular file's bytes (the one file hasher: hashFiles, cache manifests). */
async function sha256File(file) {
    const digest = await digestFile(file);
    if (!digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot hash '${file}': it is a directory.`);
    return digest.toString('hex');
}
/** SHA-256 of a file's bytes, or undefined for a directory. */
async function digestFile(file) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            return undefined;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
        throw error;
    }
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            return undefined;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, splitList */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2007);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6496);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5294);




/** The longest duration input: Node's timers hold at most 2^31-1 ms (about 24.8 days); 596h is under that. */
const MAX_TIMER_MS = 596 * 3_600_000;
const fromActionInputs = (name) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: true });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' ${value === '' ? 'is required' : `has the value '${clip(value)}'`}; expected ${expected}.`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is required; expected a token.`);
            return undefined;
        }
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
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
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(value) ?? this.fail(name, value, 'a size such as 512MB, 20GB or 1.5GiB');
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
        const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
        if (parsed === undefined || parsed < minMs || parsed > Math.min(maxMs, MAX_TIMER_MS)) {
            this.fail(name, value, `a duration from ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .spellDuration */ .jl)(minMs)} to ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .spellDuration */ .jl)(Math.min(maxMs, MAX_TIMER_MS))}, such as 30s, 5m, 1m30s or 250ms`);
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
    const oneLine = (0,_logging_js__WEBPACK_IMPORTED_MODULE_3__/* .untrusted */ .bp)(value.replace(/\s*(\r\n|[\r\n])\s*/g, ' \n '));
    return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ detectRunner),
/* harmony export */   w: () => (/* binding */ osName)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    const temp = env['RUNNER_TEMP'] || node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir();
    return {
        environment,
        os: env['RUNNER_OS'] || osName(process.platform),
        arch: env['RUNNER_ARCH'] || ARCH_NAMES[process.arch] || process.arch,
        name: env['RUNNER_NAME'] || node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname(),
        workspace: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
        temp,
        toolCache: env['RUNNER_TOOL_CACHE'] || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(temp, 'tool-cache'),
    };
}


/***/ }),

/***/ 2155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ runPostStep),
/* harmony export */   e: () => (/* binding */ runStep)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2007);
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5487);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _system_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1146);




/**
 * Runs one action entry point. Anything thrown, Error or not, fails the step: a
 * ConfigurationError or ExternalError with its message only, anything else as a runner-kit bug
 * with its stack in the debug log, so users can tell "fix your input" from "report this". A
 * system error no caller explained (a full disk, say) is explained here, without the context.
 */
async function runStep(body) {
    const loadedMs = performance.now();
    try {
        await body();
    }
    catch (thrown) {
        // A full disk or a read-only directory that no caller explained is still not a bug.
        const error = await (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainSystemError */ .T)(thrown);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpectedError */ .BI)(error)) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1(`runner-kit failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_3__/* .endAbandonedWork */ .s)();
    }
}
/** Start-up (Node and the bundle, from the process's start) and work, for anyone timing a step. */
function reportTiming(loadedMs) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`runner-kit: loaded ${Math.round(loadedMs)} ms after the process started, then worked ${Math.round(performance.now() - loadedMs)} ms.`);
}
/**
 * Like {@link runStep} for a `post` step that must never fail the job (cleanup, reports):
 * problems become warnings.
 */
async function runPostStep(body) {
    const loadedMs = performance.now();
    try {
        await body();
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`runner-kit post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_3__/* .endAbandonedWork */ .s)();
    }
}


/***/ })

};
