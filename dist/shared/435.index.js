export const id = 435;
export const ids = [435];
export const modules = {

/***/ 5435:
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
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/cache-key/key.ts
var cache_key_key = __webpack_require__(6673);
// EXTERNAL MODULE: ./packages/core/src/clock.ts
var clock = __webpack_require__(143);
;// CONCATENATED MODULE: ./packages/core/src/cache-key/compute.ts



/** Hashes the files and builds the key for a validated config, in a log group. */
async function runCacheKey(config, deps = {}) {
    return (0,logging/* group */.Os)('Computing the cache key', () => computeCacheKey(config, deps));
}
/** The key, restore keys and files hash, without a log group (the CLI, tests). */
async function computeCacheKey(config, deps = {}) {
    const started = (0,clock/* nowMs */.T)();
    // The walker, minimatch and the hashing load only when there are files to hash: they are half
    // of the step's JavaScript, and a key made of OS, labels and job needs none of them.
    const files = config.filePatterns.length
        ? await (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 2798))).hashFiles(config.filePatterns, { workspace: config.workspace, followSymbolicLinks: config.followSymbolicLinks, ...(deps.logger ? { logger: deps.logger } : {}) })
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
        elapsedMs: (0,clock/* nowMs */.T)() - started,
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


/***/ }),

/***/ 2155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ runPostStep),
/* harmony export */   e: () => (/* binding */ runStep)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2007);
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5487);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _system_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1146);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);





/**
 * Runs one action entry point. Anything thrown, Error or not, fails the step: a
 * ConfigurationError or ExternalError with its message only, anything else as a runner-kit bug
 * with its stack in the debug log, so users can tell "fix your input" from "report this". A
 * system error no caller explained (a full disk, say) is explained here, without the context.
 */
async function runStep(body) {
    const loadedMs = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)();
    try {
        await body();
    }
    catch (thrown) {
        // A full disk or a read-only directory that no caller explained is still not a bug.
        const error = await (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainSystemError */ .T)(thrown);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpectedError */ .BI)(error)) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(`runner-kit failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}. ` +
            'This is a bug in runner-kit, not in your workflow; re-run with ACTIONS_STEP_DEBUG=true for the stack trace and report it.');
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__/* .endAbandonedWork */ .s)();
    }
}
/** Start-up (Node and the bundle, from the process's start) and work, for anyone timing a step. */
function reportTiming(loadedMs) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(`runner-kit: loaded ${Math.round(loadedMs)} ms after the process started, then worked ${Math.round((0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)() - loadedMs)} ms.`);
}
/**
 * Like {@link runStep} for a `post` step that must never fail the job (cleanup, reports):
 * problems become warnings.
 */
async function runPostStep(body) {
    const loadedMs = (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .nowMs */ .T)();
    try {
        await body();
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(error.stack);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`runner-kit post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}`);
    }
    finally {
        reportTiming(loadedMs);
        await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_4__/* .endAbandonedWork */ .s)();
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


/***/ })

};
