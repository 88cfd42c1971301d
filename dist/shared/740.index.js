export const id = 740;
export const ids = [740];
export const modules = {

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

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p5: () => (/* binding */ locateCgroup)
/* harmony export */ });
/* unused harmony exports parseProcCgroup, parseCgroupMounts, cgroupDirectory */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _procfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(928);
/**
 * Where a process's cgroup lives: `/proc/<pid>/cgroup` joined with `/proc/<pid>/mountinfo`.
 * Pure parsers plus one locator; what the files say is interpreted in cgroup.ts.
 */


/** Parses `/proc/<pid>/cgroup`; lines that are not `id:controllers:path` are skipped. */
function parseProcCgroup(text) {
    const memberships = [];
    for (const line of text.split('\n')) {
        const match = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
        if (!match)
            continue;
        const names = match[2].split(',').filter((name) => name !== '');
        memberships.push({ controllers: names, path: match[3], unified: match[1] === '0' && names.length === 0 });
    }
    return memberships;
}
/**
 * The cgroup mounts of `/proc/<pid>/mountinfo`:
 * `id parent major:minor root mount-point options [optional…] - fstype source super-options`.
 * Octal escapes (`\040` for a space) in paths are decoded.
 */
function parseCgroupMounts(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const fields = line.trim().split(' ');
        const separator = fields.indexOf('-');
        if (separator < 6 || fields.length < separator + 4)
            continue;
        const fsType = fields[separator + 1];
        if (fsType !== 'cgroup' && fsType !== 'cgroup2')
            continue;
        const options = fields[separator + 3].split(',');
        mounts.push({
            root: unescapeMountPath(fields[3]),
            mountPoint: unescapeMountPath(fields[4]),
            unified: fsType === 'cgroup2',
            controllers: fsType === 'cgroup' ? options.filter((o) => V1_CONTROLLERS.has(o)) : [],
        });
    }
    return mounts;
}
const V1_CONTROLLERS = new Set(['memory', 'cpu', 'cpuacct', 'cpuset', 'pids', 'blkio']);
function unescapeMountPath(text) {
    return text.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
}
/**
 * The directory of `cgroupPath` under `mount`, or undefined when the mount does not show it.
 * The mount's root is the cgroup mounted there: `/` on a host; the container's own cgroup in a
 * container without a cgroup namespace (where `/proc/self/cgroup` still names the host path);
 * and in a cgroup namespace `/proc/self/cgroup` says `/` and so does the root.
 */
function cgroupDirectory(mount, cgroupPath) {
    const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
    // Anything else (`/../x`, outside a namespace's view) is not under this mount.
    return cgroupPath === root || cgroupPath.startsWith(`${root}/`) ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(mount.mountPoint, cgroupPath.slice(root.length)).replace(/(.)\/+$/, '$1') : undefined;
}
/** The directory and its ancestors up to (and including) the mount point. */
function withAncestors(dir, mountPoint) {
    const dirs = [dir];
    for (let current = dir; current !== mountPoint && current.startsWith(`${mountPoint}/`);) {
        current = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(current);
        dirs.push(current);
    }
    return dirs;
}
/**
 * Finds this process's cgroup directories for every controller runner-kit reads, v1, v2 or a
 * hybrid of both (v1 controllers with a unified hierarchy beside them for PSI). Undefined where
 * there are no cgroups to read (not Linux, no procfs, nothing mounted).
 */
function locateCgroup(options = {}) {
    const procRoot = options.procRoot ?? '/proc';
    const pid = options.pid ?? 'self';
    const memberships = parseProcCgroup((0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(procRoot, pid, 'cgroup')) ?? '');
    const mounts = parseCgroupMounts((0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(procRoot, pid, 'mountinfo')) ?? '');
    if (memberships.length === 0 || mounts.length === 0)
        return undefined;
    const at = (mountPoint) => (options.fsRoot ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.fsRoot, mountPoint) : mountPoint);
    const dirs = {};
    const unifiedMembership = memberships.find((m) => m.unified);
    const unifiedMount = mounts.find((m) => m.unified && unifiedMembership && cgroupDirectory(m, unifiedMembership.path) !== undefined);
    let unifiedControllers = new Set();
    if (unifiedMembership && unifiedMount) {
        const dir = cgroupDirectory(unifiedMount, unifiedMembership.path);
        const chain = withAncestors(at(dir), at(unifiedMount.mountPoint));
        dirs.pressure = chain;
        // Controllers the unified hierarchy has (on a hybrid host: none of the ones that matter).
        unifiedControllers = new Set(((0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(at(unifiedMount.mountPoint), 'cgroup.controllers')) ?? '').trim().split(/\s+/));
        for (const controller of ['memory', 'cpu', 'cpuset', 'pids', 'io'])
            if (unifiedControllers.has(controller))
                dirs[controller] = chain;
        // v2 accounts CPU time in cpu.stat, which exists without the cpu controller.
        if (unifiedControllers.has('cpu') || unifiedControllers.has('memory'))
            dirs.cpuacct = chain;
    }
    const v1Names = { memory: 'memory', cpu: 'cpu', cpuacct: 'cpuacct', cpuset: 'cpuset', pids: 'pids', blkio: 'io' };
    for (const [name, controller] of Object.entries(v1Names)) {
        if (dirs[controller])
            continue;
        const membership = memberships.find((m) => m.controllers.includes(name));
        const mount = mounts.find((m) => !m.unified && m.controllers.includes(name) && membership && cgroupDirectory(m, membership.path) !== undefined);
        if (!membership || !mount)
            continue;
        dirs[controller] = withAncestors(at(cgroupDirectory(mount, membership.path)), at(mount.mountPoint));
    }
    const memoryOnV2 = unifiedControllers.has('memory') || (!dirs.memory && unifiedControllers.has('cpu'));
    const version = memoryOnV2 || (!dirs.memory && !dirs.cpu && dirs.pressure !== undefined) ? 2 : 1;
    const decidingPath = version === 2 ? unifiedMembership?.path : (memberships.find((m) => m.controllers.includes('memory')) ?? memberships.find((m) => m.controllers.includes('cpu')))?.path;
    if (Object.keys(dirs).length === 0 || decidingPath === undefined)
        return undefined;
    return { version, path: decidingPath, dirs };
}


/***/ }),

/***/ 9051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ readCgroup),
/* harmony export */   dI: () => (/* binding */ interpretUsage),
/* harmony export */   hm: () => (/* binding */ readCgroupLimits),
/* harmony export */   jk: () => (/* binding */ usageFiles),
/* harmony export */   ni: () => (/* binding */ parsePressure),
/* harmony export */   uM: () => (/* binding */ cgroupShare)
/* harmony export */ });
/* unused harmony exports readUsageTexts, effectiveCpus, isLimited, parseLimit, parseCpuMax, countCpuList, statValue */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _procfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(928);
/**
 * What a cgroup limits and what its processes use, from cgroup v2 or v1 files. The job's share of
 * a machine (a `container:` job, an ARC pod, a systemd slice) is decided here, so health-gate and
 * perf-monitor judge the job against what it gets, not against the node.
 *
 * Files are read into a map keyed `<controller>:<file>` (see {@link usageFiles}); the
 * interpreters take that map, so the sampler's recording and a live read go through the same code.
 */


/** The v1 "no limit" value is PAGE_COUNTER_MAX pages (9223372036854771712 with 4 KiB pages); anything this large limits nothing. */
const UNLIMITED = 2 ** 62;
/** Per version, the files of the cgroup's own directory a sampler copies each tick. */
const USAGE_FILES = {
    2: [
        ['memory', 'memory.current'],
        ['memory', 'memory.stat'],
        ['memory', 'memory.events'],
        ['cpuacct', 'cpu.stat'],
        ['pids', 'pids.current'],
        ['io', 'io.stat'],
        ['pressure', 'cpu.pressure'],
        ['pressure', 'memory.pressure'],
        ['pressure', 'io.pressure'],
    ],
    1: [
        ['memory', 'memory.usage_in_bytes'],
        ['memory', 'memory.stat'],
        ['memory', 'memory.oom_control'],
        ['cpuacct', 'cpuacct.usage'],
        ['cpu', 'cpu.stat'],
        ['pids', 'pids.current'],
        ['io', 'blkio.throttle.io_service_bytes'],
        ['pressure', 'cpu.pressure'],
        ['pressure', 'memory.pressure'],
        ['pressure', 'io.pressure'],
    ],
};
/**
 * The usage files of the cgroup's own directory that exist, keyed as {@link CgroupFileTexts}
 * wants: what perf-monitor's recorder copies every tick.
 */
function usageFiles(dirs) {
    const files = new Map();
    for (const [controller, name] of USAGE_FILES[dirs.version]) {
        const dir = dirs.dirs[controller]?.[0];
        if (dir === undefined)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, name);
        if ((0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(file) !== undefined)
            files.set(`${controller}:${name}`, file);
    }
    return files;
}
/** Reads every usage file now. */
function readUsageTexts(dirs) {
    const texts = new Map();
    for (const [key, file] of usageFiles(dirs)) {
        const text = (0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(file);
        if (text !== undefined)
            texts.set(key, text);
    }
    return texts;
}
/** This cgroup's limits and usage now. */
function readCgroup(dirs) {
    return { version: dirs.version, path: dirs.path, limits: readCgroupLimits(dirs), usage: interpretUsage(readUsageTexts(dirs), dirs.version) };
}
/**
 * The limits that bind this cgroup: for memory, CPU quota and pids the smallest along the path
 * to the root (a parent's limit binds its children); the cpuset of the cgroup itself (it is
 * already the intersection with its parents').
 */
function readCgroupLimits(dirs) {
    const limits = {};
    const read = (controller, name) => (dirs.dirs[controller] ?? []).map((dir) => (0,_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, name)));
    const memory = dirs.version === 2
        ? read('memory', 'memory.max').map((text) => parseLimit(text))
        : [...read('memory', 'memory.limit_in_bytes').map((text) => parseLimit(text)), parseLimit(String(statValue(read('memory', 'memory.stat')[0], 'hierarchical_memory_limit') ?? ''))];
    const memoryBytes = smallest(memory);
    if (memoryBytes !== undefined)
        limits.memoryBytes = memoryBytes;
    const quotas = dirs.version === 2
        ? read('cpu', 'cpu.max').map(parseCpuMax)
        : zip(read('cpu', 'cpu.cfs_quota_us'), read('cpu', 'cpu.cfs_period_us')).map(([quota, period]) => parseCfsQuota(quota, period));
    const cpuQuota = smallest(quotas);
    if (cpuQuota !== undefined)
        limits.cpuQuota = cpuQuota;
    const cpusetFiles = dirs.version === 2 ? ['cpuset.cpus.effective'] : ['cpuset.effective_cpus', 'cpuset.cpus'];
    for (const name of cpusetFiles) {
        const count = countCpuList(read('cpuset', name)[0]);
        if (count !== undefined) {
            limits.cpusetCpus = count;
            break;
        }
    }
    const pidsMax = smallest(read('pids', 'pids.max').map((text) => parseLimit(text)));
    if (pidsMax !== undefined)
        limits.pidsMax = pidsMax;
    return limits;
}
/** Interprets usage files (live, or as perf-monitor recorded them). Missing or odd files leave their fields out. */
function interpretUsage(files, version) {
    const usage = { pressure: {} };
    const memoryStat = files.get('memory:memory.stat');
    const memory = parseLimit(files.get(version === 2 ? 'memory:memory.current' : 'memory:memory.usage_in_bytes'));
    if (memory !== undefined)
        usage.memoryBytes = memory;
    // v1 lists its own `inactive_file` and the hierarchy's `total_inactive_file`: the hierarchy's counts.
    const inactive = statValue(memoryStat, version === 1 ? 'total_inactive_file' : 'inactive_file') ?? statValue(memoryStat, 'inactive_file');
    if (inactive !== undefined)
        usage.inactiveFileBytes = inactive;
    if (memory !== undefined)
        usage.workingSetBytes = Math.max(0, memory - (inactive ?? 0));
    const oomKills = statValue(files.get(version === 2 ? 'memory:memory.events' : 'memory:memory.oom_control'), 'oom_kill');
    if (oomKills !== undefined)
        usage.oomKills = oomKills;
    if (version === 2) {
        const stat = files.get('cpuacct:cpu.stat');
        assign(usage, 'cpuUsageUsec', statValue(stat, 'usage_usec'));
        assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
        assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
        assign(usage, 'throttledUsec', statValue(stat, 'throttled_usec'));
    }
    else {
        const nanoseconds = parseLimit(files.get('cpuacct:cpuacct.usage'));
        if (nanoseconds !== undefined)
            usage.cpuUsageUsec = Math.round(nanoseconds / 1000);
        const stat = files.get('cpu:cpu.stat');
        assign(usage, 'cpuPeriods', statValue(stat, 'nr_periods'));
        assign(usage, 'throttledPeriods', statValue(stat, 'nr_throttled'));
        const throttledNs = statValue(stat, 'throttled_time');
        if (throttledNs !== undefined)
            usage.throttledUsec = Math.round(throttledNs / 1000);
    }
    assign(usage, 'pids', parseLimit(files.get('pids:pids.current')));
    const io = version === 2 ? parseIoStat(files.get('io:io.stat')) : parseBlkioBytes(files.get('io:blkio.throttle.io_service_bytes'));
    if (io)
        [usage.ioReadBytes, usage.ioWrittenBytes] = io;
    for (const kind of ['cpu', 'memory', 'io']) {
        const pressure = parsePressure(files.get(`pressure:${kind}.pressure`));
        if (pressure)
            usage.pressure[kind] = pressure;
    }
    return usage;
}
/** The CPUs a job can use: min(quota, cpuset size, online CPUs). */
function effectiveCpus(limits, onlineCpus) {
    return Math.min(limits.cpuQuota ?? Infinity, limits.cpusetCpus ?? Infinity, onlineCpus);
}
/** True when the cgroup gets less than the node: less memory than the node has, or fewer CPUs. */
function isLimited(limits, node) {
    return bindingMemoryLimit(limits, node.memoryBytes) !== undefined || effectiveCpus(limits, node.cpus) < node.cpus;
}
/** The job's share of the node under these limits; the one place that decides "limited", for health-gate and perf-monitor alike. */
function cgroupShare(limits, node) {
    const memoryLimitBytes = bindingMemoryLimit(limits, node.memoryBytes);
    return {
        ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
        cpus: effectiveCpus(limits, Math.min(node.cpus.online, node.cpus.available)),
        limited: isLimited(limits, { memoryBytes: node.memoryBytes, cpus: node.cpus.online }),
    };
}
function bindingMemoryLimit(limits, nodeMemoryBytes) {
    const limit = limits.memoryBytes;
    return limit !== undefined && (nodeMemoryBytes <= 0 || limit < nodeMemoryBytes) ? limit : undefined;
}
/** A limit file's number (`memory.max`, `pids.max`, `memory.limit_in_bytes`); undefined for `max`, the v1 "no limit" number, or no number. */
function parseLimit(text) {
    const value = text?.trim();
    if (!value || !/^\d+$/.test(value))
        return undefined;
    const number = Number(value);
    return number >= UNLIMITED ? undefined : number;
}
/** `cpu.max`: `50000 100000` → 0.5 CPUs; `max 100000` → undefined. */
function parseCpuMax(text) {
    const [quota, period] = (text ?? '').trim().split(/\s+/);
    return cpus(quota, period ?? '100000');
}
function parseCfsQuota(quota, period) {
    return cpus(quota?.trim(), period?.trim() ?? '100000');
}
function cpus(quota, period) {
    if (!quota || !/^\d+$/.test(quota) || !/^\d+$/.test(period) || Number(period) === 0)
        return undefined; // `max`, `-1`
    return Number(quota) / Number(period);
}
/** How many CPUs a list such as `0-3,8,10-11` names; undefined for an empty or odd list. */
function countCpuList(text) {
    const list = text?.trim();
    if (!list)
        return undefined;
    let count = 0;
    for (const part of list.split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part);
        if (!match)
            return undefined;
        count += match[2] === undefined ? 1 : Number(match[2]) - Number(match[1]) + 1;
    }
    return count > 0 ? count : undefined;
}
/** A `key value` line of a flat-keyed file (`memory.stat`, `cpu.stat`, `memory.events`, `memory.oom_control`). */
function statValue(text, key) {
    if (!text)
        return undefined;
    const match = new RegExp(`(?:^|\\n)${key} (\\d+)`).exec(text);
    return match ? Number(match[1]) : undefined;
}
/** A pressure file: `some avg10=1.20 avg60=0.50 avg300=0.10 total=12345` and an optional `full` line. */
function parsePressure(text) {
    if (!text)
        return undefined;
    const line = (kind) => /^(\w+) avg10=([\d.]+) avg60=([\d.]+) avg300=([\d.]+) total=(\d+)/m.exec(text.split('\n').find((l) => l.startsWith(`${kind} `)) ?? '');
    const some = line('some');
    if (!some)
        return undefined;
    const full = line('full');
    return { someAvg10: Number(some[2]), someAvg60: Number(some[3]), someTotalUsec: Number(some[5]), ...(full ? { fullAvg10: Number(full[2]) } : {}) };
}
/** v2 `io.stat`: `8:0 rbytes=1 wbytes=2 rios=…` per device, summed. */
function parseIoStat(text) {
    if (text === undefined)
        return undefined;
    let read = 0;
    let written = 0;
    for (const match of text.matchAll(/rbytes=(\d+) wbytes=(\d+)/g)) {
        read += Number(match[1]);
        written += Number(match[2]);
    }
    return [read, written];
}
/** v1 `blkio.throttle.io_service_bytes`: `8:0 Read 123` lines per device (and a `Total` line), summed. */
function parseBlkioBytes(text) {
    if (text === undefined)
        return undefined;
    let read = 0;
    let written = 0;
    for (const match of text.matchAll(/^\d+:\d+ (Read|Write) (\d+)$/gm)) {
        if (match[1] === 'Read')
            read += Number(match[2]);
        else
            written += Number(match[2]);
    }
    return [read, written];
}
function smallest(values) {
    const present = values.filter((value) => value !== undefined);
    return present.length === 0 ? undefined : Math.min(...present);
}
function zip(a, b) {
    return a.map((value, i) => [value, b[i]]);
}
function assign(usage, key, value) {
    if (value !== undefined)
        usage[key] = value;
}


/***/ }),

/***/ 7887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ nodeCpus)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** This machine's CPUs: online, and available to this process (its affinity, what `os.availableParallelism()` says). */
function nodeCpus() {
    const available = node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism();
    return { online: Math.max(available, node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus().length), available };
}


/***/ }),

/***/ 928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ parseDiskstats),
/* harmony export */   Jf: () => (/* binding */ parsePidStat),
/* harmony export */   KE: () => (/* binding */ parseLoadavg),
/* harmony export */   Lh: () => (/* binding */ USER_HZ),
/* harmony export */   NW: () => (/* binding */ parseMeminfo),
/* harmony export */   T9: () => (/* binding */ readOptional),
/* harmony export */   Uw: () => (/* binding */ cpuPercent),
/* harmony export */   Yq: () => (/* binding */ parseNetDev),
/* harmony export */   Yr: () => (/* binding */ parseUptime),
/* harmony export */   Yt: () => (/* binding */ isRealDisk),
/* harmony export */   gr: () => (/* binding */ parseCpuTimes),
/* harmony export */   l0: () => (/* binding */ isExternalInterface),
/* harmony export */   lU: () => (/* binding */ cpuSharePercent),
/* harmony export */   xD: () => (/* binding */ sumDeltas)
/* harmony export */ });
/* unused harmony exports counterDelta, splitProcStat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/**
 * procfs, read in one place: the parsers of every `/proc` file runner-kit reads (health-gate,
 * perf-monitor's replay, process control, the CLI) and the layout of `/proc/<pid>/stat`. They take
 * text, never paths, so edge cases (counter wrap, vanished interfaces, partitions, old kernels)
 * are tested from fixtures. cgroup files are read in cgroup.ts beside this one.
 */


/**
 * `/proc/stat`'s `cpu` line (all cores) and one per core, in core order. `guest` time is already
 * part of `user`, so only the first eight fields are added up (adding guest would count it twice).
 */
function parseCpuTimes(text) {
    let all;
    const cores = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('cpu'))
            continue;
        const fields = line.trim().split(/\s+/);
        const values = fields.slice(1, 9).map(Number);
        while (values.length < 8)
            values.push(0); // old kernels have fewer columns
        if (values.some((v) => !Number.isFinite(v)))
            continue;
        const [user, nice, system, idle, iowait, irq, softirq, steal] = values;
        const times = { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait, iowait, steal };
        if (fields[0] === 'cpu')
            all = times;
        else
            cores.push(times);
    }
    return all ? { all, cores } : undefined;
}
/** Busy share of the time between two readings, 0-100; 0 when no time passed. */
function cpuPercent(previous, current) {
    const total = current.total - previous.total;
    if (total <= 0)
        return 0;
    const busy = total - (current.idle - previous.idle);
    return clampPercent((busy / total) * 100);
}
/** Share of `field` (`iowait` or `steal`) of the time between two readings, 0-100. */
function cpuSharePercent(previous, current, field) {
    const total = current.total - previous.total;
    return total <= 0 ? 0 : clampPercent(((current[field] - previous[field]) / total) * 100);
}
function clampPercent(value) {
    return Math.min(100, Math.max(0, value));
}
/**
 * `/proc/net/dev`: two header lines, then `name: rx_bytes … (8 receive fields) tx_bytes …`.
 * Names may be long enough to touch the colon (`veth1234abcd:123`), so split on the colon.
 */
function parseNetDev(text) {
    const counters = new Map();
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const name = line.slice(0, colon).trim();
        const fields = line.slice(colon + 1).trim().split(/\s+/).map(Number);
        if (name === '' || fields.length < 9 || !Number.isFinite(fields[0]) || !Number.isFinite(fields[8]))
            continue;
        counters.set(name, { rx: fields[0], tx: fields[8] });
    }
    return counters;
}
/**
 * Interfaces whose traffic leaves the machine. Loopback never does; bridges, veth pairs and
 * container networks carry traffic that is counted again on the physical interface.
 */
function isExternalInterface(name) {
    return !/^(lo|veth|docker|br-|virbr|vnet|cni|flannel|cali|weave|kube|ifb|dummy|tunl|sit|ip6tnl|gre|erspan|bond\d+\.)/.test(name);
}
const SECTOR_BYTES = 512;
/** `/proc/diskstats`: `major minor name reads merged sectors_read ms writes merged sectors_written …`. */
function parseDiskstats(text) {
    const counters = new Map();
    for (const line of text.split('\n')) {
        const fields = line.trim().split(/\s+/);
        if (fields.length < 10)
            continue;
        const name = fields[2];
        const read = Number(fields[5]);
        const written = Number(fields[9]);
        if (!Number.isFinite(read) || !Number.isFinite(written))
            continue;
        counters.set(name, { readBytes: read * SECTOR_BYTES, writtenBytes: written * SECTOR_BYTES });
    }
    return counters;
}
/**
 * Whole physical (or virtual-machine) disks only: a partition's IO is already in its disk's
 * numbers, device-mapper, md RAID and bcache sit on top of disks (counted twice otherwise), and
 * loop, ram, zram, optical and network block devices are no disk IO of the machine.
 */
function isRealDisk(name) {
    if (/^(loop|ram|zram|dm-|md|sr|fd|nbd|bcache|drbd|rbd)\d*/.test(name))
        return false;
    if (/^(nvme\d+n\d+|mmcblk\d+|nbd\d+)p\d+$/.test(name))
        return false; // nvme0n1p1, mmcblk0p2
    if (/^nvme\d+c\d+n\d+$/.test(name))
        return false; // hidden multipath controller paths
    if (/^(x?[shv]d[a-z]+)\d+$/.test(name))
        return false; // sda1, vdb2, xvda1
    return /^(x?[shv]d[a-z]+|nvme\d+n\d+|mmcblk\d+)$/.test(name);
}
const TWO_TO_32 = 2 ** 32;
/**
 * How much a monotonic counter grew. A smaller value than before is either a wrap of a 32-bit
 * counter (32-bit kernels, some drivers) or a reset (interface re-created, device re-attached):
 * a wrap is assumed only when both readings fit 32 bits and the wrapped growth is plausible
 * (under 2^31); otherwise the counter restarted at 0 and its current value is the growth.
 */
function counterDelta(previous, current) {
    if (current >= previous)
        return current - previous;
    if (previous < TWO_TO_32) {
        const wrapped = TWO_TO_32 - previous + current;
        if (wrapped < 2 ** 31)
            return wrapped;
    }
    return current;
}
/**
 * Growth summed over the devices in both readings that `include` accepts. A device that
 * appears between readings adds nothing this time (its counters start from now); one that
 * vanished is simply not in the sum.
 */
function sumDeltas(previous, current, include, fields) {
    const sums = fields.map(() => 0);
    for (const [name, now] of current) {
        const before = previous.get(name);
        if (!before || !include(name))
            continue;
        fields.forEach((field, i) => {
            sums[i] += counterDelta(before[field], now[field]);
        });
    }
    return sums;
}
/** Clock ticks per second of `/proc` process times (USER_HZ): 100 on every Linux architecture. */
const USER_HZ = 100;
/** Seconds since boot from `/proc/uptime` (`12345.67 23456.78`). */
function parseUptime(text) {
    const seconds = Number(text.trim().split(/\s+/)[0]);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
/** proc(5) field numbers of `/proc/<pid>/stat`; `splitProcStat`'s `fields[0]` is field 3. */
const FIELD = { state: 3, ppid: 4, pgrp: 5, utime: 14, stime: 15, starttime: 22, rss: 24 };
/**
 * `/proc/<pid>/stat` split into its fields. `comm` is in parentheses and may itself hold spaces
 * and parentheses, so it runs to the last `)`; `fields[0]` is field 3 (state), so field N of
 * proc(5) is `fields[N - 3]`. The one place that knows this layout.
 */
function splitProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    return { pid: Number.parseInt(text, 10), comm: text.slice(open + 1, close), fields: text.slice(close + 1).trim().split(/\s+/) };
}
/** Every field runner-kit uses from `/proc/<pid>/stat`; undefined for text that is not one. */
function parsePidStat(text) {
    const split = splitProcStat(text);
    if (!split)
        return undefined;
    const field = (n) => Number(split.fields[n - 3]);
    const stat = {
        pid: split.pid,
        comm: split.comm,
        state: split.fields[0] ?? '',
        ppid: field(FIELD.ppid),
        pgrp: field(FIELD.pgrp),
        cpuTicks: field(FIELD.utime) + field(FIELD.stime),
        rssPages: field(FIELD.rss),
        startTicks: field(FIELD.starttime),
    };
    const numbers = [stat.ppid, stat.pgrp, stat.cpuTicks, stat.rssPages, stat.startTicks];
    return stat.state !== '' && Number.isSafeInteger(stat.pid) && numbers.every(Number.isFinite) ? stat : undefined;
}
/**
 * The 1-, 5- and 15-minute load averages from `/proc/loadavg` (`0.52 0.58 0.59 1/467 12345`).
 * Any run of whitespace separates the fields; throws on text that has no three numbers.
 */
function parseLoadavg(text) {
    const fields = text.trim().split(/\s+/).slice(0, 3).map(Number);
    if (fields.length < 3 || fields.some((value) => !Number.isFinite(value) || value < 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExternalError */ .yA(`Unexpected /proc/loadavg content: '${text.trim().slice(0, 80)}'.`);
    }
    return [fields[0], fields[1], fields[2]];
}
/**
 * Memory and swap from `/proc/meminfo`. Values there are KiB whatever the `kB` says.
 *
 * Kernels before 3.14 have no `MemAvailable`; there the estimate is `MemFree + Buffers + Cached`
 * (what `free` showed as "-/+ buffers/cache" free), capped at `MemTotal`. It overstates a little
 * because part of Cached (shmem, tmpfs) cannot be dropped, which is good enough for a health
 * score. Throws when `MemTotal` is missing: then the text is not meminfo at all.
 */
function parseMeminfo(text) {
    const kib = new Map();
    for (const line of text.split('\n')) {
        // `Key:   value kB`, `Key: value` (HugePages_*), tabs or odd spacing alike.
        const match = /^\s*([^:\s]+)\s*:\s*(\d+)(?:\s*kB)?\s*$/i.exec(line);
        if (match)
            kib.set(match[1], Number(match[2]));
    }
    const total = kib.get('MemTotal');
    if (total === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExternalError */ .yA('Unexpected /proc/meminfo content: no MemTotal line.');
    const available = kib.get('MemAvailable') ?? Math.min(total, (kib.get('MemFree') ?? 0) + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0));
    return {
        totalBytes: total * 1024,
        availableBytes: available * 1024,
        swapTotalBytes: (kib.get('SwapTotal') ?? 0) * 1024,
        swapFreeBytes: (kib.get('SwapFree') ?? 0) * 1024,
    };
}
/**
 * The text of a procfs or cgroup file, or undefined when it is gone or unreadable (processes
 * come and go, controllers may not be enabled, without procfs there is nothing to read).
 * Synchronous: these files live in memory and answer at once (see `countRunnerWorkers`).
 */
function readOptional(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}


/***/ })

};
