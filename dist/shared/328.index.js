export const id = 328;
export const ids = [328];
export const modules = {

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5873);

/** Not a step: the process setup-vosk's main starts to renew the job's model leases until post releases them. */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runLeaseKeeper */ .U)(process.argv.slice(2));
}


/***/ }),

/***/ 9607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ readFresh),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   aR: () => (/* binding */ rewriteRecord),
/* harmony export */   oZ: () => (/* binding */ RECORD_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads a whole file through a fresh open(), never trusting its size: a network filesystem's
 * client may keep a size from before another host rewrote the file (sshfs, NFS with `actimeo`),
 * and `readFile` stops at that size. Reading until a read returns nothing makes the client fetch
 * what is there. Open-time (close-to-open) consistency is what NFS, SMB and FUSE guarantee.
 */
async function readFresh(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
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
const RECORD_BYTES = 512;
/** A JSON record padded with spaces to {@link RECORD_BYTES}, so a cached size never cuts it short. */
function encodeRecord(value) {
    const text = JSON.stringify(value);
    if (Buffer.byteLength(text) > RECORD_BYTES)
        throw new Error(`record too long (${Buffer.byteLength(text)} bytes): ${text.slice(0, 80)}…`);
    return Buffer.from(text.padEnd(RECORD_BYTES, ' '));
}
/** Rewrites a record in place through its open handle (one write of the whole record). */
async function rewriteRecord(handle, value) {
    await handle.write(encodeRecord(value), 0, RECORD_BYTES, 0);
}
/** The record in `file`, read fresh; undefined when the file is missing; `'unreadable'` for anything else (empty, cut short, not JSON). */
async function readRecord(file) {
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


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ UNCHECKED_MARKER_TTL_MS),
/* harmony export */   ly: () => (/* binding */ isInUse),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch (error) {
        return error.code !== 'ENOENT'; // unreadable: uncertain, so in use
    }
    let live = false;
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const verdict = await judge(file, name, now);
        if (verdict === 'dead')
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
        else
            live = true;
    }
    return live;
}
async function judge(file, name, now) {
    let marker;
    try {
        marker = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        marker = undefined;
    }
    const fromName = MARKER_NAME.exec(name);
    const host = marker?.host ?? fromName?.[1];
    const pid = marker?.pid ?? (fromName ? Number(fromName[2]) : undefined);
    if (host === node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname() && pid !== undefined)
        return processIsAlive(pid) ? 'live' : 'dead';
    const created = marker?.createdAt ? Date.parse(marker.createdAt) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => s.mtimeMs, () => 0);
    return now - created < UNCHECKED_MARKER_TTL_MS ? 'live' : 'dead';
}
/** Whether a process of this host (or pid namespace) still runs. */
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, owned by another user
    }
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

/***/ 9773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ leaseRenewMs),
/* harmony export */   JD: () => (/* binding */ anyLiveLease),
/* harmony export */   Mw: () => (/* binding */ readLeases),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_LEASE_TTL_MS),
/* harmony export */   _e: () => (/* binding */ takeLease),
/* harmony export */   ke: () => (/* binding */ leaseTtlFromEnv),
/* harmony export */   wL: () => (/* binding */ releaseLease)
/* harmony export */ });
/* unused harmony exports clockMarginMs, LEASE_SLOTS, leaseIsLive */
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1096);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _unique_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6914);
/* harmony import */ var _fresh_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9607);
/* harmony import */ var _in_use_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2551);








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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`RUNNER_KIT_LEASE_TTL_MS is '${text}'; expected a whole number of milliseconds of at least 1000.`);
    return value;
}
/** Renewal period of a lease: a fifth of its lifetime, so a few missed renewals are harmless. */
function leaseRenewMs(ttlMs) {
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    // Tells this lease from any other ever written to the same slot.
    const token = (0,_unique_token_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueToken */ .x)();
    const record = { v: 1, host: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(), pid: holder.pid, ...(holder.job ? { job: holder.job } : {}), token, renewedAt: Date.now(), ttlMs };
    for (let slot = 0; slot < LEASE_SLOTS; slot++) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, String(slot));
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'wx');
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        try {
            await handle.write((0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_5__/* .encodeRecord */ .Ym)(record), 0);
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
        const written = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => s.mtimeMs, () => 0);
        return now - written < _in_use_js__WEBPACK_IMPORTED_MODULE_6__/* .UNCHECKED_MARKER_TTL_MS */ .G3;
    }
    if (record.host === node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname())
        return (0,_in_use_js__WEBPACK_IMPORTED_MODULE_6__/* .processIsAlive */ .xT)(record.pid);
    return now < record.renewedAt + record.ttlMs + clockMarginMs(record.ttlMs);
}
/** Every slot's lease, read fresh, with its verdict. */
async function readLeases(dir, now = Date.now()) {
    // Opening the directory makes an NFS client revalidate it, so names created elsewhere are not hidden by a cached "no such file".
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(dir).then((handle) => handle.close(), () => undefined);
    const found = [];
    for (let slot = 0; slot < LEASE_SLOTS; slot++) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, String(slot));
        const record = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecord */ .aE)(file);
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
    const aside = `${file}.gone-${(0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_7__/* .randomBytes */ .po)(6).toString('hex')}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(file, aside);
    }
    catch {
        return; // already gone
    }
    const moved = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecord */ .aE)(aside);
    if (moved !== undefined && still(moved))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(aside, { force: true });
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(aside, file).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(aside, { force: true }));
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


/***/ })

};
