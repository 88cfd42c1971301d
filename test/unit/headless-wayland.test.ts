import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { resolveAudio } from '../../packages/core/src/headless/audio.ts';
import { readHeadlessConfig } from '../../packages/core/src/headless/config.ts';
import { requirements } from '../../packages/core/src/headless/install.ts';
import { packagesFor } from '../../packages/core/src/headless/packages.ts';
import { pipewireEnv, pipewireSetup } from '../../packages/core/src/headless/pipewire.ts';
import { pngSize } from '../../packages/core/src/headless/screenshot.ts';
import { findIpcSocket, findWaylandSocket, findXDisplayOf, swayCommand, swayConfig, swayEnv } from '../../packages/core/src/headless/sway.ts';
import { recorderCommand, wfRecorderArgs } from '../../packages/core/src/headless/video.ts';
import { parseRegistryEvents, probeWayland, registryRequests } from '../../packages/core/src/headless/wayland-probe.ts';
import { Inputs } from '../../packages/core/src/inputs.ts';
import { makeRunnerDirs } from '../harness/index.ts';

const env = { RUNNER_TEMP: '/runner/_temp', GITHUB_WORKSPACE: '/work/repo', RUNNER_OS: 'Linux' };
const read = (values: Record<string, string>) => readHeadlessConfig(Inputs.fromRecord(values), env);
const servers: net.Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

describe('headless-env session and audio inputs', () => {
  it('session: x11 by default, wayland on request', () => {
    expect(read({}).session).toBe('x11');
    expect(read({ session: 'Wayland' }).session).toBe('wayland');
  });

  it.each([
    ['', 'auto'],
    ['true', 'auto'],
    ['TRUE', 'auto'],
    ['false', 'none'],
    ['pipewire', 'pipewire'],
    ['PulseAudio', 'pulseaudio'],
    ['none', 'none'],
    ['auto', 'auto'],
  ])('audio %j reads as %s (the booleans keep working)', (value, expected) => {
    expect(read(value === '' ? {} : { audio: value }).audio).toBe(expected);
  });

  it('audio auto: PipeWire only where PulseAudio is missing and PipeWire is there', () => {
    const dir = mkdtempSync(path.join(makeRunnerDirs().temp, 'bin-'));
    writeFileSync(path.join(dir, 'pipewire'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(path.join(dir, 'pipewire-pulse'), '#!/bin/sh\n', { mode: 0o755 });
    expect(resolveAudio('auto', dir)).toBe('pipewire');
    writeFileSync(path.join(dir, 'pulseaudio'), '#!/bin/sh\n', { mode: 0o755 });
    expect(resolveAudio('auto', dir)).toBe('pulseaudio');
    expect(resolveAudio('auto', '/nonexistent')).toBe('pulseaudio');
    expect(resolveAudio('pipewire', '/nonexistent')).toBe('pipewire');
    expect(resolveAudio('none', dir)).toBeUndefined();
  });

  it('requires sway (and, optionally, Xwayland and grim) in a Wayland session, PipeWire\'s three daemons with pipewire', () => {
    const needed = requirements({ mode: 'start', session: 'wayland', dbus: true, accessibility: false, recordVideo: 'always', screenshotOnFailure: true }, undefined, 'pipewire');
    const root = process.getuid?.() === 0;
    expect(needed.map((r) => r.binary)).toEqual(['sway', ...(root ? ['unshare'] : []), 'Xwayland', 'dbus-daemon', 'dbus-send', 'pipewire', 'wireplumber', 'pipewire-pulse', 'pactl', 'wf-recorder', 'grim']);
    expect(needed.filter((r) => r.optional).map((r) => r.binary)).toEqual(['Xwayland', 'grim']);
    expect(packagesFor(['sway', 'Xwayland', 'grim', 'wf-recorder', 'pipewire', 'wireplumber', 'pipewire-pulse', 'pactl', 'unshare'], 'apt-get')).toEqual(['grim', 'pipewire', 'pipewire-pulse', 'pulseaudio-utils', 'sway', 'util-linux', 'wf-recorder', 'wireplumber', 'xwayland']);
    expect(packagesFor(['sway', 'Xwayland', 'pipewire-pulse', 'unshare'], 'dnf')).toEqual(['pipewire-pulseaudio', 'sway', 'util-linux-core', 'xorg-x11-server-Xwayland']);
  });
});

describe('headless-env sway', () => {
  it('config: the headless output at the screen size, Xwayland forced or off, the refresh rate only when recording', () => {
    expect(swayConfig({ width: 1280, height: 720 }, true)).toBe('output HEADLESS-1 resolution 1280x720\nxwayland force\n');
    expect(swayConfig({ width: 800, height: 600 }, false, 5)).toBe('output HEADLESS-1 resolution 800x600@5Hz\nxwayland disable\n');
  });

  it('as root in a user namespace as uid 1000 (sway refuses root), directly otherwise', () => {
    expect(swayCommand('/c', true)).toEqual({ command: 'unshare', args: ['--user', '--map-user=1000', '--map-group=1000', 'sway', '-c', '/c'] });
    expect(swayCommand('/c', false)).toEqual({ command: 'sway', args: ['-c', '/c'] });
  });

  it('environment: headless backend, no input devices, software rendering, nothing of an outer session', () => {
    const result = swayEnv({ PATH: '/bin', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', SWAYSOCK: '/s' });
    expect(result).toEqual({ PATH: '/bin', WLR_BACKENDS: 'headless', WLR_LIBINPUT_NO_DEVICES: '1', WLR_RENDERER: 'pixman' });
  });

  it('finds its sockets by name in the private runtime dir, and Xwayland\'s display by the pid in the lock file', () => {
    expect(findWaylandSocket(['bus', 'wayland-1.lock', 'wayland-1', 'pulse'])).toBe('wayland-1');
    expect(findWaylandSocket(['wayland-1.lock'])).toBeUndefined();
    expect(findIpcSocket(['wayland-1', 'sway-ipc.1000.4242.sock'])).toBe('sway-ipc.1000.4242.sock');
    const dir = makeRunnerDirs().temp;
    writeFileSync(path.join(dir, '.X3-lock'), '      4241\n');
    writeFileSync(path.join(dir, '.X7-lock'), '      4242\n');
    expect(findXDisplayOf(4242, dir)).toBe(7);
    expect(findXDisplayOf(1, dir)).toBeUndefined();
  });

  it('wf-recorder: every refresh (-D), the output by name, x264 ultrafast, yuv420p; odd sizes cropped even', () => {
    expect(wfRecorderArgs('HEADLESS-1', { width: 640, height: 480 }, '/v.mp4')).toEqual(['-D', '-o', 'HEADLESS-1', '-c', 'libx264', '-p', 'preset=ultrafast', '-x', 'yuv420p', '-f', '/v.mp4']);
    expect(wfRecorderArgs('HEADLESS-1', { width: 641, height: 480 }, '/v.mp4')).toContain('crop=trunc(iw/2)*2:trunc(ih/2)*2');
    expect(recorderCommand('x11', ':1', { width: 640, height: 480 }, '/v.mp4').command).toBe('ffmpeg');
    expect(recorderCommand('wayland', 'HEADLESS-1', { width: 640, height: 480 }, '/v.mp4').command).toBe('wf-recorder');
  });
});

/** A Wayland server's events: wl_registry.global (object 2) and wl_callback.done (object 3). */
function globalEvent(name: number, iface: string, version: number): Buffer {
  const text = Buffer.from(`${iface}\0`);
  const padded = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4)]);
  const body = Buffer.alloc(8 + padded.length + 4);
  body.writeUInt32LE(name, 0);
  body.writeUInt32LE(text.length, 4);
  padded.copy(body, 8);
  body.writeUInt32LE(version, 8 + padded.length);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(2, 0);
  head.writeUInt32LE(((8 + body.length) << 16) | 0, 4);
  return Buffer.concat([head, body]);
}
const doneEvent = () => Buffer.from([3, 0, 0, 0, 0, 0, 12, 0, 1, 0, 0, 0]);

describe('headless-env Wayland probe', () => {
  it('asks for the registry and a sync in one write', () => {
    expect(registryRequests().toString('hex')).toBe('01000000' + '01000c00' + '02000000' + '01000000' + '00000c00' + '03000000');
  });

  it('reads globals until the sync is done, across chunk boundaries', () => {
    const all = Buffer.concat([globalEvent(1, 'wl_compositor', 4), globalEvent(2, 'zwp_virtual_keyboard_manager_v1', 1), doneEvent()]);
    const first = parseRegistryEvents(all.subarray(0, 40));
    expect(first).toMatchObject({ interfaces: ['wl_compositor'], done: false });
    const second = parseRegistryEvents(Buffer.concat([first.rest, all.subarray(40)]), first.interfaces);
    expect(second).toMatchObject({ interfaces: ['wl_compositor', 'zwp_virtual_keyboard_manager_v1'], done: true });
  });

  it('talks to a socket that answers as a compositor does; undefined from one that never answers', async () => {
    const dir = makeRunnerDirs().temp;
    const answering = path.join(dir, 'wayland-1');
    const silent = path.join(dir, 'wayland-2');
    const listen = (file: string, reply?: Buffer) =>
      new Promise<void>((resolve) => {
        const server = net.createServer((socket) => socket.once('data', () => reply && socket.write(reply)));
        servers.push(server);
        server.listen(file, resolve);
      });
    await listen(answering, Buffer.concat([globalEvent(1, 'zwlr_screencopy_manager_v1', 3), doneEvent()]));
    await listen(silent);
    expect(await probeWayland(answering)).toEqual(['zwlr_screencopy_manager_v1']);
    expect(await probeWayland(silent, 100)).toBeUndefined();
    expect(await probeWayland(path.join(dir, 'missing'), 100)).toBeUndefined();
  });
});

describe('headless-env PipeWire and screenshots', () => {
  it('PipeWire: the same null sink and remapped microphone as PulseAudio, as defaults; no outer PipeWire or PulseAudio', () => {
    expect(pipewireSetup()).toEqual({
      modules: [
        ['load-module', 'module-null-sink', 'sink_name=headless_sink', 'sink_properties=device.description=headless-env-sink'],
        ['load-module', 'module-remap-source', 'source_name=headless_source', 'master=headless_sink.monitor', 'source_properties=device.description=headless-env-source'],
      ],
      defaults: [
        ['set-default-sink', 'headless_sink'],
        ['set-default-source', 'headless_source'],
      ],
    });
    expect(pipewireEnv({ PATH: '/bin', PIPEWIRE_REMOTE: 'x', PULSE_SERVER: 'y', PIPEWIRE_RUNTIME_DIR: 'z', PULSE_RUNTIME_PATH: 'w' })).toEqual({ PATH: '/bin' });
  });

  it('PNG size from the IHDR chunk (grim writes the PNG)', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000004000000030008020000', 'hex');
    expect(pngSize(png)).toEqual({ width: 1024, height: 768 });
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeUndefined();
  });
});
