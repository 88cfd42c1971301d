import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A marker proving a directory is a headless-env runtime dir, so post never removes anything else. */
const MARKER = '.runner-kit-headless-env';
/** sun_path holds 108 bytes with the terminating NUL. */
const MAX_SOCKET_PATH = 107;
const LONGEST_SOCKET = 'pulse/native';

/** The per-job private directory and the paths inside it. */
export interface RuntimeLayout {
  root: string;
  home: string;
  config: string;
  /** Exported as XDG_RUNTIME_DIR: the root itself, so pulse/ and bus sit where programs expect them. */
  xdgRuntime: string;
  pulseSocket: string;
  dbusSocket: string;
  xauthority: string;
  logs: string;
}

/** The layout under `root` (pure). */
export function runtimeLayout(root: string): RuntimeLayout {
  return {
    root,
    home: path.join(root, 'home'),
    config: path.join(root, 'config'),
    xdgRuntime: root,
    pulseSocket: path.join(root, 'pulse', 'native'),
    dbusSocket: path.join(root, 'bus'),
    xauthority: path.join(root, 'Xauthority'),
    logs: path.join(root, 'logs'),
  };
}

/**
 * Makes the runtime dir (mode 0700, as mkdtemp does) under `parent`, or under the system temp
 * dir when `parent` is so deep that a Unix socket path inside would not fit.
 */
export function createRuntimeDir(parent: string): RuntimeLayout {
  const prefix = 'headless-env-';
  const fits = (dir: string) => Buffer.byteLength(path.join(dir, `${prefix}XXXXXX`, LONGEST_SOCKET)) <= MAX_SOCKET_PATH;
  const base = fits(parent) ? parent : os.tmpdir();
  mkdirSync(base, { recursive: true });
  const layout = runtimeLayout(mkdtempSync(path.join(base, prefix)));
  try {
    writeFileSync(path.join(layout.root, MARKER), `${process.pid}\n`, { mode: 0o600 });
    for (const dir of [layout.home, layout.config, path.dirname(layout.pulseSocket), layout.logs]) {
      mkdirSync(dir, { mode: 0o700 });
    }
  } catch (error: unknown) {
    rmSync(layout.root, { recursive: true, force: true }); // half a runtime dir (a full disk) is nobody's
    throw error;
  }
  return layout;
}

/** Removes a runtime dir made by {@link createRuntimeDir}; refuses (false) anything without the marker. */
export function removeRuntimeDir(root: string): boolean {
  if (!path.isAbsolute(root) || !path.basename(root).startsWith('headless-env-') || !existsSync(path.join(root, MARKER))) return false;
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  return true;
}
