import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Inputs } from '../../packages/core/src/inputs.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { readPerfMonitorConfig } from '../../packages/core/src/perf/config.ts';
import type { PerfSession } from '../../packages/core/src/perf/session.ts';
import { publishPerfMonitor, publishPerfMonitorPost, runPerfMonitor, runPerfMonitorPost } from '../../packages/core/src/perf/steps.ts';
import { repoRoot, waitForFrames } from '../harness/index.ts';

/** Lines written to stdout (what reaches the job log) while `body` runs. */
async function stdoutOf(body: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown) => (lines.push(...String(chunk).split('\n').filter(Boolean)), true));
  try {
    await body();
    return lines;
  } finally {
    process.stdout.write = write;
  }
}

const logger: Logger & { lines: string[] } = { lines: [], info: (m) => logger.lines.push(`info ${m}`), warning: (m) => logger.lines.push(`warning ${m}`), debug: () => {} };

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'rk-perf-platform-'));
  logger.lines.length = 0;
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

describe('perf-monitor on runners it does not record', () => {
  it.each([['win32', 'Windows'] as const])('on %s: a notice, no recorder, no outputs, and neither step fails', async (platform, name) => {
    const config = readPerfMonitorConfig(Inputs.fromRecord({ mode: 'start' }), { GITHUB_WORKSPACE: temp, RUNNER_TEMP: temp });
    const outcome = await runPerfMonitor(config, { logger, platform });
    expect(outcome).toEqual({ kind: 'nothing', warn: false, notice: true, why: expect.stringContaining(`this ${name} runner is not measured`) });
    const mainLog = await stdoutOf(() => publishPerfMonitor(config, outcome, { logger }));
    expect(mainLog).toEqual([`::notice::perf-monitor records Linux and macOS runners only; this ${name} runner is not measured (no report, no outputs) and the step succeeds.`]);
    expect(readdirSync(temp)).toEqual([]); // no session directory, so no recorder was started

    const post = await runPerfMonitorPost({}, { logger, platform });
    const postLog = await stdoutOf(() => publishPerfMonitorPost({}, post, { logger }));
    expect(postLog).toEqual([]);
    expect(logger.lines).toEqual(['info perf-monitor: nothing was recorded on this runner (Linux and macOS only).']);
  });
});

describe('perf-monitor on macOS', () => {
  it('the platform given in deps picks the macOS recorder; post reports what it recorded', async () => {
    // The macOS commands are the shims replaying recorded outputs (test/fixtures/darwin/shims).
    const pathBefore = process.env['PATH'];
    process.env['PATH'] = `${path.join(repoRoot, 'test', 'fixtures', 'darwin', 'shims')}:${pathBefore ?? ''}`;
    const config = readPerfMonitorConfig(Inputs.fromRecord({ mode: 'start', interval: '0.5' }), { GITHUB_WORKSPACE: temp, RUNNER_TEMP: temp });
    let session: PerfSession | undefined;
    try {
      const outcome = await runPerfMonitor(config, { logger, platform: 'darwin' });
      if (outcome.kind !== 'started') throw new Error(`not started: ${JSON.stringify(outcome)}`);
      session = outcome.session;
      expect(session.intervalMs).toBe(1000); // iostat waits whole seconds
      expect(session.clock.uptimeMs).toBe(0); // the recorder's clock starts with it
      expect(session.sampler.command).toContain('recorder-darwin.sh');
      await waitForFrames(session.recording, 2);
    } finally {
      process.env['PATH'] = pathBefore;
    }
    const post = await runPerfMonitorPost({ session }, { logger, platform: 'darwin' });
    if (post.kind !== 'reported') throw new Error(`not reported: ${JSON.stringify(post)}`);
    const { log, files } = post.outcome;
    expect(log.header).toMatchObject({ cpuCount: 10, memTotalBytes: 16 * 2 ** 30 });
    expect(log.samples.length).toBeGreaterThanOrEqual(2);
    expect(log.samples[0]!.cpu).toBe(18);
    expect(readFileSync(files.markdown, 'utf8')).toContain('CPU');
  }, 20_000);
});
