import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, parse as parseYaml } from 'yaml';
import { listActions, repoRoot } from '../entries.ts';
import { SOURCE_MAJOR_REF, SOURCE_REPOSITORY } from './constants.ts';

/** Options for {@link assembleRelease}. */
export interface AssembleOptions {
  /** Where the release tree goes; emptied first except for a `.git` inside it. */
  outDir: string;
  /** `owner/name` the release is published as; references to runner-kit's actions point there. */
  repository?: string;
  /** Major version the release's references use (`@v<major>`). */
  major?: number;
  /** Repository checkout to assemble from (default: this one). */
  sourceRoot?: string;
}

/** What {@link assembleRelease} put in the tree. */
export interface AssembledRelease {
  /** Actions available both as `<repo>/<action>@vN` and `<repo>/actions/<action>@vN`. */
  actions: string[];
  /** Reusable workflows callable as `<repo>/.github/workflows/<file>@vN`. */
  reusableWorkflows: string[];
}

/** Top-level names a root-level action folder must never take over. */
const RESERVED = new Set(['.git', '.github', 'dist', 'actions', 'action-templates', 'packages', 'test', 'node_modules']);

/**
 * Builds the tree a release branch holds: the committed bundles (`dist/`), every action under
 * `actions/<name>/` and again at the root (`<name>/action.yml`, pointing at the same bundles) so
 * `uses: <repo>/<name>@v1` works, the templates (reusable ones also under `.github/workflows/`
 * so other repositories can call them), README, CHANGELOG and LICENSE. Sources, tests and dev
 * tooling stay out. References to `runner-kit/runner-kit/...@v1` are rewritten to the
 * publishing repository and major version.
 */
export function assembleRelease(options: AssembleOptions): AssembledRelease {
  const source = options.sourceRoot ?? repoRoot;
  const out = path.resolve(options.outDir);
  const rewrite = referenceRewriter(options.repository ?? SOURCE_REPOSITORY, options.major ?? 1);
  if (!existsSync(path.join(source, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');

  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(out)) if (entry !== '.git') rmSync(path.join(out, entry), { recursive: true, force: true });

  cpSync(path.join(source, 'dist'), path.join(out, 'dist'), { recursive: true });
  for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
    if (existsSync(path.join(source, file))) writeFileSync(path.join(out, file), rewrite(readFileSync(path.join(source, file), 'utf8')));
  }

  const actions = listActions();
  for (const action of actions) {
    if (RESERVED.has(action)) throw new Error(`action '${action}' would shadow the release tree's own '${action}/'`);
    const from = path.join(source, 'actions', action);
    const manifestText = readFileSync(path.join(from, 'action.yml'), 'utf8');
    const readme = existsSync(path.join(from, 'README.md')) ? rewrite(readFileSync(path.join(from, 'README.md'), 'utf8')) : undefined;
    for (const dir of [path.join(out, 'actions', action), path.join(out, action)]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'action.yml'), relocateManifest(manifestText, { sourceRoot: source, fromDir: from, toDir: dir, treeRoot: out }));
      if (readme !== undefined) writeFileSync(path.join(dir, 'README.md'), readme);
    }
  }

  const reusableWorkflows: string[] = [];
  const templatesDir = path.join(source, 'action-templates');
  if (existsSync(templatesDir)) {
    mkdirSync(path.join(out, 'action-templates'), { recursive: true });
    for (const file of readdirSync(templatesDir).sort()) {
      const text = rewrite(readFileSync(path.join(templatesDir, file), 'utf8'));
      writeFileSync(path.join(out, 'action-templates', file), text);
      if (/\.ya?ml$/.test(file) && isReusableWorkflow(text)) {
        mkdirSync(path.join(out, '.github', 'workflows'), { recursive: true });
        writeFileSync(path.join(out, '.github', 'workflows', file), text);
        reusableWorkflows.push(file);
      }
    }
  }
  return { actions, reusableWorkflows };
}

/** Rewrites `runs.main`/`runs.pre`/`runs.post` so they resolve to the same bundle from `toDir`. */
function relocateManifest(text: string, dirs: { sourceRoot: string; fromDir: string; toDir: string; treeRoot: string }): string {
  const document = parseDocument(text);
  for (const key of ['pre', 'main', 'post']) {
    const value = document.getIn(['runs', key]);
    if (typeof value !== 'string') continue;
    const inTree = path.join(dirs.treeRoot, path.relative(dirs.sourceRoot, path.resolve(dirs.fromDir, value)));
    if (!existsSync(inTree)) throw new Error(`${path.basename(dirs.fromDir)}: runs.${key} '${value}' is not in the release tree (missing ${path.relative(dirs.treeRoot, inTree)})`);
    document.setIn(['runs', key], path.relative(dirs.toDir, inTree).split(path.sep).join('/'));
  }
  return document.toString({ lineWidth: 0 });
}

function isReusableWorkflow(text: string): boolean {
  const on = (parseYaml(text) as { on?: unknown } | null)?.on;
  if (typeof on === 'string') return on === 'workflow_call';
  if (Array.isArray(on)) return on.includes('workflow_call');
  return typeof on === 'object' && on !== null && 'workflow_call' in on;
}

function referenceRewriter(repository: string, major: number): (text: string) => string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new Error(`repository '${repository}' is not of the form owner/name`);
  const pattern = new RegExp(`\\b${SOURCE_REPOSITORY.replace('/', '\\/')}/([\\w./-]+)@${SOURCE_MAJOR_REF}\\b`, 'g');
  return (text) => text.replace(pattern, (_, target: string) => `${repository}/${target}@v${major}`);
}
