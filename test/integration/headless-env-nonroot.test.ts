import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { parseKeyValueFile, repoRoot, spawnNode } from '../harness/index.ts';
import { run } from '../fixtures/headless/commands.ts';
import { processesMentioning } from '../fixtures/headless/processes.ts';

const NOBODY = 65534;
const asNobody = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--'];
const root = process.getuid?.() === 0;
const created: string[] = [];
const started: StartedProcess[] = [];

afterAll(() => {
  for (const p of started) if (isRunning(p)) process.kill(-p.pgid, 'SIGKILL');
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

const uidOf = (pid: number) => Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

/**
 * The same bundle as an ordinary user: the harness's job directories belong to root, so this
 * builds the runner's file commands itself, owned by `nobody`, and runs main and post under
 * setpriv. (When the suite itself runs as an ordinary user, every other test is this case.)
 */
if (!root) console.log('headless-env as nobody: skipped, the suite does not run as root (every other test is this case then)');

/** The runner's file commands and main/post of the bundle, all as `nobody`. */
async function asNobodyJob(inputs: Record<string, string>, between: (jobEnv: Record<string, string>) => Promise<void>): Promise<{ components: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-nonroot-'));
  created.push(dir);
  const [home, temp, workspace, files] = ['home', 'temp', 'workspace', 'files'].map((d) => path.join(dir, d)) as [string, string, string, string];
  for (const d of [home, temp, workspace, files]) mkdirSync(d);
  const fileFor = (step: string, name: string) => path.join(files, `${step}-${name}`);
  const names = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH'];
  for (const step of ['main', 'post']) for (const name of names) writeFileSync(fileFor(step, name), '');
  chownRecursive(dir);

  const base: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    'INPUT_MODE': 'start',
    'INPUT_SESSION': 'x11',
    'INPUT_RESOLUTION': '1024x768x24',
    'INPUT_WINDOW-MANAGER': 'auto',
    'INPUT_DBUS': 'true',
    'INPUT_AUDIO': 'true',
    'INPUT_INSTALL': 'false',
    'INPUT_TIMEOUT-SECONDS': '30',
    'INPUT_SCREENSHOT-ON-FAILURE': 'true',
    'INPUT_JOB-STATUS': 'success',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const step = (entry: 'main' | 'post', extra: Record<string, string>) =>
    spawnNode(path.join(repoRoot, 'dist', 'headless-env', entry, 'index.js'), {
      cwd: workspace,
      env: { ...base, ...extra, ...Object.fromEntries(names.map((n) => [n, fileFor(entry, n)])) },
      timeoutMs: 60_000,
      wrapper: asNobody,
    });

  const main = await step('main', {});
  expect({ code: main.code, stdout: main.stdout }).toEqual({ code: 0, stdout: expect.any(String) });
  const exported = parseKeyValueFile(readFileSync(fileFor('main', 'GITHUB_ENV'), 'utf8'));
  const stateText = parseKeyValueFile(readFileSync(fileFor('main', 'GITHUB_STATE'), 'utf8'))['headless-env']!;
  const state = JSON.parse(stateText) as { runtimeDir: string; components: { component: string; process: StartedProcess }[] };
  started.push(...state.components.map((c) => c.process));
  for (const c of state.components) expect({ [c.component]: uidOf(c.process.pid) }).toEqual({ [c.component]: NOBODY });
  await between({ ...base, ...exported });

  const post = await step('post', { 'STATE_headless-env': stateText });
  expect(post.code).toBe(0);
  expect(post.stdout).not.toContain('::warning');
  for (const c of state.components) expect({ [c.component]: isRunning(c.process) }).toEqual({ [c.component]: false });
  expect(existsSync(state.runtimeDir)).toBe(false);
  expect(processesMentioning(state.runtimeDir)).toEqual([]);
  return { components: state.components.map((c) => c.component) };
}

const nobodyRuns = (jobEnv: Record<string, string>, ...command: string[]) => run(asNobody[0]!, [...asNobody.slice(1), ...command], jobEnv);

(root ? describe : describe.skip)('headless-env as an ordinary user (nobody)', () => {
  it('starts, serves clients of the same user, and cleans up', async () => {
    const job = await asNobodyJob({}, async (jobEnv) => {
      const pactl = await nobodyRuns(jobEnv, 'pactl', 'info');
      expect(pactl.stdout).toContain('User Name: nobody');
      expect(pactl.stdout).toContain('Default Sink: headless_sink');
      const xdpyinfo = await nobodyRuns(jobEnv, 'xdpyinfo');
      expect(xdpyinfo.stdout).toContain('dimensions:    1024x768 pixels');
      const dbus = await nobodyRuns(jobEnv, 'dbus-send', '--session', '--dest=org.freedesktop.DBus', '--type=method_call', '--print-reply', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames');
      expect(dbus.stdout).toContain('org.freedesktop.DBus');
    });
    expect(job.components).toHaveLength(4);
  });

  it('session: wayland with PipeWire: sway runs directly (no user namespace), its clients and PipeWire\'s work, and post cleans up', async () => {
    const job = await asNobodyJob({ session: 'wayland', audio: 'pipewire' }, async (jobEnv) => {
      const info = await nobodyRuns(jobEnv, 'wayland-info');
      expect(info.stdout).toContain('zwlr_screencopy_manager_v1');
      const pactl = await nobodyRuns(jobEnv, 'pactl', 'info');
      expect(pactl.stdout).toContain('User Name: nobody');
      expect(pactl.stdout).toMatch(/Server Name: PulseAudio \(on PipeWire/);
      expect(pactl.stdout).toContain('Default Source: headless_source');
      const xdpyinfo = await nobodyRuns(jobEnv, 'xdpyinfo');
      expect(xdpyinfo.stdout).toContain('dimensions:    1024x768 pixels');
    });
    expect(job.components.sort()).toEqual(['dbus', 'pipewire', 'pipewire-pulse', 'sway', 'wireplumber']);
  });
});

/** Hands the whole job tree to `nobody`, as a runner's work dir belongs to the runner's user. */
function chownRecursive(dir: string): void {
  chownSync(dir, NOBODY, NOBODY);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(full);
    else chownSync(full, NOBODY, NOBODY);
  }
}
