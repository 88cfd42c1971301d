import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { makeRunnerDirs, runAction, type ActionRun } from '../harness/index.ts';
import { runner, startGitHubApiServer, type GitHubApiServer } from '../fixtures/github-api-server.ts';

const TOKEN = 'ghp_runnerkitTestToken0123456789abcdef';
let api: GitHubApiServer;

beforeAll(async () => {
  api = await startGitHubApiServer({ token: TOKEN, owner: 'octo-org', repo: 'octo-repo' });
});
afterAll(() => api.close());
beforeEach(() => api.reset());

function dispatch(inputs: Record<string, string>, event: { name: string; payload: unknown } = { name: 'push', payload: {} }): Promise<ActionRun> {
  const dirs = makeRunnerDirs();
  const eventPath = path.join(dirs.temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  return runAction('health-gate', {
    dirs,
    env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo-org/octo-repo' },
    inputs: { mode: 'dispatch', 'github-token': TOKEN, labels: 'self-hosted, Linux, X64', ...inputs },
  });
}

describe('health-gate dispatch mode through the runner protocol', () => {
  it('chooses the self-hosted labels when a matching runner is online, as JSON for fromJSON', async () => {
    api.setRunners('repo', [runner('box-1', ['self-hosted', 'linux', 'x64'], { status: 'online' }), runner('box-2', ['self-hosted', 'linux', 'x64'], { status: 'offline' })]);
    const { main } = await dispatch({});
    expect(main.exitCode).toBe(0);
    expect(JSON.parse(main.outputs['runs-on']!)).toEqual(['self-hosted', 'Linux', 'X64']);
    expect(main.outputs['use-self-hosted']).toBe('true');
    expect(main.summary).toContain('| box-1 | 🟢 online | idle |');
    expect(main.summary).toContain('| box-2 | ⚫ offline |');
    expect(api.requestsTo('/repos/octo-org/octo-repo/actions/runners')).toHaveLength(1);
  });

  it('falls back when every matching runner is offline', async () => {
    api.setRunners('repo', [runner('box-1', ['self-hosted', 'linux', 'x64'], { status: 'offline' })]);
    const { main } = await dispatch({ fallback: 'ubuntu-24.04' });
    expect(main.outputs['runs-on']).toBe('"ubuntu-24.04"');
    expect(main.outputs['use-self-hosted']).toBe('false');
    expect(main.outputs['reason']).toContain('0 of 1 matching runners online');
  });

  it('never sends a pull request from a fork to self-hosted runners, without asking the API', async () => {
    api.setRunners('repo', [runner('box-1', ['self-hosted', 'linux', 'x64'], { status: 'online' })]);
    const payload = { pull_request: { head: { repo: { full_name: 'stranger/octo-repo', fork: true } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } };
    const { main } = await dispatch({}, { name: 'pull_request', payload });
    expect(main.outputs['runs-on']).toBe('"ubuntu-latest"');
    expect(main.outputs['reason']).toMatch(/fork/i);
    expect(api.requests).toHaveLength(0);
  });

  it('an API error falls back with a warning naming the permission; the step succeeds and the token never shows', async () => {
    api.failWith('/orgs/octo-org/actions/runners', { status: 403, message: 'Resource not accessible by integration' });
    const { main } = await dispatch({ scope: 'org' });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['runs-on']).toBe('"ubuntu-latest"');
    const warning = main.annotations.find((a) => a.command === 'warning');
    expect(warning?.message).toMatch(/Self-hosted runners|admin:org/);
    expect(main.masks).toContain(TOKEN);
    expect(main.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
    expect(main.summary).not.toContain(TOKEN);
  });

  it('a 200 with an HTML page is named by type and size: the page is in neither the reason nor the summary', async () => {
    const page = `<!DOCTYPE html><html><body>${'<p>Please sign in to the proxy</p>'.repeat(40)}</body></html>`;
    api.failWith('/repos/octo-org/octo-repo/actions/runners', { status: 200, body: { contentType: 'text/html', text: page } });
    const { main } = await dispatch({});
    expect(main.exitCode).toBe(0);
    expect(main.outputs['runs-on']).toBe('"ubuntu-latest"');
    expect(main.outputs['reason']).toBe(`The self-hosted runners could not be listed (the API answered with something that is not a runner list (text/html, ${(Buffer.byteLength(page) / 1024).toFixed(1)} KiB)); falling back to ubuntu-latest.`);
    for (const text of [main.outputs['reason']!, main.summary, main.stdout]) expect(text).not.toMatch(/DOCTYPE|sign in/);
  });

  it.each([
    [{ scope: 'enterprise' }, "Input 'enterprise' is required with scope: enterprise"],
    [{ fallback: 'ubuntu latest' }, "Input 'fallback' has the value 'ubuntu latest'"],
    [{ fallback: '["a", 3]' }, "Input 'fallback' has the value '[\"a\", 3]'; expected a non-empty JSON array of label strings."],
    [{ 'min-success-rate': '0.8' }, "Input 'min-success-rate' needs 'history'"],
    [{ 'min-success-rate': '80', history: '10' }, "Input 'min-success-rate' has the value '80'; expected a number from 0 to 1."],
    [{ 'min-online': '0' }, "Input 'min-online' has the value '0'; expected a whole number from 1 to 10000."],
    [{ timeout: '2000h' }, "Input 'timeout' has the value '2000h'; expected a duration from 1ms to 10m, such as 30s"],
    [{ timeout: '0s' }, "Input 'timeout' has the value '0s'; expected a duration from 1ms to 10m"],
  ])('rejects %p naming the input', async (inputs, message) => {
    const { main } = await dispatch(inputs);
    expect(main.exitCode).toBe(1);
    expect(main.annotations.find((a) => a.command === 'error')?.message).toContain(message);
  });
});
