export const id = 484;
export const ids = [484];
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

/***/ 5484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionsCacheAvailable: () => (/* reexport */ actions_cache_env/* actionsCacheAvailable */.r),
  defaultSaveTimeoutMs: () => (/* binding */ defaultSaveTimeoutMs),
  restoreActionsCache: () => (/* binding */ restoreActionsCache),
  saveActionsCache: () => (/* binding */ saveActionsCache)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 322 modules
var cache = __webpack_require__(9312);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/cache-store/actions-cache-env.ts
var actions_cache_env = __webpack_require__(2378);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
var external_node_diagnostics_channel_default = /*#__PURE__*/__webpack_require__.n(external_node_diagnostics_channel_);
;// CONCATENATED MODULE: ./packages/core/src/cache-store/cache-traffic.ts




/** What the archive download was answered with instead of an archive; the library never sees the body. */
class RefusedArchiveError extends errors/* ExternalError */.yA {
    name = 'RefusedArchiveError';
}
/**
 * Watches the HTTP answers the process gets until `stop()`: records the failed ones and calls
 * `onServiceFailure` for a 5xx or 429 from the cache service. An archive download by
 * @actions/http-client that is answered with an error status or an HTML page is failed at once,
 * with a description of the answer, so the page never reaches tar.
 */
function watchCacheTraffic(onServiceFailure = () => { }) {
    const failures = [];
    const onResponse = (message) => {
        const { request, response } = message;
        const status = response.statusCode ?? 0;
        const contentType = headerText(response, 'content-type');
        const archiveDownload = isArchiveDownload(request);
        const htmlInsteadOfArchive = archiveDownload && status < 300 && /^text\/html\b/i.test(contentType ?? '');
        if (status < 400 && !htmlInsteadOfArchive)
            return;
        const answer = describeResponse(request, response, status, contentType);
        failures.push(answer);
        if (answer.from === 'service' && (status >= 500 || status === 429))
            onServiceFailure(answer);
        if (archiveDownload) {
            // The library's own handler is attached and ignores errors after its callback ran; this
            // one keeps the socket error that follows from ever being unhandled.
            request.on('error', () => { });
            response.destroy(new RefusedArchiveError(describeFailedAnswer(answer)));
        }
    };
    external_node_diagnostics_channel_default().subscribe('http.client.response.finish', onResponse);
    return { failures, stop: () => external_node_diagnostics_channel_default().unsubscribe('http.client.response.finish', onResponse) };
}
/** One line for the log: who answered what, and what it usually means. */
function describeFailedAnswer(answer) {
    const code = answer.code ? ` ${(0,logging/* untrusted */.bp)(answer.code)}` : '';
    if (answer.from === 'service') {
        const [host, ...rest] = answer.where.split('/');
        // A Twirp call is named by its last segment; a v1 REST call by its method and path.
        const call = answer.where.includes('/twirp/') ? rest.at(-1) : `${answer.method} /${rest.join('/')}`;
        return `the cache service at ${(0,logging/* untrusted */.bp)(host)} answered HTTP ${answer.status}${code} to ${(0,logging/* untrusted */.bp)(call)}`;
    }
    const what = answer.method === 'PUT' ? 'the upload' : 'the archive';
    if (answer.status < 400) {
        const size = answer.bytes === undefined ? '' : `, ${(0,units/* formatBytes */.z3)(answer.bytes)}`;
        return `the cache storage answered ${what} with a web page (${(0,logging/* untrusted */.bp)(answer.contentType ?? 'text/html')}${size}), not a cache archive: ${(0,logging/* untrusted */.bp)(answer.where)}`;
    }
    const outcome = answer.status >= 500 ? `failed on ${what}` : `refused ${what}`;
    return `the cache storage ${outcome}: HTTP ${answer.status}${code} from ${(0,logging/* untrusted */.bp)(answer.where)}${storageHint(answer)}`;
}
function storageHint(answer) {
    if (answer.code === 'AuthorizationPermissionMismatch')
        return ' (the signed URL does not allow this operation)';
    if (answer.status === 403)
        return ' (the signed URL has expired or was refused)';
    if (answer.status === 404)
        return ' (the archive is no longer there)';
    return '';
}
/** An archive GET by @actions/cache's HTTP client: its API calls ask for JSON, downloads do not. */
function isArchiveDownload(request) {
    const agent = String(request.getHeader('user-agent') ?? '');
    const accept = String(request.getHeader('accept') ?? '');
    return request.method === 'GET' && agent.startsWith('actions/cache') && !/json/i.test(accept);
}
function describeResponse(request, response, status, contentType) {
    // Through a proxy the path is the whole URL; either way the query is left out.
    const host = String(request.getHeader('host') ?? request.host);
    const target = /^https?:\/\//i.test(request.path) ? new URL(request.path) : new URL(request.path, `${request.protocol}//${host}`);
    const length = headerText(response, 'content-length');
    const code = headerText(response, 'x-ms-error-code');
    return {
        from: /\/(?:twirp|_apis\/artifactcache)\//.test(target.pathname) ? 'service' : 'storage',
        method: request.method,
        where: `${target.host}${target.pathname}`,
        status,
        ...(code ? { code } : {}),
        ...(contentType ? { contentType } : {}),
        ...(length !== undefined && Number.isFinite(Number(length)) ? { bytes: Number(length) } : {}),
    };
}
function headerText(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: ./packages/core/src/abandoned-work.ts
var abandoned_work = __webpack_require__(5487);
;// CONCATENATED MODULE: ./packages/core/src/cache-store/stray-errors.ts



/**
 * Runs `call` (one call into a library that is known to throw outside its promises, like
 * @actions/cache: actions/cache#441) so that such an error cannot kill the process:
 *
 * - a stray error (uncaught exception or unhandled rejection) while the call runs rejects the
 *   returned promise with it, so the caller reports it like any other failure;
 * - after a call that failed (`failed(value)`, a rejection, or a stray error), the library may
 *   still be unwinding in the background: later stray errors are logged (once per message, as
 *   info) and ignored for the rest of the process, and the client sockets the call opened are
 *   unref'd, so a request it left hanging cannot keep the step from exiting.
 *
 * A call that succeeds leaves nothing installed. Calls must not overlap (callers serialize them).
 */
async function guardStrayErrors(call, logger, failed = () => false) {
    const sockets = new Set();
    const track = (message) => {
        const socket = message.socket;
        if (socket)
            sockets.add(socket);
    };
    external_node_diagnostics_channel_default().subscribe('net.client.socket', track);
    const stray = guard.enter(logger);
    let ok = false;
    try {
        const value = await Promise.race([call(), stray]);
        ok = !failed(value);
        return value;
    }
    finally {
        external_node_diagnostics_channel_default().unsubscribe('net.client.socket', track);
        guard.exit(ok);
        if (!ok)
            for (const socket of sockets)
                socket.unref();
    }
}
/** The process-wide listeners, installed while a call runs and kept after a failed one. */
const guard = new (class StrayErrorGuard {
    #active = 0;
    #kept = false;
    #logger;
    #failCall;
    #logged = new Set();
    #onError = (error) => {
        if (this.#failCall)
            return this.#failCall(error);
        const message = (0,errors/* describeError */.Uc)(error);
        // One failed upload can throw from each of its streams: say each thing once.
        if (this.#logged.has(message))
            return;
        this.#logged.add(message);
        this.#logger?.info(`A library call that had already failed threw again in the background (ignored): ${(0,logging/* untrusted */.bp)(message)}`);
    };
    enter(logger) {
        this.#logger = logger;
        if (this.#active++ === 0 && !this.#kept) {
            process.on('uncaughtException', this.#onError);
            process.on('unhandledRejection', this.#onError);
        }
        return new Promise((_, reject) => (this.#failCall = reject));
    }
    exit(ok) {
        this.#failCall = undefined;
        if (!ok)
            this.#kept = true;
        if (--this.#active === 0 && !this.#kept) {
            process.off('uncaughtException', this.#onError);
            process.off('unhandledRejection', this.#onError);
        }
    }
})();

;// CONCATENATED MODULE: ./packages/core/src/cache-store/library-messages.ts





/** Why library calls are no longer made in this process, once one was given up on. */
let givenUp;
/** Annotations @actions/cache writes itself; anything else written meanwhile passes through. */
const LIBRARY_PROBLEMS = ['Failed to restore: ', 'Failed to save: ', 'Cache reservation failed: ', 'uploadCacheArchiveSDK: ', "You've hit a rate limit"];
const RESERVE_FAILED = 'Failed to save: Unable to reserve cache with key ';
let queue = Promise.resolve();
/**
 * Runs one @actions/cache call and collects what it logged. The library swallows its errors and
 * only logs them (as ::warning::, or ::error:: for a 5xx), so its stdout is the one place that says
 * whether a restore missed or failed and why a save did not happen; those lines are held back so
 * the job log gets our single warning (or info) instead. Calls run one at a time, so every line
 * caught belongs to the call that caught it. An error the library throws outside its promises
 * ends the call as a failure instead of the process (see guardStrayErrors).
 */
function observeLibrary(call, logger, limits = {}) {
    const run = async () => {
        const seen = { problems: [], failedAnswers: [] };
        if (givenUp !== undefined)
            return { thrown: new errors/* ExternalError */.yA(`not asking the cache service again in this step: ${givenUp}`), seen };
        let abandonedFor;
        let giveUp = () => { };
        const abandoned = new Promise((resolve) => {
            giveUp = (reason) => {
                abandonedFor ??= reason;
                resolve(abandonedFor);
            };
        });
        // A failing service is retried by the library for half a minute; saving and restoring are
        // best effort, so the first 5xx ends the call.
        const traffic = watchCacheTraffic((answer) => giveUp(describeFailedAnswer(answer)));
        seen.failedAnswers = traffic.failures;
        const timer = limits.timeoutMs === undefined ? undefined : setTimeout(() => giveUp(`it took longer than ${(0,units/* spellDuration */.jl)(limits.timeoutMs)}`), limits.timeoutMs);
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk, ...rest) => {
            if (typeof chunk === 'string' && holdBack(chunk.replace(/\r?\n$/, ''), seen, abandonedFor !== undefined)) {
                const done = rest.find((arg) => typeof arg === 'function');
                if (done)
                    queueMicrotask(done);
                return true;
            }
            return write.call(process.stdout, chunk, ...rest);
        });
        const failed = () => seen.problems.length > 0 || seen.reserveFailed !== undefined;
        const work = guardStrayErrors(call, logger, failed);
        const finish = () => {
            clearTimeout(timer);
            traffic.stop();
            process.stdout.write = write;
        };
        const outcome = await Promise.race([
            work.then((value) => ({ value }), 
            // Validation errors (a bad key or path) escape @actions/cache, and so do stray errors.
            (thrown) => ({ thrown })),
            abandoned.then((reason) => ({ abandoned: reason })),
        ]);
        if (!('abandoned' in outcome)) {
            finish();
            return { ...outcome, seen };
        }
        // The library goes on in the background until its retries end; what it still writes stays
        // out of the log, and no further call is made meanwhile or after.
        givenUp = outcome.abandoned;
        clearTimeout(timer);
        (0,abandoned_work/* abandonWork */.$)(work.finally(finish));
        return { abandoned: outcome.abandoned, seen };
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
}
/**
 * Records a line @actions/cache wrote; true when it must not reach the job log. Once the call was
 * given up on, its retry notices ("Attempt 2 of 5 failed …") are held back too.
 */
function holdBack(line, seen, abandoned) {
    if (abandoned && /^Attempt \d+ of \d+ failed/.test(line))
        return true;
    const annotation = /^::(?:warning|error)::(.*)$/s.exec(line);
    if (annotation) {
        const text = decodeCommandData(annotation[1]);
        if (!LIBRARY_PROBLEMS.some((prefix) => text.startsWith(prefix)))
            return false;
        seen.problems.push(text);
        return true;
    }
    const reserveDebug = /^::debug::Failed to reserve cache: (.*)$/s.exec(line);
    if (reserveDebug)
        seen.reserveDetail = decodeCommandData(reserveDebug[1]).replace(/^Error: /, '');
    if (!line.startsWith(RESERVE_FAILED))
        return false;
    seen.reserveFailed = line.slice('Failed to save: '.length);
    return true;
}
/** The library's final word, without the "Failed to …: " it puts in front. */
function lastProblem(seen) {
    return seen.problems.at(-1)?.replace(/^Failed to (?:save|restore): /, '');
}
/** Undoes @actions/core's escaping of workflow command data. */
function decodeCommandData(data) {
    return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

;// CONCATENATED MODULE: ./packages/core/src/cache-store/actions-cache.ts








/**
 * The GitHub Actions cache service through @actions/cache, as a best-effort layer: nothing here
 * throws or fails the job. A problem becomes one warning and the caller falls back to a download;
 * losing the race to save a key another job saved first is only worth an info line.
 */
/**
 * Restores `paths`; returns the key that matched (exact key or a restore key) or undefined on a
 * miss or any failure (failure → logger.warning with the reason). Pass the same `paths` as when
 * saving: they are part of the cache version. After a failure the paths may hold a partial
 * restore, so clear them before falling back.
 */
async function restoreActionsCache(paths, key, restoreKeys = [], logger = logging/* actionsLogger */.MV) {
    if (!(0,actions_cache_env/* actionsCacheAvailable */.r)()) {
        logger.debug(`No Actions cache service in this job; not restoring ${key}.`);
        return undefined;
    }
    const { value, thrown, seen, abandoned } = await observeLibrary(() => cache/* restoreCache */.P3(paths, key, restoreKeys), logger);
    if (abandoned !== undefined) {
        logger.warning(`Could not restore ${key} from the Actions cache: ${abandoned}; not waiting for the library's retries.`);
        return undefined;
    }
    const problem = thrown === undefined ? lastProblem(seen) : (0,errors/* describeError */.Uc)(thrown);
    if (problem !== undefined) {
        logger.warning(`Could not restore ${key} from the Actions cache: ${explained(problem, seen)}`);
        return undefined;
    }
    return value;
}
/**
 * How long saving `bytes` may take by default: two minutes, plus the time they take at 10 MiB/s, in
 * whole seconds (a 50 MB model: about 2 minutes; 1.8 GB: about 5). Hosted runners upload far faster; a save
 * that takes longer is stuck.
 */
function defaultSaveTimeoutMs(bytes) {
    return 2 * 60_000 + Math.ceil(bytes / (10 * 1024 * 1024)) * 1000;
}
/**
 * Saves `paths` under `key`; never throws. 'already-exists' when another job reserved/saved the
 * key first (logged as info, not a warning); 'unavailable' when the job has no cache service or
 * its ACTIONS_CACHE_MODE does not allow writes.
 */
async function saveActionsCache(paths, key, logger = logging/* actionsLogger */.MV, limits = {}) {
    if (!(0,actions_cache_env/* actionsCacheAvailable */.r)()) {
        logger.debug(`No Actions cache service in this job; not saving ${key}.`);
        return 'unavailable';
    }
    const mode = (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
    if (mode === 'none' || mode === 'read') {
        logger.info(`Not saving ${key} to the Actions cache: this job's cache mode is '${mode}'.`);
        return 'unavailable';
    }
    // One v1 chunk at a time: when a chunk fails, @actions/cache closes the archive while the other
    // chunks still read it (by then maybe another file's descriptor), their errors are thrown from
    // stream listeners and their requests hang (actions/cache#441). The library lets
    // CACHE_UPLOAD_CONCURRENCY in the env override the option, so that is pinned for the call too.
    // v2 ignores both (its Azure upload does not have the bug).
    const { value: id, thrown, seen, abandoned } = await observeLibrary(() => withEnv('CACHE_UPLOAD_CONCURRENCY', '1', () => cache/* saveCache */.Io(paths, key, { uploadConcurrency: 1 })), logger, limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs });
    if (abandoned !== undefined) {
        const limit = limits.timeoutMs === undefined ? '' : ` (at most ${(0,units/* spellDuration */.jl)(limits.timeoutMs)}${limits.timeoutInput ? `, set by ${limits.timeoutInput}` : ''})`;
        logger.warning(`Gave up saving ${key} to the Actions cache: ${abandoned}. Saving is best effort${limit}; the job goes on without it.`);
        return 'failed';
    }
    if (seen.reserveFailed !== undefined) {
        // @actions/cache reports every failed reservation alike; only a 409 means another job has it.
        const detail = seen.reserveDetail ?? seen.reserveFailed.split('More details: ')[1] ?? seen.reserveFailed;
        if (/\(409\)|already exists/i.test(detail)) {
            logger.info(`The Actions cache already has ${key} (another job saved it first); not saving it again.`);
            return 'already-exists';
        }
        logger.warning(`Could not save ${key} to the Actions cache: the key could not be reserved: ${detail}`);
        return 'failed';
    }
    const problem = thrown === undefined ? lastProblem(seen) : (0,errors/* describeError */.Uc)(thrown);
    if (problem === undefined && id !== undefined && id > 0)
        return 'saved';
    // v2 reports a finalize refusal by a warning of its own and a cacheId of -1.
    logger.warning(`Could not save ${key} to the Actions cache: ${explained(problem ?? 'the cache service did not accept the upload', seen)}`);
    return 'failed';
}
/**
 * Why a call failed. The storage's answer comes first when it refused something: the library's
 * reason is then a consequence ("Content-Length not found on blob response") or, from the Azure
 * SDK for a refused HEAD, an empty message.
 */
function explained(problem, seen) {
    const refused = seen.failedAnswers.findLast((answer) => answer.from === 'storage');
    if (refused)
        return describeFailedAnswer(refused);
    if (problem.trim() !== '')
        return problem;
    const answer = seen.failedAnswers.at(-1);
    return answer ? describeFailedAnswer(answer) : 'the cache library gave no reason (re-run with ACTIONS_STEP_DEBUG=true to see its log)';
}
/** Runs `call` with process.env[name] set to `value` (read by the library when the call starts). */
async function withEnv(name, value, call) {
    const before = process.env[name];
    process.env[name] = value;
    try {
        return await call();
    }
    finally {
        if (before === undefined)
            delete process.env[name];
        else
            process.env[name] = before;
    }
}


/***/ })

};
