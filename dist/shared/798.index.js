export const id = 798;
export const ids = [798];
export const modules = {

/***/ 2798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashFiles: () => (/* binding */ hashFiles)
});

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
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
        const hash = (0,lazy_builtins/* createHash */.n1)('sha256');
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
    const combined = (0,lazy_builtins/* createHash */.n1)('sha256');
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


/***/ })

};
