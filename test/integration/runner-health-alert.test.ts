import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../harness/index.ts';

// The alert job's script from action-templates/runner-health-alert.yml, run for real with bash,
// curl and jq against a loopback server shaped like the GitHub issues REST API.

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  pull_request?: object;
  comments: string[];
}

const workflow = parseYaml(readFileSync(path.join(repoRoot, 'action-templates', 'runner-health-alert.yml'), 'utf8')) as {
  jobs: { alert: { steps: { run: string; env: Record<string, string> }[] } };
};
const alertStep = workflow.jobs.alert.steps[0]!;
const issues: Issue[] = [];
const requests: string[] = [];
let server: Server;
let apiUrl: string;

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {}));
  });
}

beforeAll(async () => {
  // The handler is async; a request that throws would otherwise be an unhandled rejection.
  server = createServer((req, res) => void answer(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))));
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers.authorization !== 'Bearer test-token') return send(401, { message: 'Bad credentials' });
    const body = await readBody(req);
    const base = '/repos/octo-org/octo-repo/issues';
    const numbered = new RegExp(`^${base}/(\\d+)(/comments)?$`).exec(url.pathname);
    if (req.method === 'GET' && url.pathname === base) {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state');
      return send(200, [...issues].reverse().filter((i) => i.state === state && i.labels.some((l) => l.name === label)));
    }
    if (req.method === 'POST' && url.pathname === base) {
      const issue: Issue = { number: issues.length + 1, title: String(body['title']), body: String(body['body']), state: 'open', labels: ((body['labels'] as string[] | undefined) ?? []).map((name) => ({ name })), comments: [] };
      issues.push(issue);
      return send(201, issue);
    }
    const issue = numbered ? issues.find((i) => i.number === Number(numbered[1])) : undefined;
    if (!issue) return send(404, { message: 'Not Found' });
    if (req.method === 'POST' && numbered![2]) {
      issue.comments.push(String(body['body']));
      return send(201, {});
    }
    if (req.method === 'PATCH') {
      issue.state = body['state'] as 'open' | 'closed';
      return send(200, issue);
    }
    return send(405, {});
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function runAlert(env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', ['-c', alertStep.run], {
    timeout: 20_000,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      ...alertStep.env,
      GH_TOKEN: 'test-token',
      API_URL: apiUrl,
      REPOSITORY: 'octo-org/octo-repo',
      RUN_URL: 'https://github.invalid/run/1',
      CHECK_RESULT: 'success',
      SCORE: '42',
      RECOMMENDATION: 'use-fallback',
      RUNNER: 'gpu-box-1',
      ...env,
    },
  });
  return stdout;
}

const openAlerts = () => issues.filter((i) => i.state === 'open' && i.body.includes('runner-kit:runner-health-alert'));

describe('runner-health-alert.yml alert job', () => {
  it('passes secrets and event data only through env, never into the script text', () => {
    expect(alertStep.run).not.toMatch(/\$\{\{/);
  });

  it('leaves issues alone while the runner is healthy or merely degraded', async () => {
    // An unrelated issue with the same label, and a pull request, must never be touched.
    issues.push({ number: 1, title: 'Tune runner', body: 'no marker', state: 'open', labels: [{ name: 'runner-health' }], comments: [] });
    issues.push({ number: 2, title: 'PR', body: '<!-- runner-kit:runner-health-alert -->', state: 'open', labels: [{ name: 'runner-health' }], pull_request: {}, comments: [] });
    expect(await runAlert({ STATUS: 'healthy', SCORE: '95' })).toContain('no open alert');
    expect(await runAlert({ STATUS: 'degraded', SCORE: '70' })).toContain('no open alert');
    expect(openAlerts().filter((i) => !i.pull_request)).toEqual([]);
  });

  it('opens exactly one issue when the runner turns unhealthy, then comments while it stays so', async () => {
    const first = await runAlert({ STATUS: 'unhealthy' });
    expect(first).toContain('::warning::Runner gpu-box-1 is unhealthy: opened an issue.');
    const opened = openAlerts().filter((i) => !i.pull_request);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.title).toBe('Self-hosted runner gpu-box-1 is unhealthy');
    expect(opened[0]!.labels).toEqual([{ name: 'runner-health' }]);
    expect(opened[0]!.body).toContain('score 42');

    expect(await runAlert({ STATUS: 'unhealthy', SCORE: '38' })).toContain(`still unhealthy (issue #${opened[0]!.number})`);
    expect(openAlerts().filter((i) => !i.pull_request)).toHaveLength(1);
    expect(opened[0]!.comments).toEqual([expect.stringContaining('Still unhealthy: Status **unhealthy**, score 38')]);
  });

  it('treats a check job that did not succeed as an unreachable runner, on the same issue', async () => {
    const out = await runAlert({ CHECK_RESULT: 'failure', STATUS: '', SCORE: '', RUNNER: '' });
    expect(out).toContain('is still unreachable');
    const [issue] = openAlerts().filter((i) => !i.pull_request);
    expect(issue!.comments.at(-1)).toContain('could not run on **the runner of the check job** (job result: failure)');
  });

  it('closes the issue with a comment when the runner is healthy again', async () => {
    const [issue] = openAlerts().filter((i) => !i.pull_request);
    expect(await runAlert({ STATUS: 'healthy', SCORE: '97' })).toContain(`closed issue #${issue!.number}`);
    expect(issue!.state).toBe('closed');
    expect(issue!.comments.at(-1)).toContain('Healthy again: Status **healthy**, score 97');
    expect(issues.find((i) => i.number === 1)).toMatchObject({ state: 'open', comments: [] });
  });

  it('opens a new issue for the next outage rather than reopening noise', async () => {
    await runAlert({ STATUS: 'unhealthy' });
    expect(openAlerts().filter((i) => !i.pull_request)).toHaveLength(1);
    expect(issues.filter((i) => i.body.includes('runner-kit:runner-health-alert') && !i.pull_request)).toHaveLength(2);
  });

  it('fails the step when the API refuses the token', async () => {
    await expect(runAlert({ STATUS: 'unhealthy', GH_TOKEN: 'wrong' })).rejects.toThrow();
  });
});
