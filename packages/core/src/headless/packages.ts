import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';

/** Package managers headless-env can install with. */
export type PackageManager = 'apt-get' | 'dnf';

/** The package that provides each binary headless-env runs, per package manager. */
export const BINARY_PACKAGES: Readonly<Record<string, Readonly<Record<PackageManager, string>>>> = {
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
const OFF_PATH: Readonly<Record<string, readonly string[]>> = {
  'at-spi-bus-launcher': ['/usr/libexec', '/usr/lib/at-spi2-core', '/usr/libexec/at-spi2-core'],
};

/** Full path of `name` on `searchPath` (like `command -v`), or undefined. */
export function findExecutable(name: string, searchPath = process.env['PATH'] ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Like {@link findExecutable}, then where distributions install `name` off PATH (libexec). */
export function findProgram(name: string, searchPath?: string): string | undefined {
  return findExecutable(name, searchPath) ?? findExecutable(name, (OFF_PATH[name] ?? []).join(path.delimiter));
}

/** Picks the package manager from /etc/os-release text (`ID` and `ID_LIKE`). */
export function detectPackageManager(osRelease: string): PackageManager | undefined {
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.toLowerCase().split(/\s+/);
  if (ids.some((id) => ['debian', 'ubuntu'].includes(id))) return 'apt-get';
  if (ids.some((id) => ['fedora', 'rhel', 'centos'].includes(id))) return 'dnf';
  return undefined;
}

/** /etc/os-release of this machine, or '' when absent. */
export function readOsRelease(file = '/etc/os-release'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** How to install what is missing: the packages and the exact commands, in order. */
export interface InstallPlan {
  manager: PackageManager;
  packages: string[];
  /** argv of each command to run. */
  commands: string[][];
  /** The same commands as one shell line, for messages and the README. */
  shell: string;
}

/** The packages providing `binaries` for `manager`, deduplicated, in a stable order. */
export function packagesFor(binaries: readonly string[], manager: PackageManager): string[] {
  const packages = binaries.map((binary) => BINARY_PACKAGES[binary]?.[manager] ?? binary);
  return [...new Set(packages)].sort();
}

/** Builds the install commands; `sudo -n` (never a password prompt in CI) when not root. */
export function installPlan(binaries: readonly string[], manager: PackageManager, isRoot: boolean): InstallPlan {
  const packages = packagesFor(binaries, manager);
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const commands =
    manager === 'apt-get'
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
export function missingBinariesMessage(missing: readonly { binary: string; purpose: string }[], manager: PackageManager | undefined, isRoot: boolean): string {
  const binaries = missing.map((m) => m.binary);
  const lines = [`headless-env needs programs that are not on PATH: ${missing.map((m) => `${m.binary} (${m.purpose})`).join(', ')}.`];
  const managers: PackageManager[] = manager ? [manager] : ['apt-get', 'dnf'];
  for (const each of managers) {
    const plan = installPlan(binaries, each, isRoot);
    lines.push(`${each === 'apt-get' ? 'Debian/Ubuntu' : 'Fedora'} packages: ${plan.packages.join(' ')}. Install them with: ${plan.shell}`);
  }
  lines.push("Or set 'install: true' to let headless-env install them.");
  return lines.join('\n');
}
