import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { pollUntil } from '../../packages/core/src/polling.ts';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { makeRunnerDirs, runAction, type ActionRun } from '../harness/index.ts';
import { recordDefaultSource, rms, toneWav } from '../fixtures/headless/audio.ts';
import { collect, run } from '../fixtures/headless/commands.ts';
import { groupMembers, processesMentioning } from '../fixtures/headless/processes.ts';
import { probeVideo } from '../fixtures/headless/video.ts';

// The Wayland session and PipeWire audio with the real programs: sway (headless wlroots backend),
// wtype, wl-clipboard, grim, Xwayland, pipewire + wireplumber + pipewire-pulse.

interface SavedState {
  runtimeDir: string;
  display?: string;
  wayland?: string;
  components: { component: string; process: StartedProcess }[];
}

const stateOf = (result: ActionRun): SavedState => JSON.parse(result.main.state['headless-env']!) as SavedState;
const leftovers: SavedState[] = [];
afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

/** Waits (polling, bounded) until `probe` gives a value; undefined after `ms`. */
async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T | undefined> {
  return (await pollUntil(probe, { deadline: performance.now() + ms, intervalMs: 20, maxIntervalMs: 100 })).value;
}

/** After post: every recorded process gone, the runtime dir gone, nothing mentions it, no X lock left. */
function expectCleanedUp(state: SavedState): void {
  for (const c of state.components) expect({ [c.component]: isRunning(c.process) }).toEqual({ [c.component]: false });
  for (const c of state.components) expect({ [c.component]: groupMembers(c.process.pgid) }).toEqual({ [c.component]: [] });
  expect(existsSync(state.runtimeDir)).toBe(false);
  expect(processesMentioning(state.runtimeDir)).toEqual([]);
  if (state.display) expect(existsSync(`/tmp/.X${state.display.slice(1)}-lock`)).toBe(false);
}

const pngOf = (file: string) => PNG.sync.read(readFileSync(file));

if (process.getuid?.() !== 0) console.log('SKIPPED (headless-env wayland, forbidden user namespaces): only root runs sway in a user namespace');

describe('headless-env session: wayland', () => {
  it('types with wtype into a Wayland client, copies with wl-clipboard, captures with grim, runs X11 clients on Xwayland; post leaves nothing', async () => {
    const checks: Record<string, unknown> = {};
    const result = await runAction('headless-env', {
      inputs: { session: 'wayland', resolution: '1024x768x24', audio: 'none', dbus: 'false' },
      jobFailed: true,
      between: async ({ env, main, dirs }) => {
        leftovers.push(JSON.parse(main.state['headless-env']!) as SavedState);
        checks['session'] = (await run('sh', ['-c', 'echo "$XDG_SESSION_TYPE $XDG_CURRENT_DESKTOP $WAYLAND_DISPLAY"'], env)).stdout.trim();
        checks['wayland-info'] = (await run('wayland-info', [], env)).stdout;

        // A Wayland client that appends what it is typed to a file.
        const typed = path.join(dirs.temp, 'typed.txt');
        writeFileSync(typed, '');
        const foot = collect('foot', ['-T', 'typing-target', 'sh', '-c', `exec cat >> '${typed}'`], env);
        try {
          const focused = await waitFor(async () => {
            const tree = (await run('swaymsg', ['-t', 'get_tree'], env)).stdout;
            return /"name": "typing-target"[\s\S]*?"focused": true|"focused": true[\s\S]*?"name": "typing-target"/.test(tree) ? true : undefined;
          });
          checks['foot-focused'] = focused;
          // -s 100: a pause before the first key, so the client has the keymap (without it the first character was lost in 4 of 6 tries).
          checks['wtype'] = (await run('wtype', ['-s', '100', 'hello wayland 42', '-k', 'Return'], env)).code;
          checks['typed'] = await waitFor(() => {
            const text = readFileSync(typed, 'utf8');
            return text.endsWith('\n') ? text : undefined;
          });
        } finally {
          foot.child.kill('SIGTERM');
          await foot.exited;
        }

        // Clipboard round trip; --foreground: the owner is this test's child, stopped here.
        const copy = collect('wl-copy', ['--foreground', 'clipboard from wl-copy'], env);
        try {
          checks['wl-paste'] = await waitFor(async () => {
            const pasted = await run('wl-paste', ['-n'], env, 2000);
            return pasted.code === 0 && pasted.stdout === 'clipboard from wl-copy' ? pasted.stdout : undefined;
          });
        } finally {
          copy.child.kill('SIGTERM');
          await copy.exited;
        }

        const shot = path.join(dirs.temp, 'grim.png');
        checks['grim'] = (await run('grim', [shot], env)).code;
        const png = pngOf(shot);
        checks['grim-size'] = `${png.width}x${png.height}`;

        // An X11 client on Xwayland: it connects, and sway manages its window.
        checks['xdpyinfo'] = (await run('xdpyinfo', [], env)).stdout;
        const xclient = collect('xmessage', ['-name', 'x11-on-xwayland', 'hello from X11'], env);
        try {
          checks['xwayland-window'] = await waitFor(async () => ((await run('swaymsg', ['-t', 'get_tree'], env)).stdout.includes('"shell": "xwayland"') ? true : undefined));
        } finally {
          xclient.child.kill('SIGTERM');
          await xclient.exited;
        }

        // mode: screenshot in a later step takes the Wayland screen with grim.
        const step = await runAction('headless-env', { inputs: { mode: 'screenshot' }, env: { XDG_RUNTIME_DIR: env['XDG_RUNTIME_DIR']!, WAYLAND_DISPLAY: env['WAYLAND_DISPLAY']!, XDG_SESSION_TYPE: 'wayland' } });
        checks['screenshot-step'] = step.main.exitCode;
        const file = step.main.outputs['screenshot'] ?? '';
        checks['screenshot-step-size'] = existsSync(file) ? `${pngOf(file).width}x${pngOf(file).height}` : `no file '${file}': ${step.main.stdout}`;
      },
    });
    expect(result.main.exitCode).toBe(0);
    const state = stateOf(result);
    const dir = result.main.outputs['runtime-dir']!;
    expect(result.main.outputs['wayland-display']).toMatch(/^wayland-\d+$/);
    expect(result.main.outputs['display']).toMatch(/^:\d+$/);
    expect(result.main.exportedEnv).toMatchObject({
      WAYLAND_DISPLAY: result.main.outputs['wayland-display'],
      DISPLAY: result.main.outputs['display'],
      XDG_RUNTIME_DIR: dir,
      XDG_SESSION_TYPE: 'wayland',
      XDG_CURRENT_DESKTOP: 'sway',
      SWAYSOCK: expect.stringMatching(new RegExp(`^${dir}/sway-ipc\\.\\d+\\.\\d+\\.sock$`)),
    });
    expect(result.main.exportedEnv['XAUTHORITY']).toBeUndefined();
    expect(state.components.map((c) => c.component)).toEqual(['sway']);
    expect(checks).toEqual({
      session: `wayland sway ${result.main.outputs['wayland-display']}`,
      'wayland-info': expect.stringContaining('zwp_virtual_keyboard_manager_v1'),
      'foot-focused': true,
      wtype: 0,
      typed: 'hello wayland 42\n',
      'wl-paste': 'clipboard from wl-copy',
      grim: 0,
      'grim-size': '1024x768',
      xdpyinfo: expect.stringContaining(`name of display:    ${result.main.outputs['display']}`),
      'xwayland-window': true,
      'screenshot-step': 0,
      'screenshot-step-size': '1024x768',
    });
    expect(result.main.summary).toContain('sway (Wayland)');

    // The job failed: post takes its screenshot with grim, then stops sway (and Xwayland, in its group).
    expect(result.post!.exitCode).toBe(0);
    const failureShot = result.post!.outputs['screenshot']!;
    expect(`${pngOf(failureShot).width}x${pngOf(failureShot).height}`).toBe('1024x768');
    expect(result.post!.stdout).not.toContain('::warning');
    expectCleanedUp(state);
  });

  it('full stack with PipeWire and AT-SPI: pactl, pw-cli, pw-record and PulseAudio clients work, IsEnabled is true; an idle microphone delivers at once; post stops exactly what it started', async () => {
    const checks: Record<string, unknown> = {};
    let firstDataMs = Number.POSITIVE_INFINITY;
    const result = await runAction('headless-env', {
      inputs: { session: 'wayland', resolution: '800x600x24', audio: 'pipewire', dbus: 'true', accessibility: 'true' },
      between: async ({ env, main, dirs }) => {
        leftovers.push(JSON.parse(main.state['headless-env']!) as SavedState);
        // Idle microphone first, before anything has played.
        const idle = await recordDefaultSource(env, 0.3);
        firstDataMs = idle.firstDataMs;
        checks['idle-rms'] = rms(idle.pcm) < 50;
        checks['pactl'] = (await run('pactl', ['info'], env)).stdout;
        checks['pw-cli'] = (await run('pw-cli', ['ls', 'Node'], env)).stdout;
        // AT-SPI on the job's bus works in the Wayland session too.
        checks['a11y'] = (await run('dbus-send', ['--session', '--dest=org.a11y.Bus', '--print-reply', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.Status', 'string:IsEnabled'], env)).stdout.includes('boolean true');

        // Speech (espeak-ng where installed, else a tone) played with paplay, recorded with parecord and pw-record.
        const wav = path.join(dirs.temp, 'speech.wav');
        const spoken = await run('espeak-ng', ['-w', wav, 'hello wayland forty two'], env);
        if (spoken.code !== 0) {
          console.log(`espeak-ng unavailable (${spoken.stderr.trim() || spoken.code}): playing a generated tone instead`);
          writeFileSync(wav, toneWav({ seconds: 1 }));
        }
        const parecord = collect('parecord', ['--raw', '--format=s16le', '--channels=1', '--rate=16000', '--latency-msec=20'], env);
        const pwFile = path.join(dirs.temp, 'pw-record.wav');
        const pwRecord = collect('pw-record', ['--rate', '16000', '--channels', '1', '--format', 's16', pwFile], env);
        try {
          // Both recorders connected (their streams are on the graph) before playing.
          await waitFor(async () => ((await run('pactl', ['list', 'short', 'source-outputs'], env)).stdout.trim().split('\n').filter(Boolean).length >= 2 ? true : undefined));
          checks['paplay'] = (await run('paplay', [wav], env)).code;
        } finally {
          for (const r of [parecord, pwRecord]) r.child.kill('SIGINT');
          await Promise.all([parecord.exited, pwRecord.exited]);
        }
        checks['parecord-loud'] = rms(parecord.output()) > 500;
        const pw = readFileSync(pwFile);
        checks['pw-record-loud'] = rms(pw.subarray(Math.min(pw.length, 44))) > 500;
      },
    });
    expect(result.main.exitCode).toBe(0);
    const state = stateOf(result);
    console.log(`headless-env wayland + PipeWire: ready in ${/verified in \*\*([^*]+)\*\*/.exec(result.main.summary)?.[1]}; idle microphone first data ${firstDataMs.toFixed(0)} ms after the stream opened`);
    expect(state.components.map((c) => c.component).sort()).toEqual(['accessibility', 'dbus', 'pipewire', 'pipewire-pulse', 'sway', 'wireplumber']);
    expect(result.main.outputs['pulse-server']).toBe(`unix:${result.main.outputs['runtime-dir']}/pulse/native`);
    expect(checks).toEqual({
      'idle-rms': true,
      pactl: expect.stringMatching(/Server Name: PulseAudio \(on PipeWire [\d.]+\)[\s\S]*Default Sink: headless_sink\nDefault Source: headless_source/),
      'pw-cli': expect.stringContaining('node.name = "headless_sink"'),
      a11y: true,
      paplay: 0,
      'parecord-loud': true,
      'pw-record-loud': true,
    });
    expect(firstDataMs).toBeLessThan(100);
    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.stdout).not.toContain('::warning');
    expectCleanedUp(state);
  });

  it('record-video: wf-recorder records the output at 5 fps, post finalises a playable MP4 with SIGINT', async () => {
    let recorder: StartedProcess | undefined;
    const result = await runAction('headless-env', {
      inputs: { session: 'wayland', resolution: '640x480x24', audio: 'none', dbus: 'false', 'record-video': 'always' },
      between: async ({ env, main }) => {
        const state = JSON.parse(main.state['headless-env']!) as SavedState;
        leftovers.push(state);
        recorder = state.components.find((c) => c.component === 'video')?.process;
        // Something on the screen, and time passing: the video's length is what is checked.
        const foot = collect('foot', ['-T', 'recorded', 'sh', '-c', 'echo recorded; exec sleep 30'], env);
        try {
          await new Promise((resolve) => setTimeout(resolve, 2500));
        } finally {
          foot.child.kill('SIGTERM');
          await foot.exited;
        }
      },
    });
    expect(result.main.exitCode).toBe(0);
    const file = result.main.outputs['video']!;
    expect(path.basename(file)).toMatch(/^display-wayland-\d+-video\.mp4$/);
    expect(result.post!.exitCode).toBe(0);
    expect(result.post!.summary).toContain('SIGINT (file finalised)');
    expect(recorder && isRunning(recorder)).toBe(false);
    const seen = await probeVideo(file, { PATH: process.env['PATH'] ?? '/usr/bin:/bin' });
    console.log(`headless-env wayland record-video: ${JSON.stringify(seen)}`);
    expect(seen).toMatchObject({ codec: 'h264', width: 640, height: 480 });
    expect(seen!.seconds).toBeGreaterThanOrEqual(2);
    // 5 fps from the output's refresh rate (2.5 s and more of recording), not 60.
    expect(seen!.frames).toBeGreaterThanOrEqual(8);
    expect(seen!.frames / seen!.seconds).toBeLessThan(8);
    expectCleanedUp(stateOf(result));
  });

  (process.getuid?.() === 0 ? it : it.skip)('as root where user namespaces are forbidden: main fails saying so, and leaves nothing running', async () => {
    // An unshare that fails as it does in a container without user namespaces, first on PATH.
    const result = await runAction('headless-env', {
      inputs: { session: 'wayland', audio: 'none', dbus: 'true', 'timeout-seconds': '10' },
      env: { PATH: `${fakeUnshare()}:${process.env['PATH'] ?? '/usr/bin:/bin'}` },
    });
    expect(result.main.exitCode).not.toBe(0);
    const error = result.main.annotations.find((a) => a.command === 'error')?.message ?? result.main.stdout;
    expect(error).toMatch(/sway exited during start-up \(pid \d+\)\. It runs in a user namespace as uid 1000 \(sway refuses root\)/);
    expect(error).toContain('unshare: unshare failed: Operation not permitted');
    const state = stateOf(result);
    expect(state).toMatchObject({ cleanedUp: true });
    expectCleanedUp(state);
  });
});

/** A directory holding an `unshare` that refuses, as where the kernel forbids user namespaces. */
function fakeUnshare(): string {
  const bin = path.join(makeRunnerDirs().temp, 'fake-bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'unshare'), '#!/bin/sh\necho "unshare: unshare failed: Operation not permitted" >&2\nexit 1\n', { mode: 0o755 });
  return bin;
}
