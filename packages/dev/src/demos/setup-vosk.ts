import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs } from '../../../../test/harness/index.ts';
import { startActionsCacheServer } from '../../../../test/fixtures/actions-cache-server.ts';
import { fileBody } from '../../../../test/fixtures/file-body.ts';
import { startTestServer } from '../../../../test/fixtures/http-server.ts';
import { createVoskModelArchive } from '../../../../test/fixtures/vosk-archives.ts';
import type { Demo } from './types.ts';

const MODEL = 'vosk-model-small-en-us-0.15';

/**
 * A tiny generated model on a loopback server: a self-hosted runner installs it, then hits its
 * local cache; a GitHub-hosted runner downloads and saves it to a loopback Actions cache, then
 * a fresh hosted machine restores it.
 */
export const setupVoskDemo: Demo = {
  action: 'setup-vosk',
  async prepare() {
    const fixtures = mkdtempSync(path.join(os.tmpdir(), 'rk-demo-vosk-'));
    const model = await createVoskModelArchive(fixtures, { name: MODEL, payloadBytes: 2 * 1024 * 1024 });
    const server = await startTestServer();
    server.route(`/models/${MODEL}.zip`, { body: fileBody(model.archive), acceptRanges: true });
    const cache = await startActionsCacheServer();
    const selfHosted = makeRunnerDirs();
    // A hosted machine is new for every job but has its tool cache at the same path.
    const hostedToolCache = path.join(fixtures, 'hostedtoolcache');
    const inputs = { model: MODEL, 'base-url': server.url('/models'), sha256: model.sha256 };
    return {
      runs: [
        { title: 'self-hosted, first run', action: 'setup-vosk', options: { dirs: selfHosted, runnerEnvironment: 'self-hosted', inputs } },
        { title: 'self-hosted, next run', action: 'setup-vosk', options: { dirs: selfHosted, runnerEnvironment: 'self-hosted', inputs } },
        { title: 'GitHub-hosted, cache miss', action: 'setup-vosk', options: { runnerEnvironment: 'github-hosted', env: cache.env('v2'), inputs, dirs: { toolCache: hostedToolCache } } },
        {
          title: 'GitHub-hosted, next job on a fresh machine',
          action: 'setup-vosk',
          options: { runnerEnvironment: 'github-hosted', env: cache.env('v2'), inputs, dirs: { toolCache: hostedToolCache } },
          before: () => rmSync(hostedToolCache, { recursive: true, force: true }),
        },
      ],
      cleanup: async () => {
        await Promise.all([server.close(), cache.close()]);
        for (const dir of [fixtures, selfHosted.root]) rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
