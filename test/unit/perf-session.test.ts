import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { ExternalError } from '../../packages/core/src/errors.ts';
import { startRecorder } from '../../packages/core/src/perf/recorder.ts';

const dirs: string[] = [];
const originalPath = process.env['PATH'];
afterEach(() => {
  process.env['PATH'] = originalPath;
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

});
