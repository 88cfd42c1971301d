import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { JobContext } from '../../packages/core/src/perf/config.ts';
import { fetchJobSteps, type JobStep } from '../../packages/core/src/perf/job-steps.ts';
import { compareSteps, stepFigures, type StepFigures } from '../../packages/core/src/perf/step-figures.ts';
import { ganttText, renderStepGantt, renderStepsCsv } from '../../packages/core/src/perf/steps-render.ts';
import type { Sample } from '../../packages/core/src/perf/samples.ts';
import { jobWithSteps, startGitHubApiServer, type GitHubApiServer } from '../fixtures/github-api-server.ts';

const T0 = 1_700_000_000_000;
const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

/** One sample a second for `seconds`: CPU and disk traffic as `load(second)` says. */
function samples(seconds: number, load: (second: number) => { cpu: number; rd: number; mem: number }): Sample[] {
  const list: Sample[] = [{ t: T0, dt: 0 }];
  for (let i = 1; i <= seconds; i++) {
    const { cpu, rd, mem } = load(i - 1);
    list.push({ t: T0 + i * 1000, dt: 1000, cpu, rd, wr: 0, rx: 10, tx: 0, memUsed: mem });
  }
  return list;
}

const step = (number: number, name: string, from: number, to?: number, conclusion: string | null = to === undefined ? null : 'success'): JobStep => ({
  number,
  name,
  status: to === undefined ? 'in_progress' : 'completed',
  conclusion,
  startedAt: T0 + from,
  ...(to !== undefined ? { completedAt: T0 + to } : {}),
});

describe('stepFigures', () => {
  // Seconds 0-3 busy (80%, 1 MB read a second, 2 GB held), seconds 4-9 quiet (20%, 0.5 MB, 1 GB).
  const recorded = samples(10, (s) => (s < 4 ? { cpu: 80, rd: 1_000_000, mem: 2e9 } : { cpu: 20, rd: 500_000, mem: 1e9 }));

  it('puts known loads into known steps, and the steps add up to the job', () => {
    const [build, test] = stepFigures([step(1, 'Build', 0, 4000), step(2, 'Run tests', 4000, 10_000)], recorded, { endedAt: T0 + 10_000, intervalMs: 1000, job: false });
    expect(build).toMatchObject({ name: 'Build', durationMs: 4000, cpuAvg: 80, cpuPeak: 80, memoryPeakBytes: 2e9, diskReadBytes: 4_000_000, networkReceivedBytes: 40 });
    expect(test).toMatchObject({ name: 'Run tests', durationMs: 6000, cpuAvg: 20, cpuPeak: 20, memoryPeakBytes: 1e9, diskReadBytes: 3_000_000, networkReceivedBytes: 60 });
    const total = recorded.reduce((sum, s) => sum + (s.rd ?? 0), 0);
    expect(build!.diskReadBytes! + test!.diskReadBytes!).toBe(total);
  });

  it('shares a sample that straddles two steps by its overlap (interpolation at the edges)', () => {
    const [first, second] = stepFigures([step(1, 'a', 0, 3500), step(2, 'b', 3500, 10_000)], recorded, { endedAt: T0 + 10_000, intervalMs: 1000, job: false });
    expect(first!.diskReadBytes).toBe(3_500_000); // three whole busy seconds and half of the fourth
    expect(second!.diskReadBytes).toBe(500_000 + 6 * 500_000);
    expect(first!.cpuAvg).toBe(80);
  });

  it('gives no figures to a step shorter than the interval or skipped; an open step ends at the report', () => {
    const figures = stepFigures(
      [step(1, 'quick', 0, 400), step(2, 'never', 400, 400, 'skipped'), step(3, 'this one', 400), { number: 4, name: 'Post', status: 'queued', conclusion: null }],
      recorded,
      { endedAt: T0 + 10_000, intervalMs: 1000, job: false },
    );
    expect(figures.map((f) => f.name)).toEqual(['quick', 'never', 'this one']);
    expect(figures[0]!.cpuAvg).toBeUndefined();
    expect(figures[0]!.diskReadBytes).toBeUndefined();
    expect(figures[1]!.cpuAvg).toBeUndefined();
    expect(figures[2]).toMatchObject({ open: true, endedAt: T0 + 10_000, durationMs: 9600 });
  });

  it("uses the job's own figures under a cgroup limit", () => {
    const limited = recorded.map((s) => ({ ...s, jobCpu: (s.cpu ?? 0) * 2, jobMem: 5 }));
    const [only] = stepFigures([step(1, 'all', 0, 10_000)], limited, { endedAt: T0 + 10_000, intervalMs: 1000, job: true });
    expect(only).toMatchObject({ cpuPeak: 160, memoryPeakBytes: 5 });
  });
});

describe('compareSteps', () => {
  const figures = (steps: [string, number][]): StepFigures[] => steps.map(([name, seconds], i) => ({ number: i + 1, name, conclusion: 'success', startedAt: 0, endedAt: seconds * 1000, durationMs: seconds * 1000, open: false }));

  it('matches by name, then a renamed step by position; added steps are left out; short steps are noise', () => {
    const baseline = figures([['Set up job', 2], ['Build', 80], ['Test', 100], ['Lint', 20]]);
    const current = figures([['Set up job', 4], ['Compile', 130], ['Test', 110], ['Lint', 20], ['Upload', 30]]);
    const compared = compareSteps(current, baseline, 50);
    expect(compared.map((c) => [c.name, c.baselineName, Math.round(c.ratio * 100) / 100, c.regression])).toEqual([
      ['Set up job', 'Set up job', 2, false], // twice as long, but 2 s → 4 s is noise
      ['Compile', 'Build', 1.63, true],
      ['Test', 'Test', 1.1, false],
      ['Lint', 'Lint', 1, false],
    ]);
    expect(compareSteps(current, baseline, 70).find((c) => c.name === 'Compile')!.regression).toBe(false);
  });
});

describe('the gantt of the steps', () => {
  it('escapes what Mermaid reads as syntax in step names', () => {
    expect(ganttText('Run: tests #1; fast\nand more')).toBe('Run꞉ tests ＃1； fast and more');
    expect(ganttText('  ')).toBe('step');
  });

  it('draws each step on the wall clock, failed ones crit and running ones active', () => {
    const figures = stepFigures([step(1, 'Build: all', 0, 4000), step(2, 'Test', 4000, 9000, 'failure'), step(3, 'Report', 9000)], [], { endedAt: T0 + 10_000, intervalMs: 1000, job: false });
    expect(renderStepGantt(figures, 'Steps of build (ubuntu, 18)')).toBe(
      [
        '```mermaid',
        'gantt',
        '  title Steps of build (ubuntu, 18)',
        '  dateFormat x',
        '  axisFormat %M:%S',
        '  section Steps',
        `  Build꞉ all :done, s1, ${T0}, ${T0 + 4000}`,
        `  Test :crit, s2, ${T0 + 4000}, ${T0 + 9000}`,
        `  Report :active, s3, ${T0 + 9000}, ${T0 + 10_000}`,
        '```',
      ].join('\n'),
    );
  });

  it('writes the steps as CSV, quoting names', () => {
    const csv = renderStepsCsv(stepFigures([step(1, 'Build, "all"', 0, 4000)], samples(4, () => ({ cpu: 50, rd: 1, mem: 1 })), { endedAt: T0 + 4000, intervalMs: 1000, job: false }));
    expect(csv.split('\n')[1]).toBe(`1,"Build, ""all""",success,${new Date(T0).toISOString()},${new Date(T0 + 4000).toISOString()},4.000,50,50,1,4,0,40,0`);
  });
});

describe('fetchJobSteps against a REST-shaped fake', () => {
  let api: GitHubApiServer;
  const context = (overrides: Partial<JobContext> = {}): JobContext => ({
    repository: 'acme/speech',
    workflow: 'CI',
    job: 'test',
    runId: '42',
    runAttempt: '1',
    runnerName: 'runner-7',
    serverUrl: 'https://github.com',
    apiUrl: api.url,
    eventName: 'push',
    ...overrides,
  });
  const path = (attempt = 1) => `/repos/acme/speech/actions/runs/42/attempts/${attempt}/jobs`;
  const steps = [
    { name: 'Set up job', startedAt: T0, completedAt: T0 + 1000 },
    { name: 'Optional', startedAt: T0 + 1000, completedAt: T0 + 1000, conclusion: 'skipped' as const },
    { name: 'Run tests', startedAt: T0 + 1000 },
    { name: 'Post Run perf-monitor' },
  ];

  beforeAll(async () => {
    api = await startGitHubApiServer();
  });
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  it('finds this job among 120 (two pages) by its runner, with skipped and unfinished steps', async () => {
    const others = Array.from({ length: 119 }, (_, i) => jobWithSteps({ runId: 42, name: `test (${i})`, runnerName: `other-${i}`, steps: [] }));
    api.setAttemptJobs(42, 1, [...others.slice(0, 70), jobWithSteps({ runId: 42, name: 'test (ubuntu, 18)', runnerName: 'runner-7', steps }), ...others.slice(70)]);
    const found = await fetchJobSteps(context(), { token: 'test-token', logger: quiet });
    expect(found).toMatchObject({ ok: true, jobName: 'test (ubuntu, 18)', rule: 'runner_name runner-7, in progress' });
    if (!found.ok) throw new Error('no steps');
    expect(found.steps).toEqual([
      { number: 1, name: 'Set up job', status: 'completed', conclusion: 'success', startedAt: T0, completedAt: T0 + 1000 },
      { number: 2, name: 'Optional', status: 'completed', conclusion: 'skipped', startedAt: T0 + 1000, completedAt: T0 + 1000 },
      { number: 3, name: 'Run tests', status: 'in_progress', conclusion: null, startedAt: T0 + 1000 },
      { number: 4, name: 'Post Run perf-monitor', status: 'queued', conclusion: null },
    ]);
    expect(api.requestsTo(path())).toHaveLength(2);
    expect(api.requestsTo(path())[0]!.query['per_page']).toBe('100');
  });

  it('falls back to the name (a matrix leg) and reads the attempt it runs in', async () => {
    api.setAttemptJobs(42, 2, [jobWithSteps({ runId: 42, attempt: 2, name: 'lint', steps: [] }), jobWithSteps({ runId: 42, attempt: 2, name: 'test (macos, 20)', runnerName: 'GitHub Actions 3', steps })]);
    const found = await fetchJobSteps(context({ runAttempt: '2' }), { token: 'test-token', logger: quiet });
    expect(found).toMatchObject({ ok: true, jobName: 'test (macos, 20)', rule: 'name test, in progress' });
  });

  it.each([
    ['no token', undefined, undefined, /no github-token \(it needs `actions: read`\)/],
    ['401', 'test-token', { status: 401, message: 'Bad credentials' }, /answered HTTP 401 \(Bad credentials\)\.$/],
    ['403', 'test-token', { status: 403, message: 'Resource not accessible by integration' }, /HTTP 403 .*needs `actions: read`/],
    ['rate-limited 403', 'test-token', { status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(T0 / 1000)) } }, /rate-limited until/],
    ['404', 'test-token', { status: 404, message: 'Not Found' }, /HTTP 404 .*GitHub Enterprise Server/],
    ['HTML', 'test-token', { status: 200, body: { contentType: 'text/html', text: '<!DOCTYPE html><html>sign in</html>' } }, /not a list of jobs \(text\/html/],
  ])('gives a notice, never an error: %s', async (_, token, failure, notice) => {
    api.setAttemptJobs(42, 1, [jobWithSteps({ runId: 42, name: 'test', runnerName: 'runner-7', steps })]);
    if (failure) api.failWith(path(), failure);
    const found = await fetchJobSteps(context(), { ...(token ? { token } : {}), logger: quiet });
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.notice).toMatch(notice);
    expect(found.notice).not.toContain('<!DOCTYPE');
    if (failure && 'headers' in failure) expect(found.notice).not.toContain('actions: read');
  });

  it('gives a notice when the API does not answer in time', async () => {
    api.setAttemptJobs(42, 1, [jobWithSteps({ runId: 42, name: 'test', runnerName: 'runner-7', steps })]);
    api.delay(path(), 2000);
    const found = await fetchJobSteps(context(), { token: 'test-token', logger: quiet, timeoutMs: 300 });
    expect(found).toEqual({ ok: false, notice: expect.stringMatching(/no answer within 300 ms/) as unknown as string });
  });

  it('says so when no job can be told to be this one', async () => {
    api.setAttemptJobs(42, 1, [jobWithSteps({ runId: 42, name: 'build', runnerName: 'elsewhere', steps })]);
    const found = await fetchJobSteps(context(), { token: 'test-token', logger: quiet });
    expect(found).toMatchObject({ ok: false, notice: expect.stringContaining('none of the 1 job(s) of run 42 attempt 1 runs on runner-7 or is named test') as unknown as string });
  });
});
