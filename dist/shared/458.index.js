export const id = 458;
export const ids = [458];
export const modules = {

/***/ 4458:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/file-hash-sync.ts



// hashFiles' hasher. file-hash.ts's asynchronous one stays for large files (cache manifests,
// models), where blocking the event loop for seconds would stall the step's other work.
const CHUNK = 1024 * 1024;
/** A buffer for {@link digestFileSync}, reused across files. */
function digestBuffer() {
    return Buffer.allocUnsafe(CHUNK);
}
/**
 * SHA-256 of a file's bytes, or undefined for a directory, read synchronously into `buffer`.
 * For the thousands of small files of hashFiles: each asynchronous call is a thread-pool round
 * trip that costs more than the read itself (5× slower on 20,000 files of a loaded 2-core
 * machine), and cache-key has nothing else to do meanwhile.
 */
function digestFileSync(file, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
        throw error;
    }
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for (;;) {
            // A directory opens read-only and fails the read with EISDIR: no stat per file.
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
        return hash.digest();
    }
    catch (error) {
        if (error.code === 'EISDIR')
            return undefined;
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./packages/core/src/file-walk/pattern.ts


const MATCH_NONE = 0;
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = 3;
// @actions/glob's options: `**` and `*` match dot files, no braces, no extglobs, no `!`/`#`
// handling inside minimatch (the globber does negation itself), case-sensitive off Windows.
const MINIMATCH_OPTIONS = { dot: true, nobrace: true, nocase: false, nocomment: true, noext: true, nonegate: true };
/** Collapses repeated slashes (@actions/glob's `normalizeSeparators` off Windows). */
function normalizeSeparators(text) {
    return text.replace(/\/\/+/g, '/');
}
/** Normalizes slashes and drops one trailing slash, except from `/` itself. */
function trimTrailingSeparator(text) {
    const normalized = normalizeSeparators(text);
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}
/** Splits a path into segments; a rooted path's first segment is `/`. */
function pathSegments(text) {
    const trimmed = trimTrailingSeparator(text);
    if (!trimmed.startsWith('/'))
        return trimmed.split('/');
    return trimmed === '/' ? ['/'] : ['/', ...trimmed.slice(1).split('/')];
}
/** Joins segments back into a path (`/` + `a` is `/a`, not `//a`). */
function joinSegments(segments) {
    const [first = '', ...rest] = segments;
    if (rest.length === 0)
        return first;
    return first.endsWith('/') ? first + rest.join('/') : [first, ...rest].join('/');
}
/** Escapes glob characters so that a literal path (the workspace, the home directory) matches itself. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/**
 * The literal a pattern segment stands for (escapes and one-character sets resolved), or `''`
 * when the segment is a glob. Decides where the literal search path of a pattern ends.
 */
function segmentLiteral(segment) {
    let literal = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            literal += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    literal += set;
                    i = closed;
                    continue;
                }
            }
            // An unclosed or empty `[` is a literal `[`.
        }
        literal += c;
    }
    return literal;
}
function regExpEscape(text) {
    return text.replace(/[[\\^$.|?*+()]/g, '\\$&');
}
/**
 * Makes a pattern absolute as @actions/glob's `fixupPattern` does: `.` and relative patterns are
 * rooted at the (escaped) cwd, `~` at the home directory. Rejects `.` (past the first segment)
 * and `..` segments with @actions/glob's own message.
 */
function absolutePattern(pattern, roots) {
    if (!pattern)
        throw new Error('pattern cannot be empty');
    const literals = pathSegments(pattern).map(segmentLiteral);
    if (!literals.every((literal, i) => (literal !== '.' || i === 0) && literal !== '..')) {
        throw new Error(`Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    }
    const normalized = normalizeSeparators(pattern);
    let absolute;
    if (normalized === '.' || normalized.startsWith('./')) {
        absolute = globEscape(roots.cwd) + normalized.slice(1);
    }
    else if (normalized === '~' || normalized.startsWith('~/')) {
        if (!roots.homedir.startsWith('/'))
            throw new Error(`Expected HOME directory to be a rooted path. Actual '${roots.homedir}'`);
        absolute = globEscape(roots.homedir) + normalized.slice(1);
    }
    else if (normalized.startsWith('/')) {
        absolute = normalized;
    }
    else {
        const root = globEscape(roots.cwd);
        if (!root.startsWith('/'))
            throw new Error(`ensureAbsoluteRoot parameter 'root' must have an absolute root`);
        absolute = (root.endsWith('/') ? root : `${root}/`) + normalized;
    }
    return normalizeSeparators(absolute);
}
/** Leading `!`s (with blanks between them) toggle negation: `!!a` includes `a`. */
function splitNegation(line) {
    let body = line.trim();
    let negate = false;
    while (body.startsWith('!')) {
        negate = !negate;
        body = body.slice(1).trim();
    }
    return { negate, body };
}
/**
 * Parses one pattern line as `new Pattern(line)` does: leading `!`s toggle negation, relative
 * patterns are rooted at `roots.cwd`, `~` is the home directory, a trailing `/` restricts the
 * pattern to directories. Throws on `.`/`..` segments (@actions/glob's assertion messages).
 */
function parsePattern(line, roots, implicit = false) {
    const { negate, body } = splitNegation(line);
    let pattern = absolutePattern(body, roots);
    const segments = pathSegments(pattern);
    const trailingSeparator = pattern.endsWith('/');
    pattern = trimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = segments.map(segmentLiteral).filter((literal) => !foundGlob && !(foundGlob = literal === ''));
    return { negate, segments, searchPath: joinSegments(searchSegments), trailingSeparator, implicit, minimatch: new esm/* Minimatch */.VR(pattern, MINIMATCH_OPTIONS) };
}
/** The `p/**` pattern the globber adds after `p` so that a directory brings its descendants. */
function implicitDescendants(pattern, roots) {
    if (!pattern.trailingSeparator && pattern.segments.at(-1) === '**')
        return undefined;
    const text = joinSegments([...pattern.segments, '**']);
    return parsePattern(pattern.negate ? `!${text}` : text, roots, true);
}
/** The {@link MatchSubject} of an absolute path. */
function matchSubject(itemPath) {
    const normalized = normalizeSeparators(itemPath);
    const trimmed = trimTrailingSeparator(normalized);
    const trimmedParts = trimmed.split(/\/+/);
    const parts = normalized === trimmed ? trimmedParts : normalized.split(/\/+/);
    return { trimmed, trimmedParts, parts, slashedParts: normalized.endsWith('/') ? parts : [...parts, ''] };
}
/**
 * minimatch's `match()` on an already split path. With @actions/glob's options (no comment,
 * negation, matchBase or flipNegate, never an empty pattern) `match()` is exactly "one of the
 * pattern's sets matches the parts".
 */
function minimatchParts(matcher, parts) {
    return matcher.set.some((set) => matcher.matchOne(parts, set, false));
}
/** What `pattern` says about the path of `subject`. */
function matchPattern(pattern, subject) {
    let parts;
    if (pattern.segments.at(-1) === '**') {
        // minimatch does not match `/foo` with `/foo/**` but does `/foo/`: an explicit `foo/**`
        // matches the directory `foo` itself; the implicit one does not.
        parts = pattern.implicit ? subject.parts : subject.slashedParts;
    }
    else {
        parts = subject.trimmedParts;
    }
    if (!minimatchParts(pattern.minimatch, parts))
        return MATCH_NONE;
    return pattern.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
}
/** Whether something below the path of `subject` could match `pattern` (decides the descent). */
function partiallyMatches(pattern, subject) {
    if (external_node_path_default().posix.dirname(subject.trimmed) === subject.trimmed) {
        // minimatch's matchOne does not handle the root: @actions/glob tests the search root instead.
        return new RegExp(regExpEscape(segmentLiteral(pattern.segments[0]))).test(subject.trimmed);
    }
    return pattern.minimatch.matchOne(subject.trimmedParts, pattern.minimatch.set[0], true);
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/pattern-list.ts


/**
 * Compiles pattern lines as @actions/glob's globber does (blank and `#` lines skipped; each
 * pattern followed by its implicit descendants pattern unless it already ends in `**`).
 * Throws @actions/glob's messages on a `.`/`..` segment.
 */
function compilePatterns(lines, roots) {
    const patterns = [];
    for (const line of lines) {
        const text = line.trim();
        if (!text || text.startsWith('#'))
            continue;
        const pattern = parsePattern(text, roots);
        patterns.push(pattern);
        const descendants = implicitDescendants(pattern, roots);
        if (descendants)
            patterns.push(descendants);
    }
    const includes = patterns.filter((pattern) => !pattern.negate);
    return { patterns, includes, searchPaths: searchPaths(includes) };
}
/**
 * @actions/glob's `getSearchPaths`: in pattern order, each include's search path unless an
 * earlier one is the same or an ancestor (any include's path counts as an ancestor, as there).
 */
function searchPaths(includes) {
    const state = new Map(includes.map((pattern) => [pattern.searchPath, 'candidate']));
    const result = [];
    for (const { searchPath } of includes) {
        if (state.get(searchPath) === 'included')
            continue;
        let current = searchPath;
        let parent = external_node_path_default().posix.dirname(trimTrailingSeparator(current));
        let underAnother = false;
        while (parent !== current) {
            if (state.has(parent)) {
                underAnother = true;
                break;
            }
            current = parent;
            parent = external_node_path_default().posix.dirname(trimTrailingSeparator(current));
        }
        if (underAnother)
            continue;
        result.push(searchPath);
        state.set(searchPath, 'included');
    }
    return result;
}
/** What the whole list says about a path: later patterns override earlier ones, `!` clears. */
function matchList(list, subject) {
    let result = MATCH_NONE;
    for (const pattern of list.patterns) {
        if (pattern.negate)
            result &= ~matchPattern(pattern, subject);
        else
            result |= matchPattern(pattern, subject);
    }
    return result;
}
/** Whether an include could match below the subject's path (excludes never stop a descent). */
function partiallyMatchesList(list, subject) {
    return list.includes.some((pattern) => partiallyMatches(pattern, subject));
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/walk.ts




function isMissing(error) {
    return error.code === 'ENOENT';
}
/**
 * Lists the paths `list` matches, in @actions/glob's order and with its rules: depth first from
 * each search path in turn, children in `readdir` order (byte order on Linux and macOS),
 * excludes applied per path, broken links skipped when following links (an error otherwise, at
 * hashing), a linked directory whose real path is one of its ancestors' not entered again.
 *
 * What differs is the cost. @actions/glob stats every entry it looks at (and resolves the real
 * path of every directory when following links); here the types `readdir` returns decide, and
 * only symbolic links are stat'ed. A directory's real path is its parent's plus its name unless
 * it is a link. An entry no include can reach is never stat'ed, as there.
 */
function* walkMatches(list, options) {
    const stack = [];
    for (const searchPath of list.searchPaths) {
        try {
            (0,external_node_fs_.lstatSync)(searchPath); // anything but "does not exist" (ENOTDIR, EACCES) fails the glob, as there
        }
        catch (error) {
            if (isMissing(error))
                continue;
            throw error;
        }
        stack.unshift({ path: searchPath, level: 1, kind: 'unknown' });
    }
    // Real paths of the directories from the search path down to the current item's parent.
    const chain = [];
    while (stack.length > 0) {
        const item = stack.pop();
        const subject = matchSubject(item.path);
        const match = matchList(list, subject);
        const descend = match !== 0 || partiallyMatchesList(list, subject);
        if (!descend)
            continue;
        const isDirectory = resolveDirectory(item, options.followSymbolicLinks, chain);
        if (isDirectory === undefined)
            continue;
        if (!isDirectory) {
            if (match & MATCH_FILE)
                yield item.path;
            continue;
        }
        if (match & MATCH_DIRECTORY && options.matchDirectories)
            yield item.path;
        const entries = (0,external_node_fs_.readdirSync)(item.path, { withFileTypes: true });
        for (let i = entries.length - 1; i >= 0; i--) {
            const entry = entries[i];
            const kind = entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'link' : 'other';
            stack.push({ path: external_node_path_default().join(item.path, entry.name), level: item.level + 1, kind });
        }
    }
}
/**
 * Whether the item is a directory to enter: `undefined` for a broken link (when following), a
 * directory already on the chain (a cycle), or a search path that is gone. Keeps `chain` as
 * @actions/glob keeps its traversal chain.
 */
function resolveDirectory(item, follow, chain) {
    let isDirectory;
    if (item.kind === 'directory' || item.kind === 'other' || (item.kind === 'link' && !follow)) {
        isDirectory = item.kind === 'directory'; // readdir's type is lstat's
    }
    else if (!follow) {
        isDirectory = (0,external_node_fs_.lstatSync)(item.path).isDirectory();
    }
    else {
        try {
            isDirectory = (0,external_node_fs_.statSync)(item.path).isDirectory();
        }
        catch (error) {
            if (isMissing(error))
                return undefined; // a broken link: omitted, as omitBrokenSymbolicLinks does
            throw error; // a link loop (ELOOP) fails the glob, as there
        }
    }
    if (!isDirectory || !follow)
        return isDirectory;
    chain.length = Math.min(chain.length, item.level - 1);
    const parentReal = chain[item.level - 2];
    const real = item.kind === 'directory' && parentReal !== undefined ? external_node_path_default().join(parentReal, external_node_path_default().basename(item.path)) : external_node_fs_.realpathSync.native(item.path);
    if (chain.includes(real))
        return undefined;
    chain.push(real);
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/file-walk/lister.ts




/**
 * The walker (file-walk/walk.ts) as a {@link FileLister}: relative patterns are rooted at
 * `workspace`, as the runner roots them at its cwd. Covers Linux and macOS paths.
 */
function walkerLister(workspace, followSymbolicLinks, homedir = external_node_os_default().homedir()) {
    const roots = { cwd: workspace, homedir };
    return {
        list: async (lines, matchDirectories) => walkMatches(compilePatterns(lines, roots), { followSymbolicLinks, matchDirectories }),
        fileMatcher: (line) => {
            const list = compilePatterns([line], roots);
            return (file) => (matchList(list, matchSubject(file)) & MATCH_FILE) !== 0;
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
;// CONCATENATED MODULE: ./packages/core/src/hashing.ts








/**
 * `hashFiles()`-compatible digest of the files matching `patterns` (newline list, `!` excludes,
 * `#` comments): the SHA-256 of the files' SHA-256 digests, in @actions/glob's order. Files are
 * listed by runner-kit's walker, which follows @actions/glob's rules (file-walk/walk.ts), and
 * read synchronously; on Windows @actions/glob itself lists them.
 */
async function hashFiles(patterns, options) {
    const { followSymbolicLinks = false, inputName = 'files', platform = process.platform } = options;
    const workspace = external_node_path_default().resolve(options.workspace);
    const userPatterns = patterns.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    if (userPatterns.length === 0)
        return { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
    const lister = await chooseLister(userPatterns, workspace, followSymbolicLinks, platform, options.logger);
    const workspacePrefix = `${workspace}${(external_node_path_default()).sep}`;
    const files = [];
    const combined = (0,external_node_crypto_.createHash)('sha256');
    const buffer = digestBuffer();
    for await (const file of await listOrReject(lister, userPatterns, false, inputName)) {
        if (!file.startsWith(workspacePrefix))
            continue; // the runner ignores files outside the workspace
        const digest = digestFileSync(file, buffer);
        if (!digest)
            continue; // a matched directory: the runner skips those too
        combined.update(digest);
        files.push(file);
    }
    const { unmatchedPatterns, outsideWorkspace } = await findUnmatched(lister, userPatterns, files, workspacePrefix, inputName);
    return { hash: files.length > 0 ? combined.digest('hex') : '', count: files.length, unmatchedPatterns, outsideWorkspace };
}
/** The walker, except where it does not know the path rules: @actions/glob, loaded only then. */
async function chooseLister(patterns, workspace, follow, platform, logger) {
    if (platform !== 'win32')
        return walkerLister(workspace, follow);
    logger?.debug(`hashFiles: @actions/glob lists the files of ${patterns.map((p) => `'${(0,logging/* untrusted */.bp)(p)}'`).join(', ')}: runner-kit's walker does not cover Windows paths.`);
    const { globLister } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(208), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 1501));
    return globLister(workspace, follow);
}
async function listOrReject(lister, lines, matchDirectories, inputName) {
    try {
        return await lister.list(lines, matchDirectories);
    }
    catch (error) {
        // @actions/glob's rules reject `.`/`..` segments and globs in the root with an assertion.
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${error instanceof Error ? error.message : String(error)}`);
    }
}
/**
 * Include patterns that matched nothing in the workspace. Hashed files are first attributed to
 * patterns; a pattern left with none is confirmed by a listing of its own (which stops at the
 * first file in the workspace), so excluded or directory-only matches still count. A pattern
 * whose only files are outside the workspace is unmatched too (they are never hashed), and
 * said to be outside.
 */
async function findUnmatched(lister, userPatterns, files, workspacePrefix, inputName) {
    const unmatched = [];
    const outside = [];
    for (const pattern of userPatterns) {
        if (splitNegation(pattern).negate)
            continue;
        if (files.some(lister.fileMatcher(pattern)))
            continue;
        let found = false;
        let foundOutside = false;
        for await (const candidate of await listOrReject(lister, [pattern], true, inputName)) {
            if (!isFile(candidate))
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
        unmatched.push(pattern);
        if (foundOutside)
            outside.push(pattern);
    }
    return { unmatchedPatterns: unmatched, outsideWorkspace: outside };
}
/** Not a directory, not a broken link (what the runner would hash). */
function isFile(candidate) {
    try {
        return !(0,external_node_fs_.statSync)(candidate).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/cache-key/key.ts
var cache_key_key = __webpack_require__(6673);
;// CONCATENATED MODULE: ./packages/core/src/cache-key/compute.ts



/** Hashes the files and builds the key for a validated config, in a log group. */
async function runCacheKey(config, deps = {}) {
    return (0,logging/* group */.Os)('Computing the cache key', () => computeCacheKey(config, deps));
}
/** The key, restore keys and files hash, without a log group (the CLI, tests). */
async function computeCacheKey(config, deps = {}) {
    const started = performance.now();
    const files = config.filePatterns.length
        ? await hashFiles(config.filePatterns, { workspace: config.workspace, followSymbolicLinks: config.followSymbolicLinks, ...(deps.logger ? { logger: deps.logger } : {}) })
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
        const result = await runCacheKey(config, { logger: logging/* actionsLogger */.MV });
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
