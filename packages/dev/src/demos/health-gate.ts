import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runner, startGitHubApiServer } from '../../../../test/fixtures/github-api-server.ts';
import { makeRunnerDirs } from '../../../../test/harness/index.ts';
import type { Demo } from './types.ts';

const TOKEN = 'ghp_runnerkitDemoToken0123456789abcdef';

/**
 * This machine judged as a self-hosted runner (network checks off: nothing leaves loopback),
 * then dispatch decisions against a loopback server shaped like the GitHub REST API: one
 * healthy runner online, then only a busy and an offline one, then a pull request from a fork.
 */
export const healthGateDemo: Demo = {
  action: 'health-gate',
  async prepare() {
    const api = await startGitHubApiServer({ token: TOKEN, owner: 'octo-org', repo: 'octo-repo' });
    const dirs = makeRunnerDirs();
    const pushEvent = path.join(dirs.temp, 'push.json');
    const forkEvent = path.join(dirs.temp, 'fork-pr.json');
    writeFileSync(pushEvent, '{}');
    writeFileSync(forkEvent, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'stranger/octo-repo', fork: true } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } }));
    const dispatch = (event: string, eventPath: string) => ({
      dirs,
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo-org/octo-repo' },
      inputs: { mode: 'dispatch', 'github-token': TOKEN, labels: 'self-hosted, linux, x64', 'require-idle': 'true' },
    });
    return {
      runs: [
        { title: 'local, this machine', action: 'health-gate', options: { dirs, runnerEnvironment: 'self-hosted', inputs: { mode: 'local', 'network-check': '', 'cache-paths': dirs.toolCache } } },
        {
          title: 'dispatch, an idle runner online',
          action: 'health-gate',
          before: () => api.setRunners('repo', [runner('box-1', ['self-hosted', 'linux', 'x64'], { status: 'online' })]),
          options: dispatch('push', pushEvent),
        },
        {
          title: 'dispatch, runners busy or offline',
          action: 'health-gate',
          before: () => api.setRunners('repo', [runner('box-1', ['self-hosted', 'linux', 'x64'], { status: 'online', busy: true }), runner('box-2', ['self-hosted', 'linux', 'x64'], { status: 'offline' })]),
          options: dispatch('push', pushEvent),
        },
        { title: 'dispatch, pull request from a fork', action: 'health-gate', options: dispatch('pull_request', forkEvent) },
      ],
      cleanup: async () => {
        await api.close();
        rmSync(dirs.root, { recursive: true, force: true });
      },
    };
  },
};
