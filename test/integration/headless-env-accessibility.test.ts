import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { run } from '../fixtures/headless/commands.ts';
import { groupMembers, processesMentioning } from '../fixtures/headless/processes.ts';

// accessibility: true — the AT-SPI bus on the job's session bus, enabled, its registry answering,
// and the toolkit switches exported; post stops the launcher's whole process group (the
// accessibility bus and the registry it activated), nothing else.

interface SavedState {
  runtimeDir: string;
  components: { component: string; process: StartedProcess }[];
}

const leftovers: SavedState[] = [];
afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

const IS_ENABLED = ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.Status', 'string:IsEnabled'];
const registryName = (bus: string) => ['--bus=' + bus, '--print-reply', '--dest=org.a11y.atspi.Registry', '/org/a11y/atspi/accessible/root', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.atspi.Accessible', 'string:Name'];

describe('headless-env accessibility', () => {
  it('starts the AT-SPI bus enabled, later steps reach its registry, and post stops exactly its group', async () => {
    const seen: Record<string, string> = {};
    let group: string[] = [];
    let launcher: StartedProcess | undefined;
    const result = await runAction('headless-env', {
      // A job that had the bridge switched off: accessibility: true turns it back on.
      env: { NO_AT_BRIDGE: '1' },
      inputs: { accessibility: 'true', 'window-manager': 'none', audio: 'false', resolution: '640x480x24' },
      between: async ({ env, main }) => {
        const state = JSON.parse(main.state['headless-env']!) as SavedState;
        leftovers.push(state);
        launcher = state.components.find((c) => c.component === 'accessibility')?.process;
        seen['enabled'] = (await run('dbus-send', IS_ENABLED, env)).stdout;
        seen['registry'] = (await run('dbus-send', registryName(env['AT_SPI_BUS_ADDRESS'] ?? ''), env)).stdout;
        // X clients without the session bus find the accessibility bus on the root window.
        seen['root'] = (await run('xprop', ['-root', 'AT_SPI_BUS'], env)).stdout;
        group = launcher ? groupMembers(launcher.pgid).map((m) => m.comm).sort() : [];
      },
    });
    expect(result.main.exitCode).toBe(0);
    const state = JSON.parse(result.main.state['headless-env']!) as SavedState;
    expect(state.components.map((c) => c.component)).toEqual(expect.arrayContaining(['xvfb', 'dbus', 'accessibility']));
    const bus = result.main.exportedEnv['AT_SPI_BUS_ADDRESS']!;
    expect(bus).toMatch(new RegExp(`^unix:path=${state.runtimeDir}/at-spi/bus`));
    expect(result.main.exportedEnv).toMatchObject({ QT_LINUX_ACCESSIBILITY_ALWAYS_ON: '1', QT_ACCESSIBILITY: '1', GNOME_ACCESSIBILITY: '1', NO_AT_BRIDGE: '0' });
    expect(seen['enabled']).toMatch(/variant\s+boolean true/);
    expect(seen['registry']).toContain('string "main"');
    expect(seen['root']).toContain(bus.split(',')[0]!);
    // The launcher, the accessibility bus it runs and the registry that bus activated: one group.
    expect(group).toEqual(['at-spi-bus-laun', 'at-spi2-registr', 'dbus-daemon']);
    expect(result.main.summary).toContain('AT-SPI accessibility bus');
    expect(result.main.summary).toContain("IsEnabled true, registry root 'main'");

    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.summary).toMatch(/AT-SPI accessibility bus \| \d+ \| SIGTERM/);
    expect(groupMembers(launcher!.pgid)).toEqual([]);
    for (const c of state.components) expect({ [c.component]: isRunning(c.process) }).toEqual({ [c.component]: false });
    expect(existsSync(state.runtimeDir)).toBe(false);
    expect(processesMentioning(state.runtimeDir)).toEqual([]);
  });

  it('is off by default: no launcher, no toolkit switches', async () => {
    const result = await runAction('headless-env', { inputs: { 'window-manager': 'none', audio: 'false' } });
    expect(result.main.exitCode).toBe(0);
    const state = JSON.parse(result.main.state['headless-env']!) as SavedState;
    leftovers.push(state);
    expect(state.components.map((c) => c.component)).not.toContain('accessibility');
    expect(Object.keys(result.main.exportedEnv).filter((name) => /ACCESSIBILITY|AT_SPI|AT_BRIDGE|GTK_MODULES/.test(name))).toEqual([]);
    expect(result.post!.exitCode).toBe(0);
  });
});
