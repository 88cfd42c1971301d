import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import { detectRunner } from '../runner.ts';

export const WINDOW_MANAGERS = ['auto', 'fluxbox', 'openbox', 'none'] as const;
/** `auto` picks the first of fluxbox/openbox found on PATH. */
export type WindowManagerChoice = (typeof WINDOW_MANAGERS)[number];

export const SESSIONS = ['x11', 'wayland'] as const;
/** `x11`: Xvfb + window manager. `wayland`: sway on the headless wlroots backend (+ Xwayland where installed). */
export type SessionKind = (typeof SESSIONS)[number];

export const AUDIO_CHOICES = ['auto', 'pulseaudio', 'pipewire', 'none'] as const;
/** `auto`: PipeWire where it is installed and PulseAudio is not, else PulseAudio. */
export type AudioChoice = (typeof AUDIO_CHOICES)[number];

export const MODES = ['start', 'screenshot'] as const;
/** `start`: bring the stack up (post stops it). `screenshot`: save a PNG of `$DISPLAY` now. */
export type HeadlessMode = (typeof MODES)[number];

export const RECORD_VIDEO_MODES = ['false', 'on-failure', 'always'] as const;
/** Record the screen from main to post: never, kept only when the job failed, or always kept. */
export type RecordVideoMode = (typeof RECORD_VIDEO_MODES)[number];

/** Xvfb's screen 0. */
export interface ScreenSpec {
  width: number;
  height: number;
  depth: number;
}

/** Everything headless-env's main and post steps need, validated once. */
export interface HeadlessConfig {
  mode: HeadlessMode;
  /** Fixed display number; undefined: Xvfb picks a free one atomically (-displayfd). */
  display: number | undefined;
  screen: ScreenSpec;
  session: SessionKind;
  /** Ignored in a Wayland session (sway is the window manager there). */
  windowManager: WindowManagerChoice;
  dbus: boolean;
  /** `true` reads as `auto`, `false` as `none`. */
  audio: AudioChoice;
  /** Start the AT-SPI accessibility bus, enabled (needs `dbus`). */
  accessibility: boolean;
  install: boolean;
  /** Bound on the whole start-up (each wait shares it). */
  timeoutMs: number;
  screenshotOnFailure: boolean;
  recordVideo: RecordVideoMode;
  /** Absolute path of the PNG; undefined: a default under RUNNER_TEMP (see {@link defaultScreenshotPath}). */
  screenshotPath: string | undefined;
  /** `job.status` as the runner evaluated it for this step. */
  jobStatus: string;
  /** RUNNER_TEMP, where the per-job runtime directory is made. */
  runnerTemp: string;
  workspace: string;
}

const DEPTHS = [8, 15, 16, 24, 30];

/** Parses `1920x1080x24` (depth optional, default 24). */
export function parseResolution(text: string): ScreenSpec | undefined {
  const match = /^(\d{1,5})x(\d{1,5})(?:x(\d{1,2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const [width, height, depth] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 24)];
  if (width < 1 || height < 1 || width > 16384 || height > 16384 || !DEPTHS.includes(depth)) return undefined;
  return { width, height, depth };
}

/** Parses `:99`, `99` or `:99.0` into 99. */
export function parseDisplayNumber(text: string): number | undefined {
  const match = /^:?(\d{1,5})(?:\.0)?$/.exec(text.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  return number <= 32767 ? number : undefined;
}

/** Reads and validates headless-env's inputs. */
export function readHeadlessConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): HeadlessConfig {
  const runner = detectRunner(env);
  const displayText = inputs.optional('display');
  const display = displayText === undefined ? undefined : parseDisplayNumber(displayText);
  if (displayText !== undefined && display === undefined) {
    throw new ConfigurationError(`Input 'display' has the value '${displayText}'; expected a display such as :99 (0 to 32767), or empty to pick a free one.`);
  }
  const resolutionText = inputs.optional('resolution') ?? '1920x1080x24';
  const screen = parseResolution(resolutionText);
  if (!screen) {
    throw new ConfigurationError(`Input 'resolution' has the value '${resolutionText}'; expected WIDTHxHEIGHTxDEPTH such as 1920x1080x24 (sizes 1 to 16384, depth one of ${DEPTHS.join(', ')}).`);
  }
  const screenshotText = inputs.optional('screenshot-path');
  const dbus = inputs.boolean('dbus', true);
  const accessibility = inputs.boolean('accessibility', false);
  if (accessibility && !dbus) {
    throw new ConfigurationError("Input 'accessibility' is true but 'dbus' is false; the AT-SPI bus is found through the session bus: set 'dbus: true' (the default), or 'accessibility: false'.");
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
    screenshotPath: screenshotText === undefined ? undefined : path.resolve(runner.workspace, screenshotText),
    jobStatus: (inputs.optional('job-status') ?? '').toLowerCase(),
    runnerTemp: runner.temp,
    workspace: runner.workspace,
  };
}

/** `audio`: one of {@link AUDIO_CHOICES}, or the boolean it was before (true = auto, false = none). */
function readAudio(inputs: Inputs): AudioChoice {
  const text = (inputs.optional('audio') ?? '').toLowerCase();
  if (text === 'true') return 'auto';
  if (text === 'false') return 'none';
  const found = AUDIO_CHOICES.find((choice) => choice === text);
  if (text === '' || found) return found ?? 'auto';
  throw new ConfigurationError(`Input 'audio' has the value '${inputs.optional('audio') ?? ''}'; expected one of ${AUDIO_CHOICES.join(', ')} (or true = auto, false = none).`);
}

/**
 * Where a screenshot goes when `screenshot-path` is empty: a fixed folder under RUNNER_TEMP,
 * one file per display and moment, so an upload step can take the whole folder.
 */
export function defaultScreenshotPath(runnerTemp: string, display: string, label: string): string {
  const number = display.replace(/^:/, '').replace(/\.0$/, '');
  return path.join(runnerTemp, 'headless-env-screenshots', `display-${number}-${label}.png`);
}

/**
 * Where the screen recording goes: next to the screenshots (the folder of `screenshot-path`, or
 * the default screenshot folder), one file per display, so one upload takes both.
 */
export function defaultVideoPath(runnerTemp: string, display: string, screenshotPath: string | undefined): string {
  const number = display.replace(/^:/, '').replace(/\.0$/, '');
  const dir = screenshotPath === undefined ? path.dirname(defaultScreenshotPath(runnerTemp, display, 'video')) : path.dirname(screenshotPath);
  return path.join(dir, `display-${number}-video.mp4`);
}
