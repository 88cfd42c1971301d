import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { makeRunnerDirs, runAction } from '../harness/index.ts';

// On self-hosted runners, each step turns on Node's compile cache under the runner's tool cache
// before it loads its code (packages/dev/src/build.ts): they start the same bundles thousands of
// times. How much it saves is the cold-start bench's to say; this is what it writes.

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

it('fills a compile cache under RUNNER_TOOL_CACHE on the first run and reuses it', async () => {
  const dirs = makeRunnerDirs();
  const cache = path.join(dirs.toolCache, 'runner-kit', 'compile-cache');
  const first = await runAction('cache-key', { dirs, runnerEnvironment: 'self-hosted', inputs: { prefix: 'warm' } });
  expect(first.main.exitCode).toBe(0);
  const written = filesUnder(cache);
  expect(written.length).toBeGreaterThan(0);
  const second = await runAction('cache-key', { dirs, runnerEnvironment: 'self-hosted', inputs: { prefix: 'warm' } });
  expect(second.main.exitCode).toBe(0);
  expect(second.main.outputs['key']).toBe(first.main.outputs['key']);
  // The same modules: nothing new to compile.
  expect(filesUnder(cache).sort()).toEqual(written.sort());
});

it('is not written on a GitHub-hosted runner, whose machine no later job starts on', async () => {
  const dirs = makeRunnerDirs();
  const run = await runAction('cache-key', { dirs, runnerEnvironment: 'github-hosted', inputs: { prefix: 'hosted' } });
  expect(run.main.exitCode).toBe(0);
  expect(filesUnder(path.join(dirs.toolCache, 'runner-kit', 'compile-cache'))).toEqual([]);
});

it('runs the same when the tool cache cannot hold it, and writes nothing', async () => {
  const dirs = makeRunnerDirs();
  const notADirectory = path.join(dirs.root, 'tool-cache-is-a-file');
  writeFileSync(notADirectory, '');
  const run = await runAction('cache-key', { dirs, runnerEnvironment: 'self-hosted', inputs: { prefix: 'cold' }, env: { RUNNER_TOOL_CACHE: notADirectory } });
  expect(run.main.exitCode).toBe(0);
  expect(run.main.outputs['key']).toMatch(/^cold-/);
  expect(run.main.stderr).toBe('');
  expect(filesUnder(dirs.toolCache)).toEqual([]);
});
