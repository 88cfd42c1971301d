import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../packages/core/src/errors.ts';
import { decideRunsOn, type DispatchConfig } from '../../packages/core/src/health/dispatch/decide.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { dispatchConfig, job, queuedJob, runner, startGitHubApiServer, workflowRun, type GitHubApiServer } from '../fixtures/github-api-server.ts';

const TOKEN = 'ghs_s3cretT0ken';
const REPO_RUNNERS = '/repos/acme/speech/actions/runners';
const ORG_RUNNERS = '/orgs/acme/actions/runners';
const ENTERPRISE_RUNNERS = '/enterprises/acme-corp/actions/runners';
const LABELS = ['self-hosted', 'linux', 'gpu'];

function recordingLogger(): Logger & { lines: string[]; warnings: () => string[] } {
  const lines: string[] = [];
  return {
    lines,
    warnings: () => lines.filter((line) => line.startsWith('warning ')).map((line) => line.slice('warning '.length)),
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
  };
}

let server: GitHubApiServer;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  server = await startGitHubApiServer({ token: TOKEN });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  logger = recordingLogger();
});

function config(overrides: Partial<DispatchConfig> = {}): DispatchConfig {
  return dispatchConfig(server, TOKEN, { labels: LABELS, ...overrides });
}

const gpu = (name: string, state: { status?: 'online' | 'offline'; busy?: boolean } = {}) => runner(name, ['self-hosted', 'Linux', 'X64', 'gpu'], state);

/** Asserts the token reached the server but none of the log lines. */
function expectTokenNeverLogged(): void {
  expect(logger.lines.join('\n')).not.toContain(TOKEN);
  expect(server.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
}

describe('decideRunsOn: runners', () => {
  it('uses the self-hosted labels when a matching runner is online and idle', async () => {
    server.setRunners('repo', [gpu('gpu-1'), gpu('gpu-2', { status: 'offline' }), runner('cpu-1', ['self-hosted', 'linux'])]);
    const decision = await decideRunsOn(config(), logger);
    expect(decision).toEqual({
      runsOn: LABELS,
      runsOnJson: '["self-hosted","linux","gpu"]',
      useSelfHosted: true,
      reason: '1 of 2 matching runners online, 1 idle; using self-hosted [self-hosted, linux, gpu].',
      runners: [
        { name: 'gpu-1', status: 'online', busy: false, labels: ['self-hosted', 'Linux', 'X64', 'gpu'] },
        { name: 'gpu-2', status: 'offline', busy: false, labels: ['self-hosted', 'Linux', 'X64', 'gpu'] },
      ],
    });
    expect(JSON.parse(decision.runsOnJson)).toEqual(LABELS);
    expect(server.requests.map((r) => [r.method, r.pathname, r.query])).toEqual([['GET', REPO_RUNNERS, { per_page: '100' }]]);
    expect(logger.warnings()).toEqual([]);
    expectTokenNeverLogged();
  });

  it('falls back when every matching runner is offline', async () => {
    server.setRunners('repo', [gpu('gpu-1', { status: 'offline' }), gpu('gpu-2', { status: 'offline' })]);
    const decision = await decideRunsOn(config(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.runsOn).toBe('ubuntu-latest');
    expect(decision.runsOnJson).toBe('"ubuntu-latest"');
    expect(decision.reason).toBe('0 of 2 matching runners online, 0 idle; at least 1 must be online; falling back to ubuntu-latest.');
    expect(decision.runners.map((r) => r.name)).toEqual(['gpu-1', 'gpu-2']);
  });

  it('falls back when no runner has all the labels, and keeps an array fallback as given', async () => {
    server.setRunners('repo', [runner('cpu-1', ['self-hosted', 'linux']), runner('mac-1', ['self-hosted', 'macOS', 'gpu'])]);
    const decision = await decideRunsOn(config({ fallback: ['ubuntu-24.04', 'x64'] }), logger);
    expect(decision).toEqual({
      runsOn: ['ubuntu-24.04', 'x64'],
      runsOnJson: '["ubuntu-24.04","x64"]',
      useSelfHosted: false,
      reason: 'None of the 2 repo-level runners has all of the labels self-hosted, linux, gpu; falling back to [ubuntu-24.04, x64].',
      runners: [],
    });
  });

  it('matches labels case-insensitively in both directions', async () => {
    server.setRunners('repo', [runner('gpu-1', ['SELF-HOSTED', 'linux', 'GPU'])]);
    const decision = await decideRunsOn(config({ labels: ['Self-Hosted', 'LINUX', 'gpu'] }), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.runsOn).toEqual(['Self-Hosted', 'LINUX', 'gpu']);
    expect(decision.runners.map((r) => r.name)).toEqual(['gpu-1']);
  });

  it('needs min-online matching runners online', async () => {
    server.setRunners('repo', [gpu('gpu-1'), gpu('gpu-2'), gpu('gpu-3', { status: 'offline' })]);
    const short = await decideRunsOn(config({ minOnline: 3 }), logger);
    expect(short.useSelfHosted).toBe(false);
    expect(short.reason).toBe('2 of 3 matching runners online, 2 idle; at least 3 must be online; falling back to ubuntu-latest.');
    const enough = await decideRunsOn(config({ minOnline: 2 }), logger);
    expect(enough.useSelfHosted).toBe(true);
  });

  it('with require-idle, falls back when every online matching runner is busy', async () => {
    server.setRunners('repo', [gpu('gpu-1', { busy: true }), gpu('gpu-2', { busy: true }), gpu('gpu-3', { status: 'offline' })]);
    const busy = await decideRunsOn(config({ requireIdle: true }), logger);
    expect(busy.useSelfHosted).toBe(false);
    expect(busy.reason).toBe('2 of 3 matching runners online, 0 idle; require-idle is set; falling back to ubuntu-latest.');
    // Without require-idle a busy runner is fine: the job queues briefly behind it.
    const queued = await decideRunsOn(config({ requireIdle: false }), logger);
    expect(queued.useSelfHosted).toBe(true);
    expect(queued.reason).toBe('2 of 3 matching runners online, 0 idle; using self-hosted [self-hosted, linux, gpu].');
  });

  it('reads every page: 250 runners in 3 requests of per_page=100', async () => {
    const many = Array.from({ length: 250 }, (_, i) => (i === 249 ? gpu('gpu-last') : runner(`cpu-${i}`, ['self-hosted', 'linux'])));
    server.setRunners('repo', many);
    const decision = await decideRunsOn(config(), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.runners.map((r) => r.name)).toEqual(['gpu-last']);
    expect(server.requestsTo(REPO_RUNNERS).map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
    expect(logger.lines).toContain('info 250 repo-level runners listed; 1 have all of self-hosted, linux, gpu; 1 online, 1 idle.');
  });

  it('lists organization runners for scope org', async () => {
    server.setRunners('org', [gpu('org-gpu')]);
    server.setRunners('repo', []);
    const decision = await decideRunsOn(config({ scope: 'org' }), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.runners.map((r) => r.name)).toEqual(['org-gpu']);
    expect(server.requests.map((r) => r.pathname)).toEqual([ORG_RUNNERS]);
  });

  it('lists enterprise runners for scope enterprise', async () => {
    server.setRunners('enterprise', [gpu('ent-gpu', { busy: true })]);
    const decision = await decideRunsOn(config({ scope: 'enterprise', enterprise: 'acme-corp' }), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.runners).toEqual([{ name: 'ent-gpu', status: 'online', busy: true, labels: ['self-hosted', 'Linux', 'X64', 'gpu'] }]);
    expect(server.requests.map((r) => [r.pathname, r.query])).toEqual([[ENTERPRISE_RUNNERS, { per_page: '100' }]]);
  });

  it('treats an ARC scale set with no registered runners as available', async () => {
    server.setRunners('repo', []);
    const decision = await decideRunsOn(config({ labels: ['arc-linux'], scaleSets: ['ARC-Linux'], requireIdle: true, minOnline: 2 }), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.runsOn).toEqual(['arc-linux']);
    expect(decision.reason).toBe(
      'arc-linux is served by the ARC runner scale set ARC-Linux, which starts runners on demand (0 of 0 matching runners online, 0 idle); using self-hosted [arc-linux].',
    );
    // self-hosted alongside the scale-set name is still covered; another label is not.
    expect((await decideRunsOn(config({ labels: ['self-hosted', 'arc-linux'], scaleSets: ['arc-linux'] }), logger)).useSelfHosted).toBe(true);
    expect((await decideRunsOn(config({ labels: ['arc-linux', 'gpu'], scaleSets: ['arc-linux'] }), logger)).useSelfHosted).toBe(false);
  });
});

describe('decideRunsOn: pull requests from forks', () => {
  const pullRequest = (head: unknown) => ({ pull_request: { head: { repo: head }, base: { repo: { full_name: 'acme/speech' } } } });

  it('falls back for a fork PR without calling the API', async () => {
    server.setRunners('repo', [gpu('gpu-1')]);
    const decision = await decideRunsOn(config({ event: { name: 'pull_request', payload: pullRequest({ full_name: 'mallory/speech', fork: true }) } }), logger);
    expect(decision).toEqual({
      runsOn: 'ubuntu-latest',
      runsOnJson: '"ubuntu-latest"',
      useSelfHosted: false,
      reason: 'This run is for a pull request from the fork mallory/speech and allow-forks is off, so no self-hosted runner is used; falling back to ubuntu-latest.',
      runners: [],
    });
    expect(server.requests).toEqual([]);
  });

  it('treats a deleted head repository (pull_request_target) as a fork', async () => {
    const decision = await decideRunsOn(config({ event: { name: 'pull_request_target', payload: pullRequest(null) } }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toContain('head repository is unknown');
    expect(server.requests).toEqual([]);
  });

  it('lets a same-repository PR through, and a fork PR with allow-forks', async () => {
    server.setRunners('repo', [gpu('gpu-1')]);
    const own = await decideRunsOn(config({ event: { name: 'pull_request', payload: pullRequest({ full_name: 'ACME/speech' }) } }), logger);
    expect(own.useSelfHosted).toBe(true);
    const allowed = await decideRunsOn(config({ allowForks: true, event: { name: 'pull_request', payload: pullRequest({ full_name: 'mallory/speech' }) } }), logger);
    expect(allowed.useSelfHosted).toBe(true);
    expect(server.requestsTo(REPO_RUNNERS)).toHaveLength(2);
  });
});

describe('decideRunsOn: API failures fall back with a warning, never throw', () => {
  const cases: [string, number, string, string][] = [
    ['401', 401, 'Bad credentials', 'HTTP 401 (Bad credentials)'],
    ['403', 403, 'Resource not accessible by integration', 'HTTP 403 (Resource not accessible by integration)'],
    ['404', 404, 'Not Found', 'HTTP 404 (Not Found)'],
  ];
  it.each(cases)('%s on the repo runners endpoint names the permission the token needs', async (_name, status, message, text) => {
    server.failWith(REPO_RUNNERS, { status, message });
    const decision = await decideRunsOn(config(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.runsOn).toBe('ubuntu-latest');
    expect(decision.reason).toBe(`The self-hosted runners could not be listed (${text}); falling back to ubuntu-latest.`);
    expect(logger.warnings()).toEqual([
      `Could not list self-hosted runners (GET ${REPO_RUNNERS}): ${text}. Listing repo-level runners needs a token with \`administration: read\` on the repository (a fine-grained PAT or a GitHub App token; GITHUB_TOKEN cannot list runners). Falling back to ubuntu-latest.`,
    ]);
    expectTokenNeverLogged();
  });

  it('403 on org runners names organization_self_hosted_runners and admin:org', async () => {
    server.failWith(ORG_RUNNERS, { status: 403 });
    const decision = await decideRunsOn(config({ scope: 'org' }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(logger.warnings()).toHaveLength(1);
    expect(logger.warnings()[0]).toContain('needs a token with `organization_self_hosted_runners: read` (fine-grained PAT or GitHub App) or the classic `admin:org` scope');
  });

  it('404 on enterprise runners names manage_runners:enterprise', async () => {
    server.failWith(ENTERPRISE_RUNNERS, { status: 404 });
    await decideRunsOn(config({ scope: 'enterprise', enterprise: 'acme-corp' }), logger);
    expect(logger.warnings()[0]).toContain('needs a classic token with the `manage_runners:enterprise` scope');
  });

  it('a wrong token gets the real 401 from the auth check', async () => {
    server.setRunners('repo', [gpu('gpu-1')]);
    const decision = await decideRunsOn(config({ token: 'ghp_wrongWrongWrong' }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(logger.warnings()[0]).toMatch(/^Could not list self-hosted runners \(GET \/repos\/acme\/speech\/actions\/runners\): HTTP 401 \(Bad credentials\)\. Listing repo-level/);
    expect(logger.lines.join('\n')).not.toContain('ghp_wrongWrongWrong');
  });

  it('500 falls back without a permission hint', async () => {
    server.failWith(REPO_RUNNERS, { status: 500 });
    const decision = await decideRunsOn(config(), logger);
    expect(decision.reason).toBe('The self-hosted runners could not be listed (HTTP 500 (Server Error)); falling back to ubuntu-latest.');
    expect(logger.warnings()).toEqual([`Could not list self-hosted runners (GET ${REPO_RUNNERS}): HTTP 500 (Server Error). Falling back to ubuntu-latest.`]);
  });

  it('an error on a later page falls back too', async () => {
    server.setRunners('repo', Array.from({ length: 150 }, (_, i) => gpu(`gpu-${i}`)));
    server.failWith(REPO_RUNNERS, { status: 502, message: 'Bad Gateway', after: 1 });
    const decision = await decideRunsOn(config(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.runners).toEqual([]);
    expect(decision.reason).toBe('The self-hosted runners could not be listed (HTTP 502 (Bad Gateway)); falling back to ubuntu-latest.');
    expect(server.requestsTo(REPO_RUNNERS).map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
  });

  it('a server slower than the timeout falls back after about timeoutMs', async () => {
    server.setRunners('repo', [gpu('gpu-1')]);
    server.delay(REPO_RUNNERS, 5000);
    const started = performance.now();
    const decision = await decideRunsOn(config({ timeoutMs: 300 }), logger);
    const elapsed = performance.now() - started;
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toBe('The self-hosted runners could not be listed (no answer within 300 ms); falling back to ubuntu-latest.');
    expect(logger.warnings()).toEqual([`Could not list self-hosted runners (GET ${REPO_RUNNERS}): no answer within 300 ms. Falling back to ubuntu-latest.`]);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
  });

  it('a refused connection falls back with the network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const decision = await decideRunsOn(config({ apiUrl: `http://127.0.0.1:${port}` }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toMatch(/^The self-hosted runners could not be listed \(network error: .*ECONNREFUSED.*\); falling back to ubuntu-latest\.$/);
    expect(logger.warnings()).toHaveLength(1);
    expect(logger.warnings()[0]).not.toContain('needs');
  });

  it('never logs the token, even when the server echoes it back', async () => {
    server.failWith(REPO_RUNNERS, { status: 403, message: `token ${TOKEN} lacks administration:read` });
    await decideRunsOn(config(), logger);
    expect(logger.warnings()[0]).toContain('HTTP 403 (token *** lacks administration:read)');
    expectTokenNeverLogged();
  });
});

describe('decideRunsOn: answers that are not what the API promises', () => {
  const HTML = `<!DOCTYPE html><html><head><title>Sign in</title></head><body>${'<p>captive portal</p>'.repeat(60)}</body></html>`;
  const cases: [string, { contentType: string; text: string }, string][] = [
    ['a 200 with an HTML page', { contentType: 'text/html; charset=utf-8', text: HTML }, `text/html, ${(Buffer.byteLength(HTML) / 1024).toFixed(1)} KiB`],
    ['truncated JSON', { contentType: 'application/json; charset=utf-8', text: '{"total_count":2,"runners":[{"id":1,"na' }, 'application/json that does not parse, 39 B'],
    ['JSON of another shape', { contentType: 'application/json', text: '{"total_count":1,"runners":"gpu-1"}' }, 'application/json, 35 B'],
  ];
  it.each(cases)('%s falls back naming what came, never pasting it', async (_name, body, described) => {
    server.failWith(REPO_RUNNERS, { status: 200, body });
    const decision = await decideRunsOn(config(), logger);
    const what = `the API answered with something that is not a runner list (${described})`;
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toBe(`The self-hosted runners could not be listed (${what}); falling back to ubuntu-latest.`);
    expect(logger.warnings()).toEqual([`Could not list self-hosted runners (GET ${REPO_RUNNERS}): ${what}. Falling back to ubuntu-latest.`]);
    expect(logger.lines.join('\n')).not.toMatch(/DOCTYPE|captive|"na|gpu-1/);
  });

  it('a later page that is not a runner list falls back too', async () => {
    server.setRunners('repo', Array.from({ length: 150 }, (_, i) => gpu(`gpu-${i}`)));
    server.failWith(REPO_RUNNERS, { status: 200, after: 1, body: { contentType: 'text/html', text: HTML } });
    const decision = await decideRunsOn(config(), logger);
    expect(decision.reason).toContain('(the API answered with something that is not a runner list (text/html, ');
    expect(server.requestsTo(REPO_RUNNERS)).toHaveLength(2);
  });

  it('a job history that is not a list of workflow runs falls back, naming that', async () => {
    server.setRunners('repo', [gpu('gpu-1')]);
    server.setRuns([workflowRun({ id: 900, workflowId: 77, status: 'in_progress', conclusion: null, createdAt: '2026-11-23T12:00:00Z' })]);
    server.failWith('/repos/acme/speech/actions/workflows/77/runs', { status: 200, body: { contentType: 'application/json', text: '{"total_count":0}' } });
    const decision = await decideRunsOn(config({ history: 5, runId: 900 }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toBe(
      '1 of 1 matching runners online, 1 idle, but the job history could not be read (the API answered with something that is not a list of workflow runs (application/json, 17 B)); falling back to ubuntu-latest.',
    );
  });

  it('a rate-limited 403 says so and when it resets, without a permission hint', async () => {
    const reset = Math.floor(Date.UTC(2026, 10, 30, 12, 34, 56) / 1000);
    server.failWith(REPO_RUNNERS, { status: 403, message: 'API rate limit exceeded for installation ID 42.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    const decision = await decideRunsOn(config(), logger);
    const text = 'HTTP 403 (API rate limit exceeded for installation ID 42.); rate-limited until 12:34:56 UTC';
    expect(decision.reason).toBe(`The self-hosted runners could not be listed (${text}); falling back to ubuntu-latest.`);
    expect(logger.warnings()).toEqual([`Could not list self-hosted runners (GET ${REPO_RUNNERS}): ${text}. Falling back to ubuntu-latest.`]);
  });

  it('a 403 with requests left is a refusal: the permission hint stays', async () => {
    server.failWith(REPO_RUNNERS, { status: 403, headers: { 'x-ratelimit-remaining': '4999' } });
    await decideRunsOn(config(), logger);
    expect(logger.warnings()[0]).toContain('needs a token with `administration: read`');
  });
});

describe('decideRunsOn: job history', () => {
  const RUN_ID = 900;
  const WORKFLOW_ID = 77;

  /** Runs 101.. (newest last) each with one job on `labels` ending in the given conclusion. */
  function seedHistory(conclusions: string[], labels: string[] = ['self-hosted', 'linux', 'gpu']): void {
    const runs = [workflowRun({ id: RUN_ID, workflowId: WORKFLOW_ID, status: 'in_progress', conclusion: null, createdAt: '2026-11-23T12:00:00Z' })];
    conclusions.forEach((conclusion, i) => {
      const id = 101 + i;
      const at = `2026-11-${String(1 + i).padStart(2, '0')}T10:00:00Z`;
      runs.push(workflowRun({ id, workflowId: WORKFLOW_ID, createdAt: at }));
      server.setJobs(id, [
        job({ runId: id, labels, conclusion: conclusion as 'success', completedAt: at }),
        // A hosted job in the same run never counts.
        job({ runId: id, labels: ['ubuntu-latest'], conclusion: 'failure', completedAt: at, name: 'lint' }),
      ]);
    });
    // Another workflow's runs are not looked at.
    runs.push(workflowRun({ id: 5000, workflowId: 1, createdAt: '2026-11-22T00:00:00Z' }));
    server.setJobs(5000, [job({ runId: 5000, labels, conclusion: 'failure', completedAt: '2026-11-22T00:00:00Z' })]);
    server.setRuns(runs);
    server.setRunners('repo', [gpu('gpu-1')]);
  }

  const historyConfig = (overrides: Partial<DispatchConfig> = {}) => config({ history: 5, minSuccessRate: 0.8, runId: RUN_ID, ...overrides });

  it('falls back when the success rate of the newest jobs is below the threshold', async () => {
    // Oldest → newest; the newest 5 counted are failure, success, timed_out, success, success (cancelled is skipped).
    seedHistory(['success', 'success', 'failure', 'success', 'timed_out', 'success', 'cancelled', 'success']);
    const decision = await decideRunsOn(historyConfig(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.successRate).toEqual({ rate: 0.6, jobs: 5 });
    expect(decision.reason).toBe(
      '1 of 1 matching runners online, 1 idle, but the self-hosted success rate 60% over the last 5 jobs is below 80%; falling back to ubuntu-latest.',
    );
    expect(server.requests.map((r) => r.pathname).slice(0, 2)).toEqual([REPO_RUNNERS, `/repos/acme/speech/actions/runs/${RUN_ID}`]);
    expect(server.requestsTo(`/repos/acme/speech/actions/workflows/${WORKFLOW_ID}/runs`).map((r) => r.query)).toEqual([{ status: 'completed', per_page: '20' }]);
    // Newest first: runs 108..103 give 5 counted jobs (107 is cancelled), then it stops.
    expect(server.requests.filter((r) => r.pathname.endsWith('/jobs')).map((r) => r.pathname)).toEqual(
      [108, 107, 106, 105, 104, 103].map((id) => `/repos/acme/speech/actions/runs/${id}/jobs`),
    );
  });

  it('uses self-hosted when the rate is at or above the threshold', async () => {
    seedHistory(['failure', 'success', 'success', 'success', 'success']);
    const decision = await decideRunsOn(historyConfig(), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.successRate).toEqual({ rate: 0.8, jobs: 5 });
    expect(decision.reason).toBe('1 of 1 matching runners online, 1 idle; self-hosted success rate 80% over the last 5 jobs; using self-hosted [self-hosted, linux, gpu].');
  });

  it('does not judge without jobs on the labels', async () => {
    seedHistory(['failure', 'failure'], ['ubuntu-latest']);
    const decision = await decideRunsOn(historyConfig(), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.successRate).toEqual({ rate: 0, jobs: 0 });
    expect(decision.reason).toContain('no completed jobs on these labels yet to judge by');
  });

  it('bounds the number of runs it opens', async () => {
    seedHistory(Array.from({ length: 30 }, () => 'success'), ['macos']);
    await decideRunsOn(historyConfig({ history: 50 }), logger);
    expect(server.requests.filter((r) => r.pathname.endsWith('/jobs'))).toHaveLength(20);
    expect(server.requests).toHaveLength(1 + 2 + 20);
  });

  it('a history API error falls back with a warning naming actions: read', async () => {
    seedHistory(['success']);
    server.failWith(`/repos/acme/speech/actions/runs/${RUN_ID}`, { status: 403 });
    const decision = await decideRunsOn(historyConfig(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toBe(
      '1 of 1 matching runners online, 1 idle, but the job history could not be read (HTTP 403 (Resource not accessible by integration)); falling back to ubuntu-latest.',
    );
    expect(logger.warnings()).toEqual([
      'Could not read the job history of this workflow: HTTP 403 (Resource not accessible by integration). Reading the job history needs `actions: read` on the repository. Falling back to ubuntu-latest.',
    ]);
  });

  it('a timeout on a jobs request falls back', async () => {
    seedHistory(['success', 'success']);
    server.delay('/repos/acme/speech/actions/runs/102/jobs', 5000);
    const decision = await decideRunsOn(historyConfig({ timeoutMs: 300 }), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.successRate).toBeUndefined();
    expect(logger.warnings()).toEqual(['Could not read the job history of this workflow: no answer within 300 ms. Falling back to ubuntu-latest.']);
  });

  it('skips the history when the runners already decide a fallback', async () => {
    seedHistory(['success']);
    server.setRunners('repo', []);
    await decideRunsOn(historyConfig(), logger);
    expect(server.requests.map((r) => r.pathname)).toEqual([REPO_RUNNERS]);
  });
});

describe('decideRunsOn: queued jobs (max-queued)', () => {
  const REPO_RUNS = '/repos/acme/speech/actions/runs';
  const linux = ['self-hosted', 'linux'];
  const queueConfig = (overrides: Partial<DispatchConfig> = {}) => config({ labels: linux, maxQueued: 0, runId: 900, ...overrides });
  const node = (name: string, state: { status?: 'online' | 'offline'; busy?: boolean } = {}) => runner(name, ['self-hosted', 'Linux', 'X64'], state);

  /** Run 501 (queued) waits with 2 jobs for [self-hosted, linux]; run 502 (in progress) has 1 more waiting and 1 for ubuntu-latest; 900 is this run. */
  function seedQueue(): void {
    server.setRuns([
      workflowRun({ id: 501, workflowId: 7, createdAt: '2026-11-30T10:01:00Z', status: 'queued', conclusion: null }),
      workflowRun({ id: 502, workflowId: 8, createdAt: '2026-11-30T10:02:00Z', status: 'in_progress', conclusion: null }),
      workflowRun({ id: 900, workflowId: 7, createdAt: '2026-11-30T10:03:00Z', status: 'in_progress', conclusion: null }),
      workflowRun({ id: 400, workflowId: 7, createdAt: '2026-11-30T09:00:00Z' }),
    ]);
    server.setJobs(501, [queuedJob({ runId: 501, labels: ['self-hosted', 'Linux'], createdAt: '2026-11-30T10:01:00Z' }), queuedJob({ runId: 501, labels: ['self-hosted'], createdAt: '2026-11-30T10:01:00Z' })]);
    server.setJobs(502, [
      queuedJob({ runId: 502, labels: ['self-hosted', 'linux'], createdAt: '2026-11-30T10:02:00Z' }),
      queuedJob({ runId: 502, labels: ['ubuntu-latest'], createdAt: '2026-11-30T10:02:00Z' }),
      queuedJob({ runId: 502, labels: ['self-hosted', 'linux', 'gpu'], createdAt: '2026-11-30T10:02:00Z' }),
      job({ runId: 502, labels: ['self-hosted', 'linux'], conclusion: 'success', completedAt: '2026-11-30T10:02:30Z' }),
    ]);
    server.setJobs(900, [queuedJob({ runId: 900, labels: ['self-hosted', 'linux'], createdAt: '2026-11-30T10:03:00Z' })]);
  }

  it('3 queued, 0 idle, max-queued 0: falls back, the reason says how many wait for which labels', async () => {
    seedQueue();
    server.setRunners('repo', [node('box-1', { busy: true })]);
    const decision = await decideRunsOn(queueConfig(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toBe('1 of 1 matching runners online, 0 idle, but 3 jobs queued for [self-hosted, linux] and 0 idle runners (more than max-queued 0 would wait); falling back to ubuntu-latest.');
    expect(decision.queue).toEqual({ queued: 3, idle: 0, maxQueued: 0, runs: 2 });
    // the runner list, two run listings, the jobs of two runs (this run's own are not opened)
    expect(server.requests.map((r) => r.pathname).sort()).toEqual([REPO_RUNNERS, REPO_RUNS, REPO_RUNS, `${REPO_RUNS}/501/jobs`, `${REPO_RUNS}/502/jobs`].sort());
    expect(server.requestsTo(REPO_RUNS).map((r) => r.query['status']).sort()).toEqual(['in_progress', 'queued']);
  });

  it('3 queued, 2 idle, max-queued 2: self-hosted, the reason counts the queue', async () => {
    seedQueue();
    server.setRunners('repo', [node('box-1'), node('box-2')]);
    const decision = await decideRunsOn(queueConfig({ maxQueued: 2 }), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.reason).toBe('2 of 2 matching runners online, 2 idle; 3 jobs queued for [self-hosted, linux] and 2 idle runners; using self-hosted [self-hosted, linux].');
  });

  it('an empty queue with every runner busy stays self-hosted', async () => {
    server.setRunners('repo', [node('box-1', { busy: true })]);
    const decision = await decideRunsOn(queueConfig(), logger);
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.queue).toEqual({ queued: 0, idle: 0, maxQueued: 0, runs: 0 });
  });

  it('opens at most QUEUE_MAX_RUNS runs, newest first', async () => {
    server.setRunners('repo', [node('box-1')]);
    server.setRuns(Array.from({ length: 30 }, (_, i) => workflowRun({ id: 600 + i, workflowId: 7, createdAt: `2026-11-30T10:${String(i).padStart(2, '0')}:00Z`, status: 'queued', conclusion: null })));
    await decideRunsOn(queueConfig(), logger);
    const opened = server.requests.filter((r) => r.pathname.endsWith('/jobs')).map((r) => r.pathname);
    expect(opened).toHaveLength(20);
    expect(opened[0]).toBe(`${REPO_RUNS}/629/jobs`);
  });

  it('a queue that cannot be read falls back, naming the queue and the permission', async () => {
    server.setRunners('repo', [node('box-1')]);
    server.failWith(REPO_RUNS, { status: 403 });
    const decision = await decideRunsOn(queueConfig(), logger);
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toMatch(/^1 of 1 matching runners online, 1 idle, but the job queue could not be read \(.*403.*\); falling back to ubuntu-latest\.$/);
    expect(logger.warnings()[0]).toContain('`actions: read`');
  });

  it('a run listing that is not a list of workflow runs falls back, naming that', async () => {
    server.setRunners('repo', [node('box-1')]);
    server.failWith(REPO_RUNS, { status: 200, body: { contentType: 'application/json', text: '{"total_count": 1, "runs": []}' } });
    const decision = await decideRunsOn(queueConfig(), logger);
    expect(decision.reason).toContain('the job queue could not be read (the API answered with something that is not a list of workflow runs');
  });

  it('is not asked when the runners already decide a fallback', async () => {
    seedQueue();
    await decideRunsOn(queueConfig(), logger);
    expect(server.requests.map((r) => r.pathname)).toEqual([REPO_RUNNERS]);
  });
});

describe('decideRunsOn: Prometheus answers (real Prometheus: test/integration/fleet-prometheus.test.ts)', () => {
  let prometheus: Server;
  let answer: { status: number; body: string; type?: string } = { status: 200, body: '' };
  const asked: { url: string; authorization?: string }[] = [];
  let prometheusUrl = '';
  beforeAll(async () => {
    prometheus = createServer((request, response) => {
      asked.push({ url: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
      response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' }).end(answer.body);
    });
    await new Promise<void>((resolve) => prometheus.listen(0, '127.0.0.1', resolve));
    prometheusUrl = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}/prom`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        prometheus.closeAllConnections(); // fetch keeps connections alive; close() would wait for them
        prometheus.close(() => resolve());
      }),
  );
  beforeEach(() => {
    asked.length = 0;
    server.setRunners('repo', [gpu('gpu-1')]);
  });
  const vector = (...values: string[]) => JSON.stringify({ status: 'success', data: { resultType: 'vector', result: values.map((value, i) => ({ metric: { labels: `,${i},` }, value: [1764500000, value] })) } });
  const ask = (overrides: Partial<DispatchConfig> = {}) => decideRunsOn(config({ prometheus: { url: prometheusUrl, query: 'sum(up)', token: 'prom-s3cret-token' }, ...overrides }), logger);

  it('adds the samples of a vector, sends the bearer token to /api/v1/query under the URL path, never logs it', async () => {
    answer = { status: 200, body: vector('1', '2') };
    const decision = await ask();
    expect(decision.useSelfHosted).toBe(true);
    expect(decision.prometheus).toEqual({ query: 'sum(up)', value: 3 });
    expect(asked).toEqual([{ url: '/prom/api/v1/query?query=sum%28up%29', authorization: 'Bearer prom-s3cret-token' }]);
    expect(logger.lines.join('\n')).not.toContain('prom-s3cret-token');
  });

  it.each([
    ['a scalar below min-online', { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '0'] } }) }, 'but Prometheus counts 0 healthy runners (at least 1 needed)'],
    ['an empty vector', { status: 200, body: vector() }, 'but Prometheus could not be asked (the query returned nothing (no series matched))'],
    ['NaN', { status: 200, body: vector('NaN') }, 'the query returned NaN'],
    ['a range result', { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }) }, 'the query returned a matrix where one number'],
    ['a bad query', { status: 400, body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:5: parse error' }) }, 'HTTP 400: bad_data: invalid parameter "query": 1:5: parse error'],
    ['a login page', { status: 200, body: '<html>sign in</html>', type: 'text/html' }, 'HTTP 200 with a body that is not the API\'s JSON (text/html, 20 bytes)'],
  ])('%s falls back, naming Prometheus', async (_name, given, expected) => {
    answer = given;
    const decision = await ask();
    expect(decision.useSelfHosted).toBe(false);
    expect(decision.reason).toContain('1 of 1 matching runners online, 1 idle, but Prometheus');
    expect(decision.reason).toContain(expected);
    expect(decision.reason).not.toContain('sign in');
  });

  it('a server slower than the timeout falls back', async () => {
    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const decision = await ask({ prometheus: { url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`, query: 'up' }, timeoutMs: 300 });
      expect(decision.reason).toContain('but Prometheus could not be asked (no answer within 300 ms)');
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it.each<[string, Partial<DispatchConfig>, RegExp]>([
    ['a URL with credentials', { prometheus: { url: 'http://user:pw@127.0.0.1:1', query: 'up' } }, /must not hold credentials/],
    ['a non-http URL', { prometheus: { url: 'ftp://127.0.0.1', query: 'up' } }, /prometheus-url must be an http/],
    ['an empty query', { prometheus: { url: 'http://127.0.0.1:1', query: ' ' } }, /prometheus-query must not be empty/],
    ['a negative max-queued', { maxQueued: -1 }, /max-queued must be a whole number/],
  ])('%s is a ConfigurationError', async (_name, overrides, message) => {
    await expect(decideRunsOn(config(overrides), logger)).rejects.toThrow(message);
  });
});

describe('decideRunsOn: configuration', () => {
  it.each<[string, Partial<DispatchConfig>, RegExp]>([
    ['no labels', { labels: [] }, /labels must be a non-empty list/],
    ['enterprise without slug', { scope: 'enterprise' }, /needs the enterprise slug/],
    ['min-online 0', { minOnline: 0 }, /min-online must be a whole number of at least 1/],
    ['rate above 1', { minSuccessRate: 1.5 }, /min-success-rate must be between 0 and 1/],
    ['history without run id', { history: 5 }, /needs the run id/],
    ['empty fallback', { fallback: [] }, /fallback runs-on must be/],
  ])('%s is a ConfigurationError', async (_name, overrides, message) => {
    await expect(decideRunsOn(config(overrides), logger)).rejects.toThrow(ConfigurationError);
    await expect(decideRunsOn(config(overrides), logger)).rejects.toThrow(message);
    expect(server.requests).toEqual([]);
  });
});
