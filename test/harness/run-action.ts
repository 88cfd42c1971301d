import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseKeyValueFile, parseWorkflowCommands, type WorkflowCommand } from './file-commands.ts';
import { node24, repoRoot } from './node24.ts';

/** What one step (main or post) did, read back the way the runner reads it. */
export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  addedPath: string[];
  summary: string;
  commands: WorkflowCommand[];
  /** `::error::`/`::warning::`/`::notice::` annotations. */
  annotations: WorkflowCommand[];
  /** Values the step masked with `::add-mask::`. */
  masks: string[];
  durationMs: number;
}

/** A whole action run: main, then post (always, as `post-if: always()` does). */
export interface ActionRun {
  main: StepResult;
  post?: StepResult;
  /** The job environment after both steps (base env + GITHUB_ENV exports). */
  env: Record<string, string>;
  dirs: RunnerDirs;
}

/** The directories a runner gives a job. */
export interface RunnerDirs {
  root: string;
  workspace: string;
  temp: string;
  toolCache: string;
}

/** Options for {@link runAction}. */
export interface RunActionOptions {
  /** Inputs as a workflow's `with:` would give them; action.yml defaults fill the rest. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment for the job. */
  env?: Record<string, string>;
  /** `self-hosted` or `github-hosted` (RUNNER_ENVIRONMENT). */
  runnerEnvironment?: 'self-hosted' | 'github-hosted';
  /** Reuse runner directories (e.g. a persistent tool cache across runs). */
  dirs?: Partial<RunnerDirs>;
  /** Directory holding action.yml; defaults to actions/<name>. */
  actionDir?: string;
  /** Kill the step after this long. */
  timeoutMs?: number;
  /** Treat the job as failed when post runs (as `job.status` would be). */
  jobFailed?: boolean;
  /** Skip post (to inspect what main left running). */
  skipPost?: boolean;
  /** Called with main's pid as soon as it runs (to stop and continue it, say). */
  onMainStarted?: (pid: number) => void;
  /** A command the step runs under, e.g. `['/usr/bin/time', '-f', '%M', '-o', file]` to measure it. */
  wrapper?: string[];
  /**
   * The job's own steps between main and post: called with the job environment as later steps
   * see it (main's GITHUB_ENV/GITHUB_PATH applied).
   */
  between?: (job: { main: StepResult; env: Record<string, string>; dirs: RunnerDirs }) => Promise<void>;
}

interface ActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

/** `INPUT_<NAME>` as the runner spells it: upper-case, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

// Job roots this process made, for removeRunnerDirs(); a root the caller gave is the caller's.
const createdRoots = new Set<string>();

/**
 * Makes a fresh set of runner directories under the system temp dir. The root is removed by
 * {@link removeRunnerDirs} (after every test file, see test/setup/remove-runner-dirs.ts).
 */
export function makeRunnerDirs(overrides: Partial<RunnerDirs> = {}): RunnerDirs {
  let root = overrides.root;
  if (root === undefined) {
    root = mkdtempSync(path.join(os.tmpdir(), 'runner-kit-job-'));
    createdRoots.add(root);
  }
  const dirs = {
    root,
    workspace: overrides.workspace ?? path.join(root, 'workspace'),
    temp: overrides.temp ?? path.join(root, 'temp'),
    toolCache: overrides.toolCache ?? path.join(root, 'tool-cache'),
  };
  for (const dir of [dirs.workspace, dirs.temp, dirs.toolCache]) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** Removes every job root {@link makeRunnerDirs} made in this process (also for {@link runAction}). */
export function removeRunnerDirs(): void {
  for (const root of createdRoots) {
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    createdRoots.delete(root);
  }
}

/**
 * Runs an action's built bundle the way the GitHub runner does: inputs as `INPUT_*` with
 * action.yml defaults, file commands, `STATE_*` into post, under real Node 24.
 */
export async function runAction(action: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const actionDir = options.actionDir ?? path.join(repoRoot, 'actions', action);
  const manifest = parseYaml(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionManifest;
  if (manifest.runs.using !== 'node24') throw new Error(`${action}: runs.using is '${manifest.runs.using}', expected node24`);
  const dirs = makeRunnerDirs(options.dirs);
  const stepsDir = mkdtempSync(path.join(dirs.temp, '_runner_file_commands-'));

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dirs.root,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_JOB: 'test-job',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_WORKFLOW: 'test',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTION: action.replace(/-/g, '_'),
    // Nothing in a test may reach the real API: default to a closed loopback port.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'runner-kit-test',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_ENVIRONMENT: options.runnerEnvironment ?? 'github-hosted',
    ...options.env,
  };

  const provided = options.inputs ?? {};
  const declared = manifest.inputs ?? {};
  const unexpected = Object.keys(provided).filter((name) => !(name in declared));
  if (unexpected.length) throw new Error(`${action}: unexpected input(s) ${unexpected.join(', ')} (not in action.yml)`);
  // The runner evaluates a step's inputs when that step runs: a post step sees `job.status` as
  // the job stands then.
  const inputsFor = (jobStatus: 'success' | 'failure'): Record<string, string> => {
    const inputEnv: Record<string, string> = {};
    for (const [name, spec] of Object.entries(declared)) {
      inputEnv[inputEnvName(name)] = provided[name] ?? evaluateDefault(spec.default, env, jobStatus);
    }
    return inputEnv;
  };

  const runStep = async (entry: string, extraEnv: Record<string, string>, label: string, jobStatus: 'success' | 'failure', onSpawn?: (pid: number) => void): Promise<StepResult> => {
    const inputEnv = inputsFor(jobStatus);
    const files = {
      GITHUB_OUTPUT: path.join(stepsDir, `${label}-output`),
      GITHUB_ENV: path.join(stepsDir, `${label}-env`),
      GITHUB_STATE: path.join(stepsDir, `${label}-state`),
      GITHUB_STEP_SUMMARY: path.join(stepsDir, `${label}-summary`),
      GITHUB_PATH: path.join(stepsDir, `${label}-path`),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const started = performance.now();
    const { code, signal, stdout, stderr } = await spawnNode(path.resolve(actionDir, entry), {
      cwd: dirs.workspace,
      env: { ...env, ...inputEnv, ...extraEnv, ...files },
      timeoutMs: options.timeoutMs ?? 120_000,
      ...(options.wrapper ? { wrapper: options.wrapper } : {}),
      ...(onSpawn ? { onSpawn } : {}),
    });
    const commands = parseWorkflowCommands(stdout);
    return {
      exitCode: code,
      signal,
      stdout,
      stderr,
      outputs: parseKeyValueFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      exportedEnv: parseKeyValueFile(readFileSync(files.GITHUB_ENV, 'utf8')),
      state: parseKeyValueFile(readFileSync(files.GITHUB_STATE, 'utf8')),
      addedPath: readFileSync(files.GITHUB_PATH, 'utf8').split(/\r?\n/).filter(Boolean),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      commands,
      annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
      durationMs: performance.now() - started,
    };
  };

  const main = await runStep(manifest.runs.main, {}, 'main', 'success', options.onMainStarted);
  Object.assign(env, main.exportedEnv);
  if (main.addedPath.length) env['PATH'] = [...[...main.addedPath].reverse(), env['PATH']].join(path.delimiter);
  const result: ActionRun = { main, env, dirs };
  await options.between?.({ main, env: { ...env }, dirs });
  if (manifest.runs.post && !options.skipPost) {
    const postIf = manifest.runs['post-if'] ?? 'always()';
    const failed = options.jobFailed === true || main.exitCode !== 0;
    const runPost = postIf.includes('always()') || (postIf.includes('failure()') ? failed : !failed);
    if (runPost) {
      const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
      result.post = await runStep(manifest.runs.post, stateEnv, 'post', failed ? 'failure' : 'success');
    }
  }
  return result;
}

/** Evaluates the few default expressions runner-kit's action.yml files use. */
function evaluateDefault(value: unknown, env: Record<string, string>, jobStatus: 'success' | 'failure'): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const known: Record<string, string | undefined> = {
      'github.token': env['GITHUB_TOKEN'] ?? '',
      'github.workspace': env['GITHUB_WORKSPACE'],
      'github.job': env['GITHUB_JOB'],
      'runner.temp': env['RUNNER_TEMP'],
      'runner.tool_cache': env['RUNNER_TOOL_CACHE'],
      'runner.os': env['RUNNER_OS'],
      'runner.arch': env['RUNNER_ARCH'],
      'toJSON(matrix)': 'null',
      'job.status': jobStatus,
    };
    if (!(expression in known)) throw new Error(`harness: cannot evaluate default expression \${{ ${expression} }}`);
    return known[expression] ?? '';
  });
}

interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a script under Node 24 with a clean environment, collecting its output. */
export function spawnNode(script: string, options: { cwd: string; env: Record<string, string>; timeoutMs: number; args?: string[]; wrapper?: string[]; onSpawn?: (pid: number) => void }): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = [...(options.wrapper ?? []), node24, script, ...(options.args ?? [])];
    const child = spawn(command!, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
