import { rmSync } from 'node:fs';
import { makeRunnerDirs } from '../../../../test/harness/index.ts';
import { writeSourceTree, writeTree } from '../../../../test/fixtures/trees.ts';
import type { Demo } from './types.ts';

/** Two legs of a matrix job on a self-hosted runner, plus a typo in a pattern. */
export const cacheKeyDemo: Demo = {
  action: 'cache-key',
  async prepare() {
    const dirs = makeRunnerDirs();
    writeSourceTree(dirs.workspace, { packages: 3, dirsPerPackage: 4, filesPerDir: 10 });
    writeTree(dirs.workspace, { 'package-lock.json': '{"lockfileVersion":3}' });
    const inputs = {
      prefix: 'npm-v1',
      files: '**/package-lock.json\npackages/**/*.ts\nrequirments.txt',
      'runner-labels': 'self-hosted, linux, x64, gpu',
      'per-job': 'true',
    };
    return {
      runs: [
        { title: 'matrix leg node=20', action: 'cache-key', options: { dirs, runnerEnvironment: 'self-hosted', inputs: { ...inputs, matrix: '{"node":20}' } } },
        { title: 'matrix leg node=22', action: 'cache-key', options: { dirs, runnerEnvironment: 'self-hosted', inputs: { ...inputs, matrix: '{"node":22}' } } },
      ],
      cleanup: async () => rmSync(dirs.root, { recursive: true, force: true }),
    };
  },
};
