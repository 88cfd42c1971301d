import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { node24, runAction, type ActionRun } from '../harness/index.ts';
import { rms, toneWav } from '../fixtures/headless/audio.ts';
import { collect, run, sleep } from '../fixtures/headless/commands.ts';
import { startDecoyXvfb, type DecoyDisplay } from '../fixtures/headless/decoy.ts';
import { groupMembers, processesMentioning } from '../fixtures/headless/processes.ts';

interface SavedState {
  runtimeDir: string;
  display?: string;
  components: { component: string; process: StartedProcess }[];
}

const stateOf = (result: ActionRun): SavedState => JSON.parse(result.main.state['headless-env']!) as SavedState;

const decoys: DecoyDisplay[] = [];
const leftovers: SavedState[] = [];
const scratch: string[] = [];

afterAll(async () => {
  await Promise.all(decoys.map((d) => d.stop()));
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

/** A directory of stand-in programs (shell scripts) to put first on PATH. */
function fakeBin(programs: Record<string, string>): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'rk-fake-bin-'));
  scratch.push(bin);
  for (const [name, body] of Object.entries(programs)) writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return bin;
}

/** After post: every recorded process gone, the runtime dir gone, nothing mentions it. */
function expectCleanedUp(state: SavedState): void {
  for (const c of state.components) expect({ [c.component]: isRunning(c.process) }).toEqual({ [c.component]: false });
  expect(existsSync(state.runtimeDir)).toBe(false);
  expect(processesMentioning(state.runtimeDir)).toEqual([]);
}

describe('headless-env through the runner protocol', () => {
  it('brings up Xvfb, fluxbox, D-Bus and PulseAudio, usable by later steps, and post removes every trace', async () => {
    let recording: Buffer = Buffer.alloc(0);
    let silence: Buffer = Buffer.alloc(0);
    const checks: Record<string, string> = {};
    const result = await runAction('headless-env', {
      inputs: { resolution: '1280x720x24', 'window-manager': 'fluxbox' },
      between: async ({ env, main }) => {
        const state = JSON.parse(main.state['headless-env']!) as SavedState;
        leftovers.push(state);
        checks['xdpyinfo'] = (await run('xdpyinfo', [], env)).stdout;
        checks['wmctrl'] = (await run('wmctrl', ['-m'], env)).stdout;
        checks['session'] = (await run('sh', ['-c', 'echo "$XDG_SESSION_TYPE $XDG_CURRENT_DESKTOP"'], env)).stdout.trim();
        checks['pactl'] = (await run('pactl', ['info'], env)).stdout;
        checks['dbus'] = (await run('dbus-send', ['--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'], env)).stdout;
        // Without the cookie the display refuses clients: it is private to this job.
        checks['no-cookie'] = String((await run('xdpyinfo', [], { ...env, XAUTHORITY: '/nonexistent' })).code);
        // fluxbox is configured not to run its wallpaper helper (no xmessage popups): alone in its group.
        const wm = state.components.find((c) => c.component === 'window-manager')!;
        checks['wm-group'] = groupMembers(wm.process.pgid).map((m) => m.comm).join(',');

        // Audio round trip: play a tone into the null sink while recording the virtual source.
        const wav = path.join(os.tmpdir(), `rk-tone-${process.pid}.wav`);
        writeFileSync(wav, toneWav({ seconds: 0.4 }));
        const record = (args: string[]) => collect('pacat', ['--record', '--raw', '--format=s16le', '--channels=1', '--rate=44100', '--latency-msec=20', ...args], env);
        const quiet = record(['--device=headless_source']);
        await sleep(300);
        quiet.child.kill('SIGINT');
        await quiet.exited;
        silence = quiet.output();
        const recorder = record(['--device=headless_source']);
        await sleep(150);
        const played = await run('paplay', [wav], env);
        checks['paplay'] = String(played.code);
        await sleep(150);
        recorder.child.kill('SIGINT');
        await recorder.exited;
        recording = recorder.output();
        rmSync(wav, { force: true });
      },
    });
    expect(result.main.exitCode).toBe(0);
    const state = stateOf(result);
    const dir = result.main.outputs['runtime-dir']!;
    expect(dir.startsWith(result.dirs.temp)).toBe(true);
    expect(state.runtimeDir).toBe(dir);
    expect(result.main.outputs['display']).toMatch(/^:\d+$/);
    expect(result.main.outputs['pulse-server']).toBe(`unix:${dir}/pulse/native`);
    expect(result.main.outputs['dbus-address']).toMatch(new RegExp(`^unix:path=${dir}/bus,guid=[0-9a-f]+$`));
    expect(result.main.outputs['window-manager']).toBe('Fluxbox');
    expect(result.main.exportedEnv).toMatchObject({
      DISPLAY: result.main.outputs['display'],
      PULSE_SERVER: result.main.outputs['pulse-server'],
      DBUS_SESSION_BUS_ADDRESS: result.main.outputs['dbus-address'],
      XDG_RUNTIME_DIR: dir,
      XAUTHORITY: `${dir}/Xauthority`,
      XDG_SESSION_TYPE: 'x11',
      XDG_CURRENT_DESKTOP: 'Fluxbox',
    });
    expect(checks['session']).toBe('x11 Fluxbox');
    expect(state.components.map((c) => c.component).sort()).toEqual(['dbus', 'pulseaudio', 'window-manager', 'xvfb']);

    expect(checks['xdpyinfo']).toContain(`name of display:    ${result.main.outputs['display']}`);
    expect(checks['xdpyinfo']).toContain('dimensions:    1280x720 pixels');
    expect(checks['no-cookie']).not.toBe('0');
    expect(checks['wmctrl']).toContain('Name: Fluxbox');
    expect(checks['wm-group']).toBe('fluxbox');
    expect(checks['pactl']).toContain('Default Sink: headless_sink');
    expect(checks['pactl']).toContain('Default Source: headless_source');
    expect(checks['pactl']).toContain(`Server String: unix:${dir}/pulse/native`);
    expect(checks['dbus']).toContain('string "org.freedesktop.DBus"');
    expect(checks['paplay']).toBe('0');
    expect(rms(silence)).toBeLessThan(50);
    expect(recording.length).toBeGreaterThan(44_100 * 2 * 0.3);
    expect(rms(recording)).toBeGreaterThan(1000);

    expect(result.main.summary).toContain('| component | pid | ready in | detail |');
    for (const label of ['Xvfb', 'window manager', 'D-Bus session bus', 'PulseAudio']) expect(result.main.summary).toContain(label);
    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.summary).toContain('| component | pid | stopped by | time |');
    expect(result.post!.stdout).not.toContain('screenshot');
    expectCleanedUp(state);
  });

  it('two concurrent jobs get different displays, and neither post touches another Xvfb', async () => {
    const decoy = await startDecoyXvfb();
    decoys.push(decoy);
    const inputs = { 'window-manager': 'openbox', dbus: 'false', audio: 'false' };
    const [a, b] = await Promise.all([runAction('headless-env', { inputs }), runAction('headless-env', { inputs })]);
    for (const r of [a, b]) {
      expect(r.main.exitCode).toBe(0);
      expect(r.post!.exitCode).toBe(0);
      leftovers.push(stateOf(r));
    }
    const displays = [a.main.outputs['display'], b.main.outputs['display'], `:${decoy.display}`];
    expect(new Set(displays).size).toBe(3);
    expect(a.main.outputs['window-manager']).toBe('Openbox');
    expect(a.main.exportedEnv).toMatchObject({ XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'Openbox' });
    expect(a.main.outputs['pulse-server']).toBe('');
    expect(a.main.exportedEnv['PULSE_SERVER']).toBeUndefined();
    expect(isRunning(decoy.process)).toBe(true);
    expectCleanedUp(stateOf(a));
    expectCleanedUp(stateOf(b));
  });

  it('a display that is taken fails with Xvfb\'s own words, leaves nothing behind and spares the owner', async () => {
    const decoy = await startDecoyXvfb();
    decoys.push(decoy);
    const result = await runAction('headless-env', { inputs: { display: `:${decoy.display}`, 'window-manager': 'none', audio: 'false' } });
    expect(result.main.exitCode).toBe(1);
    const error = result.main.annotations.find((a) => a.command === 'error')!.message;
    expect(error).toContain(`Xvfb on :${decoy.display} exited during start-up`);
    expect(error).toMatch(/server already running|already active/i);
    expect(isRunning(decoy.process)).toBe(true);
    const saved = result.main.state['headless-env'];
    if (saved) expectCleanedUp(JSON.parse(saved) as SavedState);
    expect(result.post!.exitCode).toBe(0);
  });

  it('runs on a display given as input', async () => {
    // A number no server holds now (no lock file); Xvfb itself refuses if one appears meanwhile.
    let number = 400 + (process.pid % 300);
    while (existsSync(`/tmp/.X${number}-lock`)) number++;
    const result = await runAction('headless-env', { inputs: { display: `:${number}`, 'window-manager': 'none', dbus: 'false', audio: 'false' } });
    leftovers.push(stateOf(result));
    expect(result.main.exitCode).toBe(0);
    expect(result.main.outputs['display']).toBe(`:${number}`);
    // An X11 session without a desktop: the session type, and no desktop name.
    expect(result.main.exportedEnv['XDG_SESSION_TYPE']).toBe('x11');
    expect(result.main.exportedEnv['XDG_CURRENT_DESKTOP']).toBeUndefined();
    expectCleanedUp(stateOf(result));
    expect(existsSync(`/tmp/.X${number}-lock`)).toBe(false);
  });

  it('when the job failed, post saves a PNG of the screen first; mode: screenshot saves one mid-job', async () => {
    let midJob: ActionRun | undefined;
    const result = await runAction('headless-env', {
      inputs: { resolution: '800x600x24', 'window-manager': 'none', dbus: 'false', audio: 'false' },
      jobFailed: true,
      between: async ({ env, dirs }) => {
        await run('hsetroot', ['-solid', '#ff8000'], env);
        midJob = await runAction('headless-env', { inputs: { mode: 'screenshot', 'screenshot-path': 'shots/now.png' }, env, dirs });
      },
    });
    leftovers.push(stateOf(result));
    expect(result.main.exitCode).toBe(0);
    expect(midJob!.main.exitCode).toBe(0);
    const mid = midJob!.main.outputs['screenshot']!;
    expect(mid).toBe(path.join(midJob!.dirs.workspace, 'shots', 'now.png'));
    expect(midJob!.main.state).toEqual({}); // screenshot mode starts nothing: its post has nothing to stop
    const file = path.join(result.dirs.temp, 'headless-env-screenshots', `display-${result.main.outputs['display']!.slice(1)}-post.png`);
    expect(result.post!.stdout).toContain(file);
    // The summary names the file (its path is on the runner, out of a reader's reach) and says how to upload one.
    expect(result.post!.summary).toContain(`saved on the runner as \`${path.basename(file)}\``);
    expect(result.post!.summary).toContain(`in \`${path.dirname(file)}\``);
    expect(result.post!.summary).toContain('uses: actions/upload-artifact@v4');
    for (const png of [mid, file]) {
      const image = PNG.sync.read(readFileSync(png));
      expect([image.width, image.height]).toEqual([800, 600]);
      const center = (300 * 800 + 400) * 4;
      expect([...image.data.subarray(center, center + 4)]).toEqual([255, 128, 0, 255]);
    }
    expectCleanedUp(stateOf(result));
  });

  it('a component failing half-way stops what had started, with the failing program\'s log in the error', async () => {
    const bin = fakeBin({ pulseaudio: 'echo "E: [pulseaudio] fake failure for the test" >&2\nexit 1' });
    const result = await runAction('headless-env', { env: { PATH: `${bin}:${process.env['PATH']}` }, inputs: { 'window-manager': 'openbox' } });
    expect(result.main.exitCode).toBe(1);
    const error = result.main.annotations.find((a) => a.command === 'error')!.message;
    expect(error).toMatch(/pulseaudio exited during start-up \(pid \d+\)\.\nLast lines of .*pulseaudio\.log:\nE: \[pulseaudio\] fake failure for the test/);
    const state = stateOf(result);
    leftovers.push(state);
    expect(state.components.map((c) => c.component)).toEqual(expect.arrayContaining(['xvfb', 'dbus', 'pulseaudio']));
    expectCleanedUp(state);
    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.summary).toBe(''); // main already cleaned up: post has nothing to do
  });

  it('a window manager that ignores SIGTERM is killed after its short grace', async () => {
    // Stands in for a deadlocked fluxbox: a real WM announces itself, the wrapper ignores TERM.
    const bin = fakeBin({ fluxbox: "trap '' TERM\nopenbox &\nwhile :; do sleep 0.05; done" });
    const result = await runAction('headless-env', { env: { PATH: `${bin}:${process.env['PATH']}` }, inputs: { 'window-manager': 'fluxbox', dbus: 'false', audio: 'false' } });
    leftovers.push(stateOf(result));
    expect(result.main.exitCode).toBe(0);
    expect(result.main.outputs['window-manager']).toBe('Openbox');
    expect(result.post!.summary).toMatch(/window manager \| \d+ \| SIGKILL \(after grace\)/);
    expect(result.post!.summary).toMatch(/Xvfb \| \d+ \| SIGTERM/);
    expectCleanedUp(stateOf(result));
  });

  it('missing programs fail with the packages and the exact install command, starting nothing', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'rk-empty-path-'));
    symlinkSync(node24, path.join(bin, 'node'));
    const result = await runAction('headless-env', { env: { PATH: bin } });
    rmSync(bin, { recursive: true, force: true });
    expect(result.main.exitCode).toBe(1);
    const error = result.main.annotations.find((a) => a.command === 'error')!.message;
    expect(error).toContain('Xvfb (display)');
    expect(error).toContain('pulseaudio (audio)');
    expect(error).toMatch(/Install them with: (sudo -n )?apt-get update && (sudo -n )?env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dbus fluxbox pulseaudio pulseaudio-utils x11-apps x11-utils xvfb/);
    expect(error).toContain("install: true");
    expect(result.main.state).toEqual({});
    expect(result.post!.exitCode).toBe(0);
  });

  it('does nothing but a notice off Linux', async () => {
    const result = await runAction('headless-env', { env: { RUNNER_OS: 'macOS' } });
    expect(result.main.exitCode).toBe(0);
    expect(result.main.annotations.map((a) => a.command)).toEqual(['notice']);
    expect(result.main.outputs['display']).toBe('');
    expect(result.main.exportedEnv).toEqual({});
    expect(result.main.state).toEqual({});
  });
});
