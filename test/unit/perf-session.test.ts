import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, ExternalError } from '../../packages/core/src/errors.ts';
import type { PerfMonitorConfig } from '../../packages/core/src/perf/config.ts';
import { startRecorder } from '../../packages/core/src/perf/recorder.ts';
import { startSampling } from '../../packages/core/src/perf/session.ts';

const dirs: string[] = [];
const originalPath = process.env['PATH'];
const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
afterEach(() => {
  process.env['PATH'] = originalPath;
  Object.defineProperty(process, 'platform', originalPlatform);
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-session-'));
  dirs.push(dir);
  return dir;
};

describe('starting the recorder', () => {
  it('without bash on PATH (a minimal container image) fails saying so', async () => {
    const dir = tempDir();
    process.env['PATH'] = dir; // an empty directory: no bash to find
    const start = startRecorder({ recording: path.join(dir, 'recording.txt'), intervalMs: 1000, workspace: dir, processes: false, cachePaths: [] }, { cwd: dir });
    await expect(start).rejects.toThrow(ExternalError);
    await expect(start).rejects.toThrow('perf-monitor samples with bash, and there is no bash on PATH here. In a job container without it (Alpine, distroless), install it first (`apk add bash`)');
  });

  it('on a runner that is not Linux fails before starting anything, naming the guard to add', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const temp = tempDir();
    const config = { mode: 'start', intervalMs: 1000, topProcesses: 0, cachePaths: [], thresholds: {}, commentOnPr: false, reportName: 'build', workspace: temp, temp } as unknown as PerfMonitorConfig;
    const start = startSampling(config);
    await expect(start).rejects.toThrow(ConfigurationError);
    await expect(start).rejects.toThrow("runs on Linux runners only (this one is darwin); guard the step with `if: runner.os == 'Linux'`");
  });
});
