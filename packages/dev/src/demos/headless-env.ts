import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pollUntil } from '../../../core/src/polling.ts';
import { makeRunnerDirs } from '../../../../test/harness/index.ts';
import { rms, toneWav } from '../../../../test/fixtures/headless/audio.ts';
import { collect, run, sleep } from '../../../../test/fixtures/headless/commands.ts';
import type { Demo, DemoRun } from './types.ts';

/** The first line of `text` matching `pattern`, trimmed. */
const first = (text: string, pattern: RegExp) => text.split('\n').find((line) => pattern.test(line))?.trim() ?? '(not found)';

/** RMS of what `recorder` (a command line) hears while `wav` plays through paplay: 0 is silence. */
async function rmsWhilePlaying(wav: string, [command, ...args]: [string, ...string[]], env: Record<string, string>, headerBytes = 0): Promise<number> {
  const recorder = collect(command, args, env);
  await sleep(150);
  await run('paplay', [wav], env);
  await sleep(150);
  recorder.child.kill('SIGINT');
  await recorder.exited;
  return rms(recorder.output().subarray(headerBytes));
}

/**
 * A GUI + audio test job: later steps use the display, the bus, the accessibility bus and the
 * sound devices (a tone played into the sink is heard on the virtual microphone); then a failed
 * job whose post step saves a screenshot of the window left on screen and keeps the job's video
 * before stopping everything; then a Wayland session with PipeWire, where wtype types into a
 * Wayland window and the virtual microphone hears what plays.
 */
export const headlessEnvDemo: Demo = {
  action: 'headless-env',
  async prepare() {
    const dirs = makeRunnerDirs();
    const wav = path.join(os.tmpdir(), `rk-demo-tone-${process.pid}.wav`);
    writeFileSync(wav, toneWav({ seconds: 0.4 }));
    return {
      runs: <DemoRun[]>[
        {
          title: 'GUI and audio tests use the display, the bus and the devices',
          action: 'headless-env',
          options: {
            dirs,
            inputs: { accessibility: 'true' },
            between: async ({ env }) => {
              console.log('\n--- the job\'s own steps, with the exported variables:');
              console.log(`  $ echo $XDG_SESSION_TYPE $XDG_CURRENT_DESKTOP → ${env['XDG_SESSION_TYPE'] ?? '(unset)'} ${env['XDG_CURRENT_DESKTOP'] ?? '(unset)'}`);
              const enabled = (await run('dbus-send', ['--session', '--dest=org.a11y.Bus', '--print-reply', '/org/a11y/bus', 'org.freedesktop.DBus.Properties.Get', 'string:org.a11y.Status', 'string:IsEnabled'], env)).stdout;
              console.log(`  $ dbus-send … org.a11y.Status IsEnabled → ${/boolean (\w+)/.exec(enabled)?.[1] ?? '(no answer)'}`);
              console.log(`  $ xdpyinfo            → ${first((await run('xdpyinfo', [], env)).stdout, /dimensions/)}`);
              console.log(`  $ wmctrl -m           → ${first((await run('wmctrl', ['-m'], env)).stdout, /^Name/)}`);
              console.log(`  $ pactl info          → ${first((await run('pactl', ['info'], env)).stdout, /Default Source/)}`);
              const names = (await run('dbus-send', ['--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'], env)).stdout;
              console.log(`  $ dbus-send … ListNames → ${[...names.matchAll(/string "([^"]+)"/g)].map((m) => m[1]).join(', ')}`);
              const heard = await rmsWhilePlaying(wav, ['pacat', '--record', '--raw', '--format=s16le', '--channels=1', '--rate=44100', '--latency-msec=20', '--device=headless_source'], env);
              console.log(`  $ paplay tone.wav while pacat records headless_source → RMS ${heard.toFixed(0)} (silence is 0)`);
            },
          },
        },
        {
          title: 'the job failed: post saves a screenshot and keeps the video of the job',
          action: 'headless-env',
          options: {
            dirs,
            jobFailed: true,
            inputs: { resolution: '1024x768x24', 'record-video': 'on-failure' },
            between: async ({ env }) => {
              // A window left on screen by a failing test; it exits with the display in post.
              const window = spawn('xmessage', ['-center', 'The test that failed left this window open.'], { env, stdio: 'ignore', detached: true });
              window.unref();
              await sleep(300);
            },
          },
        },
        {
          title: 'a dictation-style test on Wayland with PipeWire: wtype types into a Wayland window, the microphone hears what plays',
          action: 'headless-env',
          options: {
            dirs,
            inputs: { session: 'wayland', audio: 'pipewire', resolution: '1024x768x24' },
            between: async ({ env }) => {
              console.log('\n--- the job\'s own steps, with the exported variables:');
              console.log(`  $ echo $XDG_SESSION_TYPE $XDG_CURRENT_DESKTOP $WAYLAND_DISPLAY $DISPLAY → ${['XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP', 'WAYLAND_DISPLAY', 'DISPLAY'].map((n) => env[n] ?? '(unset)').join(' ')}`);
              console.log(`  $ pactl info          → ${first((await run('pactl', ['info'], env)).stdout, /Server Name/)}`);
              const typed = path.join(dirs.temp, 'typed.txt');
              writeFileSync(typed, '');
              const foot = collect('foot', ['-T', 'dictation-target', 'sh', '-c', `exec cat >> '${typed}'`], env);
              try {
                const shown = await pollUntil(async () => ((await run('swaymsg', ['-t', 'get_tree'], env)).stdout.includes('"name": "dictation-target"') ? true : undefined), { deadline: performance.now() + 10_000, intervalMs: 20 });
                console.log(`  $ foot -T dictation-target … (a Wayland window) → ${shown.value ? 'on screen (swaymsg -t get_tree)' : 'did not appear'}`);
                await run('wtype', ['-s', '100', 'hello wayland 42', '-k', 'Return'], env);
                const text = await pollUntil(() => (readFileSync(typed, 'utf8').endsWith('\n') ? readFileSync(typed, 'utf8') : undefined), { deadline: performance.now() + 5000, intervalMs: 20 });
                console.log(`  $ wtype -s 100 'hello wayland 42' -k Return → the window received ${JSON.stringify(text.value ?? '')}`);
              } finally {
                foot.child.kill('SIGTERM');
                await foot.exited;
              }
              // pw-record writes a WAV: its 44-byte header is not sound.
              const heard = await rmsWhilePlaying(wav, ['pw-record', '--rate', '44100', '--channels', '1', '--format', 's16', '-'], env, 44);
              console.log(`  $ paplay tone.wav while pw-record records the default source → RMS ${heard.toFixed(0)} (silence is 0)`);
            },
          },
        },
      ],
      cleanup: async () => {
        rmSync(wav, { force: true });
        rmSync(dirs.root, { recursive: true, force: true });
      },
    };
  },
};
