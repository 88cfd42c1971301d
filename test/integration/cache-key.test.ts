import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runAction, makeRunnerDirs } from '../harness/index.ts';
import { runnerHashFiles } from '../fixtures/runner-hash-files.ts';
import { fixtureBytes, writeTree } from '../fixtures/trees.ts';

function workspaceWithSources(): ReturnType<typeof makeRunnerDirs> {
  const dirs = makeRunnerDirs();
  writeTree(dirs.workspace, {
    'package-lock.json': fixtureBytes(1, 4000),
    'packages/a/package-lock.json': fixtureBytes(2, 100),
    'src/index.ts': 'export {};',
    'src/gen/out.ts': fixtureBytes(3, 50),
  });
  return dirs;
}

describe('cache-key through the runner protocol', () => {
  it('sets key, restore-keys, files-hash and files-count, with a hashFiles()-identical digest', async () => {
    const dirs = workspaceWithSources();
    const files = '**/package-lock.json\nsrc/**\n!src/gen/**';
    const { main } = await runAction('cache-key', {
      dirs,
      runnerEnvironment: 'self-hosted',
      inputs: { prefix: 'npm', files, 'runner-labels': 'self-hosted, Linux, GPU', extra: 'node24' },
    });
    expect(main.exitCode).toBe(0);
    const expectedHash = await runnerHashFiles(files.split('\n'), dirs.workspace);
    expect(main.outputs['files-hash']).toBe(expectedHash);
    expect(main.outputs['files-count']).toBe('3');
    expect(main.outputs['key']).toBe(`npm-Linux-X64-gpu+linux+self-hosted-node24-${expectedHash}`);
    expect(main.outputs['restore-keys']!.split('\n')).toEqual(['npm-Linux-X64-gpu+linux+self-hosted-node24-', 'npm-Linux-X64-gpu+linux+self-hosted-', 'npm-Linux-X64-']);
    expect(main.annotations).toEqual([]);
    expect(main.summary).toContain('### 🔑 cache-key: `npm`');
    expect(main.summary).toContain('| segment | value |');
    expect(main.summary).toContain('409 Conflict');
    expect(main.stdout).toContain('::group::Computing the cache key');
  });

  it('gives each job and matrix leg its own key when per-job is on', async () => {
    const dirs = workspaceWithSources();
    const keyFor = async (job: string, matrix: string) => {
      const { main } = await runAction('cache-key', { dirs, env: { GITHUB_JOB: job }, inputs: { prefix: 'deps', files: 'package-lock.json', 'per-job': 'true', matrix } });
      expect(main.exitCode).toBe(0);
      expect(main.summary).not.toContain('409 Conflict');
      return main.outputs;
    };
    const legA = await keyFor('test', '{"node":20,"os":"ubuntu"}');
    const legASwapped = await keyFor('test', '{"os":"ubuntu","node":20}');
    const legB = await keyFor('test', '{"node":22,"os":"ubuntu"}');
    const otherJob = await keyFor('lint', '{"node":20,"os":"ubuntu"}');
    expect(legA['key']).toBe(legASwapped['key']);
    expect(new Set([legA['key'], legB['key'], otherJob['key']]).size).toBe(3);
    // every leg can still fall back to a cache any other leg saved
    const shared = 'deps-Linux-X64-';
    for (const outputs of [legA, legB, otherJob]) expect(outputs['restore-keys']!.split('\n')).toContain(shared);
  });

  it('warns with the pattern name when a pattern matches nothing, and still succeeds', async () => {
    const dirs = workspaceWithSources();
    const { main } = await runAction('cache-key', { dirs, inputs: { prefix: 'x', files: 'package-lock.json\nrequirements*.txt' } });
    expect(main.exitCode).toBe(0);
    expect(main.annotations).toHaveLength(1);
    expect(main.annotations[0]!.command).toBe('warning');
    expect(main.annotations[0]!.message).toContain("no files matched the pattern 'requirements*.txt'");
    expect(main.outputs['files-count']).toBe('1');
  });

  it('warns that a pattern matching only outside the workspace hashed nothing, saying so', async () => {
    const dirs = workspaceWithSources();
    writeTree(dirs.root, { 'elsewhere/deps.lock': 'outside' });
    const pattern = path.join(dirs.root, 'elsewhere', '*.lock');
    const { main } = await runAction('cache-key', { dirs, inputs: { prefix: 'x', files: pattern } });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['files-count']).toBe('0');
    expect(main.annotations.map((a) => [a.command, a.message])).toEqual([
      ['warning', `cache-key: no files matched the pattern '${pattern}': it matches files outside the workspace ${dirs.workspace} only, and files outside it are never hashed (as with hashFiles()); copy them into the workspace, or put their version or digest in 'extra'.`],
    ]);
    expect(main.summary).toContain('only matched files outside the workspace');
  });

  it('is the same key on a self-hosted and a GitHub-hosted runner of the same platform', async () => {
    const dirs = workspaceWithSources();
    const inputs = { prefix: 'p', files: 'src/**' };
    const selfHosted = await runAction('cache-key', { dirs, inputs, runnerEnvironment: 'self-hosted' });
    const hosted = await runAction('cache-key', { dirs, inputs, runnerEnvironment: 'github-hosted' });
    expect(selfHosted.main.outputs['key']).toBe(hosted.main.outputs['key']);
  });

  it.each([
    [{ prefix: '' }, "Input 'prefix' is required; expected a non-empty value."],
    [{ prefix: 'p', 'per-job': 'yes' }, "Input 'per-job' has the value 'yes'; expected true or false."],
    [{ prefix: 'p', 'per-job': 'true', matrix: '{"os": ' }, "Input 'matrix' has the value '{\"os\":'; expected valid JSON (a JSON object, as produced by ${{ toJSON(matrix) }})."],
    [{ prefix: 'p', matrix: '[1,2]' }, "Input 'matrix' has the value '[1,2]'; expected a JSON object"],
    [{ prefix: 'p', files: '../secrets/*' }, "Input 'files': Invalid pattern '"],
  ])('fails with a message naming the input: %p', async (inputs, message) => {
    const { main } = await runAction('cache-key', { inputs });
    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.message).not.toContain('bug in runner-kit');
    expect(main.outputs).toEqual({});
  });
});
