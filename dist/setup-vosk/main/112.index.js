export const id = 112;
export const ids = [112];
export const modules = {

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheAvailable: () => (/* reexport safe */ _actions_cache_env_js__WEBPACK_IMPORTED_MODULE_1__.r),
/* harmony export */   restoreActionsCache: () => (/* binding */ restoreActionsCache),
/* harmony export */   saveActionsCache: () => (/* binding */ saveActionsCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6496);
/* harmony import */ var _actions_cache_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2378);





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
async function restoreActionsCache(paths, key, restoreKeys = [], logger = _logging_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .MV) {
    if (!(0,_actions_cache_env_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsCacheAvailable */ .r)()) {
        logger.debug(`No Actions cache service in this job; not restoring ${key}.`);
        return undefined;
    }
    const { value, thrown, seen } = await observeLibrary(() => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, key, restoreKeys));
    const problem = thrown === undefined ? lastProblem(seen) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(thrown);
    if (problem !== undefined) {
        logger.warning(`Could not restore ${key} from the Actions cache: ${problem}`);
        return undefined;
    }
    return value;
}
/**
 * Saves `paths` under `key`; never throws. 'already-exists' when another job reserved/saved the
 * key first (logged as info, not a warning); 'unavailable' when the job has no cache service or
 * its ACTIONS_CACHE_MODE does not allow writes.
 */
async function saveActionsCache(paths, key, logger = _logging_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .MV) {
    if (!(0,_actions_cache_env_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsCacheAvailable */ .r)()) {
        logger.debug(`No Actions cache service in this job; not saving ${key}.`);
        return 'unavailable';
    }
    const mode = (process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
    if (mode === 'none' || mode === 'read') {
        logger.info(`Not saving ${key} to the Actions cache: this job's cache mode is '${mode}'.`);
        return 'unavailable';
    }
    // One v1 chunk at a time: when a chunk fails, @actions/cache closes the archive while the other
    // chunks still read it, and their EBADF is thrown from a stream listener, which kills the
    // process (actions/cache#441). v2 ignores this option (its Azure upload does not have the bug).
    const { value: id, thrown, seen } = await observeLibrary(() => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(paths, key, { uploadConcurrency: 1 }));
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
    const problem = thrown === undefined ? lastProblem(seen) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(thrown);
    if (problem === undefined && id !== undefined && id > 0)
        return 'saved';
    // v2 reports a finalize refusal by a warning of its own and a cacheId of -1.
    logger.warning(`Could not save ${key} to the Actions cache: ${problem ?? 'the cache service did not accept the upload'}`);
    return 'failed';
}
/** Annotations @actions/cache writes itself; anything else written meanwhile passes through. */
const LIBRARY_PROBLEMS = ['Failed to restore: ', 'Failed to save: ', 'Cache reservation failed: ', 'uploadCacheArchiveSDK: ', "You've hit a rate limit"];
const RESERVE_FAILED = 'Failed to save: Unable to reserve cache with key ';
let queue = Promise.resolve();
/**
 * Runs one @actions/cache call and collects what it logged. The library swallows its errors and
 * only logs them (as ::warning::, or ::error:: for a 5xx), so its stdout is the one place that says
 * whether a restore missed or failed and why a save did not happen; those lines are held back so
 * the job log gets our single warning (or info) instead. Calls run one at a time, so every line
 * caught belongs to the call that caught it.
 */
function observeLibrary(call) {
    const run = async () => {
        const seen = { problems: [] };
        const write = process.stdout.write;
        process.stdout.write = ((chunk, ...rest) => {
            if (typeof chunk === 'string' && holdBack(chunk.replace(/\r?\n$/, ''), seen)) {
                const done = rest.find((arg) => typeof arg === 'function');
                if (done)
                    queueMicrotask(done);
                return true;
            }
            return write.call(process.stdout, chunk, ...rest);
        });
        try {
            return { value: await call(), seen };
        }
        catch (thrown) {
            // Only validation errors (a bad key or path) escape @actions/cache.
            return { thrown, seen };
        }
        finally {
            process.stdout.write = write;
        }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
}
/** Records a line @actions/cache wrote; true when it must not reach the job log. */
function holdBack(line, seen) {
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


/***/ })

};
