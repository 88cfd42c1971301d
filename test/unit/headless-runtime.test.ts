import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createRuntimeDir, removeRuntimeDir } from '../../packages/core/src/headless/runtime-dir.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-headless-runtime-'));
const made: string[] = [];
afterAll(() => {
  for (const dir of [...made, scratch]) rmSync(dir, { recursive: true, force: true });
});

describe('headless-env runtime dir', () => {
  it('is private (0700) under RUNNER_TEMP with the sockets inside it', () => {
    const layout = createRuntimeDir(scratch);
    made.push(layout.root);
    expect(path.dirname(layout.root)).toBe(scratch);
    expect(statSync(layout.root).mode & 0o777).toBe(0o700);
    for (const dir of [layout.home, layout.config, layout.logs, path.dirname(layout.pulseSocket)]) expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(layout.xdgRuntime).toBe(layout.root);
    expect(layout.pulseSocket).toBe(path.join(layout.root, 'pulse', 'native'));
  });

  it('moves to the system temp dir when RUNNER_TEMP is too deep for a Unix socket path', () => {
    const deep = path.join(scratch, 'x'.repeat(60), 'y'.repeat(60));
    mkdirSync(deep, { recursive: true });
    const layout = createRuntimeDir(deep);
    made.push(layout.root);
    expect(path.dirname(layout.root)).toBe(os.tmpdir());
    expect(Buffer.byteLength(layout.pulseSocket)).toBeLessThanOrEqual(107);
  });

  it('removal refuses anything that is not a runtime dir it made', () => {
    const other = path.join(scratch, 'headless-env-not-ours');
    mkdirSync(other);
    expect(removeRuntimeDir(other)).toBe(false);
    expect(removeRuntimeDir('relative/headless-env-x')).toBe(false);
    expect(existsSync(other)).toBe(true);
    const layout = createRuntimeDir(scratch);
    expect(removeRuntimeDir(layout.root)).toBe(true);
    expect(existsSync(layout.root)).toBe(false);
  });
});
