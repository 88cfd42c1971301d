export const id = 652;
export const ids = [652];
export const modules = {

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ renderFindingsTable),
/* harmony export */   JF: () => (/* binding */ healthReportJson),
/* harmony export */   S0: () => (/* binding */ describeMeasureScope),
/* harmony export */   publishDispatch: () => (/* binding */ publishDispatch),
/* harmony export */   publishLocalHealth: () => (/* binding */ publishLocalHealth)
/* harmony export */ });
/* unused harmony exports renderLocalHealthSummary, renderDispatchSummary */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2007);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5294);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6496);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(521);





const STATUS_ICONS = { healthy: '🟢', degraded: '🟡', unhealthy: '🔴' };
/** The local report as JSON for the `report` output and `runner-kit health --json`. */
function healthReportJson(report) {
    const { scope, cgroup } = report.measures;
    return JSON.stringify({ score: report.score, status: report.status, recommendation: report.recommendation, scope, ...(cgroup ? { cgroup } : {}), problems: report.problems, findings: report.findings, measures: report.measures });
}
/**
 * Which share of the machine the figures are, in one line: `job (cgroup v2 /kubepods/…, 1.0 GiB,
 * 0.5 CPU) on a host with 2 CPUs, 23.5 GiB` or `host (2 CPUs, 23.5 GiB)`.
 */
function describeMeasureScope(measures) {
    const host = `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCpus */ .tQ)(measures.nodeCpuCount)}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(measures.nodeMemory.totalBytes)}`;
    const { cgroup } = measures;
    if (measures.scope !== 'cgroup' || !cgroup)
        return `host (${host})${cgroup ? `; cgroup v${cgroup.version} ${cgroup.path} sets no lower limit` : ''}`;
    const memory = cgroup.limits.memoryBytes === undefined ? 'no memory limit' : (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(cgroup.limits.memoryBytes);
    return `job (cgroup v${cgroup.version} ${cgroup.path}: ${memory}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCpus */ .tQ)(cgroup.limits.effectiveCpus)}) on a host with ${host}`;
}
/** Sets outputs, annotates problems, writes the summary; fails the step under `fail-below`. */
async function publishLocalHealth(config, report) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('score', String(report.score));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', report.status);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('recommendation', report.recommendation);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report', healthReportJson(report));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${STATUS_ICONS[report.status]} ${report.status}: score ${report.score}/100 → ${report.recommendation}`);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Measured: ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(describeMeasureScope(report.measures))}`);
    for (const problem of report.problems)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  - ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(problem)}`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)(renderLocalHealthSummary(report));
    if (config.failBelow !== undefined && report.score < config.failBelow) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExternalError */ .yA(`Runner health score ${report.score} is below fail-below ${config.failBelow}: ${report.problems.join('; ') || 'no single problem, many small ones'}.`);
    }
    if (report.status !== 'healthy')
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Runner ${report.status} (score ${report.score}): ${report.problems.join('; ')}`, { title: 'health-gate' });
}
/**
 * Every measure, its value, threshold and penalty (the summary's table and the CLI's). Paths
 * and URLs are long: the measure names them by a number, and a line under the table says which.
 */
function renderFindingsTable(report) {
    const subjects = [];
    const rows = report.findings.map((f) => {
        let measure = f.measure;
        if (f.subject !== undefined && f.measure.endsWith(` ${f.subject}`)) {
            if (!subjects.includes(f.subject))
                subjects.push(f.subject);
            measure = `${f.measure.slice(0, -f.subject.length - 1)} [${subjects.indexOf(f.subject) + 1}]`;
        }
        return [measure, f.value, f.threshold, f.penalty ? `−${f.penalty}` : '0'];
    });
    const table = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['measure', 'value', 'threshold (warn / critical)', 'penalty'], rows, ['l', 'r', 'l', 'r']);
    if (subjects.length === 0)
        return table;
    return `${table}\n\n${subjects.map((subject, i) => `[${i + 1}] ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(subject)}`).join(' · ')}`;
}
/** The job-summary section for local mode. */
function renderLocalHealthSummary(report) {
    return [
        `### ${STATUS_ICONS[report.status]} health-gate: ${report.status}, score ${report.score}/100`,
        '',
        `Recommendation: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.recommendation)}`,
        '',
        `Measured: ${describeMeasureScope(report.measures)}`,
        '',
        renderFindingsTable(report),
        '',
    ].join('\n');
}
/** Sets the dispatch outputs and writes its summary. */
async function publishDispatch(decision) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('runs-on', decision.runsOnJson);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('use-self-hosted', String(decision.useSelfHosted));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('reason', decision.reason);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`runs-on: ${decision.runsOnJson} (${(0,_logging_js__WEBPACK_IMPORTED_MODULE_2__/* .untrusted */ .bp)(decision.reason)})`);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)(renderDispatchSummary(decision));
}
function renderDispatchSummary(decision) {
    const lines = [
        `### ${decision.useSelfHosted ? '🏠 health-gate: self-hosted' : '☁️ health-gate: fallback'}`,
        '',
        `**runs-on** ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(decision.runsOnJson)} — ${decision.reason}`,
    ];
    if (decision.successRate)
        lines.push('', `Recent self-hosted jobs of this workflow: ${Math.round(decision.successRate.rate * 100)}% successful over ${decision.successRate.jobs}.`);
    if (decision.prometheus) {
        const { query, value, error } = decision.prometheus;
        lines.push('', `Prometheus: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(query)} → ${value === undefined ? `no answer (${error ?? 'unknown'})` : `**${value}**`}`);
    }
    if (decision.queue) {
        const { queued, idle, maxQueued, runs, error } = decision.queue;
        lines.push('', error === undefined ? `Queue: ${queued} job(s) queued for these labels in ${runs} open run(s), ${idle} idle runner(s), max-queued ${maxQueued}.` : `Queue: could not be read (${error}).`);
    }
    if (decision.runners.length) {
        lines.push('', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['runner', 'status', 'busy', 'labels'], decision.runners.map((r) => [r.name, r.status === 'online' ? '🟢 online' : '⚫ offline', r.busy ? 'busy' : 'idle', r.labels.join(', ')])));
    }
    return `${lines.join('\n')}\n`;
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
