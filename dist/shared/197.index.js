export const id = 197;
export const ids = [197];
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
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);


/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
async function runCommand(command, args, options) {
    const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
    return { ...result, stdout: result.stdout.toString() };
}
/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
function logTail(file, lines = 15) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').trimEnd();
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
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a', 0o600);
}
/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
function closeAll(fds) {
    for (const fd of fds) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // already closed
        }
    }
}
/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
function runCommandBuffer(command, args, options) {
    return new Promise((resolve) => {
        (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .childProcess */ .Qk)().execFile(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
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

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ launch)
/* harmony export */ });
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8600);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6987);


/**
 * Starts a stack program detached with stdout/stderr appended to `log` and, when `announceFile`
 * is given, fd 3 writing to that file (Xvfb's -displayfd, dbus-daemon's --print-address): a
 * file, not a pipe, so there is nothing to drain, no SIGPIPE later and nothing that keeps the
 * step process alive. The parent's copies of the descriptors are closed at once; `track` hears
 * of the process before anything can fail, so it is always stopped.
 */
async function launch(command, args, options) {
    const logFd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .openForChild */ .EW)(options.log);
    const announceFd = options.announceFile === undefined ? undefined : (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .openForChild */ .EW)(options.announceFile);
    try {
        const started = await (0,_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .startDetached */ .tG)(command, args, {
            env: options.env,
            stdio: announceFd === undefined ? ['ignore', logFd, logFd] : ['ignore', logFd, logFd, announceFd],
            ...(options.cwd ? { cwd: options.cwd } : {}),
        });
        options.track(started);
        return started;
    }
    finally {
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .closeAll */ .S5)(announceFd === undefined ? [logFd] : [logFd, announceFd]);
    }
}


/***/ }),

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ readHeadlessEnvPostConfig),
/* harmony export */   E$: () => (/* binding */ publishHeadlessEnvPost),
/* harmony export */   IG: () => (/* binding */ publishHeadlessEnv),
/* harmony export */   pj: () => (/* binding */ runHeadlessEnvPost),
/* harmony export */   wT: () => (/* binding */ runHeadlessEnv)
/* harmony export */ });
/* unused harmony exports headlessEnvState, onLinux, renderStartSummary, headlessEnvUses, screenshotUploadSteps, renderScreenshotSummary, renderStopSummary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2007);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _logging_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6496);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8643);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6684);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(521);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5294);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4595);
/* harmony import */ var _video_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2414);











const isStartedProcess = (value) => {
    const p = value;
    return typeof p === 'object' && p !== null && Number.isInteger(p.pid) && Number.isInteger(p.pgid) && typeof p.command === 'string';
};
/** main → post: the runtime dir and every process main started. */
const headlessEnvState = new _state_js__WEBPACK_IMPORTED_MODULE_2__/* .StepState */ .u('headless-env', (value) => {
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
    return (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .detectRunner */ .q)(env).os === 'Linux' && process.platform === 'linux';
}
/**
 * main: start the stack (or, in `screenshot` mode, save a PNG of `$DISPLAY`). The state is saved
 * as each process starts, so post can stop what a failed start left behind.
 */
async function runHeadlessEnv(config, deps) {
    if (!onLinux())
        return { kind: 'not-linux', os: (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .detectRunner */ .q)().os };
    if (config.mode === 'screenshot') {
        const wayland = process.env['XDG_SESSION_TYPE'] === 'wayland' ? process.env['WAYLAND_DISPLAY'] : undefined;
        const display = wayland ?? process.env['DISPLAY'];
        if (!display)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("mode: screenshot needs DISPLAY (or WAYLAND_DISPLAY in a Wayland session): run headless-env (mode: start) in an earlier step of this job.");
        const file = config.screenshotPath ?? (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultScreenshotPath */ .PR)(config.runnerTemp, display, `${Date.now()}`);
        const { captureScreenshot, captureWaylandScreenshot } = await __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 2132));
        const shot = wayland ? await captureWaylandScreenshot(file, process.env) : await captureScreenshot(display, file, process.env);
        return { kind: 'screenshot', display, shot };
    }
    // Loaded here, not when the step starts: starting the stack is most of this action's code.
    const { startHeadlessEnv } = await __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 3222));
    const result = await startHeadlessEnv(config, { logger: deps.logger, onStarted: (state) => headlessEnvState.save(state) });
    headlessEnvState.save(result.state);
    return { kind: 'started', result };
}
/** main's outputs (every one set, empty when its part is off), exported variables and summary. */
async function publishHeadlessEnv(outcome, deps) {
    for (const name of OUTPUTS)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH(name, '');
    if (outcome.kind === 'not-linux') {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .notice */ .lm(`headless-env runs on Linux only; on ${outcome.os} it does nothing (outputs are empty).`);
    }
    else if (outcome.kind === 'screenshot') {
        const { display, shot } = outcome;
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('screenshot', shot.path);
        deps.logger.info(`Screenshot of ${display} (${shot.width}x${shot.height}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(shot.bytes)}) saved to ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(shot.path)}`);
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .appendSummary */ .fe)(renderScreenshotSummary(display, shot));
    }
    else {
        publishStarted(outcome.result);
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .appendSummary */ .fe)(renderStartSummary(outcome.result));
    }
}
function publishStarted(result) {
    for (const [name, value] of Object.entries(result.variables))
        if (value !== undefined)
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .exportVariable */ .dN(name, value);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('display', result.variables.DISPLAY ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('wayland-display', result.variables.WAYLAND_DISPLAY ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('pulse-server', result.variables.PULSE_SERVER ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('dbus-address', result.variables.DBUS_SESSION_BUS_ADDRESS ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('runtime-dir', result.layout.root);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('xauthority', result.variables.XAUTHORITY ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('window-manager', result.windowManager ?? '');
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('video', result.state.video?.path ?? '');
}
/** The job-summary section of main: what started, its pid, how long until verified. */
function renderStartSummary(result) {
    const rows = result.components.map((c) => [COMPONENT_LABELS[c.component], c.process.pid, (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(c.readyMs), c.detail]);
    const variables = Object.entries(result.variables).map(([name, value]) => [(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(name), value === undefined ? '' : (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(value)]);
    const lines = [
        '### 🖥️ headless-env',
        '',
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownTable */ .Qj)(['component', 'pid', 'ready in', 'detail'], rows, ['l', 'r', 'r', 'l']),
        '',
        `Everything up and verified in **${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(result.totalMs)}**; logs in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(result.layout.logs)} until the post step removes ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(result.layout.root)}.`,
        '',
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownTable */ .Qj)(['exported variable', 'value'], variables),
    ];
    if (result.installedPackages.length)
        lines.push('', `Installed: ${result.installedPackages.map(_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY).join(', ')}.`);
    const video = result.state.video;
    if (video) {
        lines.push('', `🎥 Recording the screen at ${_video_js__WEBPACK_IMPORTED_MODULE_10__/* .VIDEO_FPS */ .cB} fps into ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(video.path))} in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(video.path))} (output \`video\`); ` +
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
    return { ...(state ? { state } : {}), readConfig: () => (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readHeadlessConfig */ .e6)(inputs) };
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
        logger.warning(`headless-env post: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)} No screenshot; stopping the stack anyway.`);
    }
    let screenshot;
    let screenshotError;
    const screen = state.wayland ?? state.display;
    if (inputs && inputs.screenshotOnFailure && inputs.jobStatus === 'failure' && screen && state.components.some((c) => c.component === 'xvfb' || c.component === 'sway')) {
        const file = inputs.screenshotPath ?? (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultScreenshotPath */ .PR)(inputs.runnerTemp, screen, 'post');
        try {
            const { captureScreenshot, captureWaylandScreenshot } = await __webpack_require__.e(/* import() */ 132).then(__webpack_require__.bind(__webpack_require__, 2132));
            screenshot = state.wayland
                ? await captureWaylandScreenshot(file, { ...process.env, XDG_RUNTIME_DIR: state.runtimeDir, WAYLAND_DISPLAY: state.wayland })
                : await captureScreenshot(screen, file, { ...process.env, XAUTHORITY: state.xauthority });
            logger.info(`The job failed: screenshot of ${screen} (${screenshot.width}x${screenshot.height}) saved to ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(screenshot.path)}`);
        }
        catch (error) {
            screenshotError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error);
            logger.warning(`headless-env post: could not take the failure screenshot: ${screenshotError}`);
        }
    }
    const { stopComponents } = await __webpack_require__.e(/* import() */ 765).then(__webpack_require__.bind(__webpack_require__, 9765));
    const report = await stopComponents(state, logger);
    logger.info(`Stopped ${report.stopped.length} process(es) and removed ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(state.runtimeDir)} in ${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(report.totalMs)}.`);
    const video = state.video ? finishVideo(state.video.path, (0,_video_js__WEBPACK_IMPORTED_MODULE_10__/* .keepVideo */ .T2)(state.video.mode, inputs?.jobStatus), logger) : undefined;
    return { kind: 'stopped', state, report, ...(screenshot ? { screenshot } : {}), ...(screenshotError ? { screenshotError } : {}), ...(video ? { video } : {}) };
}
/** Keeps the finalised recording (and says where) or removes it. */
function finishVideo(file, keep, logger) {
    if (!keep) {
        if (!(0,_video_js__WEBPACK_IMPORTED_MODULE_10__/* .discardVideo */ .wh)(file))
            logger.warning(`headless-env post: could not remove the screen recording ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(file)}.`);
        return { path: file, kept: false, bytes: 0 };
    }
    let bytes = 0;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    }
    catch (error) {
        logger.warning(`headless-env post: the screen recording ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(file)} is missing: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
    }
    logger.info(`Screen recording saved to ${(0,_logging_js__WEBPACK_IMPORTED_MODULE_8__/* .untrusted */ .bp)(file)} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(bytes)}).`);
    return { path: file, kept: true, bytes };
}
/** post's `screenshot` output and summary. */
async function publishHeadlessEnvPost(outcome, deps) {
    if (outcome.kind === 'nothing') {
        deps.logger.debug(outcome.why);
        return;
    }
    if (outcome.screenshot)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('screenshot', outcome.screenshot.path);
    if (outcome.video)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutput */ .uH('video', outcome.video.kept ? outcome.video.path : '');
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .appendSummary */ .fe)(renderStopSummary(outcome.state, outcome.report, outcome.screenshot, outcome.screenshotError, outcome.video));
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
        `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(shot.path))} — ${display}, ${shot.width}x${shot.height}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(shot.bytes)}, in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(shot.path))} on the runner.`,
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
        lines.push(`📸 The job failed: screenshot of ${state.wayland ?? state.display} saved on the runner as ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(screenshot.path))} (${screenshot.width}x${screenshot.height}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(screenshot.bytes)}) in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(screenshot.path))}. ` +
            'It is not uploaded: this step runs after all others. To find the screen among this run\'s artifacts, add these steps after the failing one:', '', screenshotUploadSteps(headlessEnvUses()), '');
    }
    if (screenshotError)
        lines.push(`> [!WARNING]\n> No failure screenshot: ${screenshotError}`, '');
    if (video?.kept) {
        lines.push(`🎥 Screen recording finalised: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(video.path))} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(video.bytes)}) in ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(video.path))} on the runner. ` +
            'It is not uploaded: this step runs after all others. ' +
            (state.wayland
                ? 'In a Wayland session it is a plain MP4, complete only now, so no step of this job could upload it; on a self-hosted runner, a `screenshot-path` in the workspace keeps it there after the job.'
                : 'The file is playable before post finalises it, so to find it among this run\'s artifacts, upload it from an `if: failure()` step after the failing one (`path: ${{ steps.<headless-env step id>.outputs.video }}`).'), '');
    }
    else if (video) {
        lines.push(`🎥 The job succeeded: screen recording removed (\`record-video: on-failure\`).`, '');
    }
    const rows = report.stopped.map((s) => [COMPONENT_LABELS[s.component], s.pid, OUTCOME_LABELS[s.outcome], (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(s.ms)]);
    lines.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownTable */ .Qj)(['component', 'pid', 'stopped by', 'time'], rows, ['l', 'r', 'l', 'r']), '');
    lines.push(`Runtime dir ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(state.runtimeDir)} ${report.runtimeDirRemoved ? 'removed' : 'NOT removed (not a headless-env runtime dir)'}; total ${(0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(report.totalMs)}.`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ startRecording),
/* harmony export */   T2: () => (/* binding */ keepVideo),
/* harmony export */   Ww: () => (/* binding */ stopRecording),
/* harmony export */   cB: () => (/* binding */ VIDEO_FPS),
/* harmony export */   wh: () => (/* binding */ discardVideo)
/* harmony export */ });
/* unused harmony exports ffmpegArgs, wfRecorderArgs, recorderCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7638);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1866);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8600);
/* harmony import */ var _system_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1146);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6987);
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(766);









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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
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
    await (0,_system_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withSystemErrors */ .L)({ doing: 'making the folder for the screen recording', path: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), remedy: "set 'screenshot-path' to a writable place with room (the video is written next to it)" }, async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    });
    const { command, args } = recorderCommand(options.session, options.display, options.screen, file);
    // wf-recorder asks on stdin before overwriting; the file name is headless-env's own.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    const log = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.layout.logs, `${command}.log`);
    const started = await (0,_launch_js__WEBPACK_IMPORTED_MODULE_4__/* .launch */ .q)(command, args, { env: options.env, log, cwd: options.layout.home, track: options.track });
    const written = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g)(() => (size(file) > 0 ? true : undefined), { deadline: options.deadline, intervalMs: 20, stillAlive: () => (0,_processes_js__WEBPACK_IMPORTED_MODULE_6__/* .isRunning */ .W_)(started) });
    if (!written.value) {
        const message = written.died ? `${command} exited during start-up (pid ${started.pid}) instead of recording ${options.display}.` : `${command} did not start writing ${file} within timeout-seconds.`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ExternalError */ .yA((0,_commands_js__WEBPACK_IMPORTED_MODULE_8__/* .withLogTail */ .f_)(message, log));
    }
    return { process: started, log };
}
/**
 * Stops the recorder as ffmpeg wants to be stopped, SIGINT (it writes the end of the file and
 * exits), waiting up to `graceMs`; a recorder that does not exit by then is stopped like any
 * other process (TERM, then KILL). By the recorded process group only, never by name.
 */
async function stopRecording(record, graceMs) {
    if (!(0,_processes_js__WEBPACK_IMPORTED_MODULE_6__/* .isRunning */ .W_)(record))
        return (0,_processes_js__WEBPACK_IMPORTED_MODULE_6__/* .stopProcess */ .g0)(record, { graceMs: 0 });
    try {
        process.kill(-record.pgid, 'SIGINT');
    }
    catch {
        return 'not-running'; // exited meanwhile
    }
    const done = await (0,_polling_js__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g)(() => ((0,_processes_js__WEBPACK_IMPORTED_MODULE_6__/* .groupHasLiveMembers */ .Jm)(record.pgid) ? undefined : true), { deadline: performance.now() + graceMs, intervalMs: 10, maxIntervalMs: 50 });
    if (done.value)
        return 'interrupted';
    return (0,_processes_js__WEBPACK_IMPORTED_MODULE_6__/* .stopProcess */ .g0)(record, { graceMs: 1000 });
}
/** Removes a video post does not keep (a successful job with `on-failure`); true when it is gone. */
function discardVideo(file) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    return !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file);
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
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1866);
/* harmony import */ var _system_procfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(928);




function readStat(pid) {
    const text = (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)(`/proc/${pid}/stat`);
    return text === undefined ? undefined : (0,_system_procfs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePidStat */ .Jf)(text);
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
    const child = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .childProcess */ .Qk)().spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: options.stdio ?? 'ignore', detached: true });
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
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
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
