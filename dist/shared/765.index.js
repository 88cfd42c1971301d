export const id = 765;
export const ids = [765];
export const modules = {

/***/ 5727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aX: () => (/* binding */ removeRuntimeDir),
/* harmony export */   gi: () => (/* binding */ createRuntimeDir)
/* harmony export */ });
/* unused harmony export runtimeLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A marker proving a directory is a headless-env runtime dir, so post never removes anything else. */
const MARKER = '.runner-kit-headless-env';
/** sun_path holds 108 bytes with the terminating NUL. */
const MAX_SOCKET_PATH = 107;
const LONGEST_SOCKET = 'pulse/native';
/** The layout under `root` (pure). */
function runtimeLayout(root) {
    return {
        root,
        home: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'home'),
        config: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'config'),
        xdgRuntime: root,
        pulseSocket: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'pulse', 'native'),
        dbusSocket: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'bus'),
        xauthority: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'Xauthority'),
        logs: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'logs'),
    };
}
/**
 * Makes the runtime dir (mode 0700, as mkdtemp does) under `parent`, or under the system temp
 * dir when `parent` is so deep that a Unix socket path inside would not fit.
 */
function createRuntimeDir(parent) {
    const prefix = 'headless-env-';
    const fits = (dir) => Buffer.byteLength(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${prefix}XXXXXX`, LONGEST_SOCKET)) <= MAX_SOCKET_PATH;
    const base = fits(parent) ? parent : node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(base, { recursive: true });
    const layout = runtimeLayout((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, prefix)));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(layout.root, MARKER), `${process.pid}\n`, { mode: 0o600 });
        for (const dir of [layout.home, layout.config, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(layout.pulseSocket), layout.logs]) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: 0o700 });
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(layout.root, { recursive: true, force: true }); // half a runtime dir (a full disk) is nobody's
        throw error;
    }
    return layout;
}
/** Removes a runtime dir made by {@link createRuntimeDir}; refuses (false) anything without the marker. */
function removeRuntimeDir(root) {
    if (!node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(root) || !node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(root).startsWith('headless-env-') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, MARKER)))
        return false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(root, { recursive: true, force: true, maxRetries: 3 });
    return true;
}


/***/ }),

/***/ 9765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stopComponents: () => (/* binding */ stopComponents)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8600);
/* harmony import */ var _runtime_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5727);
/* harmony import */ var _video_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2414);
/* harmony import */ var _x11_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5851);





/**
 * Stops the recorded processes in reverse start order (each by its recorded pid/process group,
 * TERM → grace → KILL, with the start-time check against PID reuse), then removes the runtime
 * dir. Never looks for processes by name.
 */
async function stopComponents(state, logger) {
    const began = performance.now();
    const stopped = [];
    for (const entry of [...state.components].reverse()) {
        const started = performance.now();
        const outcome = entry.component === 'video' ? await (0,_video_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRecording */ .Ww)(entry.process, entry.graceMs) : await (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .stopProcess */ .g0)(entry.process, { graceMs: entry.graceMs });
        stopped.push({ component: entry.component, pid: entry.process.pid, outcome, ms: performance.now() - started });
        if (outcome === 'killed') {
            logger.info(`${entry.component} (pid ${entry.process.pid}) did not stop on ${entry.component === 'video' ? 'SIGINT, then SIGTERM' : 'SIGTERM'} within ${entry.graceMs} ms; killed.`);
            // Xvfb's, or those wlroots made for Xwayland (they name sway's pid).
            if ((entry.component === 'xvfb' || entry.component === 'sway') && state.display)
                removeStaleXvfbFiles(state.display, entry.process.pid);
        }
        if ((0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .isRunning */ .W_)(entry.process))
            logger.warning(`${entry.component} (pid ${entry.process.pid}) is still running after SIGKILL.`);
    }
    const runtimeDirRemoved = (0,_runtime_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .removeRuntimeDir */ .aX)(state.runtimeDir);
    if (!runtimeDirRemoved)
        logger.warning(`Did not remove ${state.runtimeDir}: it is not a headless-env runtime dir.`);
    return { stopped, runtimeDirRemoved, totalMs: performance.now() - began };
}
/**
 * A killed Xvfb cannot remove its lock file and socket; they are removed only when the lock
 * names our Xvfb's pid, so another server's files are never touched.
 */
function removeStaleXvfbFiles(display, pid) {
    const number = Number(display.replace(/^:/, ''));
    const lock = `/tmp/.X${number}-lock`;
    let owner;
    try {
        owner = Number.parseInt((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8').trim(), 10);
    }
    catch {
        return;
    }
    if (owner !== pid)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,_x11_js__WEBPACK_IMPORTED_MODULE_4__/* .displaySocket */ .ag)(number), { force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
}


/***/ }),

/***/ 5851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ probeX),
/* harmony export */   Ds: () => (/* binding */ newCookie),
/* harmony export */   ag: () => (/* binding */ displaySocket),
/* harmony export */   jd: () => (/* binding */ writeXauthority)
/* harmony export */ });
/* unused harmony exports encodeXauthority, connectionSetup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


const AUTH_NAME = 'MIT-MAGIC-COOKIE-1';
/** Xau's FamilyWild: the entry matches any host and, with an empty number, any display. */
const FAMILY_WILD = 0xffff;
/** A fresh MIT-MAGIC-COOKIE-1 secret. */
function newCookie() {
    return (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .randomBytes */ .po)(16);
}
/** One Xauthority entry (libXau's file format: big-endian lengths before each field). */
function encodeXauthority(cookie) {
    const field = (data) => {
        const length = Buffer.alloc(2);
        length.writeUInt16BE(data.length);
        return Buffer.concat([length, data]);
    };
    const family = Buffer.alloc(2);
    family.writeUInt16BE(FAMILY_WILD);
    return Buffer.concat([family, field(Buffer.alloc(0)), field(Buffer.alloc(0)), field(Buffer.from(AUTH_NAME)), field(cookie)]);
}
/**
 * Writes an Xauthority file (mode 0600) that both Xvfb (`-auth`) and clients (`XAUTHORITY`)
 * read: only processes that can read the private runtime dir can open the display.
 */
function writeXauthority(file, cookie) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, encodeXauthority(cookie), { mode: 0o600 });
}
/** The Unix socket of display `number`. */
function displaySocket(number) {
    return `/tmp/.X11-unix/X${number}`;
}
const pad4 = (n) => (4 - (n % 4)) % 4;
/** The X11 connection setup request (little-endian), carrying the cookie when given. */
function connectionSetup(cookie) {
    const name = cookie ? Buffer.from(AUTH_NAME) : Buffer.alloc(0);
    const data = cookie ?? Buffer.alloc(0);
    const head = Buffer.alloc(12);
    head.write('l', 0, 'latin1');
    head.writeUInt16LE(11, 2);
    head.writeUInt16LE(0, 4);
    head.writeUInt16LE(name.length, 6);
    head.writeUInt16LE(data.length, 8);
    return Buffer.concat([head, name, Buffer.alloc(pad4(name.length)), data, Buffer.alloc(pad4(data.length))]);
}
/**
 * Opens a real X connection to display `number` and reads the server's first reply byte:
 * 1 = success. Cheaper than spawning xdpyinfo, and proves the server accepts clients.
 */
function probeX(number, cookie, timeoutMs = 1000) {
    return new Promise((resolve) => {
        const socket = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeNet */ .SM)().createConnection({ path: displaySocket(number) });
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(result);
        };
        const timer = setTimeout(() => finish('unreachable'), timeoutMs);
        socket.once('connect', () => socket.write(connectionSetup(cookie)));
        socket.once('data', (chunk) => finish(chunk[0] === 1 ? 'accepted' : 'refused'));
        socket.once('error', () => finish('unreachable'));
        socket.once('close', () => finish('unreachable'));
    });
}


/***/ })

};
