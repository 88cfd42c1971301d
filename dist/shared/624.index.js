export const id = 624;
export const ids = [624];
export const modules = {

/***/ 6673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ buildCacheKey)
/* harmony export */ });
/* unused harmony exports MAX_KEY_LENGTH, canonicalJson */
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

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
    return (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256').update(text).digest('hex').slice(0, length);
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

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ runLeaseKeeper),
/* harmony export */   j: () => (/* binding */ startLeaseKeeper)
/* harmony export */ });
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fresh_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9607);
/* harmony import */ var _in_use_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2551);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9773);





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
    const child = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .childProcess */ .Qk)().spawn(process.execPath, [script, JSON.stringify(config)], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return child.pid;
}
/** The keeper process's loop (see {@link startLeaseKeeper}); `argv` is its JSON config. */
async function runLeaseKeeper(argv) {
    const config = JSON.parse(argv[0] ?? '{}');
    let leases = [...config.leases];
    let renewedAt = Date.now();
    while (leases.length > 0 && (0,_in_use_js__WEBPACK_IMPORTED_MODULE_2__/* .processIsAlive */ .xT)(config.holderPid)) {
        await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
        const renew = Date.now() - renewedAt >= (0,_leases_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseRenewMs */ .E8)(config.ttlMs);
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
        const record = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .aE)(lease.file);
        return typeof record === 'object' && record.token === lease.token;
    }
    let handle;
    try {
        // Read and rewrite through one handle: a slot released and taken by another job meanwhile is another file.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(lease.file, 'r+');
    }
    catch (error) {
        return error.code !== 'ENOENT';
    }
    try {
        const bytes = Buffer.alloc(_fresh_file_js__WEBPACK_IMPORTED_MODULE_4__/* .RECORD_BYTES */ .oZ);
        const { bytesRead } = await handle.read(bytes, 0, _fresh_file_js__WEBPACK_IMPORTED_MODULE_4__/* .RECORD_BYTES */ .oZ, 0);
        const record = JSON.parse(bytes.subarray(0, bytesRead).toString('utf8'));
        if (record.token !== lease.token)
            return false;
        await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_4__/* .rewriteRecord */ .aR)(handle, { ...record, renewedAt: Date.now() });
        return true;
    }
    catch {
        return true; // a full or unreachable disk: try again at the next renewal; the lease holds until it expires
    }
    finally {
        await handle.close();
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

/***/ 2873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readSetupVoskConfig)
/* harmony export */ });
/* unused harmony export STRATEGIES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_store_actions_cache_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2378);
/* harmony import */ var _http_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7060);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8643);
/* harmony import */ var _libvosk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7537);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(145);






const STRATEGIES = ['auto', 'local', 'actions-cache', 'download'];
/** Reads and validates every input once. */
async function readSetupVoskConfig(inputs, env = process.env) {
    const runner = (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .detectRunner */ .q)(env);
    const models = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveModelSpecs */ .An)({
        models: inputs.list('model'),
        baseUrl: inputs.optional('base-url') ?? _sources_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MODEL_BASE_URL */ .un,
        ...optional('url', inputs.optional('url')),
        ...optional('sha256', inputs.optional('sha256')),
        ...optional('checksumsFile', inputs.optional('checksums')),
    }, runner.workspace);
    const requested = inputs.enumeration('strategy', STRATEGIES, 'auto');
    const { strategy, strategyReason } = chooseStrategy(requested, runner, env);
    const cacheDirInput = inputs.optional('cache-dir');
    // The download strategy must not touch a persistent cache: it works in the job's temp dir.
    const cacheDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(runner.workspace, cacheDirInput ?? (strategy === 'download' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runner.temp, 'runner-kit-vosk') : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runner.toolCache, 'runner-kit', 'vosk')));
    const linkPath = inputs.optional('path');
    const libvoskVersion = inputs.optional('libvosk-version');
    let libvosk;
    if (libvoskVersion) {
        const asset = (0,_libvosk_js__WEBPACK_IMPORTED_MODULE_3__/* .libvoskAsset */ .JV)(libvoskVersion);
        const base = (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .checkUrl */ .CU)(inputs.optional('libvosk-base-url') ?? _libvosk_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LIBVOSK_BASE_URL */ .BN, 'libvosk-base-url').href;
        const sha256 = inputs.optional('libvosk-sha256');
        libvosk = { asset, url: (0,_libvosk_js__WEBPACK_IMPORTED_MODULE_3__/* .libvoskUrl */ .iv)(base, asset), ...optional('sha256', sha256 && (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSha256 */ .Q9)(sha256, "Input 'libvosk-sha256'")) };
    }
    const maxCacheSize = inputs.size('max-cache-size');
    const downloadTimeoutMs = inputs.duration('download-timeout', undefined, { minMs: 1000, maxMs: _http_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DOWNLOAD_LIMIT_MS */ .pX });
    const cacheSaveTimeoutMs = inputs.duration('cache-save-timeout', undefined, { minMs: 1000, maxMs: 6 * 60 * 60_000 });
    return {
        models,
        strategy,
        strategyReason,
        cacheDir,
        ...optional('linkPath', linkPath && node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(runner.workspace, linkPath)),
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
        return (0,_cache_store_actions_cache_env_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsCacheAvailable */ .r)(env)
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


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ runSetupVosk)
});

// UNUSED EXPORTS: actionsCacheKey

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/cache-key/key.ts
var key = __webpack_require__(6673);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./packages/core/src/cache-store/lease-keeper.ts
var lease_keeper = __webpack_require__(5873);
// EXTERNAL MODULE: ./packages/core/src/cache-store/leases.ts
var cache_store_leases = __webpack_require__(9773);
// EXTERNAL MODULE: ./packages/core/src/cache-store/local-store.ts + 3 modules
var local_store = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/core/src/cache-store/lock.ts
var lock = __webpack_require__(3773);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/phase-clock.ts
var phase_clock = __webpack_require__(8881);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
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

// EXTERNAL MODULE: ./packages/core/src/clock.ts
var src_clock = __webpack_require__(143);
;// CONCATENATED MODULE: ./packages/core/src/vosk/setup.ts















/** Provides every requested model (and libvosk) by the configured strategy. */
async function runSetupVosk(config, options) {
    const filesystem = config.strategy === 'local' ? await detectCacheFilesystem(config.cacheDir) : undefined;
    const timing = filesystem ? (0,lock/* lockTimingFor */.Lc)(options.lockTiming ?? lock/* defaultLockTiming */.Zv, filesystem) : (options.lockTiming ?? lock/* defaultLockTiming */.Zv);
    const leaseTtlMs = options.leaseTtlMs ?? cache_store_leases/* DEFAULT_LEASE_TTL_MS */.Zc;
    if (filesystem?.network) {
        options.logger.info(`${(0,logging/* untrusted */.bp)(config.cacheDir)} is on a network filesystem (${filesystem.kind}): a silent lock holder is taken over after ${(0,units/* formatDuration */.a3)(timing.staleMs)}, ` +
            `a lease of a job that died lasts ${(0,units/* formatDuration */.a3)(leaseTtlMs)}. Mount options that keep it safe: ${filesystem.advice}.`);
    }
    const store = new local_store/* LocalStore */.V(config.cacheDir, options.logger, timing, leaseTtlMs);
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
        const entry = await (0,logging/* group */.Os)(`Vosk model ${spec.name}`, () => provide(store, ref, config, options, spec.sha256, spec.url, async (staging, signal, clock) => (await installer()).produceModel(spec, staging, { ...settings, signal, clock })));
        models.push(entry.result);
        if (entry.lease)
            leases.push(entry.lease);
    }
    let libvosk;
    if (config.libvosk) {
        const { asset, url, sha256 } = config.libvosk;
        const ref = { kind: 'libvosk', id: `${asset.version}-${asset.platform}` };
        const entry = await (0,logging/* group */.Os)(`libvosk ${asset.version} (${asset.platform})`, () => provide(store, ref, config, options, sha256, url, async (staging, signal, clock) => (await installer()).produceLibvosk(asset, url, sha256, staging, { ...settings, signal, clock })));
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
    const keeperPid = leases.length && options.leaseKeeperScript && options.holderPid ? (0,lease_keeper/* startLeaseKeeper */.j)(options.leaseKeeperScript, { leases, holderPid: options.holderPid, ttlMs: leaseTtlMs }) : undefined;
    const sharing = filesystem && { filesystem, staleMs: timing.staleMs, leaseTtlMs, ...(keeperPid ? { keeperPid } : {}) };
    return { models, ...(libvosk ? { libvosk } : {}), links, evicted, leases, ...(sharing ? { sharing } : {}) };
}
/**
 * The download and extraction code, loaded on a miss only: the downloader and the zip reader are
 * most of a cache hit's start-up otherwise.
 */
const installer = () => Promise.all(/* import() */[__webpack_require__.e(889), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 6380));
/** `resolve 3 ms · download 812 ms · …`: where an entry's time went. */
function describePhases(phasesMs) {
    return Object.entries(phasesMs)
        .map(([phase, ms]) => `${phase} ${(0,units/* formatDuration */.a3)(ms)}`)
        .join(' · ');
}
/** What to do when the cache directory's disk is full, read-only or not a directory. */
function storageRemedy(config) {
    return config.strategy === 'download'
        ? "set 'cache-dir' to a writable place with room for the model (the default is under RUNNER_TEMP)"
        : "set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'";
}
/** The Actions cache key of an entry: platform, name, and the archive's digest or URL. */
function actionsCacheKey(config, ref, sha256, url) {
    const origin = sha256 ?? `url${(0,lazy_builtins/* createHash */.n1)('sha256').update(url).digest('hex').slice(0, 16)}`;
    return (0,key/* buildCacheKey */.S1)({ prefix: 'runner-kit-vosk-v1', os: config.runner.os, arch: config.runner.arch, labels: [], extra: [ref.kind, ref.id, origin] }).key;
}
async function provide(store, ref, config, options, sha256, url, produce) {
    const started = (0,src_clock/* nowMs */.T)();
    const clock = new phase_clock/* PhaseClock */.w();
    clock.enter('resolve');
    const check = { full: config.verify === 'full', ...(sha256 ? { expectedSha256: sha256 } : {}) };
    const holder = config.strategy === 'local' && options.holderPid ? { holderPid: options.holderPid, ...(options.job ? { job: options.job } : {}) } : {};
    let source;
    // Loaded only for this strategy: @actions/cache and the Azure SDK are most of the bundle (and
    // of the restore's time on a small model).
    if (config.strategy === 'actions-cache')
        clock.enter('restore');
    const actionsCache = config.strategy === 'actions-cache' ? await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(208), __webpack_require__.e(581), __webpack_require__.e(312), __webpack_require__.e(484)]).then(__webpack_require__.bind(__webpack_require__, 5484)) : undefined;
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
    const provided = await (0,system_errors/* withSystemErrors */.L)(where, () => store.provide(ref, { ...check, ...holder, clock, produce: (staging, signal) => produce(staging, signal, clock) }));
    source ??= provided.hit ? 'local-cache' : 'download';
    if (actionsCache && !provided.hit) {
        const timeoutMs = config.cacheSaveTimeoutMs ?? actionsCache.defaultSaveTimeoutMs(provided.manifest.totalBytes);
        clock.enter('save');
        await actionsCache.saveActionsCache([store.entryPath(ref)], actionsCacheKey(config, ref, sha256, url), options.logger, { timeoutMs, timeoutInput: 'cache-save-timeout' });
    }
    clock.stop();
    const result = {
        name: ref.id,
        path: provided.path,
        source,
        cacheHit: source !== 'download',
        sha256: provided.manifest.sha256,
        bytes: provided.manifest.totalBytes,
        elapsedMs: (0,src_clock/* nowMs */.T)() - started,
        phasesMs: clock.totalsMs(),
        repaired: provided.repaired,
    };
    options.logger.debug(`${(0,logging/* untrusted */.bp)(ref.id)}: ${describePhases(result.phasesMs)}.`);
    options.logger.info(`${ref.id}: ${source === 'download' ? 'downloaded' : `from the ${source === 'local-cache' ? 'local cache' : 'Actions cache'}`} → ${(0,logging/* untrusted */.bp)(provided.path)}`);
    return { result, ...(provided.lease ? { lease: provided.lease } : {}) };
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


/***/ })

};
