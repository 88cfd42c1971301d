export const id = 222;
export const ids = [222,765];
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

/***/ 3222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startHeadlessEnv: () => (/* binding */ startHeadlessEnv)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/logging.ts
var logging = __webpack_require__(6496);
// EXTERNAL MODULE: ./packages/core/src/system-errors.ts
var system_errors = __webpack_require__(1146);
// EXTERNAL MODULE: ./packages/core/src/units.ts
var units = __webpack_require__(5294);
// EXTERNAL MODULE: ./packages/core/src/headless/config.ts
var headless_config = __webpack_require__(4595);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/polling.ts
var polling = __webpack_require__(1866);
// EXTERNAL MODULE: ./packages/core/src/processes.ts
var processes = __webpack_require__(8600);
// EXTERNAL MODULE: ./packages/core/src/headless/commands.ts
var commands = __webpack_require__(6987);
// EXTERNAL MODULE: ./packages/core/src/headless/launch.ts
var launch = __webpack_require__(766);
// EXTERNAL MODULE: ./packages/core/src/headless/packages.ts
var headless_packages = __webpack_require__(7708);
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
    const launcher = (0,headless_packages/* findProgram */.Kp)(AT_SPI_LAUNCHER, env['PATH']) ?? AT_SPI_LAUNCHER;
    const log = external_node_path_default().join(options.layout.logs, 'at-spi-bus-launcher.log');
    const started = await (0,launch/* launch */.q)(launcher, AT_SPI_LAUNCHER_ARGS, { env, log, cwd: options.layout.home, track: options.track });
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
    const started = await (0,launch/* launch */.q)('dbus-daemon', dbusArgs(options.layout.dbusSocket), { env: options.env, log, announceFile: addressFile, track: options.track });
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

// EXTERNAL MODULE: ./packages/core/src/lazy-builtins.ts
var lazy_builtins = __webpack_require__(1096);
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
    return needed.filter((r) => !(0,headless_packages/* findProgram */.Kp)(r.binary, searchPath));
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
    const manager = (0,headless_packages/* detectPackageManager */.Lv)((0,headless_packages/* readOsRelease */.A3)());
    const required = missing.filter((m) => !m.optional);
    const canInstall = install && manager !== undefined && (isRoot() || (0,headless_packages/* findExecutable */.oq)('sudo') !== undefined);
    if (required.length && !canInstall) {
        // Failing anyway: one command for everything missing, the optional programs too.
        const message = (0,headless_packages/* missingBinariesMessage */.Dj)(missing, manager, isRoot());
        if (!install)
            throw new errors/* ConfigurationError */.j1(message);
        throw new errors/* ConfigurationError */.j1(manager ? `${message}\n(install: true needs root or sudo; neither is available.)` : `${message}\n(install: true works on Debian/Ubuntu (apt-get) and Fedora (dnf); this machine is neither.)`);
    }
    let packages = [];
    if (canInstall) {
        const plan = (0,headless_packages/* installPlan */.VF)(missing.map((m) => m.binary), manager, isRoot());
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
    const how = managers.map((each) => (0,headless_packages/* installPlan */.VF)(missing.map((m) => m.binary), each, isRoot()).shell).join(', or ');
    const inputs = missing.flatMap((m) => (m.input ? [`'${m.input}: false'`] : []));
    const skip = inputs.length ? `, or set ${inputs.join(', ')} to skip it without this warning` : '';
    return `headless-env: ${what}. Install it with: ${how} (or set 'install: true')${skip}.`;
}
function runInherited(argv, plan) {
    return new Promise((resolve, reject) => {
        const child = (0,lazy_builtins/* childProcess */.Qk)().spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
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
    if ((0,headless_packages/* findExecutable */.oq)('pulseaudio', searchPath))
        return 'pulseaudio';
    return (0,headless_packages/* findExecutable */.oq)('pipewire', searchPath) && (0,headless_packages/* findExecutable */.oq)('pipewire-pulse', searchPath) ? 'pipewire' : 'pulseaudio';
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
    const started = await (0,launch/* launch */.q)('pulseaudio', pulseArgs(script), { env: options.env, log, cwd: layout.home, track: options.track });
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
        const process = await (0,launch/* launch */.q)(component, [], { env, log, cwd: layout.home, track: (started) => options.track(component, started) });
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

// EXTERNAL MODULE: ./packages/core/src/headless/runtime-dir.ts
var runtime_dir = __webpack_require__(5727);
// EXTERNAL MODULE: ./packages/core/src/headless/stop.ts
var stop = __webpack_require__(9765);
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
        const socket = (0,lazy_builtins/* nodeNet */.SM)().createConnection({ path: socketPath });
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

// EXTERNAL MODULE: ./packages/core/src/headless/x11.ts
var x11 = __webpack_require__(5851);
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
    const started = await (0,launch/* launch */.q)(command, args, { env: swayEnv(options.env), log, cwd: layout.home, track: options.track });
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
    const accepted = await (0,polling/* pollUntil */.g)(async () => ((await (0,x11/* probeX */.DM)(xNumber, undefined, 500)) === 'accepted' ? true : undefined), alive);
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
    return ['fluxbox', 'openbox'].find((wm) => (0,headless_packages/* findExecutable */.oq)(wm, searchPath)) ?? 'fluxbox';
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
    const started = await (0,launch/* launch */.q)(wm, windowManagerArgs(wm, layout), { env: options.env, log, cwd: layout.home, track: options.track });
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

// EXTERNAL MODULE: ./packages/core/src/headless/video.ts
var video = __webpack_require__(2414);
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
    const started = await (0,launch/* launch */.q)('Xvfb', xvfbArgs(options.screen, options.display, options.layout.xauthority), { env: options.env, log, announceFile: displayFile, track: options.track });
    const announced = await (0,polling/* pollUntil */.g)(() => {
        const text = (0,external_node_fs_.readFileSync)(displayFile, 'utf8');
        return /^\d+\n/.test(text) ? Number.parseInt(text, 10) : undefined;
    }, { deadline: options.deadline, intervalMs: 10, stillAlive: () => (0,processes/* isRunning */.W_)(started) });
    if (announced.value === undefined)
        throw xvfbFailure(started, log, announced.died, options.display);
    const display = announced.value;
    const accepted = await (0,polling/* pollUntil */.g)(async () => ((await (0,x11/* probeX */.DM)(display, options.cookie, 500)) === 'accepted' ? true : undefined), {
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
    const cookie = (0,x11/* newCookie */.Ds)();
    const layout = await (0,system_errors/* withSystemErrors */.L)({ doing: 'creating the runtime directory (sockets, logs, the display cookie)', path: config.runnerTemp, remedy: 'make room in the runner\'s temp directory (RUNNER_TEMP) or make it writable for the runner\'s user' }, async () => {
        const made = (0,runtime_dir/* createRuntimeDir */.gi)(config.runnerTemp);
        (0,x11/* writeXauthority */.jd)(made.xauthority, cookie);
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
        const xwayland = (0,headless_packages/* findProgram */.Kp)('Xwayland', baseEnv['PATH']) !== undefined;
        const w = await timed(() => startSway({ layout, screen: config.screen, xwayland, ...(config.recordVideo === 'false' ? {} : { refreshHz: video/* VIDEO_FPS */.cB }), env: baseEnv, deadline, track: track('sway', GRACE_MS.sway) }));
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
        const v = await timed(() => (0,video/* startRecording */.K3)({ session: config.session, display, screen: config.screen, file, layout, env, deadline, track: track('video', GRACE_MS.video) }));
        components.push({ component: 'video', process: v.value.process, graceMs: GRACE_MS.video, log: v.value.log, readyMs: v.ms, detail: `${video/* VIDEO_FPS */.cB} fps into ${file}` });
        logger.info(`Recording ${display} at ${video/* VIDEO_FPS */.cB} fps into ${(0,logging/* untrusted */.bp)(file)} (${mode === 'always' ? 'kept' : 'kept only if the job fails'}).`);
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
        await (0,stop.stopComponents)(state, logger);
        if (state.video)
            (0,video/* discardVideo */.wh)(state.video.path); // the start of a job that never ran
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
