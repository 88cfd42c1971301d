export const id = 857;
export const ids = [857];
export const modules = {

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/workflow-commands.ts
var workflow_commands = __webpack_require__(2007);
// EXTERNAL MODULE: ./packages/core/src/abandoned-work.ts
var abandoned_work = __webpack_require__(5487);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
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
        const error = await (0,system_errors/* explainSystemError */.T)(thrown);
        if ((0,errors/* isExpectedError */.BI)(error)) {
            workflow_commands/* setFailed */.C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            workflow_commands/* debug */.Yz(error.stack);
        workflow_commands/* setFailed */.C1(`runner-kit failed unexpectedly: ${(0,errors/* describeError */.Uc)(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        await (0,abandoned_work/* endAbandonedWork */.s)();
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

// EXTERNAL MODULE: ./packages/core/src/cache-store/actions-cache-env.ts
var actions_cache_env = __webpack_require__(2378);
// EXTERNAL MODULE: ./packages/core/src/http/deadline.ts
var deadline = __webpack_require__(7060);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
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

;// CONCATENATED MODULE: ./packages/core/src/vosk/libvosk.ts

const DEFAULT_LIBVOSK_BASE_URL = 'https://github.com/alphacep/vosk-api/releases/download';
const PLATFORMS = {
    linux: { x64: 'linux-x86_64', arm64: 'linux-aarch64', arm: 'linux-armv7l', ia32: 'linux-x86' },
    darwin: { x64: 'osx', arm64: 'osx' }, // one universal library
    win32: { x64: 'win64', ia32: 'win32' },
};
const LIBRARIES = { linux: 'libvosk.so', darwin: 'libvosk.dylib', win32: 'libvosk.dll' };
/** The release asset of `version` for a platform, or a ConfigurationError when there is none. */
function libvoskAsset(version, platform = process.platform, arch = process.arch) {
    if (!/^\d+\.\d+\.\d+$/.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Input 'libvosk-version' has the value '${version}'; expected a vosk-api release such as 0.3.45.`);
    }
    const slug = PLATFORMS[platform]?.[arch];
    const library = LIBRARIES[platform];
    if (!slug || !library)
        throw new errors/* ConfigurationError */.j1(`Input 'libvosk-version': vosk-api publishes no library for ${platform}/${arch}.`);
    return { version, archive: `vosk-${slug}-${version}.zip`, platform: slug, library, header: 'vosk_api.h' };
}
/** `<base>/v<version>/<archive>`, the layout of GitHub release downloads. */
function libvoskUrl(baseUrl, asset) {
    return `${baseUrl.replace(/\/+$/, '')}/v${asset.version}/${asset.archive}`;
}
/** Environment variables that let compilers and loaders find the library and its header. */
function libvoskEnvironment(dir, platform = process.platform, env = process.env) {
    const delimiter = platform === 'win32' ? ';' : ':';
    const prepend = (name) => ({ [name]: [dir, env[name]].filter(Boolean).join(delimiter) });
    if (platform === 'win32')
        return { ...prepend('PATH'), ...prepend('LIB'), ...prepend('INCLUDE') };
    const loader = platform === 'darwin' ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
    return { ...prepend(loader), ...prepend('LIBRARY_PATH'), ...prepend('CPATH') };
}

// EXTERNAL MODULE: ./packages/core/src/vosk/sources.ts
var sources = __webpack_require__(145);
;// CONCATENATED MODULE: ./packages/core/src/vosk/config.ts






const STRATEGIES = ['auto', 'local', 'actions-cache', 'download'];
/** Reads and validates every input once. */
async function readSetupVoskConfig(inputs, env = process.env) {
    const runner = detectRunner(env);
    const models = await (0,sources/* resolveModelSpecs */.An)({
        models: inputs.list('model'),
        baseUrl: inputs.optional('base-url') ?? sources/* DEFAULT_MODEL_BASE_URL */.un,
        ...optional('url', inputs.optional('url')),
        ...optional('sha256', inputs.optional('sha256')),
        ...optional('checksumsFile', inputs.optional('checksums')),
    }, runner.workspace);
    const requested = inputs.enumeration('strategy', STRATEGIES, 'auto');
    const { strategy, strategyReason } = chooseStrategy(requested, runner, env);
    const cacheDirInput = inputs.optional('cache-dir');
    // The download strategy must not touch a persistent cache: it works in the job's temp dir.
    const cacheDir = external_node_path_default().resolve(runner.workspace, cacheDirInput ?? (strategy === 'download' ? external_node_path_default().join(runner.temp, 'runner-kit-vosk') : external_node_path_default().join(runner.toolCache, 'runner-kit', 'vosk')));
    const linkPath = inputs.optional('path');
    const libvoskVersion = inputs.optional('libvosk-version');
    let libvosk;
    if (libvoskVersion) {
        const asset = libvoskAsset(libvoskVersion);
        const base = (0,sources/* checkUrl */.CU)(inputs.optional('libvosk-base-url') ?? DEFAULT_LIBVOSK_BASE_URL, 'libvosk-base-url').href;
        const sha256 = inputs.optional('libvosk-sha256');
        libvosk = { asset, url: libvoskUrl(base, asset), ...optional('sha256', sha256 && (0,sources/* checkSha256 */.Q9)(sha256, "Input 'libvosk-sha256'")) };
    }
    const maxCacheSize = inputs.size('max-cache-size');
    const downloadTimeoutMs = inputs.duration('download-timeout', undefined, { minMs: 1000, maxMs: deadline/* MAX_DOWNLOAD_LIMIT_MS */.pX });
    const cacheSaveTimeoutMs = inputs.duration('cache-save-timeout', undefined, { minMs: 1000, maxMs: 6 * 60 * 60_000 });
    return {
        models,
        strategy,
        strategyReason,
        cacheDir,
        ...optional('linkPath', linkPath && external_node_path_default().resolve(runner.workspace, linkPath)),
        verify: inputs.enumeration('verify', ['structure', 'full'], 'structure'),
        retries: inputs.integer('retries', 3, { min: 0, max: 20 }),
        ...optional('downloadTimeoutMs', downloadTimeoutMs),
        ...optional('cacheSaveTimeoutMs', cacheSaveTimeoutMs),
        ...optional('maxCacheSize', maxCacheSize),
        ...optional('libvosk', libvosk),
        runner,
    };
}
function chooseStrategy(requested, runner, env) {
    if (requested !== 'auto')
        return { strategy: requested, strategyReason: `strategy: ${requested}` };
    if (runner.environment === 'github-hosted') {
        return (0,actions_cache_env/* actionsCacheAvailable */.r)(env)
            ? { strategy: 'actions-cache', strategyReason: 'GitHub-hosted runner: Actions cache, then download' }
            : { strategy: 'download', strategyReason: 'GitHub-hosted runner without a cache service: download' };
    }
    return {
        strategy: 'local',
        strategyReason: runner.environment === 'self-hosted' ? 'self-hosted runner: persistent local cache' : 'runner type unknown: persistent local cache',
    };
}
function optional(key, value) {
    return value === undefined || value === '' || value === false ? {} : { [key]: value };
}

// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
;// CONCATENATED MODULE: ./packages/core/src/inputs.ts




/** The longest duration input: Node's timers hold at most 2^31-1 ms (about 24.8 days); 596h is under that. */
const MAX_TIMER_MS = 596 * 3_600_000;
const fromActionInputs = (name) => workflow_commands/* getInput */.V4(name, { trimWhitespace: true });
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
        throw new errors/* ConfigurationError */.j1(`Input '${name}' ${value === '' ? 'is required' : `has the value '${clip(value)}'`}; expected ${expected}.`);
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
                throw new errors/* ConfigurationError */.j1(`Input '${name}' is required; expected a token.`);
            return undefined;
        }
        workflow_commands/* setSecret */.Pq(value);
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
        return (0,units/* parseSize */.DB)(value) ?? this.fail(name, value, 'a size such as 512MB, 20GB or 1.5GiB');
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
        const parsed = (0,units/* parseDuration */.E9)(value);
        if (parsed === undefined || parsed < minMs || parsed > Math.min(maxMs, MAX_TIMER_MS)) {
            this.fail(name, value, `a duration from ${(0,units/* spellDuration */.jl)(minMs)} to ${(0,units/* spellDuration */.jl)(Math.min(maxMs, MAX_TIMER_MS))}, such as 30s, 5m, 1m30s or 250ms`);
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
    const oneLine = (0,logging/* untrusted */.bp)(value.replace(/\s*(\r\n|[\r\n])\s*/g, ' \n '));
    return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/filesystem.ts


const SMB = { kind: 'smb', advice: 'SMB/CIFS: keep `cache=strict` (the default) or use `cache=none`; never `cache=loose`' };
const coherent = (kind, name) => ({ kind, advice: `${name}: the defaults are coherent` });
// statfs f_type magic numbers (linux/magic.h) of filesystems another machine may also mount.
const NETWORK_MAGIC = new Map([
    [0x6969, { kind: 'nfs', advice: 'NFS: the default close-to-open consistency is enough for locks and leases; add `lookupcache=positive` so a lease another host just took is never hidden by a cached "no such file"' }],
    [0xff534d42, SMB],
    [0xfe534d42, SMB],
    [0x517b, SMB],
    [0x65735546, { kind: 'fuse', advice: 'FUSE (sshfs, s3fs, …): no `kernel_cache` or `auto_cache`; `negative_timeout=0` (the default)' }],
    [0x01021997, { kind: '9p', advice: '9p: `cache=none` or `cache=mmap`, never `cache=loose`/`fscache`' }],
    [0x00c36400, coherent('ceph', 'CephFS')],
    [0x0bd00bd0, coherent('lustre', 'Lustre')],
    [0x47504653, coherent('gpfs', 'GPFS')],
    [0x01161970, coherent('gfs2', 'GFS2')],
    [0x7461636f, coherent('ocfs2', 'OCFS2')],
    [0x5346414f, coherent('afs', 'AFS')],
    [0x6b414653, coherent('afs', 'AFS')],
]);
/** Classifies an f_type; unknown types count as local. */
function classifyFilesystem(type) {
    const known = NETWORK_MAGIC.get(type >>> 0);
    return known ? { ...known, network: true } : { kind: 'local', network: false, advice: '' };
}
/** The filesystem of `dir`, or of its nearest existing parent (the cache may not exist yet). */
async function detectCacheFilesystem(dir) {
    for (let current = external_node_path_default().resolve(dir);; current = external_node_path_default().dirname(current)) {
        try {
            return classifyFilesystem((await (0,promises_.statfs)(current)).type);
        }
        catch {
            if (external_node_path_default().dirname(current) === current)
                return classifyFilesystem(0);
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/cache-store/lease-keeper.ts





/** How often the keeper looks whether post released its leases or the job is gone. */
const CHECK_MS = 1000;
/**
 * Starts a detached process that renews `config.leases` while the job runs: the main step ends
 * long before the job does, and a lease must outlive it without outliving the job. The keeper
 * ends by itself once post has released every lease or the job's worker is gone; the runner's
 * end-of-job cleanup of leftover processes ends it too. Returns its pid, or undefined when it
 * could not start (the leases then expire after their lifetime).
 */
function startLeaseKeeper(script, config) {
    const child = (0,external_node_child_process_.spawn)(process.execPath, [script, JSON.stringify(config)], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return child.pid;
}
/** The keeper process's loop (see {@link startLeaseKeeper}); `argv` is its JSON config. */
async function runLeaseKeeper(argv) {
    const config = JSON.parse(argv[0] ?? '{}');
    let leases = [...config.leases];
    let renewedAt = Date.now();
    while (leases.length > 0 && processIsAlive(config.holderPid)) {
        await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
        const renew = Date.now() - renewedAt >= leaseRenewMs(config.ttlMs);
        const kept = [];
        for (const lease of leases) {
            if (await renewLease(lease, renew))
                kept.push(lease);
        }
        leases = kept;
        if (renew)
            renewedAt = Date.now();
    }
}
/** False once the lease is no longer this job's (released by post, or expired and reused); renews it when `renew`. */
async function renewLease(lease, renew) {
    if (!renew) {
        const record = await readRecord(lease.file);
        return typeof record === 'object' && record.token === lease.token;
    }
    let handle;
    try {
        // Read and rewrite through one handle: a slot released and taken by another job meanwhile is another file.
        handle = await open(lease.file, 'r+');
    }
    catch (error) {
        return error.code !== 'ENOENT';
    }
    try {
        const bytes = Buffer.alloc(RECORD_BYTES);
        const { bytesRead } = await handle.read(bytes, 0, RECORD_BYTES, 0);
        const record = JSON.parse(bytes.subarray(0, bytesRead).toString('utf8'));
        if (record.token !== lease.token)
            return false;
        await rewriteRecord(handle, { ...record, renewedAt: Date.now() });
        return true;
    }
    catch {
        return true; // a full or unreachable disk: try again at the next renewal; the lease holds until it expires
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/fresh-file.ts

/**
 * Reads a whole file through a fresh open(), never trusting its size: a network filesystem's
 * client may keep a size from before another host rewrote the file (sshfs, NFS with `actimeo`),
 * and `readFile` stops at that size. Reading until a read returns nothing makes the client fetch
 * what is there. Open-time (close-to-open) consistency is what NFS, SMB and FUSE guarantee.
 */
async function readFresh(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const chunks = [];
        for (let position = 0;;) {
            const chunk = Buffer.alloc(64 * 1024);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
            if (bytesRead === 0)
                return Buffer.concat(chunks);
            chunks.push(chunk.subarray(0, bytesRead));
            position += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
}
/** Size of every record file (locks and leases): rewritten in place, so the size never changes. */
const fresh_file_RECORD_BYTES = 512;
/** A JSON record padded with spaces to {@link RECORD_BYTES}, so a cached size never cuts it short. */
function encodeRecord(value) {
    const text = JSON.stringify(value);
    if (Buffer.byteLength(text) > fresh_file_RECORD_BYTES)
        throw new Error(`record too long (${Buffer.byteLength(text)} bytes): ${text.slice(0, 80)}…`);
    return Buffer.from(text.padEnd(fresh_file_RECORD_BYTES, ' '));
}
/** Rewrites a record in place through its open handle (one write of the whole record). */
async function fresh_file_rewriteRecord(handle, value) {
    await handle.write(encodeRecord(value), 0, fresh_file_RECORD_BYTES, 0);
}
/** The record in `file`, read fresh; undefined when the file is missing; `'unreadable'` for anything else (empty, cut short, not JSON). */
async function fresh_file_readRecord(file) {
    let bytes;
    try {
        bytes = await readFresh(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        return 'unreadable';
    }
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return 'unreadable';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/in-use.ts



/**
 * How long a marker that cannot be checked is trusted: one from another machine (a shared
 * cache, its pid can't be checked) or one whose name and contents are unreadable.
 */
const UNCHECKED_MARKER_TTL_MS = 24 * 60 * 60 * 1000;
/** `<host>-<pid>-<8 hex>.json`: the name alone identifies the holder, so an empty marker still counts. */
const MARKER_NAME = /^(.+)-(\d+)-[0-9a-f]{8}\.json$/;
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
        return in_use_processIsAlive(pid) ? 'live' : 'dead';
    const created = marker?.createdAt ? Date.parse(marker.createdAt) : await (0,promises_.stat)(file).then((s) => s.mtimeMs, () => 0);
    return now - created < UNCHECKED_MARKER_TTL_MS ? 'live' : 'dead';
}
/** Whether a process of this host (or pid namespace) still runs. */
function in_use_processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, owned by another user
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/leases.ts







/**
 * How long a lease lasts without renewal. setup-vosk renews its leases every
 * {@link leaseRenewMs} while the job runs (a small process started by main, ended by post), so a
 * job killed with its machine or pod stops holding its models within this time (plus the
 * clock margin), not a day later.
 */
const DEFAULT_LEASE_TTL_MS = 5 * 60_000;
/** RUNNER_KIT_LEASE_TTL_MS, or the default: how long a lease of a job that died keeps its models. */
function leaseTtlFromEnv(env = process.env) {
    const text = env['RUNNER_KIT_LEASE_TTL_MS']?.trim();
    if (!text)
        return DEFAULT_LEASE_TTL_MS;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1000)
        throw new errors/* ConfigurationError */.j1(`RUNNER_KIT_LEASE_TTL_MS is '${text}'; expected a whole number of milliseconds of at least 1000.`);
    return value;
}
/** Renewal period of a lease: a fifth of its lifetime, so a few missed renewals are harmless. */
function leases_leaseRenewMs(ttlMs) {
    return Math.max(200, Math.floor(ttlMs / 5));
}
/** Clocks of two hosts sharing a cache may differ by this much; a foreign lease lives this much longer. */
function clockMarginMs(ttlMs) {
    return Math.min(30_000, ttlMs);
}
/**
 * Lease files per entry, `0` … `LEASE_SLOTS - 1`: fixed names, so eviction opens each instead of
 * listing a directory (a listing can be a minute old on a network filesystem; an open is
 * current). A job takes the first free slot by an exclusive create.
 */
const LEASE_SLOTS = 64;
/**
 * Takes a lease on the entry whose slots live in `dir`. Throws only when no slot could be
 * created at all (a read-only disk, every slot taken): the caller pins the entry instead.
 * On a full disk the slot file still stands, empty (see {@link leaseIsLive}).
 */
async function takeLease(dir, holder, ttlMs) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const token = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const record = { v: 1, host: external_node_os_default().hostname(), pid: holder.pid, ...(holder.job ? { job: holder.job } : {}), token, renewedAt: Date.now(), ttlMs };
    for (let slot = 0; slot < LEASE_SLOTS; slot++) {
        const file = external_node_path_default().join(dir, String(slot));
        let handle;
        try {
            handle = await (0,promises_.open)(file, 'wx');
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        try {
            await handle.write(encodeRecord(record), 0);
            return { file, token };
        }
        catch (error) {
            await handle.truncate(0).catch(() => undefined);
            return { file, token, emptyBecause: error };
        }
        finally {
            await handle.close();
        }
    }
    throw new Error(`all ${LEASE_SLOTS} lease slots in ${dir} are taken`);
}
/**
 * Whether a lease still holds: on this host while its process lives; from another host until
 * its renewal plus lifetime plus the clock margin have passed on this host's clock. A lease that
 * cannot be read (a full disk left it empty) holds for a day from its file's time.
 */
async function leaseIsLive(file, record, now = Date.now()) {
    if (record === 'unreadable' || typeof record.renewedAt !== 'number') {
        const written = await (0,promises_.stat)(file).then((s) => s.mtimeMs, () => 0);
        return now - written < UNCHECKED_MARKER_TTL_MS;
    }
    if (record.host === external_node_os_default().hostname())
        return in_use_processIsAlive(record.pid);
    return now < record.renewedAt + record.ttlMs + clockMarginMs(record.ttlMs);
}
/** Every slot's lease, read fresh, with its verdict. */
async function readLeases(dir, now = Date.now()) {
    // Opening the directory makes an NFS client revalidate it, so names created elsewhere are not hidden by a cached "no such file".
    await (0,promises_.opendir)(dir).then((handle) => handle.close(), () => undefined);
    const found = [];
    for (let slot = 0; slot < LEASE_SLOTS; slot++) {
        const file = external_node_path_default().join(dir, String(slot));
        const record = await fresh_file_readRecord(file);
        if (record === undefined)
            continue;
        found.push({ file, record, live: await leaseIsLive(file, record, now) });
    }
    return found;
}
/** True while any lease on the entry holds. Expired leases are removed (call under the entry's lock). */
async function anyLiveLease(dir, now = Date.now()) {
    let live = false;
    for (const lease of await readLeases(dir, now)) {
        if (lease.live)
            live = true;
        else
            await removeIf(lease.file, (current) => current === 'unreadable' || (lease.record !== 'unreadable' && current.token === lease.record.token));
    }
    return live;
}
/** Ends a lease: removes its slot if it still holds this lease (an expired slot may have been reused). */
async function releaseLease(lease) {
    await removeIf(lease.file, (current) => current !== 'unreadable' && current.token === lease.token);
}
/**
 * Removes `file` when `still` holds for what it contains, without ever removing a file someone
 * wrote in its place meanwhile: it is renamed aside first (one atomic step), checked, and put
 * back if it is not the one meant.
 */
async function removeIf(file, still) {
    const aside = `${file}.gone-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.rename)(file, aside);
    }
    catch {
        return; // already gone
    }
    const moved = await fresh_file_readRecord(aside);
    if (moved !== undefined && still(moved))
        await (0,promises_.rm)(aside, { force: true });
    else
        await (0,promises_.rename)(aside, file).catch(() => (0,promises_.rm)(aside, { force: true }));
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/lock.ts







const defaultLockTiming = { waitMs: 2 * 60 * 60 * 1000, staleMs: 30_000 };
/**
 * Stale time on a network filesystem: a server failing over or a client reconnecting can block
 * a holder's writes for tens of seconds (NFS's default `timeo` retries take 60 s) without the
 * holder being dead.
 */
const NETWORK_STALE_MS = 120_000;
/** The stale time for a cache on `filesystem`: raised on a network filesystem unless set explicitly. */
function lockTimingFor(timing, filesystem) {
    if (!filesystem.network || timing.staleMsSet)
        return timing;
    return { ...timing, staleMs: Math.max(timing.staleMs, NETWORK_STALE_MS) };
}
const POLL_MS = 250;
const REPORT_EVERY_MS = 30_000;
/** A holder that keeps losing its lock (a machine that keeps stalling) gives up after this many takeovers. */
const MAX_TAKEOVERS = 3;
/**
 * Thrown (and the signal's reason) once another process has taken the lock over; the step's
 * error only when that keeps happening (see MAX_TAKEOVERS).
 */
class LockLostError extends errors/* ExternalError */.yA {
    name = 'LockLostError';
}
/**
 * Runs `body` while holding an inter-process lock on `lockPath`, on a local disk or a
 * filesystem shared by several machines. The lock is the directory `<lockPath>.held`, which
 * appears by renaming a complete claim directory (holding the `owner` record) onto that name:
 * one rename, which fails while another holder's directory is there. Holders rewrite the record
 * (owner, random token, heartbeat counter and time) in place; waiters read it with a fresh
 * open(), which every network filesystem makes current (close-to-open), instead of trusting
 * attributes a client may have cached for a minute.
 *
 * A holder silent longer than the stale time (killed, a machine gone or stopped) is taken over.
 * The body learns of it by `signal` or `confirm()`; when the body fails after such a takeover,
 * the lock is acquired again and `body` runs again from the start (so it must re-check what it found).
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
            logger.warning(`Another job took over the lock on ${what} while this one was stalled (silent for over ${(0,units/* formatDuration */.a3)(timing.staleMs)}); checking the cache again.`);
        }
        finally {
            await held.release();
        }
    }
}
const isRecord = (value) => typeof value === 'object' && typeof value.token === 'string';
async function acquire(lockPath, what, timing, logger) {
    const token = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const claim = `${lockPath}.claim-${token}`;
    const record = { v: 2, host: external_node_os_default().hostname(), pid: process.pid, token, seq: 0, heartbeatAt: Date.now(), staleMs: timing.staleMs };
    await (0,promises_.mkdir)(claim);
    let handle;
    try {
        handle = await (0,promises_.open)(external_node_path_default().join(claim, 'owner'), 'wx');
        await fresh_file_rewriteRecord(handle, record);
        await waitAndTake(lockPath, claim, what, timing, logger);
    }
    catch (error) {
        await handle?.close().catch(() => undefined);
        await (0,promises_.rm)(claim, { recursive: true, force: true });
        throw error;
    }
    return holding(lockPath, what, timing, logger, record, handle);
}
/** Waits until the claim directory could be renamed onto `<lockPath>.held`, taking over a dead holder. */
async function waitAndTake(lockPath, claim, what, timing, logger) {
    const held = `${lockPath}.held`;
    const started = Date.now();
    let lastReport = 0;
    let seen;
    let refusedWhileFree = 0;
    for (;;) {
        if (!(await legacyLockIsFresh(lockPath, timing))) {
            try {
                await (0,promises_.rename)(claim, held);
                return;
            }
            catch (error) {
                const code = error.code;
                // ENOTEMPTY/EEXIST locally and on NFS; sshfs reports a refused rename as EPERM.
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'EBUSY')
                    throw error;
                const current = await fresh_file_readRecord(external_node_path_default().join(held, 'owner'));
                if (current === undefined && (await (0,promises_.stat)(held).catch(() => undefined)) === undefined && ++refusedWhileFree >= 5)
                    throw error; // not a held lock: a real failure
                if (current !== undefined)
                    refusedWhileFree = 0;
                const key = isRecord(current) ? `${current.token}:${current.seq}` : String(current);
                const now = Date.now();
                if (seen?.key !== key)
                    seen = { key, since: now };
                const staleMs = Math.max(timing.staleMs, isRecord(current) ? current.staleMs : 0);
                // Silent for staleMs by our clock, or a heartbeat older than twice that by the holder's (clocks may differ by up to staleMs).
                const stale = current !== undefined && (now - seen.since >= staleMs || (isRecord(current) && now - current.heartbeatAt >= 2 * staleMs));
                if (stale && (await takeOver(held, key, lockPath))) {
                    logger.info(`Took over the lock on ${what}: its holder${isRecord(current) ? ` (${current.host}, pid ${current.pid})` : ''} was silent for over ${(0,units/* formatDuration */.a3)(staleMs)}.`);
                    seen = undefined;
                    continue;
                }
            }
        }
        const waited = Date.now() - started;
        if (waited >= timing.waitMs)
            throw new errors/* ExternalError */.yA(`Gave up after ${(0,units/* formatDuration */.a3)(waited)} waiting for another job to finish with ${what} (lock ${held}).`);
        if (lastReport === 0 || Date.now() - lastReport >= REPORT_EVERY_MS) {
            logger.info(`Waiting for another job that is installing ${what}…`);
            lastReport = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}
/**
 * Moves a dead holder's lock aside (one rename, so of several waiters only one succeeds), then
 * checks it moved what it judged: a holder that wrote a heartbeat meanwhile gets its lock back.
 */
async function takeOver(held, judged, lockPath) {
    const aside = `${lockPath}.stale-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.rename)(held, aside);
    }
    catch {
        return false; // another waiter was first, or the holder released it
    }
    const moved = await fresh_file_readRecord(external_node_path_default().join(aside, 'owner'));
    const key = isRecord(moved) ? `${moved.token}:${moved.seq}` : String(moved);
    if (key !== judged) {
        await (0,promises_.rename)(aside, held).catch(() => undefined); // alive after all (or a new holder): give it back
        return false;
    }
    // Best effort: a stalled holder's open record keeps a FUSE mount's hidden copy in the directory.
    await (0,promises_.rm)(aside, { recursive: true, force: true }).catch(() => undefined);
    return true;
}
/**
 * A lock of runner-kit before 0.2 (proper-lockfile: an empty `<lockPath>.lock` directory whose
 * mtime is its heartbeat), held by a runner not yet upgraded on a shared cache: waited for while fresh.
 */
async function legacyLockIsFresh(lockPath, timing) {
    const info = await (0,promises_.stat)(`${lockPath}.lock`).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs < 2 * timing.staleMs;
}
function holding(lockPath, what, timing, logger, record, handle) {
    const held = `${lockPath}.held`;
    const owner = external_node_path_default().join(held, 'owner');
    const controller = new AbortController();
    let beating;
    let released = false;
    const ours = async () => {
        const current = await fresh_file_readRecord(owner);
        return isRecord(current) && current.token === record.token;
    };
    const beat = () => (beating ??= (async () => {
        try {
            record.seq++;
            record.heartbeatAt = Date.now();
            // Through the handle: after a takeover it writes into the moved-away file, never the new holder's.
            await fresh_file_rewriteRecord(handle, record);
            if (!(await ours()))
                controller.abort(lockLost(what, timing));
        }
        catch (error) {
            logger.debug(`heartbeat of the lock on ${what}: ${String(error)}`);
            if (!(await ours().catch(() => false)))
                controller.abort(lockLost(what, timing));
        }
        finally {
            beating = undefined;
        }
    })());
    const timer = setInterval(() => void beat(), Math.max(50, Math.floor(timing.staleMs / 6)));
    timer.unref();
    return {
        signal: controller.signal,
        token: record.token,
        lost: async () => controller.signal.aborted || !(await ours().catch(() => false)),
        confirm: async () => {
            // A heartbeat that took long (a stall right now) proves nothing: write another.
            for (let attempt = 0; attempt < 3; attempt++) {
                const started = Date.now();
                await beat();
                if (controller.signal.aborted)
                    break;
                if (Date.now() - started < timing.staleMs / 3)
                    return;
            }
            throw lockLost(what, timing);
        },
        release: async () => {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            await beating;
            await handle.close().catch(() => undefined);
            if (controller.signal.aborted || !(await ours().catch(() => false)))
                return;
            const done = `${lockPath}.done-${record.token}`;
            try {
                await (0,promises_.rename)(held, done);
                const moved = await fresh_file_readRecord(external_node_path_default().join(done, 'owner'));
                if (!isRecord(moved) || moved.token !== record.token)
                    await (0,promises_.rename)(done, held).catch(() => undefined);
                else
                    await (0,promises_.rm)(done, { recursive: true, force: true }).catch(() => undefined);
            }
            catch (error) {
                logger.debug(`unlock ${held}: ${String(error)}`);
            }
        },
    };
}
function lockLost(what, timing) {
    return new LockLostError(`Another job took over the lock on ${what}: this one was silent for over ${(0,units/* formatDuration */.a3)(timing.staleMs)} (a stopped or overloaded machine). ` +
        'Raise RUNNER_KIT_LOCK_STALE_MS if the machine is regularly that slow.');
}
/**
 * Lock timing with overrides from the environment, for caches on slow network filesystems
 * (RUNNER_KIT_LOCK_STALE_MS) or long model installs (RUNNER_KIT_LOCK_WAIT_MS).
 */
function lockTimingFromEnv(env = process.env) {
    const read = (name, fallback, min) => {
        const text = env[name]?.trim();
        if (!text)
            return fallback;
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < min)
            throw new errors/* ConfigurationError */.j1(`${name} is '${text}'; expected a whole number of milliseconds of at least ${min}.`);
        return value;
    };
    const staleSet = Boolean(env['RUNNER_KIT_LOCK_STALE_MS']?.trim());
    return {
        waitMs: read('RUNNER_KIT_LOCK_WAIT_MS', defaultLockTiming.waitMs, 0),
        staleMs: read('RUNNER_KIT_LOCK_STALE_MS', defaultLockTiming.staleMs, 2000),
        ...(staleSet ? { staleMsSet: true } : {}),
    };
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
        throw new errors/* ConfigurationError */.j1(`Cannot hash '${file}': it is a directory.`);
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
            throw new errors/* ConfigurationError */.j1(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
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
/**
 * The entry's manifest, or undefined when it is missing or unreadable (an incomplete entry).
 * Read fresh: on a shared cache another host may have just installed or replaced the entry.
 */
async function readManifest(dir) {
    try {
        const parsed = JSON.parse((await readFresh(external_node_path_default().join(dir, MANIFEST_FILE))).toString('utf8'));
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
 *     <root>/.staging/<kind>-<id>-<lock token>-…/  downloads and extractions in progress
 *     <root>/.locks/<kind>-<id>.held/      one inter-process lock per entry (see lock.ts)
 *     <root>/.leases/<kind>-<id>/0 … 63    leases of jobs using an entry (eviction skips those)
 *     <root>/.in-use/<kind>-<id>/          markers of older runner-kit versions (still honoured)
 *     <root>/.trash/                       entries being deleted
 *
 * An entry appears by a single rename of a staged directory that already holds its manifest,
 * so a crash at any moment leaves either the old state or the new one, never a partial entry
 * where a later run would use it; the rename fails rather than replace an entry another host
 * published meanwhile. Leftovers are cleaned by the next holder of the entry's lock. Hits take
 * no lock: the manifest (read fresh) and a lease. The store may be shared by many machines over
 * a network filesystem: nothing relies on attributes or directory listings another host changed.
 */
class local_store_LocalStore {
    logger;
    lockTiming;
    leaseTtlMs;
    root;
    constructor(root, logger, lockTiming = defaultLockTiming, 
    /** Lifetime of a lease without renewal (see leases.ts). */
    leaseTtlMs = DEFAULT_LEASE_TTL_MS) {
        this.logger = logger;
        this.lockTiming = lockTiming;
        this.leaseTtlMs = leaseTtlMs;
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
    leaseDir(ref) {
        return external_node_path_default().join(this.root, '.leases', this.slug(ref));
    }
    lockPath(ref) {
        return external_node_path_default().join(this.root, '.locks', this.slug(ref));
    }
    /** Reads the entry's state without locking (a fresh manifest read and a stat per file). */
    async inspect(ref, options = {}) {
        const entry = this.entryPath(ref);
        const manifest = await readManifest(entry);
        const exists = manifest !== undefined ||
            (await (0,promises_.stat)(entry).then((info) => info.isDirectory(), () => false));
        if (!exists)
            return { state: 'missing', path: entry, problems: [] };
        if (!manifest)
            return { state: 'damaged', path: entry, problems: [`${MANIFEST_FILE} is missing or unreadable (an interrupted install?)`] };
        const problems = await verifyEntry(entry, manifest, options.full === true);
        if (options.expectedSha256 && manifest.sha256.toLowerCase() !== options.expectedSha256.toLowerCase()) {
            problems.unshift(`installed from an archive with sha256 ${manifest.sha256}, but ${options.expectedSha256} is expected now`);
        }
        return { state: problems.length ? 'damaged' : 'valid', path: entry, manifest, problems };
    }
    /**
     * Returns a valid entry, installing it with `produce` when it is missing or damaged. A valid
     * entry is served without the lock (its manifest read fresh, then a lease). Otherwise the
     * entry's lock is held, so concurrent callers for one entry (on any host sharing the store)
     * produce it once and the rest wait, while other entries proceed in parallel. `produce` gets
     * a signal that aborts when another job took the lock over (this one stalled too long): the
     * install then starts over under the lock, and finds the other job's entry if it made one.
     *
     * With `holderPid`, the job takes a lease on the entry (best effort: a cached entry is served
     * even on a full disk). When no lease can be written, the entry is pinned instead (its last use
     * set a day ahead), which eviction respects just the same.
     */
    async provide(ref, options) {
        const slug = this.slug(ref);
        const holder = options.holderPid ? { pid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : undefined;
        const hit = await this.hitWithoutLock(ref, options, holder);
        if (hit)
            return hit;
        return withLock(this.lockPath(ref), ref.id, this.lockTiming, this.logger, async (lock) => {
            await this.removeLeftovers(slug, lock.token);
            const status = await this.inspect(ref, options);
            if (status.state === 'valid') {
                await this.touch(status.path);
                const lease = holder && (await this.mark(ref, status.path, holder));
                return { path: status.path, manifest: status.manifest, hit: true, repaired: [], ...(lease ? { lease } : {}) };
            }
            if (status.state === 'damaged')
                this.logger.warning(`The cached ${ref.id} is damaged and will be reinstalled: ${status.problems.join('; ')}.`);
            const manifest = await this.install(ref, slug, lock, options.produce, status.state === 'damaged');
            const lease = holder && (await this.mark(ref, status.path, holder));
            return { path: status.path, manifest, hit: false, repaired: status.problems, ...(lease ? { lease } : {}) };
        });
    }
    /**
     * A hit as a shared store allows it: no lock, the manifest read fresh, a lease. An eviction
     * that decided before the lease appeared has moved the entry away by the time we look again
     * (it checks the leases again after the move and puts the entry back if one appeared), so a
     * second fresh manifest read settles it.
     */
    async hitWithoutLock(ref, options, holder) {
        const status = await this.inspect(ref, options);
        if (status.state !== 'valid')
            return undefined;
        const lease = holder && (await this.mark(ref, status.path, holder));
        if (lease && (await readManifest(status.path)) === undefined) {
            await releaseLease(lease);
            return undefined;
        }
        await this.touch(status.path);
        return { path: status.path, manifest: status.manifest, hit: true, repaired: [], ...(lease ? { lease } : {}) };
    }
    /** Produces the entry in a staging dir of its own and moves it into place; the staging dir never outlives the call. */
    async install(ref, slug, lock, produce, replacing) {
        await (0,promises_.mkdir)(external_node_path_default().join(this.root, '.staging'), { recursive: true });
        // The lock's token in the name: a later holder knows this staging dir is not its own.
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(this.root, '.staging', `${slug}-${lock.token}-`));
        try {
            const product = await produce(staging, lock.signal);
            const fields = { id: ref.id, source: product.source, sha256: product.sha256, archiveBytes: product.archiveBytes };
            const manifest = product.files ? assembleManifest(fields, product.files) : await buildManifest(product.contentDir, fields);
            await writeManifest(product.contentDir, manifest);
            await lock.confirm(); // never move an entry into place under a lock another job has taken over
            if (await this.publish(ref, product.contentDir, replacing))
                return manifest;
            // Someone published first (a holder that lost the lock to us, or a runner-kit without this lock).
            const status = await this.inspect(ref);
            if (status.state === 'valid')
                return status.manifest;
            throw new errors/* ExternalError */.yA(`Another process replaced ${this.entryPath(ref)} while this job held its lock, and left it damaged (${status.problems.join('; ')}); run the job again.`);
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
     * Leases the entry for `holder`, best effort. When no lease can be written (a read-only disk,
     * say), pins the entry instead: eviction skips an entry used "in the future", and setting a
     * time needs no free space. Only when both fail may another job evict it meanwhile.
     */
    async mark(ref, entry, holder) {
        try {
            const { emptyBecause, ...lease } = await takeLease(this.leaseDir(ref), holder, this.leaseTtlMs);
            if (emptyBecause !== undefined) {
                this.logger.warning(`The lease of ${ref.id} is empty (${(0,errors/* describeError */.Uc)(emptyBecause)}); it keeps the model from eviction for a day instead of while this job runs.`);
            }
            return lease;
        }
        catch (error) {
            const until = new Date(Date.now() + UNCHECKED_MARKER_TTL_MS);
            const pinned = await (0,promises_.utimes)(external_node_path_default().join(entry, MANIFEST_FILE), until, until).then(() => true, () => false);
            const consequence = pinned
                ? `it is kept from eviction until ${until.toISOString()} instead`
                : 'nor pinned, so a job evicting with max-cache-size could remove it while this job runs';
            this.logger.warning(`Could not mark ${ref.id} as in use by this job in ${this.leaseDir(ref)} (${(0,errors/* describeError */.Uc)(error)}); ${consequence}.`);
            return undefined;
        }
    }
    /** Ends a lease taken by {@link provide}. */
    async release(lease) {
        if (!external_node_path_default().resolve(lease.file).startsWith(external_node_path_default().join(this.root, '.leases') + (external_node_path_default()).sep))
            return;
        await releaseLease(lease);
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
                const inUse = await this.inUse(ref, lastUsed, async () => (await readLeases(this.leaseDir(ref))).some((lease) => lease.live));
                result.push({ ...ref, path: entryPath, ...(manifest ? { manifest } : {}), lastUsed, inUse });
            }
        }
        return result.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    }
    /**
     * Deletes an entry under its lock; false when another job holds or uses it. Hits take no
     * lock, so a lease may appear while this decides: the entry is moved away first, the leases
     * read again, and the entry put back when one appeared (the hit then finds it again).
     */
    async remove(ref) {
        const entry = this.entryPath(ref);
        const leased = () => anyLiveLease(this.leaseDir(ref));
        try {
            return await withLock(this.lockPath(ref), ref.id, { ...this.lockTiming, waitMs: 0 }, this.logger, async (lock) => {
                const lastUsed = await (0,promises_.stat)(external_node_path_default().join(entry, MANIFEST_FILE)).then((s) => s.mtime, () => new Date(0));
                if (await this.inUse(ref, lastUsed, leased))
                    return false;
                await lock.confirm();
                const old = await this.moveToTrash(ref, entry);
                if (!old)
                    return false;
                if (await leased()) {
                    await (0,promises_.rename)(old, entry);
                    return false;
                }
                await (0,promises_.rm)(old, { recursive: true, force: true });
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
    /** A live job uses the entry, or might: it is pinned, a lease holds, or an older runner-kit's marker says so (or cannot be judged). */
    async inUse(ref, lastUsed, leased) {
        return lastUsed.getTime() > Date.now() || (await leased()) || (await isInUse(this.inUseDir(ref)));
    }
    /**
     * Moves the new content into place; false when an entry is already there that this job did
     * not see (published by another host meanwhile): the rename refuses to replace a non-empty
     * directory. A damaged entry this job saw is moved away first, under the lock.
     */
    async publish(ref, contentDir, replacing) {
        const entry = this.entryPath(ref);
        await (0,promises_.mkdir)(external_node_path_default().dirname(entry), { recursive: true });
        const old = replacing ? await this.moveToTrash(ref, entry) : undefined;
        try {
            await (0,promises_.rename)(contentDir, entry);
        }
        catch (error) {
            const code = error.code;
            // ENOTEMPTY/EEXIST locally and on NFS; sshfs reports a refused rename as EPERM.
            if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM')
                return false;
            throw error;
        }
        finally {
            if (old)
                await (0,promises_.rm)(old, { recursive: true, force: true });
        }
        return true;
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
    /**
     * Staging dirs and trash of this entry left by a crashed run, or by a holder whose lock was
     * taken over (we hold the lock now). Never our own staging: its name carries our lock's token.
     */
    async removeLeftovers(slug, token) {
        const ours = `${slug}-${token}-`;
        const leftover = new RegExp(`^${slug.replace(/[.+]/g, '\\$&')}-([0-9a-f]{24}-)?[^-]*$`);
        for (const dir of ['.staging', '.trash']) {
            const names = await (0,promises_.readdir)(external_node_path_default().join(this.root, dir)).catch(() => []);
            for (const name of names) {
                if (leftover.test(name) && !name.startsWith(ours))
                    await (0,promises_.rm)(external_node_path_default().join(this.root, dir, name), { recursive: true, force: true });
            }
        }
        // Lock directories moved aside that could not be deleted at the time (see lock.ts).
        const asideLock = new RegExp(`^${slug.replace(/[.+]/g, '\\$&')}\\.(stale|done)-[0-9a-f]+$`);
        for (const name of await (0,promises_.readdir)(external_node_path_default().join(this.root, '.locks')).catch(() => [])) {
            if (asideLock.test(name))
                await (0,promises_.rm)(external_node_path_default().join(this.root, '.locks', name), { recursive: true, force: true }).catch(() => undefined);
        }
    }
}
function checkId(id) {
    // Ids become directory names: nothing that could climb out of the store.
    if (!SAFE_ID.test(id) || id.includes('..'))
        throw new errors/* ConfigurationError */.j1(`'${id}' is not a valid name: use letters, digits, '.', '_', '+' and '-' only.`);
    return id;
}

;// CONCATENATED MODULE: ./packages/core/src/vosk/link.ts



/**
 * Makes models visible at `target` (the `path` input) without copying: one model → `target`
 * is a link to it; several → `target/<name>` for each. Only links are ever replaced, so a
 * directory of the user's is never deleted.
 */
async function linkInto(target, models) {
    const links = {};
    if (models.length === 1) {
        await replaceLink(target, models[0].path);
        links[models[0].name] = target;
        return links;
    }
    await (0,promises_.mkdir)(target, { recursive: true });
    for (const model of models) {
        const link = external_node_path_default().join(target, model.name);
        await replaceLink(link, model.path);
        links[model.name] = link;
    }
    return links;
}
async function replaceLink(link, destination) {
    const existing = await (0,promises_.lstat)(link).catch(() => undefined);
    if (existing && !existing.isSymbolicLink()) {
        throw new errors/* ConfigurationError */.j1(`Input 'path': ${link} already exists and is not a link; remove it or choose another path.`);
    }
    if (existing)
        await (0,promises_.rm)(link);
    await (0,promises_.mkdir)(external_node_path_default().dirname(link), { recursive: true });
    await (0,promises_.symlink)(destination, link, process.platform === 'win32' ? 'junction' : 'dir');
}

;// CONCATENATED MODULE: ./packages/core/src/vosk/setup.ts













/** Provides every requested model (and libvosk) by the configured strategy. */
async function runSetupVosk(config, options) {
    const filesystem = config.strategy === 'local' ? await detectCacheFilesystem(config.cacheDir) : undefined;
    const timing = filesystem ? lockTimingFor(options.lockTiming ?? defaultLockTiming, filesystem) : (options.lockTiming ?? defaultLockTiming);
    const leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
    if (filesystem?.network) {
        options.logger.info(`${(0,logging/* untrusted */.bp)(config.cacheDir)} is on a network filesystem (${filesystem.kind}): a silent lock holder is taken over after ${(0,units/* formatDuration */.a3)(timing.staleMs)}, ` +
            `a lease of a job that died lasts ${(0,units/* formatDuration */.a3)(leaseTtlMs)}. Mount options that keep it safe: ${filesystem.advice}.`);
    }
    const store = new local_store_LocalStore(config.cacheDir, options.logger, timing, leaseTtlMs);
    const settings = {
        retries: config.retries,
        logger: options.logger,
        storageRemedy: storageRemedy(config),
        ...(config.downloadTimeoutMs === undefined ? {} : { limitMs: config.downloadTimeoutMs }),
    };
    const leases = [];
    const models = [];
    for (const spec of config.models) {
        const ref = { kind: 'models', id: spec.name };
        const entry = await (0,logging/* group */.Os)(`Vosk model ${spec.name}`, () => provide(store, ref, config, options, spec.sha256, spec.url, async (staging, signal) => (await installer()).produceModel(spec, staging, { ...settings, signal })));
        models.push(entry.result);
        if (entry.lease)
            leases.push(entry.lease);
    }
    let libvosk;
    if (config.libvosk) {
        const { asset, url, sha256 } = config.libvosk;
        const ref = { kind: 'libvosk', id: `${asset.version}-${asset.platform}` };
        const entry = await (0,logging/* group */.Os)(`libvosk ${asset.version} (${asset.platform})`, () => provide(store, ref, config, options, sha256, url, async (staging, signal) => (await installer()).produceLibvosk(asset, url, sha256, staging, { ...settings, signal })));
        libvosk = entry.result;
        if (entry.lease)
            leases.push(entry.lease);
    }
    const linkPath = config.linkPath;
    const links = linkPath
        ? await (0,system_errors/* withSystemErrors */.L)({ doing: 'linking the models into the workspace', path: linkPath, remedy: "set 'path' to a writable place in the workspace" }, () => linkInto(linkPath, models))
        : {};
    let evicted = [];
    if (config.maxCacheSize !== undefined) {
        const keep = [...config.models.map((m) => ({ kind: 'models', id: m.name })), ...(libvosk ? [{ kind: 'libvosk', id: libvosk.name }] : [])];
        try {
            evicted = await store.evict(config.maxCacheSize, keep);
        }
        catch (error) {
            // The models are in place: a cache that could not be trimmed is for the next job to try again.
            options.logger.warning(`Could not evict models to honour max-cache-size: ${(0,errors/* describeError */.Uc)(await (0,system_errors/* explainSystemError */.T)(error))}`);
        }
        for (const entry of evicted)
            options.logger.info(`Evicted ${entry.kind}/${(0,logging/* untrusted */.bp)(entry.id)} (least recently used) to keep the cache under max-cache-size.`);
    }
    const keeperPid = leases.length && options.leaseKeeperScript && options.holderPid ? startLeaseKeeper(options.leaseKeeperScript, { leases, holderPid: options.holderPid, ttlMs: leaseTtlMs }) : undefined;
    const sharing = filesystem && { filesystem, staleMs: timing.staleMs, leaseTtlMs, ...(keeperPid ? { keeperPid } : {}) };
    return { models, ...(libvosk ? { libvosk } : {}), links, evicted, leases, ...(sharing ? { sharing } : {}) };
}
/**
 * The download and extraction code, loaded on a miss only: its HTTP client (with undici) and zip
 * reader are most of a cache hit's start-up otherwise.
 */
const installer = () => Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663), __webpack_require__.e(483)]).then(__webpack_require__.bind(__webpack_require__, 7483));
/** What to do when the cache directory's disk is full, read-only or not a directory. */
function storageRemedy(config) {
    return config.strategy === 'download'
        ? "set 'cache-dir' to a writable place with room for the model (the default is under RUNNER_TEMP)"
        : "set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'";
}
/** The Actions cache key of an entry: platform, name, and the archive's digest or URL. */
function actionsCacheKey(config, ref, sha256, url) {
    const origin = sha256 ?? `url${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}`;
    return buildCacheKey({ prefix: 'runner-kit-vosk-v1', os: config.runner.os, arch: config.runner.arch, labels: [], extra: [ref.kind, ref.id, origin] }).key;
}
async function provide(store, ref, config, options, sha256, url, produce) {
    const started = performance.now();
    const check = { full: config.verify === 'full', ...(sha256 ? { expectedSha256: sha256 } : {}) };
    const holder = config.strategy === 'local' && options.holderPid ? { holderPid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : {};
    let source;
    // Loaded only for this strategy: @actions/cache and the Azure SDK are most of the bundle.
    const actionsCache = config.strategy === 'actions-cache' ? await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(289), __webpack_require__.e(484)]).then(__webpack_require__.bind(__webpack_require__, 5484)) : undefined;
    if (actionsCache) {
        const local = await store.inspect(ref, check);
        if (local.state !== 'valid') {
            const key = actionsCacheKey(config, ref, sha256, url);
            const matched = await actionsCache.restoreActionsCache([store.entryPath(ref)], key, [], options.logger);
            const restored = matched ? await store.inspect(ref, check) : undefined;
            if (restored?.state === 'valid')
                source = 'actions-cache';
            else {
                if (restored)
                    options.logger.warning(`The Actions cache copy of ${ref.id} is damaged (${restored.problems.join('; ')}); downloading instead.`);
                // A failed restore may have extracted part of the archive: start the install from nothing.
                await (0,promises_.rm)(store.entryPath(ref), { recursive: true, force: true });
            }
        }
    }
    const where = { doing: `providing ${ref.id} from the cache in ${store.root}`, path: store.root, remedy: storageRemedy(config) };
    const provided = await (0,system_errors/* withSystemErrors */.L)(where, () => store.provide(ref, { ...check, ...holder, produce }));
    source ??= provided.hit ? 'local-cache' : 'download';
    if (actionsCache && !provided.hit) {
        const timeoutMs = config.cacheSaveTimeoutMs ?? actionsCache.defaultSaveTimeoutMs(provided.manifest.totalBytes);
        await actionsCache.saveActionsCache([store.entryPath(ref)], actionsCacheKey(config, ref, sha256, url), options.logger, { timeoutMs, timeoutInput: 'cache-save-timeout' });
    }
    const result = {
        name: ref.id,
        path: provided.path,
        source,
        cacheHit: source !== 'download',
        sha256: provided.manifest.sha256,
        bytes: provided.manifest.totalBytes,
        elapsedMs: performance.now() - started,
        repaired: provided.repaired,
    };
    options.logger.info(`${ref.id}: ${source === 'download' ? 'downloaded' : `from the ${source === 'local-cache' ? 'local cache' : 'Actions cache'}`} → ${(0,logging/* untrusted */.bp)(provided.path)}`);
    return { result, ...(provided.lease ? { lease: provided.lease } : {}) };
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
        workflow_commands/* saveState */.LZ(this.name, JSON.stringify(value));
    }
    /** The saved value, or undefined when main did not save one (it failed early or was skipped). */
    load() {
        const text = workflow_commands/* getState */.Gu(this.name);
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
    await workflow_commands/* writeSummary */.Sy(`${markdown}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./packages/core/src/vosk/report.ts






const setupVoskState = new StepState('setup-vosk', (value) => typeof value === 'object' && value !== null && typeof value.cacheDir === 'string' && Array.isArray(value.leases));
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
    workflow_commands/* setOutput */.uH('model-path', modelPath);
    workflow_commands/* setOutput */.uH('model-paths', JSON.stringify(paths));
    workflow_commands/* setOutput */.uH('cache-hit', String(result.models.every((m) => m.cacheHit)));
    workflow_commands/* setOutput */.uH('source', overallSource(result.models));
    workflow_commands/* setOutput */.uH('sha256', first.sha256);
    workflow_commands/* setOutput */.uH('libvosk-path', result.libvosk?.path ?? '');
    workflow_commands/* exportVariable */.dN('VOSK_MODEL_PATH', modelPath);
    if (result.libvosk) {
        for (const [name, value] of Object.entries(libvoskEnvironment(result.libvosk.path)))
            workflow_commands/* exportVariable */.dN(name, value);
    }
    setupVoskState.save({ cacheDir: config.cacheDir, leases: result.leases });
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
    const rows = entries.map((e) => [code(e.name), SOURCE_LABELS[e.source], (0,units/* formatBytes */.z3)(e.bytes), (0,units/* formatDuration */.a3)(e.elapsedMs)]);
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
    const sharing = result.sharing;
    if (sharing?.filesystem.network) {
        lines.push('', `Shared cache on ${sharing.filesystem.kind}: a silent lock holder is taken over after ${(0,units/* formatDuration */.a3)(sharing.staleMs)}; ` +
            `this job's leases are renewed while it runs and last ${(0,units/* formatDuration */.a3)(sharing.leaseTtlMs)} if it dies. Mount options that keep it safe: ${sharing.filesystem.advice}.`);
    }
    const repaired = entries.filter((e) => e.repaired.length);
    if (repaired.length) {
        lines.push('', `> [!WARNING]\n${repaired.map((e) => `> ${code(e.name)} was damaged in the cache and reinstalled: ${e.repaired.join('; ')}.`).join('\n')}`);
    }
    if (result.evicted.length) {
        lines.push('', `Evicted to stay under max-cache-size: ${result.evicted.map((e) => `${code(e.id)} (${(0,units/* formatBytes */.z3)(e.manifest?.totalBytes ?? 0)})`).join(', ')}.`);
    }
    return `${lines.join('\n')}\n`;
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
    const store = new LocalStore(state.cacheDir, deps.logger);
    for (const lease of state.leases)
        await store.release(lease);
    deps.logger.debug(`setup-vosk post: released ${state.leases.length} lease(s).`);
}

;// CONCATENATED MODULE: ./actions/setup-vosk/src/main.ts


/** Entry point of `setup-vosk` (and its alias `setup-vosk-cached`). */
async function run() {
    await runStep(async () => {
        const config = await readSetupVoskConfig(new Inputs());
        const result = await runSetupVosk(config, {
            logger: logging/* actionsLogger */.MV,
            // The runner's job worker is this step's parent: while it lives, the job may use the models.
            holderPid: process.ppid,
            job: process.env['GITHUB_JOB'] ?? 'job',
            lockTiming: lockTimingFromEnv(),
            leaseTtlMs: leaseTtlFromEnv(),
            // Renews the job's leases after this step ends (dist/setup-vosk/lease-keeper, next to this bundle).
            leaseKeeperScript: external_node_path_default().join(external_node_path_default().dirname(process.argv[1] ?? '.'), '..', 'lease-keeper', 'index.js'),
        });
        await publishSetupVosk(config, result);
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

/***/ 2378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ actionsCacheAvailable)
/* harmony export */ });
// Kept apart from actions-cache.ts so that deciding whether there is a cache service does not
// load @actions/cache and the Azure SDK (a third of a second of start-up) on every runner.
/**
 * True when the runner gave this job a cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL as
 * @actions/cache reads them).
 */
function actionsCacheAvailable(env = process.env) {
    // Mirrors @actions/cache's isFeatureAvailable, which can only read process.env.
    return Boolean(usesServiceV2(env) ? env['ACTIONS_RESULTS_URL'] : env['ACTIONS_CACHE_URL']);
}
/** v2 is opted into by ACTIONS_CACHE_SERVICE_V2, and never used on GHES (any other server host). */
function usesServiceV2(env) {
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    if (!env['ACTIONS_CACHE_SERVICE_V2'] || !URL.canParse(server))
        return false;
    const host = new URL(server).hostname.toUpperCase();
    return host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST');
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

/***/ 7060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pX: () => (/* binding */ MAX_DOWNLOAD_LIMIT_MS),
/* harmony export */   vr: () => (/* binding */ DownloadDeadline)
/* harmony export */ });
/* unused harmony export defaultDownloadLimitMs */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9367);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7319);



/** Time a download may take before its size is known, or when the server never says. */
const UNKNOWN_SIZE_LIMIT_MS = 60 * 60_000;
/** Slack on top of the time the size takes at {@link FLOOR_RATE}: connection set-up, retries. */
const BASE_LIMIT_MS = 5 * 60_000;
/** The slowest rate a healthy download is expected to keep up (1 MiB/s). */
const FLOOR_RATE = 2 ** 20;
/** Longest limit: a day (timers cannot exceed ~24.8 days anyway). */
const MAX_DOWNLOAD_LIMIT_MS = 24 * 60 * 60_000;
/**
 * The overall time limit for a download of `totalBytes` when none is given: 5 minutes plus the
 * time the size takes at 1 MiB/s (a 50 MB model: about 6 minutes; 1.8 GB: about 34), or an hour
 * while the size is unknown. At most a day.
 */
function defaultDownloadLimitMs(totalBytes) {
    if (totalBytes === undefined)
        return UNKNOWN_SIZE_LIMIT_MS;
    return Math.min(MAX_DOWNLOAD_LIMIT_MS, Math.round(BASE_LIMIT_MS + (totalBytes / FLOOR_RATE) * 1000));
}
/**
 * The overall time limit of one download, and the signal that stops it: aborted with a
 * {@link DownloadTimeoutError} saying how far the download got when the limit passes, or with the
 * caller's reason when the caller's signal aborts.
 */
class DownloadDeadline {
    #controller = new AbortController();
    #started = performance.now();
    #url;
    #fixed;
    #standing;
    #timer;
    #sized = false;
    constructor(url, limitMs, external, standing) {
        this.#url = url;
        this.#fixed = limitMs !== undefined;
        this.#standing = standing;
        this.#arm(limitMs ?? defaultDownloadLimitMs(undefined));
        if (external?.aborted)
            this.#controller.abort(external.reason);
        else
            external?.addEventListener('abort', () => this.#controller.abort(external.reason), { once: true });
    }
    get signal() {
        return this.#controller.signal;
    }
    /** The server told the size: a default limit is now derived from it (once). */
    sizeKnown(totalBytes) {
        if (this.#fixed || this.#sized || totalBytes === undefined)
            return;
        this.#sized = true;
        this.#arm(defaultDownloadLimitMs(totalBytes));
    }
    dispose() {
        clearTimeout(this.#timer);
    }
    #arm(limitMs) {
        clearTimeout(this.#timer);
        const elapsed = performance.now() - this.#started;
        this.#timer = setTimeout(() => this.#controller.abort(this.#timeUp(limitMs)), Math.max(0, limitMs - elapsed));
    }
    #timeUp(limitMs) {
        const { bytes, totalBytes, attempts } = this.#standing();
        const seconds = (performance.now() - this.#started) / 1000;
        const of = totalBytes === undefined ? '' : ` of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)} (${totalBytes > 0 ? Math.floor((bytes / totalBytes) * 100) : 100}%)`;
        const progress = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}${of} arrived in ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(seconds * 1000)} and ${attempts} attempt${attempts === 1 ? '' : 's'}, ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(seconds > 0 ? bytes / seconds : 0)} on average`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DownloadTimeoutError */ ._Z(this.#url, limitMs, progress);
    }
}


/***/ }),

/***/ 9367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   Mh: () => (/* binding */ HttpNotFoundError),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Or: () => (/* binding */ isSystemError),
/* harmony export */   _Z: () => (/* binding */ DownloadTimeoutError),
/* harmony export */   a0: () => (/* binding */ ChecksumMismatchError),
/* harmony export */   r3: () => (/* binding */ isRetryable),
/* harmony export */   x8: () => (/* binding */ describeTlsFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5294);


/** The server answered 404 or 410: the URL is wrong (or the file was removed), so retrying is pointless. */
class HttpNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'HttpNotFoundError';
    url;
    /** 404 or 410, so a caller can name the one the server actually sent. */
    status;
    constructor(url, status) {
        super(`Not found: ${url} (HTTP ${status}).`);
        this.url = url;
        this.status = status;
    }
}
/** Any other non-2xx answer: at once for a client error, or a server error that outlasted every retry. */
class HttpStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA {
    name = 'HttpStatusError';
    url;
    status;
    constructor(url, status, message) {
        super(message);
        this.url = url;
        this.status = status;
    }
}
/**
 * The whole body arrived but its SHA-256 is not the one the user pinned: the pin is stale or the
 * server serves something else. A configuration problem either way, and a retry would not help.
 */
class ChecksumMismatchError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'ChecksumMismatchError';
    expected;
    actual;
    constructor(url, expected, actual) {
        super(`Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}.`);
        this.expected = expected;
        this.actual = actual;
    }
}
/**
 * A failure worth another attempt (a retryable status, a stalled or truncated body). Internal:
 * once retries run out it becomes an {@link HttpStatusError} or an `ExternalError`.
 */
class TransientError extends Error {
    name = 'TransientError';
    /** The HTTP status that caused it, when there was one. */
    status;
    /** How long the server asked us to wait (`Retry-After`), already capped. */
    retryAfterMs;
    constructor(message, details = {}) {
        super(message, { cause: details.cause });
        this.status = details.status;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** Error codes of network failures that another attempt may well get past. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET', // includes Node's "aborted": the connection closed before the body was complete
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND', // DNS: runners' resolvers do fail transiently
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EHOSTDOWN',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** True when another attempt may succeed. */
function isRetryable(error) {
    if (error instanceof TransientError)
        return true;
    const code = error?.code;
    return typeof code === 'string' && RETRYABLE_CODES.has(code);
}
/** OpenSSL's verdicts on a certificate chain this machine does not trust (a private CA, a TLS-inspecting proxy). */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
/**
 * What to tell the user about a TLS failure, or undefined when `error` is none. TLS errors carry
 * a code but no system call, so without this they would look like bugs of ours.
 */
function describeTlsFailure(error) {
    const { code } = (error ?? {});
    if (typeof code !== 'string')
        return undefined;
    // Node 24 appends "; … try running Node.js with --use-system-ca", a flag a step cannot pass.
    const message = (error.message ?? code).split(';')[0];
    if (UNTRUSTED_CERTIFICATE_CODES.has(code)) {
        return `the server's TLS certificate is not trusted on this machine (${message}). If the runner reaches it through a private CA or a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to that CA's PEM file (in the runner's .env file, or the job's env:)`;
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID' || code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
        return `TLS failed (${message})`;
    }
    return undefined;
}
/** True for failures of the machine or the network (they name a system call), as opposed to bugs. */
function isSystemError(error) {
    return typeof error?.syscall === 'string';
}
/** A download that did not finish within its overall time limit (a server trickling bytes, say). */
class DownloadTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExternalError */ .yA {
    name = 'DownloadTimeoutError';
    url;
    limitMs;
    constructor(url, limitMs, progress) {
        super(`Download of ${url} did not finish within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(limitMs)}: ${progress}.`);
        this.url = url;
        this.limitMs = limitMs;
    }
}


/***/ }),

/***/ 7319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   P9: () => (/* binding */ snapshot),
/* harmony export */   Vu: () => (/* binding */ formatProgress),
/* harmony export */   Z3: () => (/* binding */ ProgressMeter)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);

/**
 * One log line for a download: `model: 45% of 1.8 GiB, 23.4 MB/s, ETA 1m 2s`, or
 * `model: 12.0 MiB, 23.4 MB/s` when the size is unknown.
 */
function formatProgress(label, progress) {
    const { receivedBytes, totalBytes, etaSeconds } = progress;
    const speed = formatRate(progress.bytesPerSecond);
    if (totalBytes === undefined)
        return `${label}: ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(receivedBytes)}, ${speed}`;
    // Rounded down, so 100% means done rather than "nearly".
    const percent = totalBytes > 0 ? Math.floor((receivedBytes / totalBytes) * 100) : 100;
    const eta = etaSeconds === undefined ? '' : `, ETA ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(etaSeconds * 1000)}`;
    return `${label}: ${percent}% of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totalBytes)}, ${speed}${eta}`;
}
/** Decimal megabytes per second: the unit people know download speeds in (unlike binary file sizes). */
function formatRate(bytesPerSecond) {
    return `${(bytesPerSecond / 1e6).toFixed(1)} MB/s`;
}
/** Builds a snapshot, deriving the ETA from the speed. */
function snapshot(receivedBytes, totalBytes, bytesPerSecond) {
    const progress = { receivedBytes, bytesPerSecond };
    if (totalBytes === undefined)
        return progress;
    progress.totalBytes = totalBytes;
    if (bytesPerSecond > 0)
        progress.etaSeconds = Math.max(0, totalBytes - receivedBytes) / bytesPerSecond;
    return progress;
}
/**
 * Throttles progress reports to one per interval. The speed is measured over the bytes since the
 * previous report, so it follows the network rather than averaging in a slow start or a retry.
 */
class ProgressMeter {
    intervalMs;
    report;
    startedAt = performance.now();
    lastAt = this.startedAt;
    transferred = 0;
    lastTransferred = 0;
    constructor(intervalMs, report) {
        this.intervalMs = intervalMs;
        this.report = report;
    }
    /** Records that `bytes` more arrived (`receivedBytes` in the file now); reports if it is time. */
    add(bytes, receivedBytes, totalBytes) {
        this.transferred += bytes;
        const now = performance.now();
        const seconds = (now - this.lastAt) / 1000;
        if (now - this.lastAt < this.intervalMs || seconds <= 0)
            return;
        const rate = (this.transferred - this.lastTransferred) / seconds;
        this.lastAt = now;
        this.lastTransferred = this.transferred;
        this.report(snapshot(receivedBytes, totalBytes, rate));
    }
    /** Milliseconds since the meter started. */
    elapsedMs() {
        return performance.now() - this.startedAt;
    }
    /** Average speed over everything transferred so far, discarded attempts included. */
    averageRate() {
        const seconds = this.elapsedMs() / 1000;
        return seconds > 0 ? this.transferred / seconds : 0;
    }
}


/***/ }),

/***/ 6496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ actionsLogger),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   bp: () => (/* binding */ untrusted)
/* harmony export */ });
/* unused harmony export consoleLogger */
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
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jl: () => (/* binding */ spellDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports formatCpus, formatCount */
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

/***/ 145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ resolveModelSpecs),
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   Q9: () => (/* binding */ checkSha256),
/* harmony export */   Tj: () => (/* binding */ MODEL_LIST_HINT),
/* harmony export */   un: () => (/* binding */ DEFAULT_MODEL_BASE_URL)
/* harmony export */ });
/* unused harmony exports checkModelName, modelNameFromUrl, parseChecksums */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



/** Where the official models live; any mirror with the same `<name>.zip` layout works. */
const DEFAULT_MODEL_BASE_URL = 'https://alphacephei.com/vosk/models';
const MODEL_LIST_HINT = 'Model names are listed at https://alphacephei.com/vosk/models (for example vosk-model-small-en-us-0.15)';
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;
const SHA256 = /^[0-9a-f]{64}$/i;
/** Checks a model name: it becomes a directory name, so nothing that could leave the cache. */
function checkModelName(name, inputName) {
    if (!MODEL_NAME.test(name) || name.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}' has the model name '${name}'; expected a name such as vosk-model-small-en-us-0.15 (letters, digits, '.', '_', '+', '-').`);
    }
    return name;
}
function checkSha256(value, where) {
    if (!SHA256.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} has '${value}'; expected a SHA-256 digest (64 hex characters).`);
    return value.toLowerCase();
}
/** An http(s) URL, or a ConfigurationError naming the input. */
function checkUrl(value, inputName) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}' has the value '${value}'; expected an http:// or https:// URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}' has the value '${value}'; expected an http:// or https:// URL.`);
    }
    return url;
}
/** Model name from an archive URL: `…/vosk-model-small-en-us-0.15.zip` → `vosk-model-small-en-us-0.15`. */
function modelNameFromUrl(url) {
    const file = decodeURIComponent(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(url.pathname));
    return file.replace(/\.(zip|tar\.gz|tgz)$/i, '');
}
/**
 * Parses a checksums file of `name:sha256:<hex>` lines (the model-versions.txt teams keep);
 * blank lines and `#` comments are ignored.
 */
function parseChecksums(text, file) {
    const digests = new Map();
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([^:\s]+):sha256:([0-9a-fA-F]{64})$/.exec(line);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'checksums': ${file} line ${index + 1} is '${line}'; expected name:sha256:<64 hex characters>.`);
        digests.set(match[1], match[2].toLowerCase());
    }
    return digests;
}
/** Resolves names, URLs and expected digests for every requested model. */
async function resolveModelSpecs(inputs, workspace) {
    const base = checkUrl(inputs.baseUrl, 'base-url').href.replace(/\/+$/, '');
    const explicitUrl = inputs.url ? checkUrl(inputs.url, 'url') : undefined;
    const names = inputs.models.map((name) => checkModelName(name, 'model'));
    if (names.length === 0) {
        if (!explicitUrl)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'model' is required (or give 'url'); expected a model name such as vosk-model-small-en-us-0.15.");
        names.push(checkModelName(modelNameFromUrl(explicitUrl), 'url'));
    }
    if (new Set(names).size !== names.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'model' lists a model twice: ${names.join(', ')}.`);
    if (names.length > 1 && explicitUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'url' gives one archive but 'model' lists several models; use 'base-url' for several.");
    const sha256 = inputs.sha256 ? checkSha256(inputs.sha256, "Input 'sha256'") : undefined;
    if (names.length > 1 && sha256)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'sha256' is for a single model; for several, use a 'checksums' file.");
    let checksums = new Map();
    if (inputs.checksumsFile) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, inputs.checksumsFile);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'checksums': cannot read ${file}; expected a file of name:sha256:<hex> lines.`);
        });
        checksums = parseChecksums(text, inputs.checksumsFile);
    }
    return names.map((name) => {
        const listed = checksums.get(name);
        if (sha256 && listed && sha256 !== listed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sha256' (${sha256}) disagrees with the 'checksums' file (${listed}) for ${name}.`);
        }
        const expected = sha256 ?? listed;
        return { name, url: explicitUrl?.href ?? `${base}/${encodeURIComponent(name)}.zip`, ...(expected ? { sha256: expected } : {}) };
    });
}


/***/ }),

/***/ 2007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports isDebug, notice, error, startGroup, endGroup */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);




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
    process.stdout.write(`::${command}${keys.length > 0 ? ` ${set.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
    return true;
}
/** `name<<delimiter` … `delimiter`, with a delimiter the value cannot contain. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${converted}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`;
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
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
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
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (options.overwrite ? node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile : node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown, { encoding: 'utf8' });
}


/***/ })

};
