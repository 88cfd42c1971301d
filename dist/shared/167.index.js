export const id = 167;
export const ids = [167];
export const modules = {

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

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ LocalStore)
});

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/cache-store/in-use.ts
var in_use = __webpack_require__(2551);
// EXTERNAL MODULE: ./packages/core/src/cache-store/leases.ts
var leases = __webpack_require__(9773);
// EXTERNAL MODULE: ./packages/core/src/cache-store/lock.ts
var lock = __webpack_require__(3773);
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
// in the pattern matcher. hashFiles reads synchronously instead (file-hash-sync.ts says why).
const WHOLE_FILE_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;
/** Hex SHA-256 of a regular file's bytes, read asynchronously (cache manifests). */
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
        const hash = (0,lazy_builtins/* createHash */.n1)('sha256');
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

// EXTERNAL MODULE: ./packages/core/src/cache-store/fresh-file.ts
var fresh_file = __webpack_require__(9607);
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
        const parsed = JSON.parse((await (0,fresh_file/* readFresh */.RZ)(external_node_path_default().join(dir, MANIFEST_FILE))).toString('utf8'));
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
class LocalStore {
    logger;
    lockTiming;
    leaseTtlMs;
    root;
    constructor(root, logger, lockTiming = lock/* defaultLockTiming */.Zv, 
    /** Lifetime of a lease without renewal (see leases.ts). */
    leaseTtlMs = leases/* DEFAULT_LEASE_TTL_MS */.Zc) {
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
        const clock = options.clock;
        clock?.enter('lock');
        return (0,lock/* withLock */.kK)(this.lockPath(ref), ref.id, this.lockTiming, this.logger, async (lock) => {
            clock?.enter('resolve');
            await this.removeLeftovers(slug, lock.token);
            const status = await this.inspect(ref, options);
            if (status.state === 'valid') {
                await this.touch(status.path);
                const lease = holder && (await this.mark(ref, status.path, holder));
                return { path: status.path, manifest: status.manifest, hit: true, repaired: [], ...(lease ? { lease } : {}) };
            }
            if (status.state === 'damaged')
                this.logger.warning(`The cached ${ref.id} is damaged and will be reinstalled: ${status.problems.join('; ')}.`);
            const manifest = await this.install(ref, slug, lock, options.produce, status.state === 'damaged', clock);
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
            await (0,leases/* releaseLease */.wL)(lease);
            return undefined;
        }
        await this.touch(status.path);
        return { path: status.path, manifest: status.manifest, hit: true, repaired: [], ...(lease ? { lease } : {}) };
    }
    /** Produces the entry in a staging dir of its own and moves it into place; the staging dir never outlives the call. */
    async install(ref, slug, lock, produce, replacing, clock) {
        await (0,promises_.mkdir)(external_node_path_default().join(this.root, '.staging'), { recursive: true });
        // The lock's token in the name: a later holder knows this staging dir is not its own.
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(this.root, '.staging', `${slug}-${lock.token}-`));
        try {
            const product = await produce(staging, lock.signal);
            clock?.enter('verify');
            const fields = { id: ref.id, source: product.source, sha256: product.sha256, archiveBytes: product.archiveBytes };
            const manifest = product.files ? assembleManifest(fields, product.files) : await buildManifest(product.contentDir, fields);
            clock?.enter('publish');
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
            const { emptyBecause, ...lease } = await (0,leases/* takeLease */._e)(this.leaseDir(ref), holder, this.leaseTtlMs);
            if (emptyBecause !== undefined) {
                this.logger.warning(`The lease of ${ref.id} is empty (${(0,errors/* describeError */.Uc)(emptyBecause)}); it keeps the model from eviction for a day instead of while this job runs.`);
            }
            return lease;
        }
        catch (error) {
            const until = new Date(Date.now() + in_use/* UNCHECKED_MARKER_TTL_MS */.G3);
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
        await (0,leases/* releaseLease */.wL)(lease);
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
                const inUse = await this.inUse(ref, lastUsed, async () => (await (0,leases/* readLeases */.Mw)(this.leaseDir(ref))).some((lease) => lease.live));
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
        const leased = () => (0,leases/* anyLiveLease */.JD)(this.leaseDir(ref));
        try {
            return await (0,lock/* withLock */.kK)(this.lockPath(ref), ref.id, { ...this.lockTiming, waitMs: 0 }, this.logger, async (lock) => {
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
        return lastUsed.getTime() > Date.now() || (await leased()) || (await (0,in_use/* isInUse */.ly)(this.inUseDir(ref)));
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
        const trash = external_node_path_default().join(this.root, '.trash', `${this.slug(ref)}-${(0,lazy_builtins/* randomBytes */.po)(6).toString('hex')}`);
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
                if (!leftover.test(name) || name.startsWith(ours))
                    continue;
                const left = external_node_path_default().join(this.root, dir, name);
                // Best effort: a holder that lost the lock while stopped may resume and write into its
                // staging dir while we delete it (ENOTEMPTY). It removes that dir itself once it sees
                // the lock gone, and a later job removes what is left.
                await (0,promises_.rm)(left, { recursive: true, force: true }).catch((error) => this.logger.debug(`Could not remove ${(0,logging/* untrusted */.bp)(left)} yet (${(0,errors/* describeError */.Uc)(error)}); a later job will.`));
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


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ lockTimingFromEnv),
/* harmony export */   Lc: () => (/* binding */ lockTimingFor),
/* harmony export */   Zv: () => (/* binding */ defaultLockTiming),
/* harmony export */   kK: () => (/* binding */ withLock)
/* harmony export */ });
/* unused harmony exports NETWORK_STALE_MS, LockLostError */
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1096);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5294);
/* harmony import */ var _fresh_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9607);







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
class LockLostError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA {
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(lockPath), { recursive: true });
    for (let takeovers = 0;; takeovers++) {
        const held = await acquire(lockPath, what, timing, logger);
        try {
            return await body(held);
        }
        catch (error) {
            if (takeovers >= MAX_TAKEOVERS || !(await held.lost()))
                throw error;
            logger.warning(`Another job took over the lock on ${what} while this one was stalled (silent for over ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(timing.staleMs)}); checking the cache again.`);
        }
        finally {
            await held.release();
        }
    }
}
const isRecord = (value) => typeof value === 'object' && typeof value.token === 'string';
async function acquire(lockPath, what, timing, logger) {
    const token = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .randomBytes */ .po)(12).toString('hex');
    const claim = `${lockPath}.claim-${token}`;
    const record = { v: 2, host: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(), pid: process.pid, token, seq: 0, heartbeatAt: Date.now(), staleMs: timing.staleMs };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(claim);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(claim, 'owner'), 'wx');
        await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .rewriteRecord */ .aR)(handle, record);
        await waitAndTake(lockPath, claim, what, timing, logger);
    }
    catch (error) {
        await handle?.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(claim, { recursive: true, force: true });
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(claim, held);
                return;
            }
            catch (error) {
                const code = error.code;
                // ENOTEMPTY/EEXIST locally and on NFS; sshfs reports a refused rename as EPERM.
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'EBUSY')
                    throw error;
                const current = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecord */ .aE)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(held, 'owner'));
                if (current === undefined && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(held).catch(() => undefined)) === undefined && ++refusedWhileFree >= 5)
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
                    logger.info(`Took over the lock on ${what}: its holder${isRecord(current) ? ` (${current.host}, pid ${current.pid})` : ''} was silent for over ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(staleMs)}.`);
                    seen = undefined;
                    continue;
                }
            }
        }
        const waited = Date.now() - started;
        if (waited >= timing.waitMs)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExternalError */ .yA(`Gave up after ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(waited)} waiting for another job to finish with ${what} (lock ${held}).`);
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
    const aside = `${lockPath}.stale-${(0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_5__/* .randomBytes */ .po)(6).toString('hex')}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(held, aside);
    }
    catch {
        return false; // another waiter was first, or the holder released it
    }
    const moved = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecord */ .aE)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(aside, 'owner'));
    const key = isRecord(moved) ? `${moved.token}:${moved.seq}` : String(moved);
    if (key !== judged) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(aside, held).catch(() => undefined); // alive after all (or a new holder): give it back
        return false;
    }
    // Best effort: a stalled holder's open record keeps a FUSE mount's hidden copy in the directory.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(aside, { recursive: true, force: true }).catch(() => undefined);
    return true;
}
/**
 * A lock of runner-kit before 0.2 (proper-lockfile: an empty `<lockPath>.lock` directory whose
 * mtime is its heartbeat), held by a runner not yet upgraded on a shared cache: waited for while fresh.
 */
async function legacyLockIsFresh(lockPath, timing) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(`${lockPath}.lock`).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs < 2 * timing.staleMs;
}
function holding(lockPath, what, timing, logger, record, handle) {
    const held = `${lockPath}.held`;
    const owner = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(held, 'owner');
    const controller = new AbortController();
    let beating;
    let released = false;
    const ours = async () => {
        const current = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecord */ .aE)(owner);
        return isRecord(current) && current.token === record.token;
    };
    const beat = () => (beating ??= (async () => {
        try {
            record.seq++;
            record.heartbeatAt = Date.now();
            // Through the handle: after a takeover it writes into the moved-away file, never the new holder's.
            await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .rewriteRecord */ .aR)(handle, record);
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(held, done);
                const moved = await (0,_fresh_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecord */ .aE)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(done, 'owner'));
                if (!isRecord(moved) || moved.token !== record.token)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(done, held).catch(() => undefined);
                else
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(done, { recursive: true, force: true }).catch(() => undefined);
            }
            catch (error) {
                logger.debug(`unlock ${held}: ${String(error)}`);
            }
        },
    };
}
function lockLost(what, timing) {
    return new LockLostError(`Another job took over the lock on ${what}: this one was silent for over ${(0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(timing.staleMs)} (a stopped or overloaded machine). ` +
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${name} is '${text}'; expected a whole number of milliseconds of at least ${min}.`);
        return value;
    };
    const staleSet = Boolean(env['RUNNER_KIT_LOCK_STALE_MS']?.trim());
    return {
        waitMs: read('RUNNER_KIT_LOCK_WAIT_MS', defaultLockTiming.waitMs, 0),
        staleMs: read('RUNNER_KIT_LOCK_STALE_MS', defaultLockTiming.staleMs, 2000),
        ...(staleSet ? { staleMsSet: true } : {}),
    };
}


/***/ }),

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ STEP_PHASES),
/* harmony export */   w: () => (/* binding */ PhaseClock)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);

/** The phases of providing a cached entry, in the order a step goes through them. */
const STEP_PHASES = ['resolve', 'restore', 'lock', 'download', 'extract', 'verify', 'publish', 'save'];
/**
 * Wall time per phase of sequential work: `enter` ends the phase running (if any) and starts the
 * next, so every millisecond between the first `enter` and `stop` belongs to exactly one phase and
 * the phases add up to the whole. A phase entered again accumulates.
 */
class PhaseClock {
    totals = new Map();
    current;
    /** Ends the running phase and starts `phase`. */
    enter(phase) {
        const now = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)();
        this.close(now);
        this.current = { phase, since: now };
    }
    /** Ends the running phase. */
    stop() {
        this.close((0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)());
        this.current = undefined;
    }
    /** Milliseconds per phase that ran, in {@link STEP_PHASES} order. */
    totalsMs() {
        this.close((0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)());
        return Object.fromEntries(STEP_PHASES.filter((p) => this.totals.has(p)).map((p) => [p, this.totals.get(p)]));
    }
    close(now) {
        if (!this.current)
            return;
        this.totals.set(this.current.phase, (this.totals.get(this.current.phase) ?? 0) + now - this.current.since);
        this.current.since = now;
    }
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Xr: () => (/* binding */ mermaidXyChart),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fe: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony export CHART_PALETTE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2007);


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
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy(`${markdown}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
}


/***/ }),

/***/ 7537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ DEFAULT_LIBVOSK_BASE_URL),
/* harmony export */   JV: () => (/* binding */ libvoskAsset),
/* harmony export */   al: () => (/* binding */ libvoskEnvironment),
/* harmony export */   iv: () => (/* binding */ libvoskUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'libvosk-version' has the value '${version}'; expected a vosk-api release such as 0.3.45.`);
    }
    const slug = PLATFORMS[platform]?.[arch];
    const library = LIBRARIES[platform];
    if (!slug || !library)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'libvosk-version': vosk-api publishes no library for ${platform}/${arch}.`);
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


/***/ })

};
