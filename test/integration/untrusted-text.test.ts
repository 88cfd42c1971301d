import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createVoskModelArchive } from '../fixtures/vosk-archives.ts';
import { runAction, type StepResult } from '../harness/index.ts';

// A newline in an input must not let the rest of the value start a line of its own: the runner
// reads such a line as a workflow command (here, an error annotation the job never raised).
const INJECTED = '::error::injected';
const hostile = (before: string, after = '') => `${before}\n${INJECTED}${after}`;

/** No command came from the input, and the value was logged with its line break shown. */
function expectNoInjection(step: StepResult): void {
  expect(step.commands.filter((command) => command.message.startsWith('injected'))).toEqual([]);
  expect(step.stdout).toContain(`⏎${INJECTED}`);
}

describe('input text in the log never starts a runner command', () => {
  let server: TestServer;
  let fixtures: string;
  const SMALL = 'vosk-model-small-en-us-0.15';

  beforeAll(async () => {
    server = await startTestServer();
    fixtures = mkdtempSync(path.join(os.tmpdir(), 'rk-untrusted-'));
    const model = await createVoskModelArchive(fixtures, { name: SMALL, payloadBytes: 64 * 1024 });
    server.route(`/models/${SMALL}.zip`, { body: fileBody(model.archive) });
  });

  afterAll(async () => {
    await server.close();
    rmSync(fixtures, { recursive: true, force: true });
  });

  it('setup-vosk: cache-dir with a newline', async () => {
    const run = await runAction('setup-vosk', { runnerEnvironment: 'self-hosted', inputs: { model: SMALL, 'base-url': server.url('/models'), 'cache-dir': hostile('cache') } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs['model-path']).toBe(path.join(run.dirs.workspace, hostile('cache'), 'models', SMALL));
    expectNoInjection(run.main);
  });

  it('perf-monitor: baseline with a newline', async () => {
    const quiet = { 'load-warn': 'off', 'memory-warn': 'off', 'disk-warn': 'off' };
    const run = await runAction('perf-monitor', { inputs: { interval: '0.2', ...quiet, baseline: hostile('no-such', '/perf-report.json') } });
    expect(run.main.exitCode).toBe(0);
    expect(run.post!.exitCode).toBe(0);
    expect(run.post!.stdout).toContain('No baseline at');
    expectNoInjection(run.post!);
  });

  it('headless-env: screenshot-path with a newline', async () => {
    const run = await runAction('headless-env', {
      inputs: { resolution: '640x480x24', 'window-manager': 'none', dbus: 'false', audio: 'false', 'screenshot-path': hostile('shots', '/failed.png') },
      jobFailed: true,
    });
    const components = (JSON.parse(run.main.state['headless-env'] ?? '{"components":[]}') as { components: { process: StartedProcess }[] }).components;
    try {
      expect(run.main.exitCode).toBe(0);
      expect(run.post!.exitCode).toBe(0);
      expect(run.post!.stdout).toContain('screenshot of');
      expectNoInjection(run.post!);
    } finally {
      // Stop what a failed post left, by recorded process group only.
      for (const { process: started } of components) if (isRunning(started)) process.kill(-started.pgid, 'SIGKILL');
    }
  });
});
