import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Inputs } from '../../packages/core/src/inputs.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { readPerfMonitorConfig } from '../../packages/core/src/perf/config.ts';
import { publishPerfMonitor, publishPerfMonitorPost, runPerfMonitor, runPerfMonitorPost } from '../../packages/core/src/perf/steps.ts';

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
  it.each([
    ['darwin', 'macOS'],
    ['win32', 'Windows'],
  ] as const)('on %s: a notice, no recorder, no outputs, and neither step fails', async (platform, name) => {
    const config = readPerfMonitorConfig(Inputs.fromRecord({ mode: 'start' }), { GITHUB_WORKSPACE: temp, RUNNER_TEMP: temp });
    const outcome = await runPerfMonitor(config, { logger, platform });
    expect(outcome).toEqual({ kind: 'nothing', warn: false, notice: true, why: expect.stringContaining(`this ${name} runner is not measured`) });
    const mainLog = await stdoutOf(() => publishPerfMonitor(config, outcome, { logger }));
    expect(mainLog).toEqual([`::notice::perf-monitor records Linux runners only for now; this ${name} runner is not measured (no report, no outputs) and the step succeeds.`]);
    expect(readdirSync(temp)).toEqual([]); // no session directory, so no recorder was started

    const post = await runPerfMonitorPost({}, { logger, platform });
    const postLog = await stdoutOf(() => publishPerfMonitorPost({}, post, { logger }));
    expect(postLog).toEqual([]);
    expect(logger.lines).toEqual(['info perf-monitor: nothing was recorded on this runner (Linux only for now).']);
  });
});
