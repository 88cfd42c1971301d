export const id = 410;
export const ids = [410];
export const modules = {

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

/***/ 6987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ openForChild),
/* harmony export */   FE: () => (/* binding */ runCommandBuffer),
/* harmony export */   S5: () => (/* binding */ closeAll),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   f_: () => (/* binding */ withLogTail)
/* harmony export */ });
/* unused harmony export logTail */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
async function runCommand(command, args, options) {
    const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
    return { ...result, stdout: result.stdout.toString() };
}
/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
function logTail(file, lines = 15) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').trimEnd();
        return text.split('\n').slice(-lines).join('\n');
    }
    catch {
        return '';
    }
}
/** `message`, followed by the tail of `logFile` when it has anything to say. */
function withLogTail(message, logFile) {
    const tail = logTail(logFile);
    return tail ? `${message}\nLast lines of ${logFile}:\n${tail}` : `${message} (${logFile} is empty)`;
}
/**
 * Opens a file for a child's stdio. The parent closes its copy right after spawning: the child
 * keeps its own descriptor, so nothing of the step holds the file open afterwards.
 */
function openForChild(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'a', 0o600);
}
/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
function closeAll(fds) {
    for (const fd of fds) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        catch {
            // already closed
        }
    }
}
/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
function runCommandBuffer(command, args, options) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
            resolve({ ok: error === null, stdout, stderr: stderr.toString() || (error ? error.message : '') });
        });
    });
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ defaultVideoPath),
/* harmony export */   PR: () => (/* binding */ defaultScreenshotPath),
/* harmony export */   e6: () => (/* binding */ readHeadlessConfig)
/* harmony export */ });
/* unused harmony exports WINDOW_MANAGERS, SESSIONS, AUDIO_CHOICES, MODES, RECORD_VIDEO_MODES, parseResolution, parseDisplayNumber */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8643);



const WINDOW_MANAGERS = ['auto', 'fluxbox', 'openbox', 'none'];
const SESSIONS = ['x11', 'wayland'];
const AUDIO_CHOICES = ['auto', 'pulseaudio', 'pipewire', 'none'];
const MODES = ['start', 'screenshot'];
const RECORD_VIDEO_MODES = ['false', 'on-failure', 'always'];
const DEPTHS = [8, 15, 16, 24, 30];
/** Parses `1920x1080x24` (depth optional, default 24). */
function parseResolution(text) {
    const match = /^(\d{1,5})x(\d{1,5})(?:x(\d{1,2}))?$/i.exec(text.trim());
    if (!match)
        return undefined;
    const [width, height, depth] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 24)];
    if (width < 1 || height < 1 || width > 16384 || height > 16384 || !DEPTHS.includes(depth))
        return undefined;
    return { width, height, depth };
}
/** Parses `:99`, `99` or `:99.0` into 99. */
function parseDisplayNumber(text) {
    const match = /^:?(\d{1,5})(?:\.0)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const number = Number(match[1]);
    return number <= 32767 ? number : undefined;
}
/** Reads and validates headless-env's inputs. */
function readHeadlessConfig(inputs, env = process.env) {
    const runner = (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .detectRunner */ .q)(env);
    const displayText = inputs.optional('display');
    const display = displayText === undefined ? undefined : parseDisplayNumber(displayText);
    if (displayText !== undefined && display === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'display' has the value '${displayText}'; expected a display such as :99 (0 to 32767), or empty to pick a free one.`);
    }
    const resolutionText = inputs.optional('resolution') ?? '1920x1080x24';
    const screen = parseResolution(resolutionText);
    if (!screen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'resolution' has the value '${resolutionText}'; expected WIDTHxHEIGHTxDEPTH such as 1920x1080x24 (sizes 1 to 16384, depth one of ${DEPTHS.join(', ')}).`);
    }
    const screenshotText = inputs.optional('screenshot-path');
    const dbus = inputs.boolean('dbus', true);
    const accessibility = inputs.boolean('accessibility', false);
    if (accessibility && !dbus) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'accessibility' is true but 'dbus' is false; the AT-SPI bus is found through the session bus: set 'dbus: true' (the default), or 'accessibility: false'.");
    }
    return {
        mode: inputs.enumeration('mode', MODES, 'start'),
        display,
        screen,
        session: inputs.enumeration('session', SESSIONS, 'x11'),
        windowManager: inputs.enumeration('window-manager', WINDOW_MANAGERS, 'auto'),
        dbus,
        audio: readAudio(inputs),
        accessibility,
        install: inputs.boolean('install', false),
        timeoutMs: inputs.integer('timeout-seconds', 30, { min: 1, max: 600 }) * 1000,
        screenshotOnFailure: inputs.boolean('screenshot-on-failure', true),
        recordVideo: inputs.enumeration('record-video', RECORD_VIDEO_MODES, 'false'),
        screenshotPath: screenshotText === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(runner.workspace, screenshotText),
        jobStatus: (inputs.optional('job-status') ?? '').toLowerCase(),
        runnerTemp: runner.temp,
        workspace: runner.workspace,
    };
}
/** `audio`: one of {@link AUDIO_CHOICES}, or the boolean it was before (true = auto, false = none). */
function readAudio(inputs) {
    const text = (inputs.optional('audio') ?? '').toLowerCase();
    if (text === 'true')
        return 'auto';
    if (text === 'false')
        return 'none';
    const found = AUDIO_CHOICES.find((choice) => choice === text);
    if (text === '' || found)
        return found ?? 'auto';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'audio' has the value '${inputs.optional('audio') ?? ''}'; expected one of ${AUDIO_CHOICES.join(', ')} (or true = auto, false = none).`);
}
/**
 * Where a screenshot goes when `screenshot-path` is empty: a fixed folder under RUNNER_TEMP,
 * one file per display and moment, so an upload step can take the whole folder.
 */
function defaultScreenshotPath(runnerTemp, display, label) {
    const number = display.replace(/^:/, '').replace(/\.0$/, '');
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runnerTemp, 'headless-env-screenshots', `display-${number}-${label}.png`);
}
/**
 * Where the screen recording goes: next to the screenshots (the folder of `screenshot-path`, or
 * the default screenshot folder), one file per display, so one upload takes both.
 */
function defaultVideoPath(runnerTemp, display, screenshotPath) {
    const number = display.replace(/^:/, '').replace(/\.0$/, '');
    const dir = screenshotPath === undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(defaultScreenshotPath(runnerTemp, display, 'video')) : node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(screenshotPath);
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `display-${number}-video.mp4`);
}


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IG: () => (/* binding */ publishHeadlessEnv),
  E$: () => (/* binding */ publishHeadlessEnvPost),
  BO: () => (/* binding */ readHeadlessEnvPostConfig),
  wT: () => (/* binding */ runHeadlessEnv),
  pj: () => (/* binding */ runHeadlessEnvPost)
});

// UNUSED EXPORTS: headlessEnvState, headlessEnvUses, onLinux, renderScreenshotSummary, renderStartSummary, renderStopSummary, screenshotUploadSteps

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/workflow-commands.ts
var workflow_commands = __webpack_require__(2007);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/runner.ts
var runner = __webpack_require__(8643);
// EXTERNAL MODULE: ./packages/core/src/state.ts
var state = __webpack_require__(6684);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(521);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/headless/config.ts
var headless_config = __webpack_require__(4595);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
;// CONCATENATED MODULE: ./packages/core/src/headless/packages.ts


/** The package that provides each binary headless-env runs, per package manager. */
const BINARY_PACKAGES = {
    Xvfb: { 'apt-get': 'xvfb', dnf: 'xorg-x11-server-Xvfb' },
    xprop: { 'apt-get': 'x11-utils', dnf: 'xprop' },
    xwd: { 'apt-get': 'x11-apps', dnf: 'xwd' },
    fluxbox: { 'apt-get': 'fluxbox', dnf: 'fluxbox' },
    openbox: { 'apt-get': 'openbox', dnf: 'openbox' },
    'dbus-daemon': { 'apt-get': 'dbus', dnf: 'dbus-daemon' },
    'dbus-send': { 'apt-get': 'dbus', dnf: 'dbus-tools' },
    pulseaudio: { 'apt-get': 'pulseaudio', dnf: 'pulseaudio' },
    pactl: { 'apt-get': 'pulseaudio-utils', dnf: 'pulseaudio-utils' },
    'at-spi-bus-launcher': { 'apt-get': 'at-spi2-core', dnf: 'at-spi2-core' },
    ffmpeg: { 'apt-get': 'ffmpeg', dnf: 'ffmpeg-free' },
    sway: { 'apt-get': 'sway', dnf: 'sway' },
    unshare: { 'apt-get': 'util-linux', dnf: 'util-linux-core' },
    Xwayland: { 'apt-get': 'xwayland', dnf: 'xorg-x11-server-Xwayland' },
    grim: { 'apt-get': 'grim', dnf: 'grim' },
    'wf-recorder': { 'apt-get': 'wf-recorder', dnf: 'wf-recorder' },
    // Fedora ships PipeWire as its sound server: these are there already on a desktop install.
    pipewire: { 'apt-get': 'pipewire', dnf: 'pipewire' },
    wireplumber: { 'apt-get': 'wireplumber', dnf: 'wireplumber' },
    'pipewire-pulse': { 'apt-get': 'pipewire-pulse', dnf: 'pipewire-pulseaudio' },
};
/** Programs installed outside PATH (libexec), and where distributions put them. */
const OFF_PATH = {
    'at-spi-bus-launcher': ['/usr/libexec', '/usr/lib/at-spi2-core', '/usr/libexec/at-spi2-core'],
};
/** Full path of `name` on `searchPath` (like `command -v`), or undefined. */
function findExecutable(name, searchPath = process.env['PATH'] ?? '') {
    for (const dir of searchPath.split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Like {@link findExecutable}, then where distributions install `name` off PATH (libexec). */
function findProgram(name, searchPath) {
    return findExecutable(name, searchPath) ?? findExecutable(name, (OFF_PATH[name] ?? []).join((external_node_path_default()).delimiter));
}
/** Picks the package manager from /etc/os-release text (`ID` and `ID_LIKE`). */
function detectPackageManager(osRelease) {
    const field = (name) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
    const ids = `${field('ID')} ${field('ID_LIKE')}`.toLowerCase().split(/\s+/);
    if (ids.some((id) => ['debian', 'ubuntu'].includes(id)))
        return 'apt-get';
    if (ids.some((id) => ['fedora', 'rhel', 'centos'].includes(id)))
        return 'dnf';
    return undefined;
}
/** /etc/os-release of this machine, or '' when absent. */
function readOsRelease(file = '/etc/os-release') {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** The packages providing `binaries` for `manager`, deduplicated, in a stable order. */
function packagesFor(binaries, manager) {
    const packages = binaries.map((binary) => BINARY_PACKAGES[binary]?.[manager] ?? binary);
    return [...new Set(packages)].sort();
}
/** Builds the install commands; `sudo -n` (never a password prompt in CI) when not root. */
function installPlan(binaries, manager, isRoot) {
    const packages = packagesFor(binaries, manager);
    const sudo = isRoot ? [] : ['sudo', '-n'];
    const commands = manager === 'apt-get'
        ? [
            [...sudo, 'apt-get', 'update'],
            [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', ...packages],
        ]
        : [[...sudo, 'dnf', 'install', '-y', ...packages]];
    return { manager, packages, commands, shell: commands.map((argv) => argv.join(' ')).join(' && ') };
}
/**
 * The message for binaries that are missing: which binary each component needs, the packages,
 * and the exact command for this machine's package manager (both when it is unknown).
 */
function missingBinariesMessage(missing, manager, isRoot) {
    const binaries = missing.map((m) => m.binary);
    const lines = [`headless-env needs programs that are not on PATH: ${missing.map((m) => `${m.binary} (${m.purpose})`).join(', ')}.`];
    const managers = manager ? [manager] : ['apt-get', 'dnf'];
    for (const each of managers) {
        const plan = installPlan(binaries, each, isRoot);
        lines.push(`${each === 'apt-get' ? 'Debian/Ubuntu' : 'Fedora'} packages: ${plan.packages.join(' ')}. Install them with: ${plan.shell}`);
    }
    lines.push("Or set 'install: true' to let headless-env install them.");
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/headless/commands.ts
var commands = __webpack_require__(6987);
;// CONCATENATED MODULE: ./packages/core/src/headless/xwd.ts
const HEADER_FIELDS = 25;
const Z_PIXMAP = 2;
const LSB_FIRST = 0;
/** X visual classes: StaticGray 0, GrayScale 1, StaticColor 2, PseudoColor 3, TrueColor 4, DirectColor 5. */
const TRUE_COLOR = 4;
const DIRECT_COLOR = 5;
const COLOR_SIZE = 12;
/** Reads the header; throws on anything that is not a version-7 ZPixmap dump. */
function parseXwdHeader(file) {
    if (file.length < HEADER_FIELDS * 4)
        throw new Error(`not an XWD file: ${file.length} bytes is shorter than its header`);
    const field = (i) => file.readUInt32BE(i * 4);
    const header = {
        headerSize: field(0),
        fileVersion: field(1),
        pixmapFormat: field(2),
        pixmapDepth: field(3),
        width: field(4),
        height: field(5),
        byteOrder: field(7),
        bitsPerPixel: field(11),
        bytesPerLine: field(12),
        visualClass: field(13),
        redMask: field(14),
        greenMask: field(15),
        blueMask: field(16),
        colormapEntries: field(18),
        ncolors: field(19),
    };
    if (header.fileVersion !== 7)
        throw new Error(`unsupported XWD file version ${header.fileVersion} (expected 7)`);
    if (header.pixmapFormat !== Z_PIXMAP)
        throw new Error(`unsupported XWD pixmap format ${header.pixmapFormat} (expected ZPixmap)`);
    if (![8, 16, 24, 32].includes(header.bitsPerPixel))
        throw new Error(`unsupported XWD bits per pixel ${header.bitsPerPixel}`);
    if (header.headerSize < HEADER_FIELDS * 4 || header.width === 0 || header.height === 0)
        throw new Error('malformed XWD header');
    if (header.bytesPerLine < Math.ceil((header.width * header.bitsPerPixel) / 8))
        throw new Error('malformed XWD header: bytes per line too small for the width');
    return header;
}
/** Scales a masked channel to 0–255 whatever its width (5, 6, 8 or 10 bits). */
function channel(pixel, mask) {
    if (mask === 0)
        return 0;
    const shift = 31 - Math.clz32(mask & -mask);
    const max = mask >>> shift;
    return Math.round((((pixel & mask) >>> shift) * 255) / max);
}
/**
 * Decodes an `xwd` dump into RGBA. Handles both byte orders, 8/16/24/32 bits per pixel, masks
 * of any layout (TrueColor/DirectColor) and colormapped visuals (a lookup in the file's colors).
 */
function decodeXwd(file) {
    const header = parseXwdHeader(file);
    const colorsStart = header.headerSize;
    const dataStart = colorsStart + header.ncolors * COLOR_SIZE;
    const needed = dataStart + header.bytesPerLine * header.height;
    if (file.length < needed)
        throw new Error(`truncated XWD file: ${file.length} bytes, expected ${needed}`);
    const bytes = header.bitsPerPixel / 8;
    const lsb = header.byteOrder === LSB_FIRST;
    const readPixel = (offset) => {
        let value = 0;
        for (let i = 0; i < bytes; i++) {
            const byte = file[offset + (lsb ? i : bytes - 1 - i)];
            value += byte * 2 ** (8 * i);
        }
        return value >>> 0;
    };
    const masked = header.visualClass === TRUE_COLOR || header.visualClass === DIRECT_COLOR;
    const colormap = new Map();
    if (!masked) {
        for (let i = 0; i < header.ncolors; i++) {
            const at = colorsStart + i * COLOR_SIZE;
            // XWDColor: pixel CARD32, red/green/blue CARD16, flags, pad.
            colormap.set(file.readUInt32BE(at), [file.readUInt16BE(at + 4) >> 8, file.readUInt16BE(at + 6) >> 8, file.readUInt16BE(at + 8) >> 8]);
        }
    }
    const data = Buffer.alloc(header.width * header.height * 4);
    if (masked && header.bitsPerPixel === 32 && header.redMask === 0xff0000 && header.greenMask === 0xff00 && header.blueMask === 0xff) {
        copyRgb32(file, dataStart, header, lsb, data);
        return { width: header.width, height: header.height, data };
    }
    for (let y = 0; y < header.height; y++) {
        const row = dataStart + y * header.bytesPerLine;
        for (let x = 0; x < header.width; x++) {
            const pixel = readPixel(row + x * bytes);
            const out = (y * header.width + x) * 4;
            const [r, g, b] = masked ? [channel(pixel, header.redMask), channel(pixel, header.greenMask), channel(pixel, header.blueMask)] : (colormap.get(pixel) ?? [0, 0, 0]);
            data[out] = r;
            data[out + 1] = g;
            data[out + 2] = b;
            data[out + 3] = 255;
        }
    }
    return { width: header.width, height: header.height, data };
}
/** The common case (Xvfb depth 24: 32 bits per pixel, 8-bit channels) without per-pixel masking. */
function copyRgb32(file, dataStart, header, lsb, data) {
    const [r, g, b] = lsb ? [2, 1, 0] : [1, 2, 3];
    for (let y = 0; y < header.height; y++) {
        let from = dataStart + y * header.bytesPerLine;
        let to = y * header.width * 4;
        for (let x = 0; x < header.width; x++, from += 4, to += 4) {
            data[to] = file[from + r];
            data[to + 1] = file[from + g];
            data[to + 2] = file[from + b];
            data[to + 3] = 255;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/headless/screenshot.ts








/** Encodes RGBA as PNG. The encoder is loaded here: most steps never take a screenshot. */
async function encodePng(image) {
    const { PNG } = await __webpack_require__.e(/* import() */ 359).then(__webpack_require__.t.bind(__webpack_require__, 359, 19));
    const png = new PNG({ width: image.width, height: image.height });
    image.data.copy(png.data);
    return PNG.sync.write(png);
}
/**
 * Saves a PNG of the whole screen of `display` (`xwd -root`, decoded here: no ImageMagick
 * needed). `env` must carry XAUTHORITY when the display has a cookie.
 * @throws ConfigurationError without xwd, with the command that installs it.
 * @throws ExternalError when the file cannot be written (a full disk, a read-only directory), naming it.
 */
async function captureScreenshot(display, file, env, timeoutMs = 15_000) {
    if (!findExecutable('xwd', env['PATH'])) {
        throw new errors/* ConfigurationError */.j1(missingBinariesMessage([{ binary: 'xwd', purpose: 'screenshot' }], detectPackageManager(readOsRelease()), process.getuid?.() === 0));
    }
    const dump = await (0,commands/* runCommandBuffer */.FE)('xwd', ['-root', '-silent', '-display', display], { env, timeoutMs });
    if (!dump.ok)
        throw new errors/* ExternalError */.yA(`xwd -root -display ${display} failed: ${dump.stderr.trim() || 'no output'}`);
    const image = decodeXwd(dump.stdout);
    const png = await encodePng(image);
    await (0,system_errors/* withSystemErrors */.L)({ doing: `saving a screenshot of ${display} (${(0,units/* formatBytes */.z3)(png.length)})`, path: file, remedy: "set 'screenshot-path' to a writable place with room" }, async () => {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, png);
    });
    return { path: file, width: image.width, height: image.height, bytes: png.length };
}
/** Width and height from a PNG's IHDR chunk (pure), or undefined when `data` is no PNG. */
function pngSize(data) {
    const signature = '89504e470d0a1a0a';
    if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.subarray(12, 16).toString('latin1') !== 'IHDR')
        return undefined;
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
/**
 * Saves a PNG of the Wayland session's output with `grim` (the compositor's screencopy), so
 * native Wayland windows are in it too. `env` must carry XDG_RUNTIME_DIR and WAYLAND_DISPLAY.
 * @throws ConfigurationError without grim, with the command that installs it.
 * @throws ExternalError when grim fails or the file cannot be written, naming it.
 */
async function captureWaylandScreenshot(file, env, timeoutMs = 15_000) {
    if (!findExecutable('grim', env['PATH'])) {
        throw new errors/* ConfigurationError */.j1(missingBinariesMessage([{ binary: 'grim', purpose: 'screenshot' }], detectPackageManager(readOsRelease()), process.getuid?.() === 0));
    }
    // grim writes PNG to stdout ('-'): the file is written here, with the same errors as an X screenshot.
    const shot = await (0,commands/* runCommandBuffer */.FE)('grim', ['-t', 'png', '-l', '1', '-'], { env, timeoutMs });
    const size = shot.ok ? pngSize(shot.stdout) : undefined;
    if (!size)
        throw new errors/* ExternalError */.yA(`grim (on ${env['WAYLAND_DISPLAY'] ?? 'no WAYLAND_DISPLAY'}) failed: ${shot.stderr.trim() || 'no PNG on its output'}`);
    await (0,system_errors/* withSystemErrors */.L)({ doing: `saving a screenshot of ${env['WAYLAND_DISPLAY'] ?? 'the Wayland session'} (${(0,units/* formatBytes */.z3)(shot.stdout.length)})`, path: file, remedy: "set 'screenshot-path' to a writable place with room" }, async () => {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, shot.stdout);
    });
    return { path: file, ...size, bytes: shot.stdout.length };
}

// EXTERNAL MODULE: ./packages/core/src/polling.ts
var polling = __webpack_require__(1866);
// EXTERNAL MODULE: ./packages/core/src/processes.ts
var processes = __webpack_require__(8600);
;// CONCATENATED MODULE: ./packages/core/src/headless/launch.ts


/**
 * Starts a stack program detached with stdout/stderr appended to `log` and, when `announceFile`
 * is given, fd 3 writing to that file (Xvfb's -displayfd, dbus-daemon's --print-address): a
 * file, not a pipe, so there is nothing to drain, no SIGPIPE later and nothing that keeps the
 * step process alive. The parent's copies of the descriptors are closed at once; `track` hears
 * of the process before anything can fail, so it is always stopped.
 */
async function launch(command, args, options) {
    const logFd = (0,commands/* openForChild */.EW)(options.log);
    const announceFd = options.announceFile === undefined ? undefined : (0,commands/* openForChild */.EW)(options.announceFile);
    try {
        const started = await (0,processes/* startDetached */.tG)(command, args, {
            env: options.env,
            stdio: announceFd === undefined ? ['ignore', logFd, logFd] : ['ignore', logFd, logFd, announceFd],
            ...(options.cwd ? { cwd: options.cwd } : {}),
        });
        options.track(started);
        return started;
    }
    finally {
        (0,commands/* closeAll */.S5)(announceFd === undefined ? [logFd] : [logFd, announceFd]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/headless/accessibility.ts








/** The AT-SPI bus launcher: owns `org.a11y.Bus` on the session bus and runs the accessibility bus. */
const AT_SPI_LAUNCHER = 'at-spi-bus-launcher';
/**
 * The launcher's argv (pure): the accessibility bus now rather than on the first request, and
 * `org.a11y.Status.IsEnabled` true from the start, so toolkits build their accessibility tree.
 */
const AT_SPI_LAUNCHER_ARGS = ['--launch-immediately', '--a11y=1'];
/** The value of the first `boolean` in `dbus-send --print-reply` output. */
function parseDbusBoolean(output) {
    const match = /\bboolean (true|false)\b/.exec(output);
    return match ? match[1] === 'true' : undefined;
}
/** The first `string "…"` in `dbus-send --print-reply` output. */
function parseDbusString(output) {
    return /\bstring "([^"]*)"/.exec(output)?.[1];
}
const sessionCall = (dest, objectPath, member, ...args) => ['--session', '--print-reply', `--dest=${dest}`, objectPath, member, ...args];
/** Asks the bus itself, which never activates the service (a call to org.a11y.Bus would start a second launcher). */
const HAS_OWNER = sessionCall('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.a11y.Bus');
const IS_ENABLED = sessionCall('org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.Status', 'string:IsEnabled');
const GET_ADDRESS = sessionCall('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress');
/** The registry call that verifies the accessibility bus (it activates at-spi2-registryd there). */
const registryCall = (busAddress) => [`--bus=${busAddress}`, '--print-reply', '--dest=org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.atspi.Accessible', 'string:Name'];
/**
 * Starts the AT-SPI bus launcher on the job's session bus (detached: its accessibility bus and
 * the registry it activates stay in its process group, so post stops all three) and verifies it:
 * `org.a11y.Bus` owned, `IsEnabled` true, and the registry on the accessibility bus answering.
 * `env` needs DBUS_SESSION_BUS_ADDRESS, and DISPLAY so the launcher also sets `AT_SPI_BUS` on
 * the root window, where X clients without the session bus look.
 */
async function startAccessibility(options) {
    const { env, deadline } = options;
    const launcher = findProgram(AT_SPI_LAUNCHER, env['PATH']) ?? AT_SPI_LAUNCHER;
    const log = external_node_path_default().join(options.layout.logs, 'at-spi-bus-launcher.log');
    const started = await launch(launcher, AT_SPI_LAUNCHER_ARGS, { env, log, cwd: options.layout.home, track: options.track });
    const call = async (args) => (0,commands/* runCommand */.d1)('dbus-send', args, { env, timeoutMs: Math.min(2000, (0,polling/* remaining */.T)(deadline) + 50) });
    const fail = (message, died) => new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(died ? `${AT_SPI_LAUNCHER} exited during start-up (pid ${started.pid}).` : message, log));
    const alive = { deadline, intervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) };
    const owned = await (0,polling/* pollUntil */.g)(async () => (parseDbusBoolean((await call(HAS_OWNER)).stdout) ? true : undefined), alive);
    if (!owned.value)
        throw fail(`${AT_SPI_LAUNCHER} did not take org.a11y.Bus on the session bus within timeout-seconds.`, owned.died);
    const enabled = parseDbusBoolean((await call(IS_ENABLED)).stdout);
    if (enabled !== true)
        throw fail(`org.a11y.Status.IsEnabled is ${enabled === undefined ? 'unreadable' : 'false'} although ${AT_SPI_LAUNCHER} was started with --a11y=1.`);
    const busAddress = parseDbusString((await call(GET_ADDRESS)).stdout);
    if (!busAddress)
        throw fail('org.a11y.Bus.GetAddress did not return the accessibility bus address.');
    let lastError = '';
    const named = await (0,polling/* pollUntil */.g)(async () => {
        const result = await call(registryCall(busAddress));
        lastError = result.stderr.trim();
        return result.ok ? parseDbusString(result.stdout) : undefined;
    }, alive);
    if (named.value === undefined)
        throw fail(`The AT-SPI registry on ${busAddress} did not answer${lastError ? `: ${lastError}` : ''}.`, named.died);
    return { process: started, busAddress, registryName: named.value, log };
}
/** Where GTK 2 keeps its modules: the only toolkit that needs GTK_MODULES to load the AT-SPI bridge. */
function gtk2ModuleDirs(libRoot = '/usr/lib') {
    let multiarch = [];
    try {
        multiarch = (0,external_node_fs_.readdirSync)(libRoot).map((name) => external_node_path_default().join(libRoot, name, 'gtk-2.0', 'modules'));
    }
    catch {
        // no /usr/lib: no GTK 2
    }
    return [external_node_path_default().join(libRoot, 'gtk-2.0', 'modules'), `${libRoot}64/gtk-2.0/modules`, ...multiarch];
}
/**
 * The variables that turn toolkit accessibility on in later steps (pure but for `env`): Qt's
 * (which otherwise asks the bus), GNOME's, the bus address (libatspi reads it before anything
 * else), GTK 2's modules only where its bridge is installed (GTK 3 and 4 load it themselves;
 * naming a missing module makes every GTK app warn), and `NO_AT_BRIDGE=0` when the job had
 * it set: an inherited variable cannot be removed, and the bridge loads when it is 0.
 */
function accessibilityVariables(busAddress, env, gtk2Dirs = gtk2ModuleDirs()) {
    const variables = { AT_SPI_BUS_ADDRESS: busAddress, QT_LINUX_ACCESSIBILITY_ALWAYS_ON: '1', QT_ACCESSIBILITY: '1', GNOME_ACCESSIBILITY: '1' };
    const has = (module) => gtk2Dirs.some((dir) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, `lib${module}.so`)));
    if (has('atk-bridge')) {
        const modules = (env['GTK_MODULES'] ?? '').split(':').filter(Boolean);
        for (const module of ['gail', 'atk-bridge'])
            if (!modules.includes(module) && has(module))
                modules.push(module);
        variables['GTK_MODULES'] = modules.join(':');
    }
    if (env['NO_AT_BRIDGE'] !== undefined && env['NO_AT_BRIDGE'] !== '0')
        variables['NO_AT_BRIDGE'] = '0';
    return variables;
}

;// CONCATENATED MODULE: ./packages/core/src/headless/dbus.ts







/**
 * dbus-daemon's argv (pure). `--nofork` started detached keeps the daemon's own pid and process
 * group, so post stops exactly it; the address on fd 3 is written once it listens.
 */
function dbusArgs(socket) {
    return ['--session', '--nofork', '--nopidfile', `--address=unix:path=${socket}`, '--print-address=3'];
}
/** The names in `dbus-send --print-reply … ListNames` output. */
function parseListNames(output) {
    return [...output.matchAll(/string "([^"]+)"/g)].map((m) => m[1]);
}
/** The ListNames call headless-env verifies the bus with (and the README shows). */
const LIST_NAMES_ARGS = ['--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'];
/** Starts a session bus on a socket in the runtime dir and verifies it with a ListNames call. */
async function startDbus(options) {
    const log = external_node_path_default().join(options.layout.logs, 'dbus-daemon.log');
    const addressFile = external_node_path_default().join(options.layout.root, 'dbus.address');
    const started = await launch('dbus-daemon', dbusArgs(options.layout.dbusSocket), { env: options.env, log, announceFile: addressFile, track: options.track });
    const announced = await (0,polling/* pollUntil */.g)(() => {
        const line = (0,external_node_fs_.readFileSync)(addressFile, 'utf8');
        return line.endsWith('\n') ? line.trim() : undefined;
    }, { deadline: options.deadline, intervalMs: 10, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (!announced.value) {
        throw new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(announced.died ? `dbus-daemon exited during start-up (pid ${started.pid}).` : 'dbus-daemon did not print its address within timeout-seconds.', log));
    }
    const address = announced.value;
    const env = { ...options.env, DBUS_SESSION_BUS_ADDRESS: address };
    let lastError = '';
    const listed = await (0,polling/* pollUntil */.g)(async () => {
        const result = await (0,commands/* runCommand */.d1)('dbus-send', LIST_NAMES_ARGS, { env, timeoutMs: Math.min(2000, (0,polling/* remaining */.T)(options.deadline) + 50) });
        lastError = result.stderr.trim();
        const names = result.ok ? parseListNames(result.stdout) : [];
        return names.includes('org.freedesktop.DBus') ? names : undefined;
    }, { deadline: options.deadline, intervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (!listed.value)
        throw new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(`The session bus at ${address} did not answer ListNames${lastError ? `: ${lastError}` : ''}.`, log));
    return { process: started, address, names: listed.value, log };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/headless/install.ts




/** Every program the configuration needs (pure): `wm` and `audio` as resolved from the inputs. */
function requirements(config, wm, audio) {
    if (config.mode === 'screenshot')
        return [{ binary: 'xwd', purpose: 'screenshot' }];
    const wayland = config.session === 'wayland';
    const display = wayland
        ? [
            { binary: 'sway', purpose: 'Wayland compositor' },
            ...(isRoot() ? [{ binary: 'unshare', purpose: 'running sway as root' }] : []),
            { binary: 'Xwayland', purpose: 'X11 clients (DISPLAY) in the Wayland session', optional: true },
        ]
        : [{ binary: 'Xvfb', purpose: 'display' }, ...(wm ? [{ binary: wm, purpose: 'window manager' }, { binary: 'xprop', purpose: 'window manager check' }] : [])];
    const sound = audio === 'pipewire'
        ? [{ binary: 'pipewire', purpose: 'audio' }, { binary: 'wireplumber', purpose: 'audio session manager' }, { binary: 'pipewire-pulse', purpose: 'PulseAudio clients' }, { binary: 'pactl', purpose: 'audio check' }]
        : audio === 'pulseaudio'
            ? [{ binary: 'pulseaudio', purpose: 'audio' }, { binary: 'pactl', purpose: 'audio check' }]
            : [];
    return [
        ...display,
        ...(config.dbus ? [{ binary: 'dbus-daemon', purpose: 'D-Bus' }, { binary: 'dbus-send', purpose: 'D-Bus check' }] : []),
        ...sound,
        ...(config.accessibility ? [{ binary: AT_SPI_LAUNCHER, purpose: 'accessibility' }] : []),
        ...(config.recordVideo !== 'false' ? [{ binary: wayland ? 'wf-recorder' : 'ffmpeg', purpose: 'record-video' }] : []),
        ...(config.screenshotOnFailure ? [{ binary: wayland ? 'grim' : 'xwd', purpose: 'screenshot-on-failure', optional: true, input: 'screenshot-on-failure' }] : []),
    ];
}
/** The requirements not found on `searchPath`. */
function missingRequirements(needed, searchPath) {
    return needed.filter((r) => !findProgram(r.binary, searchPath));
}
const isRoot = () => process.getuid?.() === 0;
/**
 * Makes sure every needed program is there: with `install`, installs the missing ones with the
 * machine's package manager (sudo when not root); otherwise fails with the packages and the
 * exact command. A missing optional program fails nothing: it gets a warning with the command
 * that installs it (and is installed too with `install`). Returns the packages installed.
 */
async function ensureRequirements(needed, install, logger) {
    const missing = missingRequirements(needed);
    if (missing.length === 0)
        return [];
    const manager = detectPackageManager(readOsRelease());
    const required = missing.filter((m) => !m.optional);
    const canInstall = install && manager !== undefined && (isRoot() || findExecutable('sudo') !== undefined);
    if (required.length && !canInstall) {
        // Failing anyway: one command for everything missing, the optional programs too.
        const message = missingBinariesMessage(missing, manager, isRoot());
        if (!install)
            throw new errors/* ConfigurationError */.j1(message);
        throw new errors/* ConfigurationError */.j1(manager ? `${message}\n(install: true needs root or sudo; neither is available.)` : `${message}\n(install: true works on Debian/Ubuntu (apt-get) and Fedora (dnf); this machine is neither.)`);
    }
    let packages = [];
    if (canInstall) {
        const plan = installPlan(missing.map((m) => m.binary), manager, isRoot());
        logger.info(`Installing ${plan.packages.join(' ')}: ${plan.shell}`);
        for (const argv of plan.commands)
            await runInherited(argv, plan);
        const still = missingRequirements(needed).filter((m) => !m.optional);
        if (still.length)
            throw new errors/* ExternalError */.yA(`After '${plan.shell}' these are still missing: ${still.map((r) => r.binary).join(', ')}.`);
        packages = plan.packages;
    }
    const skipped = missingRequirements(missing.filter((m) => m.optional));
    if (skipped.length)
        logger.warning(optionalMissingMessage(skipped, manager));
    return packages;
}
/** The warning for optional programs that are missing: what is skipped, and how to get it back. */
function optionalMissingMessage(missing, manager) {
    const what = missing.map((m) => `${m.binary} is not on PATH, so there will be no ${m.purpose}`).join('; ');
    const managers = manager ? [manager] : ['apt-get', 'dnf'];
    const how = managers.map((each) => installPlan(missing.map((m) => m.binary), each, isRoot()).shell).join(', or ');
    const inputs = missing.flatMap((m) => (m.input ? [`'${m.input}: false'`] : []));
    const skip = inputs.length ? `, or set ${inputs.join(', ')} to skip it without this warning` : '';
    return `headless-env: ${what}. Install it with: ${how} (or set 'install: true')${skip}.`;
}
function runInherited(argv, plan) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
        child.once('error', (error) => reject(new errors/* ExternalError */.yA(`Could not run '${argv.join(' ')}': ${error.message}`)));
        child.once('close', (code) => (code === 0 ? resolve() : reject(new errors/* ExternalError */.yA(`'${argv.join(' ')}' exited with ${code} while installing ${plan.packages.join(' ')}.`))));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/headless/audio.ts

/**
 * `auto` → PipeWire where it is installed and PulseAudio is not (Fedora's default), else
 * PulseAudio (also when neither is, for the install hint); `none` → undefined.
 */
function resolveAudio(choice, searchPath) {
    if (choice === 'none')
        return undefined;
    if (choice !== 'auto')
        return choice;
    if (findExecutable('pulseaudio', searchPath))
        return 'pulseaudio';
    return findExecutable('pipewire', searchPath) && findExecutable('pipewire-pulse', searchPath) ? 'pipewire' : 'pulseaudio';
}

;// CONCATENATED MODULE: ./packages/core/src/headless/pulseaudio.ts







const SINK_NAME = 'headless_sink';
const SOURCE_NAME = 'headless_source';
/** Where the keep-alive loopback plays the sink's monitor to: a second null sink, so nothing feeds back. */
const KEEPALIVE_SINK_NAME = 'headless_keepalive';
const quote = (value) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
/**
 * The startup script (`-F`): only what is asked for, since `-n` skips the system default.pa.
 * The socket sits in the 0700 runtime dir, so anonymous auth admits only this user; the
 * virtual microphone remaps the null sink's monitor, so whatever plays can be recorded.
 *
 * A real microphone delivers silence all the time; an idle null sink renders ~2 s blocks, so a
 * recorder opened on it got its first data only after up to 2 s. A 20 ms loopback from the
 * monitor (into a second null sink) keeps the sink rendering in short blocks for good, and the
 * suspend/resume drops the long block already under way; neither alone is enough. The script runs
 * before the server serves any client, so this holds from the first `pactl info`.
 */
function pulseScript(socket) {
    return [
        `load-module module-native-protocol-unix socket=${quote(socket)} auth-anonymous=1`,
        `load-module module-null-sink sink_name=${SINK_NAME} sink_properties=device.description=headless-env-sink`,
        `load-module module-remap-source source_name=${SOURCE_NAME} master=${SINK_NAME}.monitor source_properties=device.description=headless-env-source`,
        `load-module module-null-sink sink_name=${KEEPALIVE_SINK_NAME} sink_properties=device.description=headless-env-keepalive`,
        `load-module module-loopback source=${SINK_NAME}.monitor sink=${KEEPALIVE_SINK_NAME} latency_msec=20 source_dont_move=true sink_dont_move=true`,
        `suspend-sink ${SINK_NAME} 1`,
        `suspend-sink ${SINK_NAME} 0`,
        `set-default-sink ${SINK_NAME}`,
        `set-default-source ${SOURCE_NAME}`,
        '',
    ].join('\n');
}
/**
 * pulseaudio's argv (pure): per-user mode (never `--system`), in the foreground so the recorded
 * pid is the daemon's own, never exiting on idle, no pid file in anyone's home.
 */
function pulseArgs(script) {
    return ['-n', '--daemonize=no', '--system=no', '--exit-idle-time=-1', '--disallow-exit=yes', '--use-pid-file=no', '--realtime=no', '--high-priority=no', '--log-target=stderr', '-F', script];
}
/** `Key: value` lines of `pactl info`. */
function parsePactlInfo(output) {
    const info = {};
    for (const line of output.split('\n')) {
        const match = /^([^:]+):\s*(.*)$/.exec(line.trim());
        if (match)
            info[match[1]] = match[2];
    }
    return info;
}
/**
 * Starts PulseAudio with HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR inside the runtime dir (works
 * as root too: it warns, but runs in user mode) and verifies it with `pactl info`.
 */
async function startPulseAudio(options) {
    const { layout } = options;
    const script = external_node_path_default().join(external_node_path_default().dirname(layout.pulseSocket), 'headless-env.pa');
    (0,external_node_fs_.writeFileSync)(script, pulseScript(layout.pulseSocket), { mode: 0o600 });
    const log = external_node_path_default().join(layout.logs, 'pulseaudio.log');
    const started = await launch('pulseaudio', pulseArgs(script), { env: options.env, log, cwd: layout.home, track: options.track });
    const server = `unix:${layout.pulseSocket}`;
    const answered = await waitForPactl({ ...options.env, PULSE_SERVER: server }, layout.pulseSocket, options.deadline, started, (info) => info['Default Sink'] === SINK_NAME && info['Default Source'] === SOURCE_NAME);
    if (!answered.value) {
        throw new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(answered.died ? `pulseaudio exited during start-up (pid ${started.pid}).` : `pulseaudio did not answer 'pactl info' with ${SINK_NAME} and ${SOURCE_NAME} as defaults within timeout-seconds.`, log));
    }
    return { process: started, server, info: answered.value, log };
}
/**
 * Polls `pactl info` (once `socket` exists) until its answer satisfies `accept`, while `started`
 * lives: how both PulseAudio and pipewire-pulse are verified.
 */
async function waitForPactl(env, socket, deadline, started, accept) {
    return (0,polling/* pollUntil */.g)(async () => {
        if (!(0,external_node_fs_.existsSync)(socket))
            return undefined;
        const result = await (0,commands/* runCommand */.d1)('pactl', ['info'], { env, timeoutMs: Math.min(2000, (0,polling/* remaining */.T)(deadline) + 50) });
        const info = result.ok ? parsePactlInfo(result.stdout) : undefined;
        return info && accept(info) ? info : undefined;
    }, { deadline, intervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
}

;// CONCATENATED MODULE: ./packages/core/src/headless/pipewire.ts








/** The three PipeWire daemons, in start order. */
const PIPEWIRE_PARTS = (/* unused pure expression or super */ null && (['pipewire', 'wireplumber', 'pipewire-pulse']));
/**
 * The pactl commands that make the null sink and the virtual microphone (its monitor, remapped
 * to a real source, as PulseAudio's script does) and set them as defaults (pure).
 */
function pipewireSetup() {
    return {
        modules: [
            ['load-module', 'module-null-sink', `sink_name=${SINK_NAME}`, 'sink_properties=device.description=headless-env-sink'],
            ['load-module', 'module-remap-source', `source_name=${SOURCE_NAME}`, `master=${SINK_NAME}.monitor`, 'source_properties=device.description=headless-env-source'],
        ],
        defaults: [
            ['set-default-sink', SINK_NAME],
            ['set-default-source', SOURCE_NAME],
        ],
    };
}
/**
 * PipeWire's environment: its socket in the private runtime dir (XDG_RUNTIME_DIR), nothing of a
 * PipeWire or PulseAudio the job might already point at.
 */
function pipewireEnv(env) {
    const result = { ...env };
    for (const name of ['PIPEWIRE_RUNTIME_DIR', 'PIPEWIRE_REMOTE', 'PULSE_RUNTIME_PATH', 'PULSE_SERVER'])
        delete result[name];
    return result;
}
/**
 * Starts pipewire, then wireplumber and pipewire-pulse (each detached, its own process group,
 * reported to `track` as it starts), with the runtime dir, HOME and config of the job and its
 * session bus in `env`; makes the sink and virtual microphone with pactl and verifies them as
 * defaults with `pactl info`.
 */
async function startPipewire(options) {
    const { layout, deadline } = options;
    const env = pipewireEnv(options.env);
    const parts = [];
    const start = async (component) => {
        const log = external_node_path_default().join(layout.logs, `${component}.log`);
        const process = await launch(component, [], { env, log, cwd: layout.home, track: (started) => options.track(component, started) });
        parts.push({ component, process, log });
        return { process, log };
    };
    const fail = (part, message, died) => new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(died ? `${external_node_path_default().basename(part.log, '.log')} exited during start-up (pid ${part.process.pid}).` : message, part.log));
    const daemon = await start('pipewire');
    const socket = external_node_path_default().join(layout.xdgRuntime, 'pipewire-0');
    const listening = await (0,polling/* pollUntil */.g)(() => ((0,external_node_fs_.existsSync)(socket) ? true : undefined), { deadline, intervalMs: 10, stillAlive: () => (0,processes/* isRunning */.W_)(daemon.process) });
    if (!listening.value)
        throw fail(daemon, `pipewire did not create ${socket} within timeout-seconds.`, listening.died);
    const manager = await start('wireplumber');
    const pulse = await start('pipewire-pulse');
    const server = `unix:${layout.pulseSocket}`;
    const pulseEnv = { ...env, PULSE_SERVER: server };
    const pactl = (args) => (0,commands/* runCommand */.d1)('pactl', args, { env: pulseEnv, timeoutMs: Math.min(2000, (0,polling/* remaining */.T)(deadline) + 50) });
    const answered = await waitForPactl(pulseEnv, layout.pulseSocket, deadline, pulse.process, () => true);
    if (!answered.value)
        throw fail(pulse, "pipewire-pulse did not answer 'pactl info' within timeout-seconds.", answered.died);
    const setup = pipewireSetup();
    for (const args of setup.modules) {
        const result = await pactl(args);
        if (!result.ok)
            throw fail(pulse, `pactl ${args.join(' ')} failed: ${result.stderr.trim()}`);
    }
    // The defaults live in wireplumber's metadata: set them until it is there to keep them.
    const defaults = await (0,polling/* pollUntil */.g)(async () => {
        for (const args of setup.defaults)
            await pactl(args);
        const result = await pactl(['info']);
        const info = result.ok ? parsePactlInfo(result.stdout) : undefined;
        return info?.['Default Sink'] === SINK_NAME && info['Default Source'] === SOURCE_NAME ? info : undefined;
    }, { deadline, intervalMs: 20, stillAlive: () => [daemon, manager, pulse].every((part) => (0,processes/* isRunning */.W_)(part.process)) });
    if (!defaults.value) {
        const dead = [daemon, manager, pulse].find((part) => !(0,processes/* isRunning */.W_)(part.process));
        throw fail(dead ?? manager, `PipeWire did not take ${SINK_NAME} and ${SOURCE_NAME} as defaults within timeout-seconds (wireplumber keeps them).`, dead !== undefined);
    }
    return { parts, server, info: defaults.value };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/core/src/headless/runtime-dir.ts



/** A marker proving a directory is a headless-env runtime dir, so post never removes anything else. */
const MARKER = '.runner-kit-headless-env';
/** sun_path holds 108 bytes with the terminating NUL. */
const MAX_SOCKET_PATH = 107;
const LONGEST_SOCKET = 'pulse/native';
/** The layout under `root` (pure). */
function runtimeLayout(root) {
    return {
        root,
        home: external_node_path_default().join(root, 'home'),
        config: external_node_path_default().join(root, 'config'),
        xdgRuntime: root,
        pulseSocket: external_node_path_default().join(root, 'pulse', 'native'),
        dbusSocket: external_node_path_default().join(root, 'bus'),
        xauthority: external_node_path_default().join(root, 'Xauthority'),
        logs: external_node_path_default().join(root, 'logs'),
    };
}
/**
 * Makes the runtime dir (mode 0700, as mkdtemp does) under `parent`, or under the system temp
 * dir when `parent` is so deep that a Unix socket path inside would not fit.
 */
function createRuntimeDir(parent) {
    const prefix = 'headless-env-';
    const fits = (dir) => Buffer.byteLength(external_node_path_default().join(dir, `${prefix}XXXXXX`, LONGEST_SOCKET)) <= MAX_SOCKET_PATH;
    const base = fits(parent) ? parent : external_node_os_default().tmpdir();
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    const layout = runtimeLayout((0,external_node_fs_.mkdtempSync)(external_node_path_default().join(base, prefix)));
    try {
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(layout.root, MARKER), `${process.pid}\n`, { mode: 0o600 });
        for (const dir of [layout.home, layout.config, external_node_path_default().dirname(layout.pulseSocket), layout.logs]) {
            (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
        }
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(layout.root, { recursive: true, force: true }); // half a runtime dir (a full disk) is nobody's
        throw error;
    }
    return layout;
}
/** Removes a runtime dir made by {@link createRuntimeDir}; refuses (false) anything without the marker. */
function removeRuntimeDir(root) {
    if (!external_node_path_default().isAbsolute(root) || !external_node_path_default().basename(root).startsWith('headless-env-') || !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, MARKER)))
        return false;
    (0,external_node_fs_.rmSync)(root, { recursive: true, force: true, maxRetries: 3 });
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/headless/video.ts









/** Frames per second of the screen recording: enough to follow a GUI test, a few % of a core. */
const VIDEO_FPS = 5;
/**
 * ffmpeg's argv (pure). x11grab at a fixed rate without the pointer, x264 ultrafast, yuv420p (what
 * every player decodes), so even sizes. The MP4 is fragmented (an empty moov up front, a fragment
 * per keyframe every 2 s, each flushed): playable at any moment, so a step of the job can upload it
 * while post has not finalised it yet. `-y`: the file name is headless-env's own.
 */
function ffmpegArgs(display, screen, file) {
    const even = (n) => Math.max(2, n - (n % 2));
    return [
        '-nostdin', '-nostats', '-loglevel', 'warning',
        '-f', 'x11grab', '-framerate', String(VIDEO_FPS), '-video_size', `${even(screen.width)}x${even(screen.height)}`, '-draw_mouse', '0', '-i', display,
        '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', String(VIDEO_FPS * 2),
        '-movflags', '+frag_keyframe+empty_moov+default_base_moof', '-flush_packets', '1',
        '-y', file,
    ];
}
/**
 * wf-recorder's argv for a Wayland session (pure). `-D` captures a frame each time the output
 * refreshes, not only when the screen changes (the default records nothing on an idle screen and
 * takes >10 s to exit); the output refreshes at {@link VIDEO_FPS} Hz while recording (see
 * {@link swayConfig}), which is what holds its cost down, as wf-recorder ignores `-r` with `-D`.
 * A plain MP4, finalised by SIGINT. Odd sizes are cropped to even ones for yuv420p.
 */
function wfRecorderArgs(output, screen, file) {
    const odd = screen.width % 2 === 1 || screen.height % 2 === 1;
    return ['-D', '-o', output, '-c', 'libx264', '-p', 'preset=ultrafast', '-x', 'yuv420p', ...(odd ? ['-F', 'crop=trunc(iw/2)*2:trunc(ih/2)*2'] : []), '-f', file];
}
/** The recorder of each session, with its argv. */
function recorderCommand(session, display, screen, file) {
    return session === 'wayland' ? { command: 'wf-recorder', args: wfRecorderArgs(display, screen, file) } : { command: 'ffmpeg', args: ffmpegArgs(display, screen, file) };
}
/** True when post keeps the video: always, or with `on-failure` when the job failed (as the failure screenshot decides). */
function keepVideo(mode, jobStatus) {
    return mode === 'always' || jobStatus === undefined || jobStatus === 'failure';
}
const size = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return 0;
    }
};
/**
 * Starts ffmpeg recording `display` (X11), or wf-recorder recording the Wayland output `display`
 * (`HEADLESS-1`), into `file` (detached, its own process group) and waits until the MP4 header is
 * written, which happens once the first frame is grabbed and encoded.
 */
async function startRecording(options) {
    const { file } = options;
    await (0,system_errors/* withSystemErrors */.L)({ doing: 'making the folder for the screen recording', path: external_node_path_default().dirname(file), remedy: "set 'screenshot-path' to a writable place with room (the video is written next to it)" }, async () => {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    });
    const { command, args } = recorderCommand(options.session, options.display, options.screen, file);
    // wf-recorder asks on stdin before overwriting; the file name is headless-env's own.
    (0,external_node_fs_.rmSync)(file, { force: true });
    const log = external_node_path_default().join(options.layout.logs, `${command}.log`);
    const started = await launch(command, args, { env: options.env, log, cwd: options.layout.home, track: options.track });
    const written = await (0,polling/* pollUntil */.g)(() => (size(file) > 0 ? true : undefined), { deadline: options.deadline, intervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (!written.value) {
        const message = written.died ? `${command} exited during start-up (pid ${started.pid}) instead of recording ${options.display}.` : `${command} did not start writing ${file} within timeout-seconds.`;
        throw new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(message, log));
    }
    return { process: started, log };
}
/**
 * Stops the recorder as ffmpeg wants to be stopped, SIGINT (it writes the end of the file and
 * exits), waiting up to `graceMs`; a recorder that does not exit by then is stopped like any
 * other process (TERM, then KILL). By the recorded process group only, never by name.
 */
async function stopRecording(record, graceMs) {
    if (!(0,processes/* isRunning */.W_)(record))
        return (0,processes/* stopProcess */.g0)(record, { graceMs: 0 });
    try {
        process.kill(-record.pgid, 'SIGINT');
    }
    catch {
        return 'not-running'; // exited meanwhile
    }
    const done = await (0,polling/* pollUntil */.g)(() => ((0,processes/* groupHasLiveMembers */.Jm)(record.pgid) ? undefined : true), { deadline: performance.now() + graceMs, intervalMs: 10, maxIntervalMs: 50 });
    if (done.value)
        return 'interrupted';
    return (0,processes/* stopProcess */.g0)(record, { graceMs: 1000 });
}
/** Removes a video post does not keep (a successful job with `on-failure`); true when it is gone. */
function discardVideo(file) {
    (0,external_node_fs_.rmSync)(file, { force: true });
    return !(0,external_node_fs_.existsSync)(file);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./packages/core/src/headless/x11.ts



const AUTH_NAME = 'MIT-MAGIC-COOKIE-1';
/** Xau's FamilyWild: the entry matches any host and, with an empty number, any display. */
const FAMILY_WILD = 0xffff;
/** A fresh MIT-MAGIC-COOKIE-1 secret. */
function newCookie() {
    return (0,external_node_crypto_.randomBytes)(16);
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
    (0,external_node_fs_.writeFileSync)(file, encodeXauthority(cookie), { mode: 0o600 });
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
        const socket = external_node_net_default().createConnection({ path: displaySocket(number) });
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

;// CONCATENATED MODULE: ./packages/core/src/headless/stop.ts





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
        const outcome = entry.component === 'video' ? await stopRecording(entry.process, entry.graceMs) : await (0,processes/* stopProcess */.g0)(entry.process, { graceMs: entry.graceMs });
        stopped.push({ component: entry.component, pid: entry.process.pid, outcome, ms: performance.now() - started });
        if (outcome === 'killed') {
            logger.info(`${entry.component} (pid ${entry.process.pid}) did not stop on ${entry.component === 'video' ? 'SIGINT, then SIGTERM' : 'SIGTERM'} within ${entry.graceMs} ms; killed.`);
            // Xvfb's, or those wlroots made for Xwayland (they name sway's pid).
            if ((entry.component === 'xvfb' || entry.component === 'sway') && state.display)
                removeStaleXvfbFiles(state.display, entry.process.pid);
        }
        if ((0,processes/* isRunning */.W_)(entry.process))
            logger.warning(`${entry.component} (pid ${entry.process.pid}) is still running after SIGKILL.`);
    }
    const runtimeDirRemoved = removeRuntimeDir(state.runtimeDir);
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
        owner = Number.parseInt((0,external_node_fs_.readFileSync)(lock, 'utf8').trim(), 10);
    }
    catch {
        return;
    }
    if (owner !== pid)
        return;
    (0,external_node_fs_.rmSync)(displaySocket(number), { force: true });
    (0,external_node_fs_.rmSync)(lock, { force: true });
}

;// CONCATENATED MODULE: ./packages/core/src/headless/wayland-probe.ts

// A Wayland client in a few lines of the wire protocol: wl_display.get_registry and a sync,
// then the globals until the sync's callback is done. Cheaper than spawning wayland-info, and it
// proves what text-injection and capture tools need is there.
const DISPLAY_ID = 1;
const REGISTRY_ID = 2;
const CALLBACK_ID = 3;
/** One request: object id, then size (high 16 bits) and opcode, then one new_id argument. */
function request(objectId, opcode, newId) {
    const message = Buffer.alloc(12);
    message.writeUInt32LE(objectId, 0);
    message.writeUInt32LE((12 << 16) | opcode, 4);
    message.writeUInt32LE(newId, 8);
    return message;
}
/** get_registry (opcode 1) and sync (opcode 0) on wl_display, in one write. */
function registryRequests() {
    return Buffer.concat([request(DISPLAY_ID, 1, REGISTRY_ID), request(DISPLAY_ID, 0, CALLBACK_ID)]);
}
/** Parses wl_registry.global, wl_callback.done and wl_display.error events (pure). */
function parseRegistryEvents(data, interfaces = []) {
    let offset = 0;
    let done = false;
    let error;
    while (offset + 8 <= data.length) {
        const objectId = data.readUInt32LE(offset);
        const word = data.readUInt32LE(offset + 4);
        const size = word >>> 16;
        const opcode = word & 0xffff;
        if (size < 8 || offset + size > data.length)
            break;
        const body = data.subarray(offset + 8, offset + size);
        if (objectId === REGISTRY_ID && opcode === 0 && body.length >= 8) {
            const length = body.readUInt32LE(4);
            interfaces.push(body.subarray(8, 8 + Math.max(0, length - 1)).toString('latin1'));
        }
        else if (objectId === CALLBACK_ID && opcode === 0) {
            done = true;
        }
        else if (objectId === DISPLAY_ID && opcode === 0 && body.length >= 12) {
            const length = body.readUInt32LE(8);
            error = body.subarray(12, 12 + Math.max(0, length - 1)).toString('latin1');
        }
        offset += size;
    }
    return { interfaces, done, ...(error === undefined ? {} : { error }), rest: data.subarray(offset) };
}
/**
 * Connects to the compositor's socket and returns the interfaces of its globals (e.g.
 * `zwp_virtual_keyboard_manager_v1`), or undefined when it does not answer in `timeoutMs`.
 */
function probeWayland(socketPath, timeoutMs = 1000) {
    return new Promise((resolve) => {
        const socket = external_node_net_default().createConnection({ path: socketPath });
        const interfaces = [];
        let pending = Buffer.alloc(0);
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(result);
        };
        const timer = setTimeout(() => finish(undefined), timeoutMs);
        socket.once('connect', () => socket.write(registryRequests()));
        socket.on('data', (chunk) => {
            const reading = parseRegistryEvents(Buffer.concat([pending, chunk]), interfaces);
            pending = reading.rest;
            if (reading.error !== undefined)
                finish(undefined);
            else if (reading.done)
                finish(interfaces);
        });
        socket.once('error', () => finish(undefined));
        socket.once('close', () => finish(undefined));
    });
}

;// CONCATENATED MODULE: ./packages/core/src/headless/sway.ts









/** The globals text-injection (wtype) and capture (grim) tools need: checked at start-up. */
const REQUIRED_GLOBALS = ['zwp_virtual_keyboard_manager_v1', 'zwlr_screencopy_manager_v1'];
/** The uid sway runs as inside its user namespace when the job runs as root. */
const NAMESPACE_UID = 1000;
/** The headless backend's one output, recorded by name with `record-video`. */
const HEADLESS_OUTPUT = 'HEADLESS-1';
/**
 * sway's configuration (pure): one headless output of the screen's size, Xwayland started with
 * the compositor (`force`: it stays up for the whole job instead of starting and quitting with
 * each X client) or off where it is not installed. No bar and no wallpaper: a clean screen. With
 * `refreshHz` (recording) the output refreshes that often instead of 60 Hz: the recorder takes
 * a frame per refresh, and clients get frame callbacks at that rate.
 */
function swayConfig(screen, xwayland, refreshHz) {
    const rate = refreshHz === undefined ? '' : `@${refreshHz}Hz`;
    return [`output ${HEADLESS_OUTPUT} resolution ${screen.width}x${screen.height}${rate}`, `xwayland ${xwayland ? 'force' : 'disable'}`, ''].join('\n');
}
/**
 * The command (pure). sway refuses to run as root, so root runs it in a user namespace where it
 * is uid 1000: root's files (the 0700 runtime dir, the config) are uid 1000's in there, so sway
 * owns its runtime dir without a chown, and the sockets it makes are root's outside. unshare
 * execs sway, so the recorded pid is sway's own. An ordinary user runs it directly.
 */
function swayCommand(config, isRoot) {
    const sway = ['sway', '-c', config];
    if (!isRoot)
        return { command: sway[0], args: sway.slice(1) };
    return { command: 'unshare', args: ['--user', `--map-user=${NAMESPACE_UID}`, `--map-group=${NAMESPACE_UID}`, ...sway] };
}
/**
 * sway's environment: the headless wlroots backend with no input devices (wtype brings a virtual
 * keyboard), the software renderer (no GPU on runners; the same pixels everywhere), and nothing
 * of an outer session, which would make wlroots nest inside it.
 */
function swayEnv(env) {
    const result = { ...env, WLR_BACKENDS: 'headless', WLR_LIBINPUT_NO_DEVICES: '1', WLR_RENDERER: 'pixman' };
    for (const name of ['WAYLAND_DISPLAY', 'DISPLAY', 'SWAYSOCK', 'I3SOCK', 'WAYLAND_SOCKET'])
        delete result[name];
    return result;
}
/** The Wayland socket sway made in the (private) runtime dir. */
function findWaylandSocket(names) {
    return names.filter((name) => /^wayland-\d+$/.test(name)).sort()[0];
}
/** sway's IPC socket, `sway-ipc.<uid>.<pid>.sock`, in the (private) runtime dir. */
function findIpcSocket(names) {
    return names.find((name) => /^sway-ipc\.\d+\.\d+\.sock$/.test(name));
}
/** The X display whose lock file names `pid` (wlroots writes its own pid there for Xwayland). */
function findXDisplayOf(pid, dir = '/tmp') {
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const match = /^\.X(\d+)-lock$/.exec(name);
        if (!match)
            continue;
        try {
            if (Number.parseInt((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name), 'utf8').trim(), 10) === pid)
                return Number(match[1]);
        }
        catch {
            // removed while we looked
        }
    }
    return undefined;
}
/**
 * Starts sway on the headless backend with its socket in the runtime dir and verifies it with a
 * Wayland client call (the registry lists the virtual-keyboard and screencopy globals), then,
 * with Xwayland, an X connection to its display. Xwayland runs in sway's process group.
 */
async function startSway(options) {
    const { layout, deadline } = options;
    const configFile = external_node_path_default().join(layout.config, 'sway', 'config');
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(configFile), { recursive: true, mode: 0o700 });
    (0,external_node_fs_.writeFileSync)(configFile, swayConfig(options.screen, options.xwayland, options.refreshHz), { mode: 0o600 });
    const log = external_node_path_default().join(layout.logs, 'sway.log');
    const root = process.getuid?.() === 0;
    const { command, args } = swayCommand(configFile, root);
    const started = await launch(command, args, { env: swayEnv(options.env), log, cwd: layout.home, track: options.track });
    const alive = { deadline, intervalMs: 10, maxIntervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) };
    const failure = (message, died) => {
        const why = root ? ` It runs in a user namespace as uid ${NAMESPACE_UID} (sway refuses root): where the kernel or a container forbids user namespaces, run the job as an ordinary user.` : '';
        return new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(died ? `sway exited during start-up (pid ${started.pid}).${why}` : message, log));
    };
    let missing = [];
    const answered = await (0,polling/* pollUntil */.g)(async () => {
        const names = (0,external_node_fs_.readdirSync)(layout.xdgRuntime);
        const socket = findWaylandSocket(names);
        const ipc = findIpcSocket(names);
        if (!socket || !ipc)
            return undefined;
        const globals = await probeWayland(external_node_path_default().join(layout.xdgRuntime, socket), 1000);
        if (!globals)
            return undefined;
        missing = REQUIRED_GLOBALS.filter((name) => !globals.includes(name));
        return { socket, ipcSocket: external_node_path_default().join(layout.xdgRuntime, ipc), globals };
    }, alive);
    if (!answered.value)
        throw failure('sway did not answer a Wayland client within timeout-seconds.', answered.died);
    if (missing.length)
        throw failure(`sway answered but lacks ${missing.join(', ')}: text injection (wtype) and screenshots (grim) need them.`);
    const { socket, ipcSocket, globals } = answered.value;
    if (!options.xwayland)
        return { process: started, socket, ipcSocket, globals: globals.length, log };
    const number = await (0,polling/* pollUntil */.g)(() => findXDisplayOf(started.pid), alive);
    if (number.value === undefined)
        throw failure('sway did not start Xwayland within timeout-seconds.', number.died);
    const xNumber = number.value;
    // wlroots gives Xwayland no cookie: the connection is checked with none.
    const accepted = await (0,polling/* pollUntil */.g)(async () => ((await probeX(xNumber, undefined, 500)) === 'accepted' ? true : undefined), alive);
    if (!accepted.value)
        throw failure(`Xwayland on :${xNumber} did not accept an X connection within timeout-seconds.`, accepted.died);
    return { process: started, socket, ipcSocket, xDisplay: `:${xNumber}`, globals: globals.length, log };
}

;// CONCATENATED MODULE: ./packages/core/src/headless/window-manager.ts








/** SIGTERM → SIGKILL grace: fluxbox can deadlock on SIGTERM, so it gets little time. */
const WM_GRACE_MS = { fluxbox: 150, openbox: 1000 };
/** `auto` → the first of fluxbox/openbox on PATH (fluxbox when neither is, for the install hint). */
function resolveWindowManager(choice, searchPath) {
    if (choice === 'none')
        return undefined;
    if (choice !== 'auto')
        return choice;
    return ['fluxbox', 'openbox'].find((wm) => findExecutable(wm, searchPath)) ?? 'fluxbox';
}
/**
 * fluxbox configuration in the private HOME's .fluxbox. The directory must exist before fluxbox
 * starts: when it does not, fluxbox writes its default init over the `-rc` file. `background:
 * unset` (style overlay) keeps fluxbox from running its wallpaper helper at all: `background:
 * none` still runs `fbsetbg -z`, which on a machine without a wallpaper setter pops up an
 * xmessage window for the whole job. No toolbar, so windows get the whole screen and screenshots
 * show only the application.
 */
function fluxboxConfig(dir) {
    const init = external_node_path_default().join(dir, 'init');
    const overlay = external_node_path_default().join(dir, 'overlay');
    const files = {
        [init]: [
            // An old or missing version makes fluxbox rewrite the file with its defaults.
            'session.configVersion: 13',
            `session.styleOverlay: ${overlay}`,
            'session.screen0.rootCommand:',
            'session.screen0.toolbar.visible: false',
            'session.screen0.slit.autoHide: true',
            'session.screen0.workspaces: 1',
            '',
        ].join('\n'),
        [overlay]: 'background: unset\n',
    };
    return { init, overlay, files };
}
/** Argv of the window manager (pure). */
function windowManagerArgs(wm, layout) {
    return wm === 'fluxbox' ? ['-rc', fluxboxConfig(external_node_path_default().join(layout.home, '.fluxbox')).init] : [];
}
/** The check window id from `xprop -root _NET_SUPPORTING_WM_CHECK` output. */
function parseSupportingWmCheck(xpropOutput) {
    return /_NET_SUPPORTING_WM_CHECK\(WINDOW\): window id # (0x[0-9a-f]+)/i.exec(xpropOutput)?.[1];
}
/**
 * Starts the window manager with a private HOME and XDG_CONFIG_HOME (the user's own ~/.fluxbox
 * or ~/.config/openbox stay untouched) and waits until it announces itself on the root window
 * (`_NET_SUPPORTING_WM_CHECK`, as `wmctrl -m` reads it).
 */
async function startWindowManager(options) {
    const { wm, layout } = options;
    if (wm === 'fluxbox') {
        const config = fluxboxConfig(external_node_path_default().join(layout.home, '.fluxbox'));
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(config.init), { recursive: true, mode: 0o700 });
        for (const [file, text] of Object.entries(config.files))
            (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600 });
    }
    const log = external_node_path_default().join(layout.logs, `${wm}.log`);
    const started = await launch(wm, windowManagerArgs(wm, layout), { env: options.env, log, cwd: layout.home, track: options.track });
    const checked = await (0,polling/* pollUntil */.g)(async () => {
        const result = await (0,commands/* runCommand */.d1)('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env: options.env, timeoutMs: Math.min(2000, (0,polling/* remaining */.T)(options.deadline) + 50) });
        return result.ok ? parseSupportingWmCheck(result.stdout) : undefined;
    }, { deadline: options.deadline, intervalMs: 20, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (!checked.value) {
        const message = checked.died ? `${wm} exited during start-up (pid ${started.pid}).` : `${wm} did not set _NET_SUPPORTING_WM_CHECK on the root window within timeout-seconds.`;
        throw new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(message, log));
    }
    const named = await (0,commands/* runCommand */.d1)('xprop', ['-id', checked.value, '_NET_WM_NAME'], { env: options.env, timeoutMs: 2000 });
    const name = /=\s*"(.*)"/.exec(named.stdout)?.[1] ?? wm;
    return { wm, process: started, name, log };
}

;// CONCATENATED MODULE: ./packages/core/src/headless/xvfb.ts








/** The Xvfb command line (pure). fd 3 receives the display number once the server accepts clients. */
function xvfbArgs(screen, display, xauthority) {
    return [
        ...(display === undefined ? [] : [`:${display}`]),
        '-displayfd', '3',
        '-screen', '0', `${screen.width}x${screen.height}x${screen.depth}`,
        '-auth', xauthority,
        '-nolisten', 'tcp',
        // Without it the server resets (dropping root-window properties) whenever the last client leaves.
        '-noreset',
    ];
}
/**
 * Starts Xvfb on a free display chosen by the server itself (`-displayfd`: no race between
 * looking for a free number and taking it), or on `display`, and waits until an X connection
 * with the cookie succeeds.
 */
async function startXvfb(options) {
    const log = external_node_path_default().join(options.layout.logs, 'xvfb.log');
    const displayFile = external_node_path_default().join(options.layout.root, 'xvfb.displayfd');
    const started = await launch('Xvfb', xvfbArgs(options.screen, options.display, options.layout.xauthority), { env: options.env, log, announceFile: displayFile, track: options.track });
    const announced = await (0,polling/* pollUntil */.g)(() => {
        const text = (0,external_node_fs_.readFileSync)(displayFile, 'utf8');
        return /^\d+\n/.test(text) ? Number.parseInt(text, 10) : undefined;
    }, { deadline: options.deadline, intervalMs: 10, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (announced.value === undefined)
        throw xvfbFailure(started, log, announced.died, options.display);
    const display = announced.value;
    const accepted = await (0,polling/* pollUntil */.g)(async () => ((await probeX(display, options.cookie, 500)) === 'accepted' ? true : undefined), {
        deadline: options.deadline,
        intervalMs: 20,
        stillAlive: () => (0,processes/* isRunning */.W_)(started),
    });
    if (!accepted.value)
        throw xvfbFailure(started, log, accepted.died, display);
    return { process: started, display, log };
}
function xvfbFailure(started, log, died, display) {
    const what = display === undefined ? 'Xvfb' : `Xvfb on :${display}`;
    const message = died ? `${what} exited during start-up (pid ${started.pid}).` : `${what} did not accept an X connection within timeout-seconds.`;
    return new errors/* ExternalError */.yA((0,commands/* withLogTail */.f_)(message, log));
}

;// CONCATENATED MODULE: ./packages/core/src/headless/start.ts



















/** What each PipeWire daemon's row in the summary says (pipewire-pulse's shows the server's answer). */
const PIPEWIRE_DETAIL = { pipewire: 'socket pipewire-0', wireplumber: 'session manager: keeps the default sink and source' };
// The recorder's grace is for SIGINT: ffmpeg writes the end of the file, then exits.
const GRACE_MS = { xvfb: 2000, sway: 2000, dbus: 1000, pulseaudio: 2000, pipewire: 2000, wireplumber: 2000, 'pipewire-pulse': 2000, accessibility: 1000, video: 5000 };
/**
 * Brings up the display (Xvfb + window manager, or sway + Xwayland for `session: wayland`) and
 * the bus (D-Bus + PulseAudio or PipeWire) as two concurrent chains, each component verified
 * before the next that needs it, all bounded by `timeout-seconds`. Every process is reported to
 * `onStarted` the moment it exists (state for post); on any failure the ones already running are
 * stopped and the runtime dir removed before the error is thrown.
 */
async function startHeadlessEnv(config, options) {
    const began = performance.now();
    const { logger } = options;
    const wayland = config.session === 'wayland';
    // sway is the window manager of a Wayland session.
    const wm = wayland ? undefined : resolveWindowManager(config.windowManager);
    const audio = resolveAudio(config.audio);
    const installedPackages = await ensureRequirements(requirements(config, wm, audio), config.install, logger);
    const cookie = newCookie();
    const layout = await (0,system_errors/* withSystemErrors */.L)({ doing: 'creating the runtime directory (sockets, logs, the display cookie)', path: config.runnerTemp, remedy: 'make room in the runner\'s temp directory (RUNNER_TEMP) or make it writable for the runner\'s user' }, async () => {
        const made = createRuntimeDir(config.runnerTemp);
        writeXauthority(made.xauthority, cookie);
        return made;
    });
    const state = { runtimeDir: layout.root, xauthority: layout.xauthority, components: [] };
    const components = [];
    const track = (component, graceMs) => (started) => {
        state.components.push({ component, process: started, graceMs });
        options.onStarted?.(state);
    };
    const deadline = performance.now() + config.timeoutMs;
    // Programs get a private HOME and config: nothing is read from or written to the user's.
    const baseEnv = { ...process.env, HOME: layout.home, XDG_CONFIG_HOME: layout.config, XDG_RUNTIME_DIR: layout.xdgRuntime, XAUTHORITY: layout.xauthority };
    delete baseEnv['DISPLAY'];
    delete baseEnv['PULSE_SERVER'];
    delete baseEnv['DBUS_SESSION_BUS_ADDRESS'];
    delete baseEnv['AT_SPI_BUS_ADDRESS'];
    delete baseEnv['WAYLAND_DISPLAY'];
    const variables = { XDG_RUNTIME_DIR: layout.xdgRuntime };
    let windowManager;
    let a11yVariables;
    const timed = async (body) => {
        const started = performance.now();
        const value = await body();
        return { value, ms: performance.now() - started };
    };
    const waylandChain = async () => {
        // Xwayland where installed (an optional requirement: a warning said so when it is not).
        const xwayland = findProgram('Xwayland', baseEnv['PATH']) !== undefined;
        const w = await timed(() => startSway({ layout, screen: config.screen, xwayland, ...(config.recordVideo === 'false' ? {} : { refreshHz: VIDEO_FPS }), env: baseEnv, deadline, track: track('sway', GRACE_MS.sway) }));
        state.wayland = w.value.socket;
        if (w.value.xDisplay)
            state.display = w.value.xDisplay;
        options.onStarted?.(state);
        variables.WAYLAND_DISPLAY = w.value.socket;
        variables.SWAYSOCK = w.value.ipcSocket;
        if (w.value.xDisplay)
            variables.DISPLAY = w.value.xDisplay;
        windowManager = 'sway';
        const { width, height } = config.screen;
        const x = w.value.xDisplay ? `, Xwayland ${w.value.xDisplay}` : ', no Xwayland';
        components.push({ component: 'sway', process: w.value.process, graceMs: GRACE_MS.sway, log: w.value.log, readyMs: w.ms, detail: `${w.value.socket} ${width}x${height}${x} (${w.value.globals} globals)` });
        logger.info(`sway ready on ${w.value.socket} (${width}x${height}${x}) in ${(0,units/* formatDuration */.a3)(w.ms)}.`);
    };
    const displayChain = async () => {
        if (wayland)
            return waylandChain();
        const x = await timed(() => startXvfb({ layout, screen: config.screen, display: config.display, cookie, env: baseEnv, deadline, track: track('xvfb', GRACE_MS.xvfb) }));
        const display = `:${x.value.display}`;
        state.display = display;
        options.onStarted?.(state);
        variables.DISPLAY = display;
        variables.XAUTHORITY = layout.xauthority;
        const { width, height, depth } = config.screen;
        components.push({ component: 'xvfb', process: x.value.process, graceMs: GRACE_MS.xvfb, log: x.value.log, readyMs: x.ms, detail: `${display} ${width}x${height}x${depth}` });
        logger.info(`Xvfb ready on ${display} (${width}x${height}x${depth}) in ${(0,units/* formatDuration */.a3)(x.ms)}.`);
        if (!wm)
            return;
        const w = await timed(() => startWindowManager({ wm, layout, env: { ...baseEnv, DISPLAY: display }, deadline, track: track('window-manager', WM_GRACE_MS[wm]) }));
        windowManager = w.value.name;
        components.push({ component: 'window-manager', process: w.value.process, graceMs: WM_GRACE_MS[wm], log: w.value.log, readyMs: w.ms, detail: `${w.value.name} (_NET_SUPPORTING_WM_CHECK)` });
        logger.info(`${w.value.name} ready in ${(0,units/* formatDuration */.a3)(w.ms)}.`);
    };
    const busChain = async () => {
        // 'disabled:' stops libdbus from autolaunching a stray bus for PulseAudio when D-Bus is off.
        let busAddress = 'disabled:';
        if (config.dbus) {
            const d = await timed(() => startDbus({ layout, env: baseEnv, deadline, track: track('dbus', GRACE_MS.dbus) }));
            busAddress = d.value.address;
            variables.DBUS_SESSION_BUS_ADDRESS = busAddress;
            components.push({ component: 'dbus', process: d.value.process, graceMs: GRACE_MS.dbus, log: d.value.log, readyMs: d.ms, detail: `ListNames: ${d.value.names.length} name(s)` });
            logger.info(`D-Bus session bus ready in ${(0,units/* formatDuration */.a3)(d.ms)}: ${(0,logging/* untrusted */.bp)(busAddress)}`);
        }
        if (audio === 'pipewire') {
            const pw = await timed(() => startPipewire({ layout, env: { ...baseEnv, DBUS_SESSION_BUS_ADDRESS: busAddress }, deadline, track: (component, started) => track(component, GRACE_MS[component])(started) }));
            variables.PULSE_SERVER = pw.value.server;
            const detail = `${pw.value.info['Server Name'] ?? 'PipeWire'}, sink ${pw.value.info['Default Sink']}, source ${pw.value.info['Default Source']}`;
            for (const part of pw.value.parts)
                components.push({ component: part.component, process: part.process, graceMs: GRACE_MS[part.component], log: part.log, readyMs: pw.ms, detail: PIPEWIRE_DETAIL[part.component] ?? detail });
            logger.info(`PipeWire ready in ${(0,units/* formatDuration */.a3)(pw.ms)}: ${(0,logging/* untrusted */.bp)(pw.value.server)}`);
            return;
        }
        if (audio !== 'pulseaudio')
            return;
        const p = await timed(() => startPulseAudio({ layout, env: { ...baseEnv, DBUS_SESSION_BUS_ADDRESS: busAddress }, deadline, track: track('pulseaudio', GRACE_MS.pulseaudio) }));
        variables.PULSE_SERVER = p.value.server;
        components.push({ component: 'pulseaudio', process: p.value.process, graceMs: GRACE_MS.pulseaudio, log: p.value.log, readyMs: p.ms, detail: `${p.value.info['Server Name'] ?? 'pulseaudio'} ${p.value.info['Server Version'] ?? ''}`.trim() + `, sink ${p.value.info['Default Sink']}, source ${p.value.info['Default Source']}` });
        logger.info(`PulseAudio ready in ${(0,units/* formatDuration */.a3)(p.ms)}: ${(0,logging/* untrusted */.bp)(p.value.server)}`);
    };
    // Last, once both chains stand: the launcher needs the session bus, and the display to
    // announce the accessibility bus on the root window.
    const accessibilityStep = async () => {
        const env = { ...baseEnv, DISPLAY: variables.DISPLAY ?? '', ...(variables.WAYLAND_DISPLAY ? { WAYLAND_DISPLAY: variables.WAYLAND_DISPLAY } : {}), DBUS_SESSION_BUS_ADDRESS: variables.DBUS_SESSION_BUS_ADDRESS ?? '' };
        const a = await timed(() => startAccessibility({ layout, env, deadline, track: track('accessibility', GRACE_MS.accessibility) }));
        a11yVariables = accessibilityVariables(a.value.busAddress, process.env);
        components.push({ component: 'accessibility', process: a.value.process, graceMs: GRACE_MS.accessibility, log: a.value.log, readyMs: a.ms, detail: `IsEnabled true, registry root '${a.value.registryName}'` });
        logger.info(`AT-SPI accessibility bus enabled in ${(0,units/* formatDuration */.a3)(a.ms)}: ${(0,logging/* untrusted */.bp)(a.value.busAddress)}`);
    };
    // The very last: the recording shows the session as the job's steps get it.
    const videoStep = async (display) => {
        const file = (0,headless_config/* defaultVideoPath */.GV)(config.runnerTemp, state.wayland ?? display, config.screenshotPath);
        const mode = config.recordVideo === 'always' ? 'always' : 'on-failure';
        state.video = { path: file, mode };
        const env = state.wayland ? { ...baseEnv, WAYLAND_DISPLAY: state.wayland } : baseEnv;
        const v = await timed(() => startRecording({ session: config.session, display, screen: config.screen, file, layout, env, deadline, track: track('video', GRACE_MS.video) }));
        components.push({ component: 'video', process: v.value.process, graceMs: GRACE_MS.video, log: v.value.log, readyMs: v.ms, detail: `${VIDEO_FPS} fps into ${file}` });
        logger.info(`Recording ${display} at ${VIDEO_FPS} fps into ${(0,logging/* untrusted */.bp)(file)} (${mode === 'always' ? 'kept' : 'kept only if the job fails'}).`);
    };
    const outcomes = await Promise.allSettled([displayChain(), busChain()]);
    const failures = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason);
    if (failures.length === 0 && config.accessibility) {
        try {
            await accessibilityStep();
        }
        catch (error) {
            failures.push(error);
        }
    }
    const recorded = wayland ? HEADLESS_OUTPUT : state.display;
    if (failures.length === 0 && config.recordVideo !== 'false' && recorded) {
        try {
            await videoStep(recorded);
        }
        catch (error) {
            failures.push(error);
        }
    }
    if (failures.length) {
        await stopComponents(state, logger);
        if (state.video)
            discardVideo(state.video.path); // the start of a job that never ran
        state.cleanedUp = true;
        options.onStarted?.(state);
        const messages = failures.map((f) => (f instanceof Error ? f.message : String(f)));
        const error = failures[0];
        if (failures.length === 1 && error instanceof Error)
            throw error;
        throw new errors/* ExternalError */.yA(messages.join('\n\n'));
    }
    components.sort((a, b) => ORDER.indexOf(a.component) - ORDER.indexOf(b.component));
    // Fixed order for the summary and the log, whichever chain finished first.
    const ordered = {
        ...(variables.WAYLAND_DISPLAY ? { WAYLAND_DISPLAY: variables.WAYLAND_DISPLAY, SWAYSOCK: variables.SWAYSOCK, XDG_SESSION_TYPE: 'wayland', ...(variables.DISPLAY ? { DISPLAY: variables.DISPLAY } : {}) } : {}),
        ...(variables.DISPLAY && !wayland ? { DISPLAY: variables.DISPLAY, XAUTHORITY: layout.xauthority, XDG_SESSION_TYPE: 'x11' } : {}),
        ...(windowManager ? { XDG_CURRENT_DESKTOP: windowManager } : {}),
        ...(variables.DBUS_SESSION_BUS_ADDRESS ? { DBUS_SESSION_BUS_ADDRESS: variables.DBUS_SESSION_BUS_ADDRESS } : {}),
        ...(variables.PULSE_SERVER ? { PULSE_SERVER: variables.PULSE_SERVER } : {}),
        XDG_RUNTIME_DIR: layout.xdgRuntime,
        ...a11yVariables,
    };
    return { layout, variables: ordered, components, ...(windowManager ? { windowManager } : {}), installedPackages, totalMs: performance.now() - began, state };
}
const ORDER = ['xvfb', 'window-manager', 'sway', 'dbus', 'pulseaudio', 'pipewire', 'wireplumber', 'pipewire-pulse', 'accessibility', 'video'];

;// CONCATENATED MODULE: ./packages/core/src/headless/report.ts














const isStartedProcess = (value) => {
    const p = value;
    return typeof p === 'object' && p !== null && Number.isInteger(p.pid) && Number.isInteger(p.pgid) && typeof p.command === 'string';
};
/** main → post: the runtime dir and every process main started. */
const headlessEnvState = new state/* StepState */.u('headless-env', (value) => {
    const state = value;
    return (typeof state === 'object' &&
        state !== null &&
        typeof state.runtimeDir === 'string' &&
        typeof state.xauthority === 'string' &&
        (state.wayland === undefined || typeof state.wayland === 'string') &&
        Array.isArray(state.components) &&
        (state.video === undefined || (typeof state.video.path === 'string' && ['on-failure', 'always'].includes(state.video.mode))) &&
        state.components.every((c) => typeof c === 'object' && c !== null && typeof c.component === 'string' && typeof c.graceMs === 'number' && isStartedProcess(c.process)));
});
/** Output names, each '' when the part is off (or off Linux). */
const OUTPUTS = ['display', 'wayland-display', 'pulse-server', 'dbus-address', 'runtime-dir', 'xauthority', 'window-manager', 'screenshot', 'video'];
const COMPONENT_LABELS = {
    xvfb: '🖥️ Xvfb',
    'window-manager': '🪟 window manager',
    sway: '🖥️ sway (Wayland)',
    dbus: '🚌 D-Bus session bus',
    pulseaudio: '🔊 PulseAudio',
    pipewire: '🔊 PipeWire',
    wireplumber: '🔊 WirePlumber',
    'pipewire-pulse': '🔊 pipewire-pulse',
    accessibility: '♿ AT-SPI accessibility bus',
    video: '🎥 screen recording',
};
/** True when this step runs on Linux (the runner's word and Node's). */
function onLinux(env = process.env) {
    return (0,runner/* detectRunner */.q)(env).os === 'Linux' && process.platform === 'linux';
}
/**
 * main: start the stack (or, in `screenshot` mode, save a PNG of `$DISPLAY`). The state is saved
 * as each process starts, so post can stop what a failed start left behind.
 */
async function runHeadlessEnv(config, deps) {
    if (!onLinux())
        return { kind: 'not-linux', os: (0,runner/* detectRunner */.q)().os };
    if (config.mode === 'screenshot') {
        const wayland = process.env['XDG_SESSION_TYPE'] === 'wayland' ? process.env['WAYLAND_DISPLAY'] : undefined;
        const display = wayland ?? process.env['DISPLAY'];
        if (!display)
            throw new errors/* ConfigurationError */.j1("mode: screenshot needs DISPLAY (or WAYLAND_DISPLAY in a Wayland session): run headless-env (mode: start) in an earlier step of this job.");
        const file = config.screenshotPath ?? (0,headless_config/* defaultScreenshotPath */.PR)(config.runnerTemp, display, `${Date.now()}`);
        const shot = wayland ? await captureWaylandScreenshot(file, process.env) : await captureScreenshot(display, file, process.env);
        return { kind: 'screenshot', display, shot };
    }
    const result = await startHeadlessEnv(config, { logger: deps.logger, onStarted: (state) => headlessEnvState.save(state) });
    headlessEnvState.save(result.state);
    return { kind: 'started', result };
}
/** main's outputs (every one set, empty when its part is off), exported variables and summary. */
async function publishHeadlessEnv(outcome, deps) {
    for (const name of OUTPUTS)
        workflow_commands/* setOutput */.uH(name, '');
    if (outcome.kind === 'not-linux') {
        workflow_commands/* notice */.lm(`headless-env runs on Linux only; on ${outcome.os} it does nothing (outputs are empty).`);
    }
    else if (outcome.kind === 'screenshot') {
        const { display, shot } = outcome;
        workflow_commands/* setOutput */.uH('screenshot', shot.path);
        deps.logger.info(`Screenshot of ${display} (${shot.width}x${shot.height}, ${(0,units/* formatBytes */.z3)(shot.bytes)}) saved to ${(0,logging/* untrusted */.bp)(shot.path)}`);
        await (0,summary/* appendSummary */.fe)(renderScreenshotSummary(display, shot));
    }
    else {
        publishStarted(outcome.result);
        await (0,summary/* appendSummary */.fe)(renderStartSummary(outcome.result));
    }
}
function publishStarted(result) {
    for (const [name, value] of Object.entries(result.variables))
        if (value !== undefined)
            workflow_commands/* exportVariable */.dN(name, value);
    workflow_commands/* setOutput */.uH('display', result.variables.DISPLAY ?? '');
    workflow_commands/* setOutput */.uH('wayland-display', result.variables.WAYLAND_DISPLAY ?? '');
    workflow_commands/* setOutput */.uH('pulse-server', result.variables.PULSE_SERVER ?? '');
    workflow_commands/* setOutput */.uH('dbus-address', result.variables.DBUS_SESSION_BUS_ADDRESS ?? '');
    workflow_commands/* setOutput */.uH('runtime-dir', result.layout.root);
    workflow_commands/* setOutput */.uH('xauthority', result.variables.XAUTHORITY ?? '');
    workflow_commands/* setOutput */.uH('window-manager', result.windowManager ?? '');
    workflow_commands/* setOutput */.uH('video', result.state.video?.path ?? '');
}
/** The job-summary section of main: what started, its pid, how long until verified. */
function renderStartSummary(result) {
    const rows = result.components.map((c) => [COMPONENT_LABELS[c.component], c.process.pid, (0,units/* formatDuration */.a3)(c.readyMs), c.detail]);
    const variables = Object.entries(result.variables).map(([name, value]) => [(0,summary/* code */.aY)(name), value === undefined ? '' : (0,summary/* code */.aY)(value)]);
    const lines = [
        '### 🖥️ headless-env',
        '',
        (0,summary/* markdownTable */.Qj)(['component', 'pid', 'ready in', 'detail'], rows, ['l', 'r', 'r', 'l']),
        '',
        `Everything up and verified in **${(0,units/* formatDuration */.a3)(result.totalMs)}**; logs in ${(0,summary/* code */.aY)(result.layout.logs)} until the post step removes ${(0,summary/* code */.aY)(result.layout.root)}.`,
        '',
        (0,summary/* markdownTable */.Qj)(['exported variable', 'value'], variables),
    ];
    if (result.installedPackages.length)
        lines.push('', `Installed: ${result.installedPackages.map(summary/* code */.aY).join(', ')}.`);
    const video = result.state.video;
    if (video) {
        lines.push('', `🎥 Recording the screen at ${VIDEO_FPS} fps into ${(0,summary/* code */.aY)(external_node_path_default().basename(video.path))} in ${(0,summary/* code */.aY)(external_node_path_default().dirname(video.path))} (output \`video\`); ` +
            `the post step finalises it and ${video.mode === 'always' ? 'keeps it' : 'keeps it only if the job fails'}. ` +
            (result.state.wayland
                ? 'wf-recorder writes a plain MP4, playable once post has finalised it; the Wayland output refreshes at the recording rate meanwhile.'
                : 'It is playable at any moment (fragmented MP4), so an `if: failure()` upload step can take it before post runs.'));
    }
    return `${lines.join('\n')}\n`;
}
/** Reads post's typed state; the inputs are read in {@link runHeadlessEnvPost}, after it. */
function readHeadlessEnvPostConfig(inputs) {
    const state = headlessEnvState.load();
    return { ...(state ? { state } : {}), readConfig: () => (0,headless_config/* readHeadlessConfig */.e6)(inputs) };
}
/**
 * post: a screenshot first when the job failed (and `screenshot-on-failure`), then stop exactly
 * what main started and remove the runtime dir. Inputs are read after the state, so a bad input
 * can never keep the stack from being stopped.
 */
async function runHeadlessEnvPost(config, deps) {
    const { logger } = deps;
    const { state } = config;
    if (!state)
        return { kind: 'nothing', why: 'headless-env post: main saved no state (it did not start anything); nothing to stop.' };
    if (state.cleanedUp)
        return { kind: 'nothing', why: 'headless-env post: main failed and already stopped what it had started; nothing to stop.' };
    let inputs;
    try {
        inputs = config.readConfig();
    }
    catch (error) {
        logger.warning(`headless-env post: ${(0,errors/* describeError */.Uc)(error)} No screenshot; stopping the stack anyway.`);
    }
    let screenshot;
    let screenshotError;
    const screen = state.wayland ?? state.display;
    if (inputs && inputs.screenshotOnFailure && inputs.jobStatus === 'failure' && screen && state.components.some((c) => c.component === 'xvfb' || c.component === 'sway')) {
        const file = inputs.screenshotPath ?? (0,headless_config/* defaultScreenshotPath */.PR)(inputs.runnerTemp, screen, 'post');
        try {
            screenshot = state.wayland
                ? await captureWaylandScreenshot(file, { ...process.env, XDG_RUNTIME_DIR: state.runtimeDir, WAYLAND_DISPLAY: state.wayland })
                : await captureScreenshot(screen, file, { ...process.env, XAUTHORITY: state.xauthority });
            logger.info(`The job failed: screenshot of ${screen} (${screenshot.width}x${screenshot.height}) saved to ${(0,logging/* untrusted */.bp)(screenshot.path)}`);
        }
        catch (error) {
            screenshotError = (0,errors/* describeError */.Uc)(error);
            logger.warning(`headless-env post: could not take the failure screenshot: ${screenshotError}`);
        }
    }
    const report = await stopComponents(state, logger);
    logger.info(`Stopped ${report.stopped.length} process(es) and removed ${(0,logging/* untrusted */.bp)(state.runtimeDir)} in ${(0,units/* formatDuration */.a3)(report.totalMs)}.`);
    const video = state.video ? finishVideo(state.video.path, keepVideo(state.video.mode, inputs?.jobStatus), logger) : undefined;
    return { kind: 'stopped', state, report, ...(screenshot ? { screenshot } : {}), ...(screenshotError ? { screenshotError } : {}), ...(video ? { video } : {}) };
}
/** Keeps the finalised recording (and says where) or removes it. */
function finishVideo(file, keep, logger) {
    if (!keep) {
        if (!discardVideo(file))
            logger.warning(`headless-env post: could not remove the screen recording ${(0,logging/* untrusted */.bp)(file)}.`);
        return { path: file, kept: false, bytes: 0 };
    }
    let bytes = 0;
    try {
        bytes = (0,external_node_fs_.statSync)(file).size;
    }
    catch (error) {
        logger.warning(`headless-env post: the screen recording ${(0,logging/* untrusted */.bp)(file)} is missing: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    logger.info(`Screen recording saved to ${(0,logging/* untrusted */.bp)(file)} (${(0,units/* formatBytes */.z3)(bytes)}).`);
    return { path: file, kept: true, bytes };
}
/** post's `screenshot` output and summary. */
async function publishHeadlessEnvPost(outcome, deps) {
    if (outcome.kind === 'nothing') {
        deps.logger.debug(outcome.why);
        return;
    }
    if (outcome.screenshot)
        workflow_commands/* setOutput */.uH('screenshot', outcome.screenshot.path);
    if (outcome.video)
        workflow_commands/* setOutput */.uH('video', outcome.video.kept ? outcome.video.path : '');
    await (0,summary/* appendSummary */.fe)(renderStopSummary(outcome.state, outcome.report, outcome.screenshot, outcome.screenshotError, outcome.video));
}
/** How this job refers to headless-env (the runner says, for an action from a repository), for snippets to paste. */
function headlessEnvUses(env = process.env) {
    const repository = env['GITHUB_ACTION_REPOSITORY'];
    const ref = env['GITHUB_ACTION_REF'];
    return repository && ref ? `${repository}/headless-env@${ref}` : '<org>/runner-kit/headless-env@v1';
}
/** The steps that put a failure screenshot among the run's artifacts (`mode: screenshot`, then actions/upload-artifact). */
function screenshotUploadSteps(uses) {
    return [
        '```yaml',
        '- id: screenshot',
        '  if: failure()',
        `  uses: ${uses}`,
        '  with:',
        '    mode: screenshot',
        '- if: failure() && steps.screenshot.outputs.screenshot',
        '  uses: actions/upload-artifact@v4',
        '  with:',
        '    name: screenshot-${{ github.job }}',
        '    path: ${{ steps.screenshot.outputs.screenshot }}',
        '```',
    ].join('\n');
}
/** The job-summary section of `mode: screenshot`: the file by name, and how to get it from the run's page. */
function renderScreenshotSummary(display, shot) {
    return [
        '### 📸 headless-env screenshot',
        '',
        `${(0,summary/* code */.aY)(external_node_path_default().basename(shot.path))} — ${display}, ${shot.width}x${shot.height}, ${(0,units/* formatBytes */.z3)(shot.bytes)}, in ${(0,summary/* code */.aY)(external_node_path_default().dirname(shot.path))} on the runner.`,
        '',
        `Upload it with \`actions/upload-artifact\` (\`path: \${{ steps.<this step's id>.outputs.screenshot }}\`) to find it among this run's artifacts.`,
        '',
    ].join('\n');
}
const OUTCOME_LABELS = { 'not-running': 'had already exited', terminated: 'SIGTERM', killed: 'SIGKILL (after grace)', interrupted: 'SIGINT (file finalised)' };
/** The job-summary section of post: screenshot (if any) and how each process was stopped. */
function renderStopSummary(state, report, screenshot, screenshotError, video) {
    const lines = ['### 🧹 headless-env cleanup', ''];
    if (screenshot) {
        // The post step runs after every step of the job, so no step can upload what it saves: say
        // which file it is, and how to have one on this page next time.
        lines.push(`📸 The job failed: screenshot of ${state.wayland ?? state.display} saved on the runner as ${(0,summary/* code */.aY)(external_node_path_default().basename(screenshot.path))} (${screenshot.width}x${screenshot.height}, ${(0,units/* formatBytes */.z3)(screenshot.bytes)}) in ${(0,summary/* code */.aY)(external_node_path_default().dirname(screenshot.path))}. ` +
            'It is not uploaded: this step runs after all others. To find the screen among this run\'s artifacts, add these steps after the failing one:', '', screenshotUploadSteps(headlessEnvUses()), '');
    }
    if (screenshotError)
        lines.push(`> [!WARNING]\n> No failure screenshot: ${screenshotError}`, '');
    if (video?.kept) {
        lines.push(`🎥 Screen recording finalised: ${(0,summary/* code */.aY)(external_node_path_default().basename(video.path))} (${(0,units/* formatBytes */.z3)(video.bytes)}) in ${(0,summary/* code */.aY)(external_node_path_default().dirname(video.path))} on the runner. ` +
            'It is not uploaded: this step runs after all others. ' +
            (state.wayland
                ? 'In a Wayland session it is a plain MP4, complete only now, so no step of this job could upload it; on a self-hosted runner, a `screenshot-path` in the workspace keeps it there after the job.'
                : 'The file is playable before post finalises it, so to find it among this run\'s artifacts, upload it from an `if: failure()` step after the failing one (`path: ${{ steps.<headless-env step id>.outputs.video }}`).'), '');
    }
    else if (video) {
        lines.push(`🎥 The job succeeded: screen recording removed (\`record-video: on-failure\`).`, '');
    }
    const rows = report.stopped.map((s) => [COMPONENT_LABELS[s.component], s.pid, OUTCOME_LABELS[s.outcome], (0,units/* formatDuration */.a3)(s.ms)]);
    lines.push((0,summary/* markdownTable */.Qj)(['component', 'pid', 'stopped by', 'time'], rows, ['l', 'r', 'l', 'r']), '');
    lines.push(`Runtime dir ${(0,summary/* code */.aY)(state.runtimeDir)} ${report.runtimeDirRemoved ? 'removed' : 'NOT removed (not a headless-env runtime dir)'}; total ${(0,units/* formatDuration */.a3)(report.totalMs)}.`);
    return `${lines.join('\n')}\n`;
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

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ remaining),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/** Remaining time before `deadline`, never negative. */
function remaining(deadline) {
    return Math.max(0, deadline - performance.now());
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Polls `probe` until it returns a value, `stillAlive` turns false, or the deadline passes. Pauses
 * are tens of ms: this waits for readiness or exit, it is no sleep.
 */
async function pollUntil(probe, options) {
    let pause = options.intervalMs ?? 20;
    const maxPause = options.maxIntervalMs ?? pause;
    for (;;) {
        const value = await probe();
        if (value !== undefined)
            return { value };
        if (options.stillAlive && !options.stillAlive())
            return { died: true };
        if (remaining(options.deadline) <= 0)
            return {};
        await sleep(Math.max(1, Math.min(pause, remaining(options.deadline))));
        pause = Math.min(pause * 2, maxPause);
    }
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ groupHasLiveMembers),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   g0: () => (/* binding */ stopProcess),
/* harmony export */   tG: () => (/* binding */ startDetached)
/* harmony export */ });
/* unused harmony export processStartTicks */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1866);
/* harmony import */ var _system_procfs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(928);




function readStat(pid) {
    const text = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOptional */ .T9)(`/proc/${pid}/stat`);
    return text === undefined ? undefined : (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePidStat */ .Jf)(text);
}
/** Start time of `pid` in clock ticks since boot, or undefined (gone, or no /proc). */
function processStartTicks(pid) {
    return readStat(pid)?.startTicks;
}
/**
 * Starts a process in a new process group (detached), not tied to this process's lifetime or
 * event loop, and resolves once it has been spawned (rejects when the executable is missing).
 */
async function startDetached(command, args, options = {}) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: options.stdio ?? 'ignore', detached: true });
    await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
    });
    const pid = child.pid;
    child.unref();
    return { pid, pgid: pid, startTicks: processStartTicks(pid), command: [command, ...args].join(' ') };
}
/** True while the recorded process is alive (not a zombie) and is still the one recorded. */
function isRunning(record) {
    const stat = readStat(record.pid);
    if (stat)
        return stat.state !== 'Z' && (record.startTicks === undefined || stat.startTicks === record.startTicks);
    if (record.startTicks !== undefined)
        return false;
    return signalQuietly(record.pid, 0);
}
/** True while any live (non-zombie) member of process group `pgid` exists. */
function groupHasLiveMembers(pgid) {
    if (!signalQuietly(-pgid, 0))
        return false;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return true; // no /proc: trust kill(0), zombies included
    }
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const stat = readStat(Number(name));
        if (stat && stat.pgrp === pgid && stat.state !== 'Z')
            return true;
    }
    return false;
}
function signalQuietly(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** True once `condition` holds, false when `timeoutMs` passed first; checks back off from 5 to 50 ms. */
async function waitUntil(condition, timeoutMs) {
    const { value } = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(() => (condition() ? true : undefined), { deadline: performance.now() + timeoutMs, intervalMs: 5, maxIntervalMs: 50 });
    return value === true;
}
/**
 * Stops a process runner-kit started: SIGTERM, wait up to `graceMs`, then SIGKILL. With `group`
 * (default) the signals go to its process group, so helpers it forked stop too. Nothing is
 * signalled when the recorded PID is gone or now belongs to another process (PID reuse): the
 * group of a reused PID is someone else's.
 */
async function stopProcess(record, options = {}) {
    const graceMs = options.graceMs ?? 2000;
    const group = options.group ?? true;
    // A leader that exited (or is a zombie) may leave its group alive (a forking daemon). The group
    // id stays reserved while any member lives, so it is still ours unless the PID was reused.
    // The /proc scan for group members is needed only when the leader is gone.
    if (!isRunning(record)) {
        const stat = readStat(record.pid);
        const pidStillOurs = stat === undefined || record.startTicks === undefined || stat.startTicks === record.startTicks;
        if (!(group && pidStillOurs && groupHasLiveMembers(record.pgid)))
            return 'not-running';
    }
    const target = group ? -record.pgid : record.pid;
    const stopped = () => (group ? !groupHasLiveMembers(record.pgid) : !isRunning(record));
    signalQuietly(target, 'SIGTERM');
    if (await waitUntil(stopped, graceMs))
        return 'terminated';
    signalQuietly(target, 'SIGKILL');
    await waitUntil(stopped, 2000);
    return 'killed';
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

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ StepState)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2007);

/**
 * A typed value handed from `main` to `post` through the runner's state file (`GITHUB_STATE` →
 * `STATE_<name>`). Stored as JSON under one name so a config object survives whole.
 */
class StepState {
    name;
    isValid;
    constructor(name, isValid) {
        this.name = name;
        this.isValid = isValid;
    }
    save(value) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(this.name, JSON.stringify(value));
    }
    /** The saved value, or undefined when main did not save one (it failed early or was skipped). */
    load() {
        const text = _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(this.name);
        if (text === '')
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return undefined;
        }
        return this.isValid(parsed) ? parsed : undefined;
    }
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
