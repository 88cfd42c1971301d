import { childProcess } from '../lazy-builtins.ts';
import { ConfigurationError, ExternalError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import type { HeadlessConfig } from './config.ts';
import { detectPackageManager, findExecutable, findProgram, installPlan, missingBinariesMessage, readOsRelease, type InstallPlan, type PackageManager } from './packages.ts';
import type { WindowManager } from './window-manager.ts';
import { AT_SPI_LAUNCHER } from './accessibility.ts';
import type { AudioBackend } from './audio.ts';

/** A program the configured stack runs, and what for (named in the missing-binary message). */
export interface Requirement {
  binary: string;
  purpose: string;
  /** Needed only for an extra (a failure screenshot): when missing, that extra is skipped with a warning. */
  optional?: boolean;
  /** The input that turns the extra off (`screenshot-on-failure`); none for Xwayland, which is used where installed. */
  input?: string;
}

/** Every program the configuration needs (pure): `wm` and `audio` as resolved from the inputs. */
export function requirements(config: Pick<HeadlessConfig, 'session' | 'dbus' | 'accessibility' | 'recordVideo' | 'screenshotOnFailure' | 'mode'>, wm: WindowManager | undefined, audio: AudioBackend | undefined): Requirement[] {
  if (config.mode === 'screenshot') return [{ binary: 'xwd', purpose: 'screenshot' }];
  const wayland = config.session === 'wayland';
  const display: Requirement[] = wayland
    ? [
        { binary: 'sway', purpose: 'Wayland compositor' },
        ...(isRoot() ? [{ binary: 'unshare', purpose: 'running sway as root' }] : []),
        { binary: 'Xwayland', purpose: 'X11 clients (DISPLAY) in the Wayland session', optional: true },
      ]
    : [{ binary: 'Xvfb', purpose: 'display' }, ...(wm ? [{ binary: wm, purpose: 'window manager' }, { binary: 'xprop', purpose: 'window manager check' }] : [])];
  const sound: Requirement[] =
    audio === 'pipewire'
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
export function missingRequirements(needed: readonly Requirement[], searchPath?: string): Requirement[] {
  return needed.filter((r) => !findProgram(r.binary, searchPath));
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Makes sure every needed program is there: with `install`, installs the missing ones with the
 * machine's package manager (sudo when not root); otherwise fails with the packages and the
 * exact command. A missing optional program fails nothing: it gets a warning with the command
 * that installs it (and is installed too with `install`). Returns the packages installed.
 */
export async function ensureRequirements(needed: readonly Requirement[], install: boolean, logger: Logger): Promise<string[]> {
  const missing = missingRequirements(needed);
  if (missing.length === 0) return [];
  const manager = detectPackageManager(readOsRelease());
  const required = missing.filter((m) => !m.optional);
  const canInstall = install && manager !== undefined && (isRoot() || findExecutable('sudo') !== undefined);
  if (required.length && !canInstall) {
    // Failing anyway: one command for everything missing, the optional programs too.
    const message = missingBinariesMessage(missing, manager, isRoot());
    if (!install) throw new ConfigurationError(message);
    throw new ConfigurationError(
      manager ? `${message}\n(install: true needs root or sudo; neither is available.)` : `${message}\n(install: true works on Debian/Ubuntu (apt-get) and Fedora (dnf); this machine is neither.)`,
    );
  }
  let packages: string[] = [];
  if (canInstall) {
    const plan = installPlan(missing.map((m) => m.binary), manager, isRoot());
    logger.info(`Installing ${plan.packages.join(' ')}: ${plan.shell}`);
    for (const argv of plan.commands) await runInherited(argv, plan);
    const still = missingRequirements(needed).filter((m) => !m.optional);
    if (still.length) throw new ExternalError(`After '${plan.shell}' these are still missing: ${still.map((r) => r.binary).join(', ')}.`);
    packages = plan.packages;
  }
  const skipped = missingRequirements(missing.filter((m) => m.optional));
  if (skipped.length) logger.warning(optionalMissingMessage(skipped, manager));
  return packages;
}

/** The warning for optional programs that are missing: what is skipped, and how to get it back. */
function optionalMissingMessage(missing: readonly Requirement[], manager: PackageManager | undefined): string {
  const what = missing.map((m) => `${m.binary} is not on PATH, so there will be no ${m.purpose}`).join('; ');
  const managers: PackageManager[] = manager ? [manager] : ['apt-get', 'dnf'];
  const how = managers.map((each) => installPlan(missing.map((m) => m.binary), each, isRoot()).shell).join(', or ');
  const inputs = missing.flatMap((m) => (m.input ? [`'${m.input}: false'`] : []));
  const skip = inputs.length ? `, or set ${inputs.join(', ')} to skip it without this warning` : '';
  return `headless-env: ${what}. Install it with: ${how} (or set 'install: true')${skip}.`;
}

function runInherited(argv: readonly string[], plan: InstallPlan): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (error) => reject(new ExternalError(`Could not run '${argv.join(' ')}': ${error.message}`)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new ExternalError(`'${argv.join(' ')}' exited with ${code} while installing ${plan.packages.join(' ')}.`))));
  });
}
