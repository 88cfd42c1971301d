import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { accessibilityVariables, gtk2ModuleDirs, parseDbusBoolean, parseDbusString, registryCall } from '../../packages/core/src/headless/accessibility.ts';
import { findProgram } from '../../packages/core/src/headless/packages.ts';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A fake /usr/lib with the given GTK 2 modules in a multiarch dir. */
function libWith(modules: string[]): string {
  const lib = mkdtempSync(path.join(os.tmpdir(), 'rk-gtk2-'));
  scratch.push(lib);
  const dir = path.join(lib, 'x86_64-linux-gnu', 'gtk-2.0', 'modules');
  mkdirSync(dir, { recursive: true });
  for (const module of modules) writeFileSync(path.join(dir, `lib${module}.so`), '');
  return lib;
}

describe('headless-env accessibility', () => {
  it('reads dbus-send replies', () => {
    expect(parseDbusBoolean('method return time=1 sender=:1.1\n   variant       boolean true\n')).toBe(true);
    expect(parseDbusBoolean('   boolean false\n')).toBe(false);
    expect(parseDbusBoolean('')).toBeUndefined();
    expect(parseDbusString('method return\n   string "unix:path=/r/at-spi/bus,guid=ab"\n')).toBe('unix:path=/r/at-spi/bus,guid=ab');
    expect(registryCall('unix:path=/b')).toEqual(['--bus=unix:path=/b', '--print-reply', '--dest=org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.atspi.Accessible', 'string:Name']);
  });

  it('exports the bus and the toolkit switches; GTK_MODULES only where GTK 2 has the bridge', () => {
    const none = gtk2ModuleDirs(libWith(['gail']));
    expect(accessibilityVariables('unix:path=/b', {}, none)).toEqual({ AT_SPI_BUS_ADDRESS: 'unix:path=/b', QT_LINUX_ACCESSIBILITY_ALWAYS_ON: '1', QT_ACCESSIBILITY: '1', GNOME_ACCESSIBILITY: '1' });
    const both = gtk2ModuleDirs(libWith(['gail', 'atk-bridge']));
    expect(accessibilityVariables('unix:path=/b', {}, both)['GTK_MODULES']).toBe('gail:atk-bridge');
    expect(accessibilityVariables('unix:path=/b', { GTK_MODULES: 'canberra-gtk-module:gail' }, both)['GTK_MODULES']).toBe('canberra-gtk-module:gail:atk-bridge');
  });

  it('turns an inherited NO_AT_BRIDGE off (it cannot be removed): the bridge loads when it is 0', () => {
    expect(accessibilityVariables('unix:path=/b', { NO_AT_BRIDGE: '1' }, [])['NO_AT_BRIDGE']).toBe('0');
    expect(accessibilityVariables('unix:path=/b', { NO_AT_BRIDGE: '0' }, [])).not.toHaveProperty('NO_AT_BRIDGE');
    expect(accessibilityVariables('unix:path=/b', {}, [])).not.toHaveProperty('NO_AT_BRIDGE');
  });

  it('finds the bus launcher off PATH, in libexec', () => {
    expect(findProgram('sh', '/usr/bin:/bin')).toMatch(/\/sh$/);
    expect(findProgram('no-such-program-rk', '/usr/bin')).toBeUndefined();
  });
});
