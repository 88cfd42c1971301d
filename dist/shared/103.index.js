export const id = 103;
export const ids = [103];
export const modules = {

/***/ 4103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/health/config.ts + 1 modules
var health_config = __webpack_require__(5745);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var src_runner = __webpack_require__(8643);
;// CONCATENATED MODULE: ./packages/core/src/fleet/config.ts




const DEFAULT_LISTEN = '127.0.0.1:9464';
/** Shorter than any sensible scrape interval; long enough that an HA pair of Prometheus servers often shares one measurement. */
const MEASURE_MAX_AGE_MS = 5000;
/**
 * Reads the exporter's settings from named values (the CLI's flags): `listen`, `textfile`,
 * `interval`, `once`, `runner-name`, `labels`, `workspace`, `cache-paths`, `network-check`,
 * `network-timeout`, `thresholds`, `cache-dir`, `cache-max-size`. The health measures are read
 * with health-gate's own local-mode rules.
 */
function readExporterConfig(inputs, env = process.env) {
    const local = (0,health_config/* readLocalConfig */.K9)(inputs, { ...env, GITHUB_WORKSPACE: inputs.optional('workspace') ?? env['GITHUB_WORKSPACE'] ?? process.cwd() });
    const textfile = inputs.optional('textfile');
    const listen = inputs.optional('listen');
    if (textfile !== undefined && listen !== undefined)
        throw new errors/* ConfigurationError */.j1('--listen and --textfile exclude each other: serve /metrics over HTTP, or write a file for node_exporter.');
    const once = inputs.boolean('once', false);
    if (once && textfile === undefined)
        throw new errors/* ConfigurationError */.j1('--once needs --textfile DIR (it writes the file once and exits).');
    const output = textfile === undefined
        ? { kind: 'http', ...parseListen(listen ?? DEFAULT_LISTEN) }
        : { kind: 'textfile', dir: external_node_path_default().resolve(textfile), intervalMs: inputs.duration('interval', 15_000, { minMs: 1000, maxMs: 3_600_000 }), once };
    const cacheDir = inputs.optional('cache-dir') ?? (env['RUNNER_TOOL_CACHE'] ? external_node_path_default().join(env['RUNNER_TOOL_CACHE'], 'runner-kit', 'vosk') : undefined);
    const limitBytes = inputs.size('cache-max-size');
    if (limitBytes !== undefined && cacheDir === undefined)
        throw new errors/* ConfigurationError */.j1('--cache-max-size needs the model cache: pass --cache-dir DIR (or set RUNNER_TOOL_CACHE).');
    const runner = inputs.optional('runner-name') ?? (0,src_runner/* detectRunner */.q)(env).name;
    return {
        runner,
        labels: inputs.list('labels'),
        paths: local.paths,
        networkUrls: local.networkUrls,
        networkTimeoutMs: local.networkTimeoutMs,
        thresholds: local.thresholds,
        oomStateFile: local.oomStateFile,
        ...(cacheDir === undefined ? {} : { modelCache: { dir: external_node_path_default().resolve(cacheDir), ...(limitBytes === undefined ? {} : { limitBytes }) } }),
        output,
        maxAgeMs: MEASURE_MAX_AGE_MS,
    };
}
/** `HOST:PORT` or `[IPv6]:PORT`; port 0 lets the system choose (the exporter prints the one it got). */
function parseListen(text) {
    const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(text);
    const port = Number(match?.[3]);
    if (!match || port > 65_535)
        throw new errors/* ConfigurationError */.j1(`--listen has the value '${text}'; expected HOST:PORT such as 127.0.0.1:9464, 0.0.0.0:9464 or [::1]:9464.`);
    return { host: match[1] ?? match[2], port };
}

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/cache-store/local-store.ts + 3 modules
var local_store = __webpack_require__(755);
// EXTERNAL MODULE: ./packages/core/src/health/measures.ts + 2 modules
var health_measures = __webpack_require__(3475);
// EXTERNAL MODULE: ./packages/core/src/health/runner-workers.ts
var runner_workers = __webpack_require__(4722);
// EXTERNAL MODULE: ./packages/core/src/health/score.ts
var score = __webpack_require__(6238);
// EXTERNAL MODULE: ./packages/core/src/metrics/exposition.ts
var exposition = __webpack_require__(5417);
// EXTERNAL MODULE: ./packages/core/src/fleet/label-set.ts
var label_set = __webpack_require__(4613);
;// CONCATENATED MODULE: ./packages/core/src/fleet/metrics.ts

const STATUSES = ['healthy', 'degraded', 'unhealthy'];
/**
 * Every metric the exporter can emit, with its help text: the Grafana dashboard and the alert
 * rules may use only these (a test holds them to it).
 */
const FLEET_METRICS = {
    runner_kit_runner_info: 'The runner and its labels (lower-case, sorted, comma-wrapped: ,linux,self-hosted,x64,); always 1.',
    runner_kit_health_score: "health-gate's score of the machine, 0-100 (healthy >= 75, degraded >= 50).",
    runner_kit_health_status: "health-gate's status: 1 for the current one, 0 for the others.",
    runner_kit_health_penalty: 'Points a measure takes off the health score now (0 when it is fine).',
    runner_kit_runner_listener_up: 'Whether the runner service (Runner.Listener) is running on the machine: 1 or 0.',
    runner_kit_job_workers: 'Jobs running on the machine now (Runner.Worker processes).',
    runner_kit_cpus: "CPUs the runner's jobs can use (a cgroup's quota and cpuset, else the host's).",
    runner_kit_node_cpus: 'Online CPUs of the machine.',
    runner_kit_load1_per_cpu: '1-minute load average divided by the online CPUs of the machine.',
    runner_kit_cpu_pressure_ratio: 'Share of the last 10 s some runnable task waited for a CPU (PSI some avg10), where the kernel has it.',
    runner_kit_memory_total_bytes: "Memory the runner's jobs can use (a cgroup limit, else the machine's).",
    runner_kit_memory_available_bytes: "Memory still available to the runner's jobs.",
    runner_kit_memory_available_ratio: 'Available memory as a share of the total.',
    runner_kit_swap_total_bytes: 'Swap space of the machine.',
    runner_kit_swap_free_bytes: 'Unused swap space of the machine.',
    runner_kit_path_exists: 'Whether a watched path (workspace or cache path) exists: 1 or 0.',
    runner_kit_disk_size_bytes: 'Size of the filesystem holding a watched path.',
    runner_kit_disk_available_bytes: 'Bytes an unprivileged user can still write on the filesystem holding a watched path.',
    runner_kit_disk_available_ratio: 'Available bytes as a share of the filesystem size.',
    runner_kit_disk_inodes_free_ratio: 'Free inodes as a share of all inodes (absent on filesystems without an inode limit).',
    runner_kit_model_cache_up: 'Whether the model cache directory could be read: 1 or 0.',
    runner_kit_model_cache_entries: 'Entries in the model cache.',
    runner_kit_model_cache_incomplete_entries: 'Entries without a manifest (an install in progress or interrupted).',
    runner_kit_model_cache_in_use_entries: 'Entries a running job has marked as in use.',
    runner_kit_model_cache_bytes: 'Bytes of the complete entries of the model cache.',
    runner_kit_model_cache_limit_bytes: 'The size the model cache should stay under (--cache-max-size).',
    runner_kit_model_cache_last_used_timestamp_seconds: 'When an entry of the model cache was last used.',
    runner_kit_exporter_scrape_duration_seconds: 'How long the exporter took to measure the machine for this answer.',
};
/** The exporter's metric families for one snapshot; every sample carries the `runner` label. */
function fleetFamilies(snapshot) {
    const runner = snapshot.runner;
    const { health } = snapshot;
    const { measures } = health;
    const families = [];
    const gauge = (name, samples) => {
        families.push({
            name,
            help: FLEET_METRICS[name],
            type: 'gauge',
            samples: samples.map((sample) => (typeof sample === 'number' ? { labels: { runner }, value: sample } : { labels: { runner, ...sample.labels }, value: sample.value })),
        });
    };
    const scope = { scope: measures.scope };
    const disk = (index, path) => ({ path, role: index < snapshot.workspacePaths ? 'workspace' : 'cache' });
    gauge('runner_kit_runner_info', [{ labels: { labels: (0,label_set/* labelSetValue */._E)(snapshot.labels) }, value: 1 }]);
    gauge('runner_kit_health_score', [health.score]);
    gauge('runner_kit_health_status', STATUSES.map((status) => ({ labels: { status }, value: status === health.status ? 1 : 0 })));
    gauge('runner_kit_health_penalty', health.findings.map((finding) => ({ labels: { measure: finding.measure }, value: finding.penalty })));
    gauge('runner_kit_runner_listener_up', [snapshot.listeners > 0 ? 1 : 0]);
    gauge('runner_kit_job_workers', measures.runnerWorkers === undefined ? [] : [measures.runnerWorkers]);
    gauge('runner_kit_cpus', [{ labels: scope, value: measures.cpuCount }]);
    gauge('runner_kit_node_cpus', [measures.nodeCpuCount]);
    gauge('runner_kit_load1_per_cpu', [measures.loadAverage[0] / Math.max(1, measures.nodeCpuCount)]);
    gauge('runner_kit_cpu_pressure_ratio', measures.cpuPressure ? [{ labels: { scope: measures.cpuPressure.scope }, value: measures.cpuPressure.someAvg10 / 100 }] : []);
    gauge('runner_kit_memory_total_bytes', [{ labels: scope, value: measures.memory.totalBytes }]);
    gauge('runner_kit_memory_available_bytes', [{ labels: scope, value: measures.memory.availableBytes }]);
    gauge('runner_kit_memory_available_ratio', measures.memory.totalBytes > 0 ? [{ labels: scope, value: measures.memory.availableBytes / measures.memory.totalBytes }] : []);
    gauge('runner_kit_swap_total_bytes', measures.swap ? [measures.swap.totalBytes] : []);
    gauge('runner_kit_swap_free_bytes', measures.swap ? [measures.swap.freeBytes] : []);
    gauge('runner_kit_path_exists', measures.disks.map((d, i) => ({ labels: disk(i, d.path), value: d.exists ? 1 : 0 })));
    // A missing path has no filesystem: no sample rather than a 0 that reads as "full".
    const present = measures.disks.map((d, i) => ({ d, labels: disk(i, d.path) })).filter(({ d }) => d.exists);
    gauge('runner_kit_disk_size_bytes', present.map(({ d, labels }) => ({ labels, value: d.totalBytes })));
    gauge('runner_kit_disk_available_bytes', present.map(({ d, labels }) => ({ labels, value: d.freeBytes })));
    gauge('runner_kit_disk_available_ratio', present.filter(({ d }) => d.totalBytes > 0).map(({ d, labels }) => ({ labels, value: d.freeBytes / d.totalBytes })));
    gauge('runner_kit_disk_inodes_free_ratio', present.filter(({ d }) => d.totalInodes > 0).map(({ d, labels }) => ({ labels, value: d.freeInodes / d.totalInodes })));
    if (snapshot.modelCache) {
        const { summary, limitBytes } = snapshot.modelCache;
        gauge('runner_kit_model_cache_up', ['error' in summary ? 0 : 1]);
        if (!('error' in summary)) {
            gauge('runner_kit_model_cache_entries', [summary.entries]);
            gauge('runner_kit_model_cache_incomplete_entries', [summary.incomplete]);
            gauge('runner_kit_model_cache_in_use_entries', [summary.inUse]);
            gauge('runner_kit_model_cache_bytes', [summary.bytes]);
            gauge('runner_kit_model_cache_last_used_timestamp_seconds', summary.lastUsedMs === undefined ? [] : [summary.lastUsedMs / 1000]);
        }
        gauge('runner_kit_model_cache_limit_bytes', limitBytes === undefined ? [] : [limitBytes]);
    }
    gauge('runner_kit_exporter_scrape_duration_seconds', [snapshot.measureSeconds]);
    return families;
}

;// CONCATENATED MODULE: ./packages/core/src/fleet/model-cache.ts

/** The store's entries summed up; `error` says why the store could not be read (never thrown). */
async function summarizeModelCache(store) {
    try {
        const entries = await store.list();
        const lastUsedMs = Math.max(...entries.map((entry) => entry.lastUsed.getTime()));
        return {
            ...(entries.length > 0 ? { lastUsedMs } : {}),
            entries: entries.length,
            bytes: entries.reduce((sum, entry) => sum + (entry.manifest?.totalBytes ?? 0), 0),
            inUse: entries.filter((entry) => entry.inUse).length,
            incomplete: entries.filter((entry) => entry.manifest === undefined).length,
        };
    }
    catch (error) {
        return { error: (0,errors/* describeError */.Uc)(error) };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/fleet/collector.ts








/**
 * Measures the machine with health-gate's own code (`measureHost`, `scoreHealth`) and renders
 * the result in the Prometheus text format. One measurement answers every request for
 * `config.maxAgeMs`, and requests that arrive while one is under way wait for it, so several
 * scrapers cost one measurement.
 */
class FleetCollector {
    config;
    options;
    latest;
    store;
    constructor(config, options = {}) {
        this.config = config;
        this.options = options;
        if (config.modelCache)
            this.store = new local_store/* LocalStore */.V(config.modelCache.dir, options.logger ?? logging/* consoleLogger */.kS);
    }
    /** The metrics text, measured now or at most `maxAgeMs` ago. */
    exposition() {
        const now = (this.options.now ?? Date.now)();
        if (this.latest && now - this.latest.at < this.config.maxAgeMs)
            return this.latest.text;
        const text = this.measure().then((snapshot) => (0,exposition/* renderExposition */.f)(fleetFamilies(snapshot)));
        this.latest = { at: now, text };
        // A failed measurement is not kept: the next request tries again.
        text.catch(() => {
            if (this.latest?.text === text)
                this.latest = undefined;
        });
        return text;
    }
    /** One snapshot of the machine, for the metrics and for tests. */
    async measure() {
        const started = performance.now();
        const { config, options } = this;
        const procRoot = options.procRoot ?? '/proc';
        const [measures, summary] = await Promise.all([
            (0,health_measures.measureHost)({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, procRoot, oomStateFile: config.oomStateFile }),
            this.store ? summarizeModelCache(this.store) : undefined,
        ]);
        if (summary && 'error' in summary)
            (options.logger ?? logging/* consoleLogger */.kS).warning(`The model cache ${(0,logging/* untrusted */.bp)(this.store.root)} could not be read: ${(0,logging/* untrusted */.bp)(summary.error)}`);
        return {
            runner: config.runner,
            labels: config.labels,
            health: (0,score.scoreHealth)(measures, config.thresholds),
            workspacePaths: 1,
            listeners: (0,runner_workers/* countRunnerListeners */.vU)(procRoot),
            ...(summary && config.modelCache ? { modelCache: { summary, ...(config.modelCache.limitBytes === undefined ? {} : { limitBytes: config.modelCache.limitBytes }) } } : {}),
            measureSeconds: (performance.now() - started) / 1000,
        };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/core/src/fleet/serve.ts




/**
 * Serves `GET /metrics` (the text `metrics()` gives) and `GET /healthz` (the exporter answers;
 * it measures nothing) on `host:port`. A port already taken is an {@link ExternalError} naming
 * it, never a crash.
 */
async function serveMetrics(host, port, metrics, logger) {
    const server = (0,external_node_http_.createServer)((request, response) => {
        void answer(request, response, metrics, logger);
    });
    // A scraper that goes away mid-request must not keep sockets open forever.
    server.requestTimeout = 30_000;
    await new Promise((resolve, reject) => {
        server.once('error', (error) => {
            const where = `${host}:${port}`;
            if (error.code === 'EADDRINUSE')
                reject(new errors/* ExternalError */.yA(`${where} is already in use by another process; stop it, or pass --listen with another port (e.g. --listen ${host.includes(':') ? `[${host}]` : host}:9465).`));
            else if (error.code === 'EADDRNOTAVAIL')
                reject(new errors/* ExternalError */.yA(`${host} is not an address of this machine; pass --listen with one of its addresses (127.0.0.1, 0.0.0.0 for all).`));
            else if (error.code === 'EACCES')
                reject(new errors/* ExternalError */.yA(`Not permitted to listen on ${where} (ports below 1024 need privileges); pick a port above 1024.`));
            else
                reject(new errors/* ExternalError */.yA(`Cannot listen on ${where}: ${(0,errors/* describeError */.Uc)(error)}`));
        });
        server.listen(port, host, () => resolve());
    });
    const address = server.address();
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${shown}:${address.port}`,
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close((error) => (error ? reject(error) : resolve()));
        }),
    };
}
async function answer(request, response, metrics, logger) {
    const pathname = new URL(request.url ?? '/', 'http://exporter').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Only GET and HEAD.\n');
        return;
    }
    if (pathname === '/healthz') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
        return;
    }
    if (pathname !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the metrics are at /metrics, liveness at /healthz.\n');
        return;
    }
    try {
        const text = await metrics();
        response.writeHead(200, { 'content-type': exposition/* EXPOSITION_CONTENT_TYPE */.c }).end(request.method === 'HEAD' ? undefined : text);
    }
    catch (error) {
        logger.warning(`Measuring for a scrape failed: ${(0,logging/* untrusted */.bp)((0,errors/* describeError */.Uc)(error))}`);
        response.writeHead(500, { 'content-type': 'text/plain' }).end('Measuring the machine failed; see the exporter log.\n');
    }
}

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/fleet/textfile.ts




/** The file node_exporter's textfile collector reads (it takes every `*.prom` in its directory). */
const TEXTFILE_NAME = 'runner_kit.prom';
/**
 * Replaces `<dir>/runner_kit.prom` with `text` atomically: written to a hidden temporary file in
 * the same directory (which node_exporter ignores, as it is not `*.prom`), then renamed over the
 * old one, so a scrape never reads half a file. Returns the file's path.
 */
async function writeTextfile(dir, text) {
    const target = external_node_path_default().join(dir, TEXTFILE_NAME);
    const temporary = external_node_path_default().join(dir, `.${TEXTFILE_NAME}.${(0,lazy_builtins/* randomBytes */.po)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, text, { mode: 0o644 });
        await (0,promises_.rename)(temporary, target);
        return target;
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        const code = error.code;
        const remedy = code === 'ENOENT'
            ? "the directory does not exist: create it, or point --textfile at node_exporter's --collector.textfile.directory"
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
                ? 'the directory is not writable by this user: give the exporter write access to it'
                : code === 'ENOSPC'
                    ? 'the disk is full: free some space'
                    : (0,errors/* describeError */.Uc)(error);
        throw new errors/* ExternalError */.yA(`Cannot write ${target}: ${remedy}.`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/exporter.ts

/**
 * The runner exporter for Prometheus: health-gate's measures and score, the runner service and
 * the model cache, served at /metrics (or written for node_exporter's textfile collector) until
 * SIGTERM or SIGINT. Returns the exit code.
 */
async function exporterCommand(flags, stop = untilSignalled()) {
    const config = readExporterConfig(src_inputs/* Inputs */.G0.fromRecord({
        listen: flags.listen,
        textfile: flags.textfile,
        interval: flags.interval,
        once: flags.once ? 'true' : undefined,
        'runner-name': flags['runner-name'],
        labels: flags.labels,
        workspace: flags.workspace,
        'cache-paths': (flags['cache-path'] ?? []).join('\n'),
        'cache-dir': flags['cache-dir'],
        'cache-max-size': flags['cache-max-size'],
        // Off unless asked for: a check per scrape would make every scrape wait for the network.
        'network-check': (flags['network-check'] ?? []).join('\n'),
        'network-timeout': flags['network-timeout'],
        thresholds: flags.thresholds,
    }));
    const collector = new FleetCollector(config, { logger: logging/* consoleLogger */.kS });
    return config.output.kind === 'http' ? serve(config, config.output, collector, stop) : writeFiles(config.output, collector, stop);
}
async function serve(config, output, collector, stop) {
    const server = await serveMetrics(output.host, output.port, () => collector.exposition(), logging/* consoleLogger */.kS);
    logging/* consoleLogger */.kS.info(`runner-kit exporter: runner ${(0,logging/* untrusted */.bp)(config.runner)}, serving ${server.url}/metrics and ${server.url}/healthz`);
    await stop;
    await server.close();
    return 0;
}
async function writeFiles(output, collector, stop) {
    let stopped = false;
    void stop.then(() => (stopped = true));
    let failures = 0;
    for (;;) {
        try {
            const file = await writeTextfile(output.dir, await collector.exposition());
            if (output.once) {
                logging/* consoleLogger */.kS.info(`runner-kit exporter: wrote ${(0,logging/* untrusted */.bp)(file)}`);
                return 0;
            }
            failures = 0;
        }
        catch (error) {
            if (output.once)
                throw error;
            // A full disk or a directory being recreated may pass: keep trying, say so once per run of failures.
            if (failures++ === 0)
                logging/* consoleLogger */.kS.warning((0,logging/* untrusted */.bp)((0,errors/* describeError */.Uc)(error)));
        }
        await Promise.race([stop, new Promise((resolve) => setTimeout(resolve, output.intervalMs).unref())]);
        if (stopped)
            return 0;
    }
}
/** Resolves on SIGTERM (systemd's stop) or SIGINT (Ctrl-C). */
function untilSignalled() {
    return new Promise((resolve) => {
        const done = () => {
            process.off('SIGTERM', done);
            process.off('SIGINT', done);
            resolve();
        };
        process.on('SIGTERM', done);
        process.on('SIGINT', done);
    });
}

// EXTERNAL MODULE: ./packages/core/src/health/report.ts
var health_report = __webpack_require__(652);
;// CONCATENATED MODULE: ./packages/cli/src/health.ts

const EXIT_CODES = { healthy: 0, degraded: 1, unhealthy: 2 };
/**
 * The local health check for cron or a systemd timer on a runner machine: the same measures,
 * score and thresholds as the action; exit code 0 healthy, 1 degraded, 2 unhealthy.
 */
async function healthCommand(flags) {
    const inputs = src_inputs/* Inputs */.G0.fromRecord({
        'cache-paths': (flags['cache-path'] ?? []).join('\n'),
        'network-check': (flags['network-check'] ?? [health_config/* DEFAULT_NETWORK_CHECK */.uC]).join('\n'),
        'network-timeout': flags['network-timeout'],
        thresholds: flags.thresholds,
    });
    const config = (0,health_config/* readLocalConfig */.K9)(inputs, { ...process.env, GITHUB_WORKSPACE: flags.workspace ?? process.cwd() });
    const report = (0,score.scoreHealth)(await (0,health_measures.measureHost)({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile }), config.thresholds);
    if (flags.json)
        console.log((0,health_report/* healthReportJson */.JF)(report));
    else {
        logging/* consoleLogger */.kS.info(`${report.status}: score ${report.score}/100 → ${report.recommendation}`);
        logging/* consoleLogger */.kS.info(`Measured: ${(0,logging/* untrusted */.bp)((0,health_report/* describeMeasureScope */.S0)(report.measures))}`);
        console.log((0,health_report/* renderFindingsTable */.FQ)(report));
        for (const problem of report.problems)
            console.log(`- ${(0,logging/* untrusted */.bp)(problem)}`);
    }
    return EXIT_CODES[report.status];
}

// EXTERNAL MODULE: ./packages/core/src/cache-store/lock.ts
var lock = __webpack_require__(3773);
// EXTERNAL MODULE: ./packages/core/src/vosk/config.ts
var vosk_config = __webpack_require__(2873);
// EXTERNAL MODULE: ./packages/core/src/vosk/setup.ts + 2 modules
var setup = __webpack_require__(9504);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(521);
;// CONCATENATED MODULE: ./packages/cli/src/vosk.ts


/** Runs one `runner-kit vosk …` command; returns the exit code. */
async function voskCommand(command, args, flags) {
    const cacheDir = resolveCacheDir(flags['cache-dir']);
    const store = new local_store/* LocalStore */.V(cacheDir, logging/* consoleLogger */.kS, (0,lock/* lockTimingFromEnv */.HW)());
    switch (command) {
        case 'prefetch':
            return prefetch(cacheDir, args, flags);
        case 'list':
            return list(store, flags.json === true);
        case 'verify':
            return verify(store, args, flags.full === true);
        case 'prune':
            return prune(store, flags);
        default:
            throw new errors/* ConfigurationError */.j1(`unknown command 'vosk ${command}'`);
    }
}
function resolveCacheDir(flag) {
    if (flag)
        return external_node_path_default().resolve(flag);
    const toolCache = process.env['RUNNER_TOOL_CACHE'];
    if (!toolCache)
        throw new errors/* ConfigurationError */.j1("no cache directory: pass --cache-dir, or set RUNNER_TOOL_CACHE to the runner's tool cache (<runner>/_work/_tool)");
    return external_node_path_default().join(toolCache, 'runner-kit', 'vosk');
}
/** Warms the cache with the same code path setup-vosk takes on a self-hosted runner. */
async function prefetch(cacheDir, models, flags) {
    if (models.length === 0 && !flags.url)
        throw new errors/* ConfigurationError */.j1('vosk prefetch needs at least one model name (or --url)');
    const inputs = src_inputs/* Inputs */.G0.fromRecord({
        model: models.join(','),
        url: flags.url,
        'base-url': flags['base-url'],
        sha256: flags.sha256,
        checksums: flags.checksums,
        retries: flags.retries,
        strategy: 'local',
        'cache-dir': cacheDir,
    });
    const config = await (0,vosk_config/* readSetupVoskConfig */.V)(inputs, { ...process.env, GITHUB_WORKSPACE: process.cwd() });
    const result = await (0,setup/* runSetupVosk */.K)(config, { logger: logging/* consoleLogger */.kS, lockTiming: (0,lock/* lockTimingFromEnv */.HW)() });
    for (const model of result.models) {
        console.log(`${model.name}: ${model.cacheHit ? 'already cached' : 'installed'} (${(0,units/* formatBytes */.z3)(model.bytes)}) at ${(0,logging/* untrusted */.bp)(model.path)}`);
    }
    return 0;
}
async function list(store, json) {
    const entries = await store.list();
    if (json) {
        const rows = entries.map((e) => ({
            kind: e.kind,
            id: e.id,
            path: e.path,
            bytes: e.manifest?.totalBytes ?? null,
            sha256: e.manifest?.sha256 ?? null,
            source: e.manifest?.source ?? null,
            installedAt: e.manifest?.installedAt ?? null,
            lastUsed: e.lastUsed.toISOString(),
            inUse: e.inUse,
            complete: e.manifest !== undefined,
        }));
        console.log(JSON.stringify(rows, null, 2));
        return 0;
    }
    if (entries.length === 0) {
        console.log(`${(0,logging/* untrusted */.bp)(store.root)} holds no cached entries.`);
        return 0;
    }
    const total = entries.reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
    console.log((0,summary/* markdownTable */.Qj)(['kind', 'name', 'size', 'last used', 'in use'], entries.map((e) => [e.kind, e.id, e.manifest ? (0,units/* formatBytes */.z3)(e.manifest.totalBytes) : 'incomplete', e.lastUsed.toISOString(), e.inUse ? 'yes' : 'no']), ['l', 'l', 'r', 'l', 'l']));
    console.log(`\n${entries.length} entries, ${(0,units/* formatBytes */.z3)(total)} in ${(0,logging/* untrusted */.bp)(store.root)}`);
    return 0;
}
async function verify(store, names, full) {
    const entries = (await store.list()).filter((e) => names.length === 0 || names.includes(e.id));
    const missing = names.filter((name) => !entries.some((e) => e.id === name));
    let damaged = missing.length;
    for (const name of missing)
        console.log(`MISSING  ${(0,logging/* untrusted */.bp)(name)}`);
    for (const entry of entries) {
        const status = await store.inspect(entry, { full });
        if (status.state === 'valid')
            console.log(`ok       ${entry.kind}/${(0,logging/* untrusted */.bp)(entry.id)}${full ? ' (every byte re-hashed)' : ''}`);
        else {
            damaged++;
            console.log(`DAMAGED  ${entry.kind}/${(0,logging/* untrusted */.bp)(entry.id)}: ${(0,logging/* untrusted */.bp)(status.problems.join('; '))}`);
        }
    }
    console.log(damaged ? `${damaged} problem(s); the next setup-vosk or prefetch reinstalls damaged entries.` : `all ${entries.length} entries are intact`);
    return damaged ? 1 : 0;
}
async function prune(store, flags) {
    const text = flags['max-size'];
    const maxBytes = text === undefined ? undefined : (0,units/* parseSize */.DB)(text);
    if (maxBytes === undefined)
        throw new errors/* ConfigurationError */.j1('vosk prune needs --max-size, a size such as 20GB or 512MiB');
    const removed = await store.evict(maxBytes, [], flags['dry-run'] === true);
    const verb = flags['dry-run'] ? 'would remove' : 'removed';
    for (const entry of removed)
        console.log(`${verb} ${entry.kind}/${(0,logging/* untrusted */.bp)(entry.id)} (${(0,units/* formatBytes */.z3)(entry.manifest?.totalBytes ?? 0)}, last used ${entry.lastUsed.toISOString()})`);
    const remaining = (await store.list()).reduce((sum, e) => sum + (e.manifest?.totalBytes ?? 0), 0);
    console.log(`${removed.length} entries ${verb}; the cache holds ${(0,units/* formatBytes */.z3)(remaining)} (limit ${(0,units/* formatBytes */.z3)(maxBytes)}). Entries in use by a running job are never removed.`);
    return 0;
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts






/** sysexits' EX_USAGE: apart from the health statuses 0-2. */
const EXIT_USAGE = 64;
const USAGE = `runner-kit — tools for self-hosted runner admins

Usage:
  runner-kit --help | --version
  runner-kit vosk prefetch <model…> [--cache-dir DIR] [--base-url URL | --url URL] [--sha256 HEX] [--checksums FILE] [--retries N]
  runner-kit vosk list    [--cache-dir DIR] [--json]
  runner-kit vosk verify  [model…] [--cache-dir DIR] [--full]
  runner-kit vosk prune   --max-size SIZE [--cache-dir DIR] [--dry-run]
  runner-kit health       [--json] [--cache-path DIR]… [--network-check URL]… [--network-timeout 3s] [--thresholds JSON] [--workspace DIR]
  runner-kit exporter     [--listen HOST:PORT | --textfile DIR [--interval 15s] [--once]] [--runner-name NAME] [--labels L1,L2,…]
                          [--workspace DIR] [--cache-path DIR]… [--cache-dir DIR [--cache-max-size SIZE]] [--thresholds JSON]

--cache-dir defaults to $RUNNER_TOOL_CACHE/runner-kit/vosk, where setup-vosk looks on that runner.
--network-check defaults to https://api.github.com for health (pass --network-check '' to skip) and to none for exporter.
--listen defaults to 127.0.0.1:9464; the exporter serves /metrics and /healthz until SIGTERM or SIGINT.
Exit status: vosk: 0 ok, 1 failed (or damaged entries found by verify); health: 0 healthy, 1 degraded,
2 unhealthy; 64 usage error.`;
/** Entry point: `runner-kit <area> <command> …`. Sets the exit code; never throws. */
async function run(argv = process.argv.slice(2)) {
    try {
        const { positionals, values } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                'cache-dir': { type: 'string' },
                'base-url': { type: 'string' },
                url: { type: 'string' },
                sha256: { type: 'string' },
                checksums: { type: 'string' },
                retries: { type: 'string' },
                'max-size': { type: 'string' },
                json: { type: 'boolean' },
                full: { type: 'boolean' },
                'dry-run': { type: 'boolean' },
                'cache-path': { type: 'string', multiple: true },
                'network-check': { type: 'string', multiple: true },
                'network-timeout': { type: 'string' },
                thresholds: { type: 'string' },
                workspace: { type: 'string' },
                listen: { type: 'string' },
                textfile: { type: 'string' },
                interval: { type: 'string' },
                once: { type: 'boolean' },
                'runner-name': { type: 'string' },
                labels: { type: 'string' },
                'cache-max-size': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
        const [area, command, ...rest] = positionals;
        if (values.help) {
            console.log(USAGE);
            return;
        }
        if (values.version) {
            console.log(package_namespaceObject.rE);
            return;
        }
        if (!area)
            throw new errors/* ConfigurationError */.j1('no command given');
        if ((area === 'health' || area === 'exporter') && !command) {
            // `--network-check ''` turns the checks off.
            const flags = { ...values, 'network-check': values['network-check']?.filter((url) => url !== '') };
            process.exitCode = await (area === 'health' ? healthCommand(flags) : exporterCommand(flags));
            return;
        }
        if (area !== 'vosk' || !command)
            throw new errors/* ConfigurationError */.j1(`unknown command '${positionals.join(' ')}'`);
        process.exitCode = await voskCommand(command, rest, values);
    }
    catch (error) {
        const usage = error instanceof errors/* ConfigurationError */.j1 || error.code?.startsWith('ERR_PARSE_ARGS');
        console.error(`runner-kit: ${(0,logging/* untrusted */.bp)((0,errors/* describeError */.Uc)(error))}`);
        if (usage)
            console.error(`\n${USAGE}`);
        else if (!(0,errors/* isExpectedError */.BI)(error) && error instanceof Error && error.stack)
            console.error(error.stack);
        process.exitCode = usage ? EXIT_USAGE : 1;
    }
}


/***/ }),

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

/***/ 5417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ EXPOSITION_CONTENT_TYPE),
/* harmony export */   f: () => (/* binding */ renderExposition)
/* harmony export */ });
/**
 * The Prometheus text exposition format (0.0.4) of `families`, in order. Label values and help
 * text are escaped as the format asks (backslash, double quote, newline), so paths, runner names
 * and labels from outside cannot break a line or inject a sample. Families without samples are
 * left out. Values are rounded to 3 decimals (enough for ratios and seconds; bytes stay whole).
 */
function renderExposition(families) {
    const lines = [];
    for (const family of families) {
        if (family.samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
        for (const sample of family.samples)
            lines.push(`${family.name}${renderLabels(sample.labels)} ${formatValue(sample.value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The text format's content type, for an HTTP answer or a push. */
const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
function renderLabels(labels) {
    const entries = Object.entries(labels ?? {});
    if (entries.length === 0)
        return '';
    return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '+Inf' : '-Inf';
    return String(Math.round(value * 1000) / 1000);
}


/***/ })

};
