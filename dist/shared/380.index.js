export const id = 380;
export const ids = [380];
export const modules = {

/***/ 4798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ readerErrorsAsUnsafe),
/* harmony export */   fm: () => (/* binding */ asUnsafe),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * An archive that cannot be extracted safely: an entry that would land outside the destination,
 * a special file, more data than allowed or declared, or data the reader cannot make sense of.
 * Nothing has been written outside the destination; the caller discards the staging directory.
 */
class UnsafeArchiveError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'UnsafeArchiveError';
}
/**
 * Re-yields `source`, turning the errors the archive reader raises (corrupt data, sizes that
 * lie) into {@link UnsafeArchiveError}. Errors thrown by the consumer are not touched: they end
 * the iteration through `return()`, which never passes through the `catch`.
 */
async function* readerErrorsAsUnsafe(source, subject) {
    try {
        yield* source;
    }
    catch (error) {
        throw asUnsafe(error, subject);
    }
}
/**
 * `error` from the archive reader as an {@link UnsafeArchiveError} about `subject`. I/O errors
 * (a missing file, a full disk) are not the archive's fault and pass through unchanged.
 */
function asUnsafe(error, subject) {
    // Duck-typed, not instanceof Error: errors from Node's own modules may come from another realm (jest's VM).
    const { message, syscall } = (typeof error === 'object' && error !== null ? error : {});
    if (error instanceof UnsafeArchiveError || syscall !== undefined)
        return error;
    return new UnsafeArchiveError(`${subject} is corrupt: ${typeof message === 'string' ? message : String(error)}`, { cause: error });
}


/***/ }),

/***/ 6380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  produceLibvosk: () => (/* binding */ produceLibvosk),
  produceModel: () => (/* binding */ produceModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/archives/errors.ts
var errors = __webpack_require__(4798);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/core/src/archives/byte-stream.ts
/**
 * A hand-off of bytes from a producer that pushes (a download) to a consumer that pulls (an
 * archive reader). Up to `limit` bytes wait in the queue, so both sides keep working through
 * each other's pauses; beyond that `push` resolves only once the consumer has taken the chunk,
 * so a slow consumer slows the producer down instead of letting chunks pile up in memory.
 */
class ByteChannel {
    limit;
    #queue = [];
    #queuedBytes = 0;
    #wake;
    #ended = false;
    /** Set once the consumer is gone or failed: pushes are accepted and dropped from then on. */
    #closed = false;
    #failure;
    constructor(limit = 1024 * 1024) {
        this.limit = limit;
    }
    /** Hands `chunk` over; resolves when there is room again (or the consumer no longer reads). */
    push(chunk) {
        if (this.#closed || this.#ended || chunk.length === 0)
            return Promise.resolve();
        this.#queuedBytes += chunk.length;
        const room = this.#queuedBytes <= this.limit;
        const promise = new Promise((resolve) => {
            this.#queue.push({ chunk, taken: room ? noop : resolve });
            this.#notify();
        });
        return room ? Promise.resolve() : promise;
    }
    /** No more bytes will come: the consumer reads what is queued, then the end. */
    end() {
        this.#ended = true;
        this.#notify();
    }
    /** The consumer's next pull throws `error`; pending and later pushes are dropped. */
    fail(error) {
        this.#failure ??= error;
        this.close();
        this.#notify();
    }
    /** Called by the consumer when it stops reading: releases the producer for good. */
    close() {
        this.#closed = true;
        this.#queuedBytes = 0;
        for (const { taken } of this.#queue.splice(0))
            taken();
    }
    /** The next chunk, or undefined at the end. */
    async pull() {
        for (;;) {
            if (this.#failure)
                throw this.#failure;
            const next = this.#queue.shift();
            if (next) {
                this.#queuedBytes -= next.chunk.length;
                next.taken();
                return next.chunk;
            }
            if (this.#ended || this.#closed)
                return undefined;
            await new Promise((resolve) => (this.#wake = resolve));
        }
    }
    #notify() {
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
    }
}
function noop() { }
/** The input ended before a read could be satisfied. */
class TruncatedInputError extends Error {
    name = 'TruncatedInputError';
}
/** Reads exact byte counts off a {@link ByteChannel}, keeping track of the offset. */
class ByteReader {
    channel;
    /** Bytes consumed so far: the offset of the next byte in the whole input. */
    position = 0;
    #buffered = Buffer.alloc(0);
    constructor(channel) {
        this.channel = channel;
    }
    /** Up to `length` bytes from here on, left unread (fewer only when the input ends first). */
    async peek(length) {
        while (this.#buffered.length < length) {
            const chunk = await this.channel.pull();
            if (!chunk)
                break;
            this.#buffered = this.#buffered.length ? Buffer.concat([this.#buffered, chunk]) : chunk;
        }
        return this.#buffered.subarray(0, length);
    }
    /** Everything left, chunk by chunk, to the end of the input. */
    async *rest() {
        if (this.#buffered.length) {
            const first = this.#buffered;
            this.#buffered = Buffer.alloc(0);
            this.position += first.length;
            yield first;
        }
        for (let chunk = await this.channel.pull(); chunk; chunk = await this.channel.pull()) {
            this.position += chunk.length;
            yield chunk;
        }
    }
    /** Exactly `length` bytes (copied together only when they span chunks: meant for headers). */
    async exact(length) {
        while (this.#buffered.length < length) {
            const chunk = await this.channel.pull();
            if (!chunk)
                throw new TruncatedInputError(`the input ended at byte ${this.position + this.#buffered.length}, inside a ${length}-byte read at ${this.position}`);
            this.#buffered = this.#buffered.length ? Buffer.concat([this.#buffered, chunk]) : chunk;
        }
        const result = this.#buffered.subarray(0, length);
        this.#buffered = this.#buffered.subarray(length);
        this.position += length;
        return result;
    }
    /** The next `length` bytes as they arrive, without copying. */
    async *take(length) {
        let left = length;
        while (left > 0) {
            if (this.#buffered.length === 0) {
                const chunk = await this.channel.pull();
                if (!chunk)
                    throw new TruncatedInputError(`the input ended at byte ${this.position}, ${left} bytes short of the end of a ${length}-byte part`);
                this.#buffered = chunk;
            }
            const piece = this.#buffered.subarray(0, Math.min(left, this.#buffered.length));
            this.#buffered = this.#buffered.subarray(piece.length);
            this.position += piece.length;
            left -= piece.length;
            yield piece;
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./packages/core/src/buffer-reclaim.ts


// Why this exists: a download (and the extraction fed by it) allocates a fresh 64 KiB buffer
// per socket read and per inflate output, each garbage a few milliseconds later. Their memory is
// outside V8's heap, and the little JS garbage that goes with them does not fill the young
// generation fast enough to trigger a scavenge, so dead buffers pile up until V8's external-memory
// limit forces a full collection: some 70 MiB of peak RSS at any download size, and a full
// mark-compact every few dozen MB. A scavenge every few MiB of traffic frees them while they are
// still young, for about a millisecond each (measured: 1 GiB through 64 KiB buffers peaks at
// ~75 MB RSS instead of ~160 MB, in less time).
/** Bytes of buffer traffic between two young-generation collections. */
const INTERVAL_BYTES = 16 * 1024 * 1024;
let collect;
let since = 0;
/** V8's gc(), obtained once; null when this runtime does not allow it (then nothing is done). */
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        // --expose-gc only applies to contexts created after it is set: take gc from a fresh one,
        // then turn the flag off again so no other context gets it.
        external_node_v8_default().setFlagsFromString('--expose-gc');
        const gc = external_node_vm_default().runInNewContext('typeof gc === "function" ? gc : undefined');
        collect = typeof gc === 'function' ? gc : null;
    }
    catch {
        collect = null;
    }
    finally {
        external_node_v8_default().setFlagsFromString('--no-expose-gc');
    }
    return collect;
}
/**
 * Records that `bytes` more passed through short-lived buffers; every {@link INTERVAL_BYTES}
 * runs a young-generation collection, which frees the buffers that are already dead.
 */
function noteBufferTraffic(bytes) {
    since += bytes;
    if (since < INTERVAL_BYTES)
        return;
    since = 0;
    collector()?.({ type: 'minor' });
}

;// CONCATENATED MODULE: ./packages/core/src/archives/safe-path.ts


/**
 * The path segments of an archive entry name, relative to the destination. Backslashes count as
 * separators on every platform, so `..\..\x` is refused on Linux too (it escapes on Windows).
 * Absolute names (`/x`, `C:\x`, `\\server\x`) and any `..` segment are refused outright rather
 * than cleaned up: no honest archive has them. `subject` names the entry in the error.
 */
function entrySegments(name, subject = `entry "${name}"`) {
    if (name.includes('\0'))
        throw new errors/* UnsafeArchiveError */.td(`${subject} has a NUL character in its name`);
    const normalized = name.replaceAll('\\', '/');
    if (normalized.startsWith('/') || /^[a-zA-Z]:/.test(normalized))
        throw new errors/* UnsafeArchiveError */.td(`${subject} is an absolute path`);
    const segments = normalized.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..'))
        throw new errors/* UnsafeArchiveError */.td(`${subject} climbs out of the destination with '..'`);
    // On Windows `name:stream` writes an alternate data stream of another file.
    if (process.platform === 'win32' && segments.some((segment) => segment.includes(':'))) {
        throw new errors/* UnsafeArchiveError */.td(`${subject} has a ':' in its name`);
    }
    return segments;
}
/**
 * Refuses a symlink target that is absolute, has backslashes (a separator on Windows only), or
 * leaves the destination when resolved from the link's own directory (`linkSegments` are the
 * link's entry segments). This check is lexical; chains of links are checked once all exist.
 */
function checkSymlinkTarget(name, linkSegments, target) {
    const subject = `symlink "${name}" -> "${target}"`;
    if (target === '' || target.includes('\0'))
        throw new errors/* UnsafeArchiveError */.td(`${subject} has an empty or invalid target`);
    if (target.includes('\\'))
        throw new errors/* UnsafeArchiveError */.td(`${subject} has a backslash in its target`);
    if (external_node_path_default().posix.isAbsolute(target) || /^[a-zA-Z]:/.test(target))
        throw new errors/* UnsafeArchiveError */.td(`${subject} points at an absolute path`);
    const resolved = external_node_path_default().posix.join(...linkSegments.slice(0, -1), target);
    if (resolved === '..' || resolved.startsWith('../'))
        throw new errors/* UnsafeArchiveError */.td(`${subject} points outside the destination`);
}
/** True when `file` is `root` or below it (both absolute and resolved). */
function isInside(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative));
}

;// CONCATENATED MODULE: ./packages/core/src/archives/writer.ts






/**
 * Writes archive entries into a destination directory and nowhere else. Every ancestor of an
 * entry is checked with `lstat` (never followed), so nothing is written through a symlink, even
 * one that points inside; files are created with `O_EXCL`, so an existing link at the final
 * component is never followed either. Entries must be given one at a time, each awaited: the
 * checks rely on nothing else changing the tree meanwhile.
 */
class ArchiveWriter {
    #root;
    #maxBytes;
    /** Directories known to be real directories (made or checked); none is ever replaced. */
    #directories = new Set();
    #symlinks = [];
    /** Every regular file now in the tree, by path relative to the root, with its size and digest. */
    #files = new Map();
    #entries = 0;
    #bytes = 0;
    constructor(root, maxBytes) {
        this.#root = root;
        this.#maxBytes = maxBytes;
    }
    /** A writer into `destination` (an existing, normally empty, directory). */
    static async open(destination, maxBytes = Infinity) {
        // Resolved once, so the final symlink check compares real paths (macOS /tmp is a link).
        return new ArchiveWriter(await (0,promises_.realpath)(destination), maxBytes);
    }
    /** Creates the directory entry `name` (and its parents). */
    async directory(name) {
        await this.#directory(entrySegments(name), name, true);
    }
    /**
     * Streams `body` into the regular file `name`, executable if `mode` has any execute bit
     * (never setuid or setgid). `declaredSize`, when the archive states one, is enforced both ways.
     */
    async file(name, mode, body, declaredSize) {
        const segments = entrySegments(name);
        if (declaredSize !== undefined)
            this.#checkBudget(name, declaredSize);
        const target = await this.#prepare(name, segments);
        const handle = await (0,promises_.open)(target, 'wx', mode & 0o111 ? 0o755 : 0o644);
        // Hashed on the way to disk, so the cache manifest needs no second pass over the files.
        const hash = (0,lazy_builtins/* createHash */.n1)('sha256');
        let pending = [];
        let pendingBytes = 0;
        let written = 0;
        // One batch is written while the next one is read and hashed; writes stay in order.
        let writing = Promise.resolve();
        try {
            for await (const chunk of body) {
                written += chunk.length;
                this.#checkBudget(name, written);
                if (declaredSize !== undefined && written > declaredSize)
                    throw new errors/* UnsafeArchiveError */.td(`entry "${name}" holds more than its declared ${declaredSize} bytes`);
                hash.update(chunk);
                pending.push(chunk);
                pendingBytes += chunk.length;
                if (pendingBytes >= WRITE_BATCH) {
                    noteBufferTraffic(pendingBytes);
                    await writing;
                    writing = writeBatch(handle, pending, pendingBytes);
                    writing.catch(() => undefined); // awaited before the next batch or at the end
                    pending = [];
                    pendingBytes = 0;
                }
            }
            await writing;
            if (pendingBytes)
                await writeBatch(handle, pending, pendingBytes);
        }
        finally {
            await writing.catch(() => undefined); // never close the file under a write
            await handle.close();
        }
        if (declaredSize !== undefined && written !== declaredSize)
            throw new errors/* UnsafeArchiveError */.td(`entry "${name}" holds ${written} bytes, not its declared ${declaredSize}`);
        this.#files.set(this.#relative(target), { size: written, sha256: hash.digest('hex') });
        this.#entries++;
        this.#bytes += written;
    }
    /** Creates the symlink `name` → `target`; the target must stay inside the destination. */
    async symlink(name, target) {
        const segments = entrySegments(name);
        checkSymlinkTarget(name, segments, target);
        const file = await this.#prepare(name, segments);
        await (0,promises_.symlink)(target, file);
        this.#symlinks.push(file);
    }
    /** Creates the hard link `name` to `linkName`, a regular file extracted earlier. */
    async hardlink(name, linkName) {
        const subject = `hard link "${name}" -> "${linkName}"`;
        const sourceSegments = entrySegments(linkName, subject);
        const source = external_node_path_default().join(await this.#directory(sourceSegments.slice(0, -1), name, false), ...sourceSegments.slice(-1));
        // lstat, because link() follows a symlink on some platforms (macOS).
        if (!(await lstatOrUndefined(source))?.isFile())
            throw new errors/* UnsafeArchiveError */.td(`${subject} does not point at a file extracted before it`);
        const target = await this.#prepare(name, entrySegments(name));
        await (0,promises_.link)(source, target);
        const digest = this.#files.get(this.#relative(source));
        if (digest)
            this.#files.set(this.#relative(target), digest);
    }
    /**
     * Checks where every symlink really leads now that the tree is complete: each target was
     * checked on its own, but links can chain out (`a/b/up` -> `../..`, then `x` -> `a/b/up/..`).
     */
    async finish() {
        for (const file of this.#symlinks) {
            const target = await (0,promises_.readlink)(file).catch(() => undefined); // replaced by a later entry
            if (target === undefined)
                continue;
            // Joined as a string: path.join would fold `up/..` lexically, which is the very trick.
            const subject = `symlink "${external_node_path_default().relative(this.#root, file)}" -> "${target}"`;
            const resolved = await physicalPath(`${external_node_path_default().dirname(file)}${(external_node_path_default()).sep}${target}`, subject);
            if (!isInside(this.#root, resolved))
                throw new errors/* UnsafeArchiveError */.td(`${subject} resolves outside the destination`);
        }
        const files = [...this.#files].map(([file, facts]) => ({ path: file, ...facts }));
        return { entries: this.#entries, bytes: this.#bytes, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
    }
    /** `a/b` for a path under the root, with forward slashes on every platform. */
    #relative(file) {
        return external_node_path_default().relative(this.#root, file).split((external_node_path_default()).sep).join('/');
    }
    #checkBudget(name, bytes) {
        if (this.#bytes + bytes > this.#maxBytes)
            throw new errors/* UnsafeArchiveError */.td(`entry "${name}" takes the extracted size over the limit of ${this.#maxBytes} bytes`);
    }
    /** Makes the parent of a new entry and clears its place; returns the entry's path. */
    async #prepare(name, segments) {
        const last = segments.at(-1);
        if (last === undefined)
            throw new errors/* UnsafeArchiveError */.td(`entry "${name}" has no file name`);
        const file = external_node_path_default().join(await this.#directory(segments.slice(0, -1), name, true), last);
        const existing = await lstatOrUndefined(file);
        if (existing?.isDirectory())
            throw new errors/* UnsafeArchiveError */.td(`entry "${name}" would replace a directory`);
        // A repeated entry replaces the earlier one, as tar does; unlinking a symlink leaves its target alone.
        if (existing) {
            await (0,promises_.unlink)(file);
            this.#files.delete(this.#relative(file));
        }
        return file;
    }
    /** Walks (and with `create`, makes) the directories `segments`, refusing anything but real directories. */
    async #directory(segments, name, create) {
        let dir = this.#root;
        for (const [index, segment] of segments.entries()) {
            dir = external_node_path_default().join(dir, segment);
            if (this.#directories.has(dir))
                continue;
            const stats = await lstatOrUndefined(dir);
            if (!stats && create)
                await (0,promises_.mkdir)(dir, 0o755);
            else if (!stats?.isDirectory()) {
                const what = stats?.isSymbolicLink() ? 'the symlink' : stats ? 'the non-directory' : 'the missing directory';
                throw new errors/* UnsafeArchiveError */.td(`entry "${name}" would go through ${what} "${segments.slice(0, index + 1).join('/')}"`);
            }
            this.#directories.add(dir);
        }
        return dir;
    }
}
/** Decompressed chunks are small (16–64 KiB); writing them in ~1 MiB batches saves syscalls. */
const WRITE_BATCH = 1 << 20;
/** Writes `chunks` with one writev (no copy into a bigger buffer), finishing a short write. */
async function writeBatch(handle, chunks, total) {
    const written = (await handle.writev(chunks)).bytesWritten;
    if (written === total)
        return;
    const rest = Buffer.concat(chunks).subarray(written);
    for (let offset = 0; offset < rest.length;)
        offset += (await handle.write(rest, offset)).bytesWritten;
}
async function lstatOrUndefined(file) {
    try {
        return await (0,promises_.lstat)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Where `file` leads on disk: the real path of its deepest existing ancestor, plus the rest
 * (missing components redirect nothing). A loop of links is refused.
 */
async function physicalPath(file, subject) {
    try {
        return await (0,promises_.realpath)(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new errors/* UnsafeArchiveError */.td(`${subject} is part of a loop of links`);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            throw error;
    }
    const parent = external_node_path_default().dirname(file);
    return parent === file ? file : external_node_path_default().join(await physicalPath(parent, subject), external_node_path_default().basename(file));
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/core/src/archives/zip.ts


const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** "Version made by" hosts whose external attributes carry a Unix mode: Unix and macOS. */
const UNIX_HOSTS = new Set([3, 19]);
/** A symlink target longer than PATH_MAX is not a path. */
const MAX_LINK_TARGET = 4096;
/**
 * Extracts the zip `archive` through `writer`, one entry at a time. yauzl reads the central
 * directory and checks every entry's data against its declared size (`validateEntrySizes`),
 * so a lying header cannot smuggle in more bytes than the size limit saw.
 */
async function extractZip(archive, writer) {
    let zip;
    try {
        // Names are decoded and checked by entrySegments, so they fail as UnsafeArchiveError naming the entry.
        zip = await yauzl.openPromise(archive, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
    }
    catch (error) {
        throw (0,errors/* asUnsafe */.fm)(error, 'the zip archive');
    }
    try {
        for await (const entry of (0,errors/* readerErrorsAsUnsafe */.Rf)(zip.eachEntry(), 'the zip central directory')) {
            await extractEntry(zip, entry, writer);
        }
    }
    finally {
        zip.close();
    }
}
async function extractEntry(zip, entry, writer) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    const mode = UNIX_HOSTS.has(entry.versionMadeBy >> 8) ? entry.externalFileAttributes >>> 16 : 0;
    const type = mode & S_IFMT;
    if (/[\\/]$/.test(name) || type === S_IFDIR)
        return writer.directory(name);
    if (type === S_IFLNK)
        return writer.symlink(name, await readLinkTarget(zip, entry, name));
    if (type === 0 || type === S_IFREG)
        return writer.file(name, mode, entryData(zip, entry, name), entry.uncompressedSize);
    throw new errors/* UnsafeArchiveError */.td(`entry "${name}" is a device, FIFO or socket (mode ${mode.toString(8)})`);
}
/** The entry's data, opened only when the writer starts reading (after its path checks). */
async function* entryData(zip, entry, name) {
    let stream;
    try {
        stream = await zip.openReadStreamPromise(entry);
    }
    catch (error) {
        throw (0,errors/* asUnsafe */.fm)(error, `entry "${name}"`); // encrypted, or an unknown compression method
    }
    yield* (0,errors/* readerErrorsAsUnsafe */.Rf)(stream, `entry "${name}"`);
}
async function readLinkTarget(zip, entry, name) {
    if (entry.uncompressedSize > MAX_LINK_TARGET)
        throw new errors/* UnsafeArchiveError */.td(`symlink "${name}" has a ${entry.uncompressedSize}-byte target`);
    const chunks = [];
    for await (const chunk of entryData(zip, entry, name))
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/archives/extract.ts





/**
 * Tells a zip (`PK\x03\x04`) from a gzip stream (`1f 8b`, taken to be a tar inside) by the first
 * bytes of `file`; the name is not trusted. Anything else (an HTML error page saved under the
 * archive's name, say) is an {@link UnsafeArchiveError}.
 */
async function detectArchiveFormat(file) {
    const handle = await (0,promises_.open)(file, 'r');
    let head;
    try {
        const buffer = Buffer.alloc(4);
        const { bytesRead } = await handle.read(buffer, 0, 4, 0);
        head = buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    if (head.equals(Buffer.from('PK\x03\x04', 'latin1')))
        return 'zip';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'tar.gz';
    const start = head.length ? `it starts with ${[...head].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')}` : 'it is empty';
    throw new errors/* UnsafeArchiveError */.td(`${file} is neither a zip nor a gzip-compressed tar archive (${start}).`);
}
/**
 * Extracts the untrusted `archive` into `destination`, an existing empty (staging) directory,
 * streaming (memory stays flat for any size). Nothing is ever written outside `destination`:
 * absolute and `..` names, backslash paths, links leading outside, writes through a symlink,
 * devices and FIFOs are refused with an {@link UnsafeArchiveError} naming the entry, before that
 * entry is written. The caller then discards the partly extracted `destination`.
 * Symlinks that stay inside are kept; files keep their execute bit and nothing else.
 */
async function extractArchive(archive, destination, options = {}) {
    const { maxBytes = Infinity } = options;
    if (!(maxBytes >= 0))
        throw new RangeError(`maxBytes must be a number ≥ 0, not ${maxBytes}`);
    const format = options.format ?? (await detectArchiveFormat(archive));
    const writer = await ArchiveWriter.open(destination, maxBytes);
    try {
        if (format === 'zip')
            await extractZip(archive, writer);
        // Loaded only for tar.gz: node-tar takes tens of milliseconds to load, and models are zips.
        else
            await (await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 5118))).extractTarGz(archive, writer);
        return await writer.finish();
    }
    catch (error) {
        if (error instanceof errors/* UnsafeArchiveError */.td)
            throw new errors/* UnsafeArchiveError */.td(`Refusing to extract ${archive}: ${error.message}.`, { cause: error });
        throw error;
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/archives/zip-stream.ts







// Reading a zip front to back, from its local headers, while it downloads. The central directory
// at the end is what counts (it is what yauzl and unzip go by), so this reader handles only the
// plain cases and gives up on anything else; the caller then extracts the finished file with
// yauzl. What it did extract is used only after checkCentralDirectory finds every entry of the
// central directory exactly as the local headers had it.
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARKER = 0xffffffff;
const zip_stream_S_IFMT = 0o170000;
const zip_stream_S_IFREG = 0o100000;
const zip_stream_S_IFDIR = 0o040000;
/** "Version made by" hosts whose external attributes carry a Unix mode: Unix and macOS (as in zip.ts). */
const zip_stream_UNIX_HOSTS = new Set([3, 19]);
/** The archive uses something this reader does not handle; not a verdict on the archive. */
class NotStreamableError extends Error {
    name = 'NotStreamableError';
}
/**
 * Extracts entries through `writer` as their bytes arrive, up to the start of the central
 * directory (the rest of the input is not read). Files are written with mode 0644: only the
 * central directory says which are executable, and which are symlinks (see
 * {@link checkCentralDirectory}). Throws {@link NotStreamableError} for data descriptors, zip64,
 * encryption, other compression methods or anything unexpected between entries; the writer's
 * and the inflater's errors pass through.
 */
async function extractZipStream(input, writer) {
    const entries = [];
    for (;;) {
        const offset = input.position;
        const signature = (await input.exact(4)).readUInt32LE(0);
        if (signature === CENTRAL_HEADER && entries.length > 0)
            return entries;
        if (signature !== LOCAL_HEADER)
            throw new NotStreamableError(`no local header at byte ${offset} (signature ${signature.toString(16)})`);
        const entry = await readLocalHeader(input, offset);
        const dataStart = input.position;
        const data = input.take(entry.compressedSize);
        if (entry.directory) {
            if (entry.uncompressedSize !== 0)
                throw new NotStreamableError(`directory entry "${entry.name}" has data`);
            for await (const _ of data)
                ; // a deflated empty directory still has a 2-byte stream
            await writer.directory(entry.name);
        }
        else {
            await writer.file(entry.name, 0, entry.method === DEFLATED ? inflate(data) : data, entry.uncompressedSize);
        }
        // The inflater may stop before its input does (a stream that ends early): not ours to judge.
        if (input.position !== dataStart + entry.compressedSize)
            throw new NotStreamableError(`entry "${entry.name}" did not use exactly its ${entry.compressedSize} compressed bytes`);
        entries.push(entry);
    }
}
async function readLocalHeader(input, offset) {
    const header = await input.exact(26);
    const flags = header.readUInt16LE(2);
    const method = header.readUInt16LE(4);
    const crc32 = header.readUInt32LE(10);
    const compressedSize = header.readUInt32LE(14);
    const uncompressedSize = header.readUInt32LE(18);
    const nameRaw = Buffer.from(await input.exact(header.readUInt16LE(22)));
    const extra = await input.exact(header.readUInt16LE(24));
    const what = `entry at byte ${offset}`;
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
        throw new NotStreamableError(`${what} is encrypted`);
    if (flags & FLAG_DATA_DESCRIPTOR)
        throw new NotStreamableError(`${what} has its sizes in a data descriptor`);
    if (method !== STORED && method !== DEFLATED)
        throw new NotStreamableError(`${what} uses compression method ${method}`);
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER)
        throw new NotStreamableError(`${what} is zip64`);
    if (method === STORED && compressedSize !== uncompressedSize)
        throw new NotStreamableError(`${what} is stored with two different sizes`);
    // Decoded as yauzl decodes the central directory's copy (flags, Info-ZIP Unicode Path field).
    const name = yauzl.getFileNameLowLevel(flags, nameRaw, parseExtraFields(extra, what), true);
    return { offset, name, nameRaw, flags, method, crc32, compressedSize, uncompressedSize, directory: /[\\/]$/.test(name) };
}
function parseExtraFields(extra, what) {
    const fields = [];
    for (let at = 0; at < extra.length;) {
        if (at + 4 > extra.length)
            throw new NotStreamableError(`${what} has a malformed extra field`);
        const id = extra.readUInt16LE(at);
        const end = at + 4 + extra.readUInt16LE(at + 2);
        if (end > extra.length)
            throw new NotStreamableError(`${what} has a malformed extra field`);
        fields.push({ id, data: Buffer.from(extra.subarray(at + 4, end)) });
        at = end;
    }
    return fields;
}
/**
 * Raw deflate, decompressed off the main thread (zlib runs on the thread pool). The output comes
 * in 1 MiB buffers: every call into zlib is a round trip to the pool, with stream work around it;
 * inflating 128 MiB alone took 1.3–1.6× as long in 256 KiB buffers. (Gluing the input into bigger
 * pieces costs more in copies than it saves.)
 */
function inflate(compressed) {
    const inflater = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 1024 * 1024 });
    // An error on either side destroys the inflater with it, which ends the consumer's loop.
    (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(compressed, { objectMode: false }), inflater).catch(() => undefined);
    return inflater;
}
/**
 * Compares the finished `archive`'s central directory, read by yauzl, with what was streamed:
 * the same entries in the same order at the same offsets, with the same names (raw and decoded),
 * flags, methods, CRCs and sizes, and only files and directories. Returns the reason for any
 * difference, or undefined after applying the execute bits the central directory gives.
 */
async function checkCentralDirectory(archive, destination, streamed) {
    const zip = await yauzl.openPromise(archive, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
    const executable = new Map();
    let index = 0;
    try {
        if (zip.entryCount !== streamed.length)
            return `the central directory lists ${zip.entryCount} entries, the local headers ${streamed.length}`;
        for await (const entry of zip.eachEntry()) {
            const local = streamed[index++];
            if (!local)
                return `the central directory has more entries than the local headers`;
            const difference = compare(entry, local);
            if (difference)
                return `entry ${index} ("${local.name}"): ${difference}`;
            if (!local.directory)
                executable.set(entrySegments(local.name).join('/'), (unixMode(entry) & 0o111) !== 0);
        }
    }
    finally {
        zip.close();
    }
    // The last entry of a name is the file on disk (a repeated entry replaces the earlier one).
    for (const [name, isExecutable] of executable) {
        // No symlink was made while streaming, so this cannot reach outside the destination.
        if (isExecutable)
            await (0,promises_.chmod)(external_node_path_default().join(destination, ...name.split('/')), 0o755);
    }
    return undefined;
}
function unixMode(entry) {
    return zip_stream_UNIX_HOSTS.has(entry.versionMadeBy >> 8) ? entry.externalFileAttributes >>> 16 : 0;
}
function compare(entry, local) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    if (!entry.fileNameRaw.equals(local.nameRaw) || name !== local.name)
        return `the central directory names it "${name}"`;
    const pairs = [
        ['offset', entry.relativeOffsetOfLocalHeader, local.offset],
        ['flags', entry.generalPurposeBitFlag, local.flags],
        ['compression method', entry.compressionMethod, local.method],
        ['CRC-32', entry.crc32, local.crc32],
        ['compressed size', entry.compressedSize, local.compressedSize],
        ['size', entry.uncompressedSize, local.uncompressedSize],
    ];
    for (const [what, central, fromLocal] of pairs) {
        if (central !== fromLocal)
            return `${what} ${central} in the central directory, ${fromLocal} in the local header`;
    }
    const type = unixMode(entry) & zip_stream_S_IFMT;
    const isDirectory = /[\\/]$/.test(name) || type === zip_stream_S_IFDIR;
    if (isDirectory !== local.directory)
        return 'the central directory says it is a directory';
    if (!isDirectory && type !== 0 && type !== zip_stream_S_IFREG)
        return `the central directory gives it file type ${type.toString(8)} (a symlink or special file)`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/archives/streaming.ts






/**
 * Reads a zip or a tar.gz (told apart by their first bytes) through `writer` as it arrives. A
 * zip's entries are returned, to be checked against its central directory; a tar.gz has nothing
 * more to check (it is read by the same parser as a file would be), so it returns undefined.
 */
async function extractStream(reader, writer) {
    const head = await reader.peek(2);
    if (head[0] !== 0x1f || head[1] !== 0x8b)
        return extractZipStream(reader, writer);
    // Loaded only for tar.gz: node-tar takes tens of milliseconds to load, and models are zips.
    const { extractTarGzStream } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 5118));
    await extractTarGzStream(external_node_stream_.Readable.from(reader.rest(), { objectMode: false }), writer);
    return undefined;
}
/**
 * Extracts a zip or tar.gz archive into `destination` while it downloads, so the two overlap
 * instead of adding up. Pass it to downloadFile as its `tap`, then call {@link finish} with the
 * finished file, after verifying its digest: a streamed zip is kept only when the central
 * directory agrees with every local header, a tar.gz when it was read to its end; otherwise (and
 * for anything the zip local-header reader does not handle: data descriptors, zip64, symlinks…)
 * the destination is emptied and the file is extracted by {@link extractArchive} as if nothing had
 * been streamed. Either way the writer's rules hold for every byte written: nothing lands outside
 * `destination`.
 */
class StreamingExtraction {
    #channel = new ByteChannel();
    #destination;
    #maxBytes;
    #work;
    /**
     * Why the bytes given are not (all) the archive's, once abandon() was called. Checked even when
     * the reader had already finished: a retried download may have started over with other bytes,
     * and the tree must come from the very bytes whose digest is verified.
     */
    #abandoned;
    constructor(destination, writer, maxBytes) {
        this.#destination = destination;
        this.#maxBytes = maxBytes;
        this.#work = extractStream(new ByteReader(this.#channel), writer).then((entries) => ({ writer, entries }), (error) => ({ failure: describe(error) }));
        // Whatever ended the reader, the download must not wait for it any longer.
        void this.#work.finally(() => this.#channel.close());
    }
    /** Starts reading into `destination`, an existing empty directory. */
    static async start(destination, options = {}) {
        const maxBytes = options.maxBytes ?? Infinity;
        return new StreamingExtraction(destination, await ArchiveWriter.open(destination, maxBytes), maxBytes);
    }
    write(chunk) {
        return this.#channel.push(chunk);
    }
    abandon(reason) {
        this.#abandoned ??= reason;
        this.#channel.fail(new Error(reason));
    }
    /** Stops reading (the download failed) and waits until nothing more is written. */
    async cancel() {
        this.abandon('cancelled');
        await this.#work;
    }
    /** Ends the input and returns the extraction of `archive`, streamed or done now. */
    async finish(archive) {
        this.#channel.end();
        const work = await this.#work;
        let reason = this.#abandoned ?? ('failure' in work ? work.failure : undefined);
        if (reason === undefined && 'writer' in work) {
            const entries = work.entries;
            if (entries)
                reason = await checkCentralDirectory(archive, this.#destination, entries).catch((error) => `the central directory could not be read (${describe(error)})`);
            if (reason === undefined)
                return { ...(await work.writer.finish()), streamed: true };
        }
        await (0,promises_.rm)(this.#destination, { recursive: true, force: true });
        await (0,promises_.mkdir)(this.#destination);
        const result = await extractArchive(archive, this.#destination, { maxBytes: this.#maxBytes });
        return { ...result, streamed: false, ...(reason ? { fallbackReason: reason } : {}) };
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/http/deadline.ts
var http_deadline = __webpack_require__(7060);
// EXTERNAL MODULE: ./packages/core/src/http/errors.ts
var http_errors = __webpack_require__(9367);
;// CONCATENATED MODULE: ./packages/core/src/http/file-sink.ts


/** Bytes worth one write call: fewer, bigger writes cost far less CPU than one per 64 KiB socket read. */
const file_sink_WRITE_BATCH = 1 << 20;
/** The longest a received chunk waits for a batch to fill (slow servers still show progress). */
const HOLD_MS = 50;
/**
 * Writes a response body into an open file from `state.bytes` on, hashing as it goes. A chunk
 * counts (in `state.bytes` and the hash) only once it is on disk, so `state.bytes` is always
 * exactly what the file holds and a resume can ask for the rest. Chunks are written in batches of
 * about 1 MiB; when the body fails, the chunks received so far are still written (they are good
 * data) before the sink reports the error, and only chunks the stream had not handed over yet are
 * dropped. Positional writes let every attempt reuse one file handle.
 */
class FileSink extends external_node_stream_.Writable {
    handle;
    state;
    onChunk;
    tap;
    inFlight = Promise.resolve();
    held = [];
    heldBytes = 0;
    holdTimer;
    constructor(handle, state, onChunk, tap) {
        super({ highWaterMark: file_sink_WRITE_BATCH });
        this.handle = handle;
        this.state = state;
        this.onChunk = onChunk;
        this.tap = tap;
    }
    _write(chunk, _encoding, callback) {
        this.take([chunk], callback);
    }
    _writev(chunks, callback) {
        this.take(chunks.map((c) => c.chunk), callback);
    }
    _final(callback) {
        this.flush().then(() => callback(), callback);
    }
    _destroy(error, callback) {
        void this.flush()
            .catch(() => undefined) // the error that destroyed the sink is the one to report
            .then(() => callback(error));
    }
    /**
     * Resolves once every write started (if any) has finished. A failed attempt destroys the sink
     * mid-write; waiting keeps that write from racing the next attempt's.
     */
    settled() {
        return this.inFlight.catch(() => undefined);
    }
    /** Holds chunks until a batch is full (then writes it, with backpressure) or a moment has passed. */
    take(chunks, callback) {
        for (const chunk of chunks) {
            this.held.push(chunk);
            this.heldBytes += chunk.length;
        }
        if (this.heldBytes >= file_sink_WRITE_BATCH) {
            this.flush().then(() => callback(), callback);
            return;
        }
        this.holdTimer ??= setTimeout(() => {
            this.holdTimer = undefined;
            this.flush().catch((error) => this.destroy(error));
        }, HOLD_MS);
        callback();
    }
    /** Writes what is held, after any write under way. */
    flush() {
        clearTimeout(this.holdTimer);
        this.holdTimer = undefined;
        const batch = this.held;
        this.held = [];
        this.heldBytes = 0;
        if (batch.length > 0)
            this.inFlight = this.inFlight.then(() => this.writeAll(batch));
        return this.inFlight;
    }
    async writeAll(chunks) {
        const total = chunks.reduce((sum, c) => sum + c.length, 0);
        // The tap reads these buffers while the kernel writes them: the two overlap.
        const tapped = this.tap ? feed(this.tap, chunks) : undefined;
        const written = (await this.handle.writev(chunks, this.state.bytes)).bytesWritten;
        if (written < total) {
            // A short writev (rare: signals, huge batches): finish the rest chunk by chunk.
            const rest = Buffer.concat(chunks).subarray(written);
            for (let offset = 0; offset < rest.length;) {
                const { bytesWritten } = await this.handle.write(rest, offset, rest.length - offset, this.state.bytes + written + offset);
                offset += bytesWritten;
            }
        }
        for (const chunk of chunks)
            this.state.hash.update(chunk);
        await tapped;
        noteBufferTraffic(total);
        this.state.bytes += total;
        this.onChunk(total);
    }
}
async function feed(tap, chunks) {
    for (const chunk of chunks)
        await tap.write(chunk);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
;// CONCATENATED MODULE: ./packages/core/src/http/get.ts






/**
 * GETs for one download. A URL the runner's proxy settings (`https_proxy`, `http_proxy`,
 * `no_proxy`, read as @actions/http-client reads them) send through a proxy goes through
 * @actions/http-client, which speaks to proxies; it is loaded only then, as it brings undici and
 * costs tens of milliseconds of start-up. Every other URL goes straight through node:http(s),
 * one connection per request (no keep-alive), as http-client does.
 */
class Getter {
    timeoutMs;
    #client;
    /** `timeoutMs`: how long to wait for the response's headers (the body is the caller's to watch). */
    constructor(timeoutMs) {
        this.timeoutMs = timeoutMs;
    }
    /** The response to a GET of `url`, its body unread; no answer within the timeout is a {@link TransientError}. */
    async get(url, headers) {
        return (0,proxy/* getProxyUrl */.s)(new URL(url)) ? this.viaProxy(url, headers) : this.direct(url, headers);
    }
    /** Frees the proxy client's sockets, if one was made. */
    dispose() {
        this.#client?.dispose();
    }
    direct(url, headers) {
        const client = url.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const request = client.get(url, { headers: { 'user-agent': 'runner-kit', ...headers }, agent: false, timeout: this.timeoutMs }, resolve);
            request.on('timeout', () => request.destroy(new http_errors/* TransientError */.N_(`no response within ${(0,units/* formatDuration */.a3)(this.timeoutMs)}`)));
            request.on('error', reject);
        });
    }
    async viaProxy(url, headers) {
        if (!this.#client) {
            const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 2779));
            // Retries and redirects are the caller's (with resume, and relative Locations resolved).
            this.#client = new HttpClient('runner-kit', [], { socketTimeout: this.timeoutMs, allowRetries: false, allowRedirects: false });
        }
        try {
            return (await this.#client.get(url, headers)).message;
        }
        catch (error) {
            // http-client reports its socket timeout as a plain Error, with no code to go by.
            if (error?.code === undefined && (0,src_errors/* describeError */.Uc)(error).startsWith('Request timeout')) {
                throw new http_errors/* TransientError */.N_(`no response within ${(0,units/* formatDuration */.a3)(this.timeoutMs)}`);
            }
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/http/progress.ts
var http_progress = __webpack_require__(7319);
;// CONCATENATED MODULE: ./packages/core/src/http/download.ts
















/** However long a server asks us to wait, a CI job should not sit idle longer than this per retry. */
const MAX_WAIT_MS = 60_000;
/**
 * Streams `url` into `destination` with bounded memory, hashing on the way. Retries network
 * failures, stalls, truncated bodies, 408, 429 and 5xx with exponential backoff, resuming with a
 * Range request when the server supports it. The runner's proxy settings apply (see {@link Getter});
 * redirects are followed (relative ones too), at most 20.
 * @throws HttpNotFoundError on 404/410, at once.
 * @throws HttpStatusError on another 4xx at once, or a 5xx/408/429 that outlasts the retries.
 * @throws ChecksumMismatchError when `expectedSha256` does not match.
 * @throws ExternalError when a network failure outlasts the retries, naming the URL, the attempts and the last cause.
 * @throws DownloadTimeoutError when the overall limit passes, saying how far the download got.
 * @throws the Node system error of a failing local write (a full disk, …) as it is, for the caller
 *   to explain with what it knows (see explainSystemError).
 */
async function downloadFile(options) {
    const { url, destination, retries = 3, backoffMs = 1000, progressIntervalMs = 5000, onProgress } = options;
    const transfer = { written: { bytes: 0, hash: (0,lazy_builtins/* createHash */.n1)('sha256') }, acceptsRanges: false };
    let attempts = 0;
    // Before the deadline's timer exists: a bad option must not leave an hour-long timer behind.
    const expected = checkOptions(url, options.expectedSha256);
    const deadline = new http_deadline/* DownloadDeadline */.vr(url, options.limitMs, options.signal, () => ({ bytes: transfer.written.bytes, attempts, ...(transfer.totalBytes === undefined ? {} : { totalBytes: transfer.totalBytes }) }));
    const settings = {
        url,
        label: options.label ?? external_node_path_default().basename(destination),
        timeoutMs: options.timeoutMs ?? 30_000,
        headers: options.headers ?? {},
        logger: options.logger ?? logging/* actionsLogger */.MV,
        tap: options.tap,
        deadline,
    };
    const { label, logger } = settings;
    const maxAttempts = Math.max(0, Math.floor(retries)) + 1;
    const meter = new http_progress/* ProgressMeter */.Z3(progressIntervalMs, (progress) => {
        logger.info((0,http_progress/* formatProgress */.Vu)(label, progress));
        onProgress?.(progress);
    });
    const client = new Getter(settings.timeoutMs);
    const handle = await (0,promises_.open)(destination, 'w').catch((error) => {
        deadline.dispose();
        throw error;
    });
    let done = false;
    try {
        logger.info(`${label}: downloading ${url}`);
        for (;;) {
            attempts++;
            try {
                await attempt(client, settings, transfer, handle, meter);
                break;
            }
            catch (error) {
                settings.tap?.abandon(`attempt ${attempts} failed`);
                settings.tap = undefined;
                deadline.signal.throwIfAborted(); // whatever the attempt died of, the deadline (or the caller) ended it
                if (!(0,http_errors/* isRetryable */.r3)(error) || attempts >= maxAttempts)
                    throw finalError(error, url, attempts);
                const delay = retryDelay(backoffMs, attempts, error);
                const resume = transfer.acceptsRanges && transfer.written.bytes > 0 ? `, resuming at ${(0,units/* formatBytes */.z3)(transfer.written.bytes)}` : '';
                logger.warning(`${label}: attempt ${attempts} of ${maxAttempts} failed (${(0,src_errors/* describeError */.Uc)(error)}); retrying in ${(0,units/* formatDuration */.a3)(delay)}${resume}.`);
                await (0,external_node_timers_promises_.setTimeout)(delay, undefined, { signal: deadline.signal }).catch(() => deadline.signal.throwIfAborted());
            }
        }
        const { bytes } = transfer.written;
        const sha256 = transfer.written.hash.digest('hex');
        if (expected !== undefined && sha256 !== expected)
            throw new http_errors/* ChecksumMismatchError */.a0(url, expected, sha256);
        const elapsedMs = meter.elapsedMs();
        const rate = meter.averageRate();
        logger.info(`${label}: downloaded ${(0,units/* formatBytes */.z3)(bytes)} in ${(0,units/* formatDuration */.a3)(elapsedMs)}, ${(0,http_progress/* formatRate */.CE)(rate)}${attempts > 1 ? ` (${attempts} attempts)` : ''}.`);
        onProgress?.((0,http_progress/* snapshot */.P9)(bytes, bytes, rate));
        done = true;
        return { bytes, sha256, attempts, elapsedMs };
    }
    finally {
        deadline.dispose();
        await handle.close();
        if (!done)
            await (0,promises_.rm)(destination, { force: true }); // never leave a short or wrong file behind
        client.dispose();
    }
}
/** Fails fast on a URL or digest that could never work, before any byte is fetched. */
function checkOptions(url, expectedSha256) {
    const protocol = URL.canParse(url) ? new URL(url).protocol : '';
    if (protocol !== 'http:' && protocol !== 'https:')
        throw new src_errors/* ConfigurationError */.j1(`Cannot download '${url}': not an http(s) URL.`);
    if (expectedSha256 === undefined)
        return undefined;
    const expected = expectedSha256.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected))
        throw new src_errors/* ConfigurationError */.j1(`Expected sha256 for ${url} is not 64 hex digits: '${expectedSha256}'.`);
    return expected;
}
/** One request, streamed into the file. Throws a {@link TransientError} for anything worth retrying. */
async function attempt(client, settings, transfer, handle, meter) {
    const { written } = transfer;
    const resumeFrom = transfer.acceptsRanges ? written.bytes : 0;
    const headers = { ...settings.headers };
    if (resumeFrom > 0) {
        headers['range'] = `bytes=${resumeFrom}-`;
        if (transfer.validator)
            headers['if-range'] = transfer.validator;
    }
    const response = await untilAborted(request(client, settings, headers), settings.deadline.signal);
    const stop = () => response.destroy(settings.deadline.signal.reason);
    settings.deadline.signal.addEventListener('abort', stop, { once: true });
    try {
        const status = response.statusCode ?? 0;
        settings.logger.debug(`${settings.label}: GET ${settings.url}${resumeFrom > 0 ? ` (${headers['range']})` : ''} → HTTP ${status}`);
        if (status === 416 && resumeFrom > 0) {
            transfer.acceptsRanges = false;
            throw new http_errors/* TransientError */.N_(`the server refused to resume at byte ${resumeFrom} (HTTP 416)`);
        }
        checkStatus(response, settings.url);
        if (status === 206)
            acceptPartial(response.headers, transfer, resumeFrom);
        else
            await startOver(response.headers, transfer, handle);
        settings.deadline.sizeKnown(transfer.totalBytes);
        // From here our timer watches for stalls. The client's socket timeout (which covered the wait
        // for headers) only half-closes the socket, which a stalled server may never answer.
        response.socket?.setTimeout(0);
        const stalled = () => response.destroy(new http_errors/* TransientError */.N_(`no data for ${(0,units/* formatDuration */.a3)(settings.timeoutMs)}`));
        const timer = setTimeout(stalled, settings.timeoutMs);
        const sink = new FileSink(handle, written, (bytes) => {
            timer.refresh();
            meter.add(bytes, written.bytes, transfer.totalBytes);
        }, settings.tap);
        const outcome = await (0,external_node_stream_promises_.pipeline)(response, sink).then(() => undefined, (error) => ({ error }));
        await sink.settled(); // a write under way when the body failed still lands, and counts
        clearTimeout(timer);
        if (outcome)
            throw describeCut(outcome.error, transfer);
        const { totalBytes } = transfer;
        if (totalBytes !== undefined && written.bytes !== totalBytes)
            throw new http_errors/* TransientError */.N_(`the body ended after ${written.bytes} of ${totalBytes} bytes`);
    }
    finally {
        settings.deadline.signal.removeEventListener('abort', stop);
        response.destroy(); // a no-op once the body was read; frees the socket when it was not
    }
}
/** `pending`, or a rejection with the signal's reason as soon as it aborts; a response that comes too late is discarded. */
async function untilAborted(pending, signal) {
    let onAbort;
    const aborted = new Promise((_, reject) => {
        // Reasons here are Errors (a deadline, a caller's abort); anything else is wrapped so callers always get one.
        onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([pending, aborted]);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted)
            pending.then((late) => late.destroy(), () => undefined);
    }
}
/** Node says only "aborted" when a connection drops mid-body: say how far the body got. */
function describeCut(error, transfer) {
    if (error instanceof http_errors/* TransientError */.N_ || !(0,http_errors/* isRetryable */.r3)(error))
        return error;
    const of = transfer.totalBytes === undefined ? '' : ` of ${(0,units/* formatBytes */.z3)(transfer.totalBytes)}`;
    return new http_errors/* TransientError */.N_(`connection lost after ${(0,units/* formatBytes */.z3)(transfer.written.bytes)}${of} (${(0,src_errors/* describeError */.Uc)(error)})`, { cause: error });
}
/** Redirects one download follows before giving up (http-client's own default is 50). */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * GET, following redirects here (http-client, used behind a proxy, cannot resolve a relative
 * `Location`: it throws "Invalid URL"). Like http-client, refuses a redirect from https to http
 * and drops an Authorization header on a redirect to another host.
 */
async function request(client, settings, headers) {
    let url = settings.url;
    let sent = headers;
    for (let redirects = 0;; redirects++) {
        const response = await client.get(url, sent);
        const location = response.headers.location;
        if (!REDIRECT_STATUSES.has(response.statusCode ?? 0) || !location)
            return response;
        response.destroy(); // a redirect's body is never read
        if (redirects >= MAX_REDIRECTS)
            throw new http_errors/* HttpStatusError */.F9(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: more than ${MAX_REDIRECTS} redirects.`);
        const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
            throw new http_errors/* HttpStatusError */.F9(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: ${url} redirects to '${location}', which is not an http(s) URL.`);
        }
        const from = new URL(url);
        if (from.protocol === 'https:' && next.protocol === 'http:') {
            throw new http_errors/* HttpStatusError */.F9(settings.url, response.statusCode ?? 0, `Download of ${settings.url} failed: ${url} redirects from https to http (${next.href}), which is not followed.`);
        }
        if (next.hostname !== from.hostname)
            sent = Object.fromEntries(Object.entries(sent).filter(([name]) => name.toLowerCase() !== 'authorization'));
        settings.logger.debug(`${settings.label}: ${url} → HTTP ${response.statusCode} → ${next.href}`);
        url = next.href;
    }
}
/** Throws for any non-2xx status: retryable ones as {@link TransientError}, the rest for good. */
function checkStatus(response, url) {
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300)
        return;
    if (status === 404 || status === 410)
        throw new http_errors/* HttpNotFoundError */.Mh(url, status);
    const what = `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
    if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
        throw new http_errors/* TransientError */.N_(what, { status, retryAfterMs: parseRetryAfter(response.headers['retry-after']) });
    }
    throw new http_errors/* HttpStatusError */.F9(url, status, `Download of ${url} failed: ${what}.`);
}
/** A 2xx other than 206: the body is the whole file, so drop whatever an earlier attempt wrote. */
async function startOver(headers, transfer, handle) {
    const { written } = transfer;
    if (written.bytes > 0) {
        await handle.truncate(0);
        written.bytes = 0; // in place: the attempt's sink already holds this object
        written.hash = (0,lazy_builtins/* createHash */.n1)('sha256');
    }
    const length = headers['content-length'];
    transfer.totalBytes = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
    transfer.acceptsRanges = /\bbytes\b/i.test(headers['accept-ranges'] ?? '');
    const etag = headers.etag;
    transfer.validator = etag && !etag.startsWith('W/') ? etag : headers['last-modified'];
}
/**
 * A 206 continues the file only if it starts exactly where the file ends and belongs to a file of
 * the same size; otherwise the next attempt starts over without a Range.
 */
function acceptPartial(headers, transfer, resumeFrom) {
    const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(headers['content-range'] ?? '');
    const total = range?.[3] === '*' ? undefined : Number(range?.[3]);
    const fits = range && resumeFrom > 0 && Number(range[1]) === resumeFrom && (total === undefined || transfer.totalBytes === undefined || total === transfer.totalBytes);
    if (!fits) {
        transfer.acceptsRanges = false;
        throw new http_errors/* TransientError */.N_(`the server answered a request for bytes ${resumeFrom}- with Content-Range '${headers['content-range'] ?? ''}'`);
    }
    if (total !== undefined)
        transfer.totalBytes = total;
}
/** Delay before retry number `failures`: exponential, jittered, and at least what Retry-After asked. */
function retryDelay(backoffMs, failures, error) {
    const exponential = Math.min(backoffMs * 2 ** (failures - 1), MAX_WAIT_MS);
    // ±25%, so parallel jobs that failed together do not retry in lockstep.
    const jittered = exponential * (0.75 + Math.random() * 0.5);
    const asked = error instanceof http_errors/* TransientError */.N_ ? (error.retryAfterMs ?? 0) : 0;
    return Math.max(jittered, asked);
}
/** Retry-After as seconds or an HTTP date, in ms, capped; undefined when absent or unreadable. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
    return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), MAX_WAIT_MS);
}
/** Local disk failures: the caller knows what the file was for, and explains them. */
function isLocalFileError(error) {
    const { code, syscall } = error;
    return syscall !== 'connect' && ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EMFILE', 'ENFILE', 'ENOENT'].includes(code ?? '');
}
/** The error a failed download ends with: typed errors as they are, network and disk failures as ExternalError. */
function finalError(error, url, attempts) {
    if ((0,src_errors/* isExpectedError */.BI)(error))
        return error;
    const tls = (0,http_errors/* describeTlsFailure */.x8)(error);
    if (tls)
        return new src_errors/* ExternalError */.yA(`Download of ${url} failed: ${tls}.`, { cause: error });
    const message = `Download of ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${(0,src_errors/* describeError */.Uc)(error)}.`;
    if (error instanceof http_errors/* TransientError */.N_ && error.status !== undefined)
        return new http_errors/* HttpStatusError */.F9(url, error.status, message);
    if ((0,http_errors/* isRetryable */.r3)(error))
        return new src_errors/* ExternalError */.yA(message, { cause: error });
    if ((0,http_errors/* isSystemError */.Or)(error))
        return isLocalFileError(error) ? error : new src_errors/* ExternalError */.yA(message, { cause: error });
    return error; // anything else is a bug here, and should look like one
}

// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
;// CONCATENATED MODULE: ./packages/core/src/vosk/layout.ts


/** True for an existing regular file (false for anything missing or unreadable). */
const isFile = (file) => (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
const isDir = (dir) => (0,promises_.stat)(dir).then((s) => s.isDirectory(), () => false);
/**
 * What is wrong with `dir` as a Vosk model (empty when nothing): the acoustic model, both
 * configs, and a decoding graph, either a full `HCLG.fst` or the lookahead pair `HCLr.fst` +
 * `Gr.fst` of the small models; an `ivector/` directory, when present, must be complete.
 */
async function checkVoskLayout(dir) {
    const problems = [];
    for (const required of ['am/final.mdl', 'conf/model.conf', 'conf/mfcc.conf']) {
        if (!(await isFile(external_node_path_default().join(dir, required))))
            problems.push(`${required} is missing`);
    }
    const graph = external_node_path_default().join(dir, 'graph');
    const hclg = await isFile(external_node_path_default().join(graph, 'HCLG.fst'));
    const lookahead = (await isFile(external_node_path_default().join(graph, 'HCLr.fst'))) && (await isFile(external_node_path_default().join(graph, 'Gr.fst')));
    if (!hclg && !lookahead)
        problems.push('graph/ has neither HCLG.fst nor HCLr.fst + Gr.fst');
    if (await isDir(external_node_path_default().join(dir, 'ivector'))) {
        for (const required of ['final.dubm', 'final.ie', 'final.mat', 'global_cmvn.stats', 'online_cmvn.conf', 'splice.conf']) {
            if (!(await isFile(external_node_path_default().join(dir, 'ivector', required))))
                problems.push(`ivector/${required} is missing`);
        }
    }
    return problems;
}
/**
 * Model archives hold one top directory named after the model; some hold the files directly.
 * Returns the directory that holds `am/` and `conf/`.
 */
async function findModelRoot(extracted) {
    if (await isDir(external_node_path_default().join(extracted, 'am')))
        return extracted;
    const entries = (await (0,promises_.readdir)(extracted, { withFileTypes: true })).filter((e) => !e.name.startsWith('.') && e.name !== '__MACOSX');
    if (entries.length === 1 && entries[0].isDirectory())
        return external_node_path_default().join(extracted, entries[0].name);
    return extracted;
}

// EXTERNAL MODULE: ./packages/core/src/vosk/sources.ts
var sources = __webpack_require__(145);
// EXTERNAL MODULE: ./packages/core/src/clock.ts
var clock = __webpack_require__(143);
;// CONCATENATED MODULE: ./packages/core/src/vosk/install.ts











/** Uncompressed size an archive may reach before it counts as a zip bomb (largest models: ~4 GB). */
const MAX_EXTRACTED_BYTES = 64 * 2 ** 30;
async function fetchAndExtract(stagingDir, what, url, sha256, settings, notFoundHint) {
    const archive = external_node_path_default().join(stagingDir, 'archive');
    const extracted = external_node_path_default().join(stagingDir, 'extracted');
    const context = (doing) => ({ doing, path: stagingDir, remedy: settings.storageRemedy });
    // Entries are written as they arrive; kept only once the digest and the central directory check out.
    const streaming = await (0,system_errors/* withSystemErrors */.L)(context(`preparing to download ${what}`), async () => {
        await (0,promises_.mkdir)(extracted);
        return StreamingExtraction.start(extracted, { maxBytes: MAX_EXTRACTED_BYTES });
    });
    const started = (0,clock/* nowMs */.T)();
    settings.clock?.enter('download');
    let download;
    try {
        download = await downloadFile({
            url,
            destination: archive,
            label: what,
            retries: settings.retries,
            logger: settings.logger,
            tap: streaming,
            ...(sha256 ? { expectedSha256: sha256 } : {}),
            ...(settings.limitMs === undefined ? {} : { limitMs: settings.limitMs }),
            ...(settings.signal ? { signal: settings.signal } : {}),
        });
    }
    catch (error) {
        await streaming.cancel();
        if (error instanceof http_errors/* HttpNotFoundError */.Mh)
            throw new src_errors/* ConfigurationError */.j1(`${what} was not found at ${url} (HTTP ${error.status}). ${notFoundHint}`);
        if (error instanceof http_errors/* DownloadTimeoutError */._Z) {
            throw new src_errors/* ExternalError */.yA(`${error.message} Set 'download-timeout' above ${(0,units/* formatDuration */.a3)(error.limitMs)} if the server is just slow, or download from a faster mirror ('base-url' or 'url').`, { cause: error });
        }
        throw await (0,system_errors/* explainSystemError */.T)(error, context(`downloading ${what} from ${url}`));
    }
    const finishing = (0,clock/* nowMs */.T)();
    settings.clock?.enter('extract');
    let extraction;
    try {
        extraction = await streaming.finish(archive);
    }
    catch (error) {
        // The staging file's name means nothing to the user; the URL does.
        if (error instanceof errors/* UnsafeArchiveError */.td)
            throw new errors/* UnsafeArchiveError */.td(error.message.replace(archive, url), { cause: error });
        throw await (0,system_errors/* explainSystemError */.T)(error, context(`extracting ${what} (from a ${(0,units/* formatBytes */.z3)(download.bytes)} archive, kept until extracted)`));
    }
    const { files, bytes, streamed, fallbackReason } = extraction;
    if (fallbackReason)
        settings.logger.debug(`${what}: not extracted while downloading: ${fallbackReason}`);
    const how = streamed ? `while downloading, finished ${(0,units/* formatDuration */.a3)((0,clock/* nowMs */.T)() - finishing)} after the download` : `in ${(0,units/* formatDuration */.a3)((0,clock/* nowMs */.T)() - finishing)}`;
    settings.logger.info(`${what}: extracted ${files.length} files (${(0,units/* formatBytes */.z3)(bytes)}) ${how}; ${(0,units/* formatDuration */.a3)((0,clock/* nowMs */.T)() - started)} in all.`);
    await (0,promises_.rm)(archive, { force: true }); // free the space before the entry moves into place
    return { extracted, download, files };
}
/** The extracted files under `root` (a directory inside `extracted`), relative to it. */
function filesUnder(extracted, root, files) {
    const prefix = external_node_path_default().relative(extracted, root).split((external_node_path_default()).sep).join('/');
    if (prefix === '')
        return [...files];
    return files.filter((f) => f.path.startsWith(`${prefix}/`)).map((f) => ({ ...f, path: f.path.slice(prefix.length + 1) }));
}
/** Downloads, verifies and extracts a model archive into `stagingDir`; checks the Vosk layout. */
async function produceModel(spec, stagingDir, settings) {
    const hint = `${sources/* MODEL_LIST_HINT */.Tj}; or set 'url' / 'base-url' to where your archives are.`;
    const { extracted, download, files } = await fetchAndExtract(stagingDir, spec.name, spec.url, spec.sha256, settings, hint);
    settings.clock?.enter('verify');
    const root = await findModelRoot(extracted);
    const problems = await checkVoskLayout(root);
    if (problems.length)
        throw new src_errors/* ConfigurationError */.j1(`The archive from ${spec.url} is not a Vosk model: ${problems.join('; ')}.`);
    return { contentDir: root, source: spec.url, sha256: download.sha256, archiveBytes: download.bytes, files: filesUnder(extracted, root, files) };
}
/** Downloads and extracts a vosk-api release archive; checks the library and header are there. */
async function produceLibvosk(asset, url, sha256, stagingDir, settings) {
    const hint = `Check 'libvosk-version' against the vosk-api releases (https://github.com/alphacep/vosk-api/releases), or set 'libvosk-base-url'.`;
    const { extracted, download, files } = await fetchAndExtract(stagingDir, `libvosk ${asset.version}`, url, sha256, settings, hint);
    settings.clock?.enter('verify');
    const root = await findModelRoot(extracted); // one top directory, like the models
    for (const required of [asset.library, asset.header]) {
        if (!(await isFile(external_node_path_default().join(root, required))))
            throw new src_errors/* ConfigurationError */.j1(`The archive from ${url} has no ${required}; is it a vosk-api release for ${asset.platform}?`);
    }
    return { contentDir: root, source: url, sha256: download.sha256, archiveBytes: download.bytes, files: filesUnder(extracted, root, files) };
}


/***/ })

};
