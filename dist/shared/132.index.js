export const id = 132;
export const ids = [132];
export const modules = {

/***/ 7708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ readOsRelease),
/* harmony export */   Dj: () => (/* binding */ missingBinariesMessage),
/* harmony export */   Kp: () => (/* binding */ findProgram),
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   VF: () => (/* binding */ installPlan),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* unused harmony exports BINARY_PACKAGES, packagesFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
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
    return findExecutable(name, searchPath) ?? findExecutable(name, (OFF_PATH[name] ?? []).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)));
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
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


/***/ }),

/***/ 2132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  captureScreenshot: () => (/* binding */ captureScreenshot),
  captureWaylandScreenshot: () => (/* binding */ captureWaylandScreenshot)
});

// UNUSED EXPORTS: encodePng, pngSize

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/headless/packages.ts
var headless_packages = __webpack_require__(7708);
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
    if (!(0,headless_packages/* findExecutable */.oq)('xwd', env['PATH'])) {
        throw new errors/* ConfigurationError */.j1((0,headless_packages/* missingBinariesMessage */.Dj)([{ binary: 'xwd', purpose: 'screenshot' }], (0,headless_packages/* detectPackageManager */.Lv)((0,headless_packages/* readOsRelease */.A3)()), process.getuid?.() === 0));
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
    if (!(0,headless_packages/* findExecutable */.oq)('grim', env['PATH'])) {
        throw new errors/* ConfigurationError */.j1((0,headless_packages/* missingBinariesMessage */.Dj)([{ binary: 'grim', purpose: 'screenshot' }], (0,headless_packages/* detectPackageManager */.Lv)((0,headless_packages/* readOsRelease */.A3)()), process.getuid?.() === 0));
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


/***/ })

};
