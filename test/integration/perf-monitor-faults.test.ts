import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs, runAction } from '../harness/index.ts';

// perf-monitor when RUNNER_TEMP is full: main fails with a plain message and leaves nothing running.
const base = mkdtempSync(path.join(os.tmpdir(), 'rk-perf-faults-'));
const temp = path.join(base, 'rk-full-temp');
let skip: string | undefined;

beforeAll(() => {
  if (process.getuid?.() !== 0) skip = 'mounting a small tmpfs needs root';
  else {
    mkdirSync(temp);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', temp], { stdio: 'pipe' });
    } catch (error: unknown) {
      skip = `mount refused: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  if (skip) console.warn(`perf-monitor fault tests skipped: ${skip}`);
});

afterAll(() => {
  if (!skip) execFileSync('umount', [temp]);
  rmSync(base, { recursive: true, force: true });
});

/** Processes whose environment points the recorder into `dir`: what main started and did not stop. */
function recordersWritingInto(dir: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      if (environ.some((entry) => entry.startsWith('RK_OUT=') && entry.includes(dir))) found.push(Number(name));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

describe('perf-monitor with a full RUNNER_TEMP', () => {
  it('fails main with the path and a remedy, and leaves no recorder running', async () => {
    if (skip) return;
    // Fill the filesystem: directories and empty files still fit, no byte of content does.
    try {
      writeFileSync(path.join(temp, 'filler'), Buffer.alloc(2 * 2 ** 20));
    } catch {
      // ENOSPC: full, as wanted
    }
    const dirs = { ...makeRunnerDirs(), temp };
    try {
      const { main, post } = await runAction('perf-monitor', { dirs, inputs: { interval: '0.2' } });
      expect(main.exitCode).toBe(1);
      const error = main.annotations.find((a) => a.command === 'error')!.message;
      expect(error).not.toContain('bug in runner-kit');
      expect(error).toContain(temp);
      expect(error).toMatch(/no space left|full/i);
      expect(recordersWritingInto(temp)).toEqual([]);
      expect(post!.exitCode).toBe(0);
    } finally {
      rmSync(dirs.root, { recursive: true, force: true });
    }
  });
});
