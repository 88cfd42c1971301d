import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { defaultScreenshotPath, parseDisplayNumber, parseResolution, readHeadlessConfig } from '../../packages/core/src/headless/config.ts';
import { dbusArgs, parseListNames } from '../../packages/core/src/headless/dbus.ts';
import { missingRequirements, requirements } from '../../packages/core/src/headless/install.ts';
import { detectPackageManager, installPlan, missingBinariesMessage, packagesFor } from '../../packages/core/src/headless/packages.ts';
import { parsePactlInfo, pulseArgs, pulseScript } from '../../packages/core/src/headless/pulseaudio.ts';
import { runtimeLayout } from '../../packages/core/src/headless/runtime-dir.ts';
import { fluxboxConfig, parseSupportingWmCheck, resolveWindowManager } from '../../packages/core/src/headless/window-manager.ts';
import { connectionSetup, encodeXauthority } from '../../packages/core/src/headless/x11.ts';
import { xvfbArgs } from '../../packages/core/src/headless/xvfb.ts';
import { Inputs } from '../../packages/core/src/inputs.ts';

const env = { RUNNER_TEMP: '/runner/_temp', GITHUB_WORKSPACE: '/work/repo', RUNNER_OS: 'Linux' };
const read = (values: Record<string, string>) => readHeadlessConfig(Inputs.fromRecord(values), env);

describe('headless-env inputs', () => {
  it('defaults: start, a free display, 1920x1080x24, auto WM, D-Bus and audio on, 30 s', () => {
    expect(read({})).toEqual({
      mode: 'start',
      display: undefined,
      screen: { width: 1920, height: 1080, depth: 24 },
      session: 'x11',
      windowManager: 'auto',
      dbus: true,
      audio: 'auto',
      accessibility: false,
      install: false,
      timeoutMs: 30_000,
      screenshotOnFailure: true,
      recordVideo: 'false',
      screenshotPath: undefined,
      jobStatus: '',
      runnerTemp: '/runner/_temp',
      workspace: '/work/repo',
    });
  });

  it('parses every input and resolves screenshot-path against the workspace', () => {
    const config = read({ mode: 'Screenshot', display: ':99', resolution: '1280x720x16', 'window-manager': 'OPENBOX', dbus: 'false', audio: 'false', install: 'true', 'timeout-seconds': '5', 'screenshot-on-failure': 'false', 'screenshot-path': 'out/shot.png', 'job-status': 'Failure' });
    expect(config).toMatchObject({ mode: 'screenshot', display: 99, screen: { width: 1280, height: 720, depth: 16 }, windowManager: 'openbox', dbus: false, audio: 'none', install: true, timeoutMs: 5000, screenshotOnFailure: false, screenshotPath: '/work/repo/out/shot.png', jobStatus: 'failure' });
  });

  it.each([
    ['display', 'localhost:1', "Input 'display' has the value 'localhost:1'; expected a display such as :99"],
    ['display', ':99999', "Input 'display'"],
    ['resolution', '1920x1080x12', "Input 'resolution' has the value '1920x1080x12'; expected WIDTHxHEIGHTxDEPTH"],
    ['resolution', 'big', "Input 'resolution'"],
    ['window-manager', 'i3', "Input 'window-manager' has the value 'i3'; expected one of auto, fluxbox, openbox, none"],
    ['timeout-seconds', '0', "Input 'timeout-seconds' has the value '0'; expected a whole number from 1 to 600"],
    ['dbus', 'yes', "Input 'dbus' has the value 'yes'; expected true or false"],
    ['mode', 'stop', "Input 'mode'"],
    ['accessibility', 'on', "Input 'accessibility' has the value 'on'; expected true or false"],
    ['record-video', 'true', "Input 'record-video' has the value 'true'; expected one of false, on-failure, always"],
    ['session', 'mir', "Input 'session' has the value 'mir'; expected one of x11, wayland"],
    ['audio', 'alsa', "Input 'audio' has the value 'alsa'; expected one of auto, pulseaudio, pipewire, none (or true = auto, false = none)"],
  ])('rejects %s=%s naming the input and the expected form', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
  });

  it('accessibility needs the session bus', () => {
    expect(read({ accessibility: 'true' }).accessibility).toBe(true);
    expect(() => read({ accessibility: 'true', dbus: 'false' })).toThrow("Input 'accessibility' is true but 'dbus' is false");
  });

  it('parses resolutions and display numbers', () => {
    expect(parseResolution('800x600')).toEqual({ width: 800, height: 600, depth: 24 });
    expect(parseResolution('0x600x24')).toBeUndefined();
    expect(parseResolution('20000x600x24')).toBeUndefined();
    expect([parseDisplayNumber(':0'), parseDisplayNumber('42'), parseDisplayNumber(':7.0'), parseDisplayNumber(':7.1'), parseDisplayNumber('')]).toEqual([0, 42, 7, undefined, undefined]);
  });

  it('puts default screenshots in one folder under RUNNER_TEMP, one file per display and moment', () => {
    expect(defaultScreenshotPath('/t', ':3', 'post')).toBe(path.join('/t', 'headless-env-screenshots', 'display-3-post.png'));
  });
});

describe('headless-env packages and install hints', () => {
  it('knows the package manager from /etc/os-release', () => {
    expect(detectPackageManager('ID=debian\nVERSION_ID="12"')).toBe('apt-get');
    expect(detectPackageManager('ID=linuxmint\nID_LIKE="ubuntu debian"')).toBe('apt-get');
    expect(detectPackageManager('ID=fedora')).toBe('dnf');
    expect(detectPackageManager('ID="rocky"\nID_LIKE="rhel centos fedora"')).toBe('dnf');
    expect(detectPackageManager('ID=arch')).toBeUndefined();
  });

  it('maps binaries to packages per distribution, deduplicated', () => {
    expect(packagesFor(['Xvfb', 'dbus-daemon', 'dbus-send', 'pactl', 'pulseaudio', 'xprop', 'xwd'], 'apt-get')).toEqual(['dbus', 'pulseaudio', 'pulseaudio-utils', 'x11-apps', 'x11-utils', 'xvfb']);
    expect(packagesFor(['Xvfb', 'dbus-daemon', 'dbus-send', 'xprop'], 'dnf')).toEqual(['dbus-daemon', 'dbus-tools', 'xorg-x11-server-Xvfb', 'xprop']);
  });

  it('builds the exact install commands, with sudo -n only when not root', () => {
    expect(installPlan(['Xvfb', 'fluxbox'], 'apt-get', true).commands).toEqual([
      ['apt-get', 'update'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '--no-install-recommends', 'fluxbox', 'xvfb'],
    ]);
    const dnf = installPlan(['Xvfb'], 'dnf', false);
    expect(dnf.commands).toEqual([['sudo', '-n', 'dnf', 'install', '-y', 'xorg-x11-server-Xvfb']]);
    expect(dnf.shell).toBe('sudo -n dnf install -y xorg-x11-server-Xvfb');
  });

  it('the missing-binary message names each program, its purpose, the packages and the command', () => {
    const message = missingBinariesMessage([{ binary: 'Xvfb', purpose: 'display' }, { binary: 'pactl', purpose: 'audio check' }], 'apt-get', false);
    expect(message).toContain('not on PATH: Xvfb (display), pactl (audio check).');
    expect(message).toContain('Debian/Ubuntu packages: pulseaudio-utils xvfb. Install them with: sudo -n apt-get update && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends pulseaudio-utils xvfb');
    expect(message).not.toContain('Fedora');
    const unknown = missingBinariesMessage([{ binary: 'Xvfb', purpose: 'display' }], undefined, true);
    expect(unknown).toContain('Debian/Ubuntu packages: xvfb');
    expect(unknown).toContain('Fedora packages: xorg-x11-server-Xvfb. Install them with: dnf install -y xorg-x11-server-Xvfb');
  });

  it('requires only what the configuration starts', () => {
    const full = requirements({ mode: 'start', session: 'x11', dbus: true, accessibility: true, recordVideo: 'on-failure', screenshotOnFailure: true }, 'fluxbox', 'pulseaudio').map((r) => r.binary);
    expect(full).toEqual(['Xvfb', 'fluxbox', 'xprop', 'dbus-daemon', 'dbus-send', 'pulseaudio', 'pactl', 'at-spi-bus-launcher', 'ffmpeg', 'xwd']);
    expect(requirements({ mode: 'start', session: 'x11', dbus: false, accessibility: false, recordVideo: 'false', screenshotOnFailure: false }, undefined, undefined).map((r) => r.binary)).toEqual(['Xvfb']);
    expect(requirements({ mode: 'screenshot', session: 'x11', dbus: true, accessibility: true, recordVideo: 'always', screenshotOnFailure: true }, 'fluxbox', 'pulseaudio').map((r) => r.binary)).toEqual(['xwd']);
    expect(packagesFor(['at-spi-bus-launcher'], 'apt-get')).toEqual(['at-spi2-core']);
    expect(missingRequirements([{ binary: 'Xvfb', purpose: 'display' }, { binary: 'sh', purpose: 'x' }], '/bin:/usr/bin').map((r) => r.binary)).toEqual([]);
    expect(missingRequirements([{ binary: 'Xvfb', purpose: 'display' }], '/nonexistent').map((r) => r.binary)).toEqual(['Xvfb']);
  });

  it('auto picks the first window manager on PATH, fluxbox for the hint when none is', () => {
    expect(resolveWindowManager('none')).toBeUndefined();
    expect(resolveWindowManager('openbox', '/nonexistent')).toBe('openbox');
    expect(resolveWindowManager('auto', '/nonexistent')).toBe('fluxbox');
  });
});

describe('headless-env command lines and parsers', () => {
  const layout = runtimeLayout('/run/rk/headless-env-abc');

  it('Xvfb: -displayfd unless a display is given, cookie auth, no TCP, no reset', () => {
    expect(xvfbArgs({ width: 800, height: 600, depth: 24 }, undefined, '/x/auth')).toEqual(['-displayfd', '3', '-screen', '0', '800x600x24', '-auth', '/x/auth', '-nolisten', 'tcp', '-noreset']);
    expect(xvfbArgs({ width: 800, height: 600, depth: 24 }, 99, '/x/auth').slice(0, 1)).toEqual([':99']);
  });

  it('D-Bus: a private socket, no fork (the recorded pid is the daemon), address on fd 3', () => {
    expect(dbusArgs(layout.dbusSocket)).toEqual(['--session', '--nofork', '--nopidfile', '--address=unix:path=/run/rk/headless-env-abc/bus', '--print-address=3']);
    expect(parseListNames('method return\n   array [\n      string "org.freedesktop.DBus"\n      string ":1.3"\n   ]')).toEqual(['org.freedesktop.DBus', ':1.3']);
  });

  it('PulseAudio: user mode in the foreground with an explicit script (socket, null sink, virtual source, defaults)', () => {
    const args = pulseArgs('/s.pa');
    expect(args).toEqual(expect.arrayContaining(['-n', '--daemonize=no', '--system=no', '--exit-idle-time=-1', '-F', '/s.pa']));
    const script = pulseScript('/dir with space/pulse/native');
    expect(script).toContain('load-module module-native-protocol-unix socket="/dir with space/pulse/native" auth-anonymous=1');
    expect(script).toContain('load-module module-null-sink sink_name=headless_sink');
    expect(script).toContain('load-module module-remap-source source_name=headless_source master=headless_sink.monitor');
    // The microphone never idles: a 20 ms consumer of the monitor, and the first long block dropped.
    expect(script).toContain('load-module module-loopback source=headless_sink.monitor sink=headless_keepalive latency_msec=20');
    expect(script.indexOf('suspend-sink headless_sink 1\nsuspend-sink headless_sink 0')).toBeGreaterThan(script.indexOf('module-loopback'));
    expect(script).toContain('set-default-sink headless_sink\nset-default-source headless_source');
    expect(parsePactlInfo('Server Name: pulseaudio\nDefault Sink: headless_sink\n')).toEqual({ 'Server Name': 'pulseaudio', 'Default Sink': 'headless_sink' });
  });

  it('fluxbox: wallpaper helper off via the style overlay, config version pinned so fluxbox keeps the file', () => {
    const config = fluxboxConfig('/h/.fluxbox');
    expect(config.files[config.overlay]).toBe('background: unset\n');
    expect(config.files[config.init]).toContain('session.configVersion: 13');
    expect(config.files[config.init]).toContain('session.styleOverlay: /h/.fluxbox/overlay');
    expect(parseSupportingWmCheck('_NET_SUPPORTING_WM_CHECK(WINDOW): window id # 0x20000a')).toBe('0x20000a');
    expect(parseSupportingWmCheck('_NET_SUPPORTING_WM_CHECK:  not found.')).toBeUndefined();
  });

  it('Xauthority: one FamilyWild MIT-MAGIC-COOKIE-1 entry; the X setup request carries it padded', () => {
    const cookie = Buffer.alloc(16, 0xab);
    const file = encodeXauthority(cookie);
    expect(file.readUInt16BE(0)).toBe(0xffff);
    expect(file.subarray(2, 6)).toEqual(Buffer.from([0, 0, 0, 0])); // empty address and display number: any
    expect(file.subarray(6, 26).toString('latin1')).toBe('\u0000\u0012MIT-MAGIC-COOKIE-1');
    expect(file.subarray(26, 28).readUInt16BE(0)).toBe(16);
    expect(file.subarray(28)).toEqual(cookie);
    const setup = connectionSetup(cookie);
    expect(setup.length).toBe(12 + 20 + 16);
    expect([String.fromCharCode(setup[0]!), setup.readUInt16LE(2), setup.readUInt16LE(6), setup.readUInt16LE(8)]).toEqual(['l', 11, 18, 16]);
  });
});
