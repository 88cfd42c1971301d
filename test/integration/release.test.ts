import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse as parseYaml } from 'yaml';
import { listActions } from '../../packages/dev/src/entries.ts';
import { assembleRelease, type AssembledRelease } from '../../packages/dev/src/release/assemble.ts';
import { publishRelease } from '../../packages/dev/src/release/publish.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createVoskModelArchive } from '../fixtures/vosk-archives.ts';
import { runAction, type ActionRun, type RunActionOptions } from '../harness/index.ts';

let tree: string;
let assembled: AssembledRelease;
let server: TestServer;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-release-'));

beforeAll(async () => {
  tree = path.join(scratch, 'tree');
  assembled = assembleRelease({ outDir: tree, repository: 'acme/runner-kit', major: 2 });
  server = await startTestServer();
  const model = await createVoskModelArchive(scratch, { name: 'vosk-model-small-en-us-0.15', payloadBytes: 64 * 1024 });
  server.route('/models/vosk-model-small-en-us-0.15.zip', { body: fileBody(model.archive) });
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A short real run of each action, as a workflow would use it, from the root-level folder. */
const smokeRuns: Record<string, { options: () => RunActionOptions; check: (run: ActionRun) => void }> = {
  'cache-key': { options: () => ({ inputs: { prefix: 'release' } }), check: (run) => expect(run.main.outputs['key']).toMatch(/^release-/) },
  'setup-vosk': {
    options: () => ({ runnerEnvironment: 'self-hosted', inputs: { model: 'vosk-model-small-en-us-0.15', 'base-url': server.url('/models') } }),
    check: (run) => expect(existsSync(path.join(run.main.outputs['model-path']!, 'am', 'final.mdl'))).toBe(true),
  },
  'setup-vosk-cached': {
    options: () => ({ runnerEnvironment: 'self-hosted', inputs: { model: 'vosk-model-small-en-us-0.15', 'base-url': server.url('/models') } }),
    check: (run) => expect(run.main.outputs['source']).toBe('download'),
  },
  'health-gate': { options: () => ({ inputs: { mode: 'local', 'network-check': '' } }), check: (run) => expect(Number(run.main.outputs['score'])).toBeGreaterThanOrEqual(0) },
  'perf-monitor': {
    options: () => ({ inputs: { interval: '0.2' }, between: () => new Promise((resolve) => setTimeout(resolve, 600)) }),
    check: (run) => expect(run.post?.summary).toMatch(/xychart-beta/),
  },
  'headless-env': {
    options: () => ({ inputs: { 'window-manager': 'none' } }),
    check: (run) => expect(run.main.outputs['display']).toMatch(/^:\d+$/),
  },
};

describe('release:assemble', () => {
  it('puts every action at the root and under actions/, with the bundles and nothing of the sources', () => {
    expect(assembled.actions).toEqual(listActions());
    const top = readdirSync(tree).sort();
    for (const action of assembled.actions) expect(top).toContain(action);
    expect(top).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'LICENSE', 'actions', 'dist', 'action-templates']));
    for (const absent of ['packages', 'test', 'node_modules', 'package.json', 'tsconfig.json']) expect(top).not.toContain(absent);
    expect(existsSync(path.join(tree, 'actions', 'setup-vosk', 'src'))).toBe(false);
  });

  it.each(listActions())('%s: both action.yml copies are valid and point at bundles in the tree', (action) => {
    for (const dir of [path.join(tree, action), path.join(tree, 'actions', action)]) {
      const content = readFileSync(path.join(dir, 'action.yml'), 'utf8');
      const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
      expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
      const runs = (parseYaml(content) as { runs: Record<string, string> }).runs;
      for (const key of ['main', 'post'] as const) {
        if (runs[key]) expect(existsSync(path.resolve(dir, runs[key]))).toBe(true);
      }
    }
  });

  it('publishes the reusable templates under .github/workflows and points them at the release', () => {
    expect(assembled.reusableWorkflows).toEqual(expect.arrayContaining(['hybrid-ci.yml']));
    expect(assembled.reusableWorkflows).not.toContain('runner-health-alert.yml'); // a starter, not callable
    for (const file of assembled.reusableWorkflows) {
      const text = readFileSync(path.join(tree, '.github', 'workflows', file), 'utf8');
      expect(text).not.toMatch(/runner-kit\/runner-kit\//);
      expect(text).toMatch(/acme\/runner-kit\/[\w-]+@v2/);
    }
  });

  it('fails when dist/ is missing rather than shipping actions without bundles', () => {
    const empty = mkdtempSync(path.join(scratch, 'src-'));
    expect(() => assembleRelease({ outDir: path.join(scratch, 'never'), sourceRoot: empty })).toThrow(/dist\/ is missing/);
  });

  it('every action has a smoke run here (add one for a new action)', () => {
    expect(Object.keys(smokeRuns).sort()).toEqual(listActions());
  });

  it.each(listActions())('%s runs from the root-level folder of the release tree', async (action) => {
    const smoke = smokeRuns[action]!;
    const run = await runAction(action, { ...smoke.options(), actionDir: path.join(tree, action) });
    expect({ main: run.main.exitCode, post: run.post?.exitCode ?? 0, errors: run.main.annotations.filter((a) => a.command === 'error') }).toEqual({ main: 0, post: 0, errors: [] });
    smoke.check(run);
  });
});

describe('release:publish', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  it('commits the tree on releases/v<major> and points v<major> and the version tag at it, release after release', () => {
    const remote = path.join(scratch, 'remote.git');
    const work = path.join(scratch, 'work');
    git(scratch, 'init', '--quiet', '--bare', remote);
    git(scratch, 'init', '--quiet', work);
    writeFileSync(path.join(work, 'README.md'), 'source\n');
    git(work, 'add', 'README.md');
    git(work, '-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '--quiet', '-m', 'source');
    git(work, 'remote', 'add', 'origin', remote);
    const sourceHead = git(work, 'rev-parse', 'HEAD');

    const first = publishRelease({ repoDir: work, treeDir: tree, tag: 'v2.0.0' });
    expect(git(remote, 'rev-parse', 'releases/v2')).toBe(first.commit);
    expect(git(remote, 'rev-parse', 'v2^{commit}')).toBe(first.commit);
    expect(git(remote, 'rev-parse', 'v2.0.0^{commit}')).toBe(first.commit);
    expect(git(remote, 'ls-tree', '--name-only', first.commit).split('\n')).toEqual(expect.arrayContaining([...listActions(), 'dist', 'actions']));
    expect(git(remote, 'log', '-1', '--format=%B', first.commit)).toContain(`Built from ${sourceHead}`);
    // The checkout is untouched: same HEAD, clean index.
    expect(git(work, 'rev-parse', 'HEAD')).toBe(sourceHead);
    expect(git(work, 'status', '--porcelain')).toBe('');

    const second = publishRelease({ repoDir: work, treeDir: tree, tag: 'v2.1.0' });
    expect(git(remote, 'rev-parse', `${second.commit}^`)).toBe(first.commit);
    expect(git(remote, 'rev-parse', 'v2^{commit}')).toBe(second.commit);
    expect(git(remote, 'rev-parse', 'v2.0.0^{commit}')).toBe(first.commit);
  });

  it('refuses a tag that is not v<major>.<minor>.<patch>', () => {
    expect(() => publishRelease({ repoDir: scratch, treeDir: tree, tag: 'v2' })).toThrow(/not of the form v<major>\.<minor>\.<patch>/);
  });
});
