/** headless-env: the public part of the headless domain (Xvfb, window manager, D-Bus, PulseAudio). */
export { defaultScreenshotPath, MODES, parseDisplayNumber, parseResolution, readHeadlessConfig, WINDOW_MANAGERS, type HeadlessConfig, type HeadlessMode, type ScreenSpec, type WindowManagerChoice } from './config.ts';
export type { ComponentName, StartedComponent } from './component.ts';
export { dbusArgs, parseListNames } from './dbus.ts';
export { missingRequirements, requirements, type Requirement } from './install.ts';
export { BINARY_PACKAGES, detectPackageManager, installPlan, missingBinariesMessage, packagesFor, type InstallPlan, type PackageManager } from './packages.ts';
export { parsePactlInfo, pulseArgs, pulseScript, SINK_NAME, SOURCE_NAME } from './pulseaudio.ts';
export { headlessEnvMain, headlessEnvPost, headlessEnvState, onLinux, renderStartSummary, renderStopSummary } from './report.ts';
export { createRuntimeDir, removeRuntimeDir, runtimeLayout, type RuntimeLayout } from './runtime-dir.ts';
export { captureScreenshot, encodePng, type Screenshot } from './screenshot.ts';
export { startHeadlessEnv, type HeadlessStartResult, type HeadlessState, type HeadlessVariables } from './start.ts';
export { stopComponents, type StopReport, type StoppedComponent } from './stop.ts';
export { fluxboxConfig, parseSupportingWmCheck, resolveWindowManager, windowManagerArgs, WM_GRACE_MS, type WindowManager } from './window-manager.ts';
export { connectionSetup, encodeXauthority, probeX } from './x11.ts';
export { decodeXwd, parseXwdHeader, type RgbaImage, type XwdHeader } from './xwd.ts';
export { xvfbArgs } from './xvfb.ts';
