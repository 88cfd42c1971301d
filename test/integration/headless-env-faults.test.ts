import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { findExecutable } from '../../packages/core/src/headless/packages.ts';
import { node24, runAction, type ActionRun } from '../harness/index.ts';
import { mountRefusal, mountTmpfs, type Tmpfs } from '../fixtures/mounts.ts';

// headless-env against faults of the machine: a missing optional program, a screenshot location
// that is read-only or full. The stack still comes up (or is still stopped) and every message
// says what to install or where to write instead.

interface SavedState {
  runtimeDir: string;
  components: { component: string; process: StartedProcess }[];
}

const refusal = mountRefusal();
if (refusal) console.warn(`SKIPPED (mount tests of headless-env): ${refusal}`);
const withMounts = refusal ? it.skip : it;

const leftovers: SavedState[] = [];
const scratch: string[] = [];
const mounts: Tmpfs[] = [];

afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
  for (const mount of mounts) mount.unmount();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const bare = { 'window-manager': 'none', dbus: 'false', audio: 'false' };

function track(run: ActionRun): SavedState {
  const state = JSON.parse(run.main.state['headless-env']!) as SavedState;
  leftovers.push(state);
  return state;
}

function expectStopped(state: SavedState): void {
  for (const c of state.components) expect({ [c.component]: isRunning(c.process) }).toEqual({ [c.component]: false });
}

describe('headless-env without an optional program', () => {
  it('no xwd with the default screenshot-on-failure: the display comes up, with a warning saying what to install', async () => {
    // A PATH with what this stack needs (Xvfb, and node for the step) but no xwd.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'rk-no-xwd-'));
    scratch.push(bin);
    symlinkSync(node24, path.join(bin, 'node'));
    symlinkSync(findExecutable('Xvfb')!, path.join(bin, 'Xvfb'));
    const run = await runAction('headless-env', { env: { PATH: bin }, inputs: bare, jobFailed: true });
    const state = track(run);
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs['display']).toMatch(/^:\d+$/);
    expect(run.main.annotations.map((a) => [a.command, a.message])).toEqual([
      [
        'warning',
        expect.stringMatching(
          /^headless-env: xwd is not on PATH, so there will be no screenshot-on-failure\. Install it with: (sudo -n )?apt-get update && (sudo -n )?env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends x11-apps \(or set 'install: true'\), or set 'screenshot-on-failure: false' to skip it without this warning\.$/,
        ),
      ],
    ]);
    // The job failed: post has no xwd for the screenshot, says so, and still stops the stack.
    expect(run.post!.exitCode).toBe(0);
    expect(run.post!.annotations.map((a) => a.message)).toEqual([expect.stringContaining('could not take the failure screenshot: headless-env needs programs that are not on PATH: xwd (screenshot).')]);
    expectStopped(state);
  });
});

describe('headless-env screenshots where they cannot be written', () => {
  withMounts.each([
    ['read-only', (disk: Tmpfs) => disk.setReadOnly(true), (disk: Tmpfs) => `${disk.dir} is on a read-only filesystem (mounted at ${disk.dir})`, "Set 'screenshot-path' to a writable place with room."],
    ['full', (disk: Tmpfs) => disk.fill(), (disk: Tmpfs) => `No space left on the filesystem of ${disk.dir}/shot.png (tmpfs, mounted at ${disk.dir}, 0 B free of 64.0 KiB)`, "Free some space there, or set 'screenshot-path' to a writable place with room."],
  ])('a %s screenshot-path: mode screenshot fails with the path and what to do; post only warns', async (_, breakIt, problem, remedy) => {
    const disk = mountTmpfs('shots', { size: '64k' });
    mounts.push(disk);
    breakIt(disk);
    const inputs = { ...bare, 'screenshot-path': path.join(disk.dir, 'shot.png') };
    let midJob: ActionRun | undefined;
    const run = await runAction('headless-env', {
      inputs,
      jobFailed: true,
      between: async ({ env, dirs }) => {
        midJob = await runAction('headless-env', { inputs: { ...inputs, mode: 'screenshot' }, env, dirs });
      },
    });
    const state = track(run);
    const display = run.main.outputs['display']!;
    expect(run.main.exitCode).toBe(0);
    expect(midJob!.main.exitCode).toBe(1);
    const what = new RegExp(`^${escape(problem(disk))} while saving a screenshot of ${display} \\([\\d.]+ KiB\\)\\. ${escape(remedy)}$`);
    expect(midJob!.main.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([expect.stringMatching(what)]);
    // In post the job has failed already: the screenshot is a warning, and the stack is stopped anyway.
    expect(run.post!.exitCode).toBe(0);
    const warnings = run.post!.annotations.filter((a) => a.command === 'warning').map((a) => a.message.replace('headless-env post: could not take the failure screenshot: ', ''));
    expect(warnings).toEqual([expect.stringMatching(what)]);
    expectStopped(state);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
