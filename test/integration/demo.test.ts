import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { node24, repoRoot } from '../harness/index.ts';

it('npm run demo runs cache-key end to end and shows its outputs and summary', () => {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(node24, [tsx, path.join(repoRoot, 'packages', 'dev', 'src', 'demo.ts'), 'cache-key'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/key: npm-v1-Linux-X64-gpu\+linux\+self-hosted\+x64-test-job-m42f136f79983-[0-9a-f]{64}/);
  expect(result.stdout).toContain("WARNING: cache-key: no files matched the pattern 'requirments.txt'");
  expect(result.stdout).toContain('│ | segment | value |');
});

it('npm run demo runs setup-vosk on both runner kinds, showing each path a model can take', () => {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(node24, [tsx, path.join(repoRoot, 'packages', 'dev', 'src', 'demo.ts'), 'setup-vosk'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  expect(result.status).toBe(0);
  const sources = [...result.stdout.matchAll(/^  source: (\S+)$/gm)].map((m) => m[1]);
  expect(sources).toEqual(['download', 'local-cache', 'download', 'actions-cache']);
  expect(result.stdout).toContain('│ | model | source | size | time | path |');
});
