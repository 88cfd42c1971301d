import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';

// `npm test`: every gate CI runs, each visible on its own; the last line is the jest count as
// `N passed, N failed`. Extra arguments go to jest (e.g. a test path). The checks before jest
// run two at a time (one per core here; each is mostly one busy thread), their output printed
// whole, in order, as each is done; jest then has the machine to itself.
interface Gate {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const resultsFile = path.join(repoRoot, '.build', 'jest-results.json');
const jestArgs = process.argv.slice(2);

const gates: Gate[] = [
  { name: 'typecheck', command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'lint workflows', command: ['npm', 'run', '--silent', 'lint:workflows'] },
  { name: 'build + check dist', command: ['npm', 'run', '--silent', 'check-dist'] },
  { name: 'docs in sync', command: ['npm', 'run', '--silent', 'docs:check'] },
  {
    name: 'jest',
    command: [bin('jest'), '--json', `--outputFile=${resultsFile}`, ...jestArgs],
    env: { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --experimental-vm-modules`.trim() },
  },
];

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Runs a gate with its output kept, to print it whole once the gate is done. */
function runBuffered(gate: Gate): Promise<Outcome & { output: Buffer }> {
  const started = performance.now();
  const [command, ...args] = gate.command;
  const child = spawn(command!, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...gate.env } });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    const done = (ok: boolean) => resolve({ name: gate.name, ok, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks) });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

/** The checks before jest, `parallel` at a time in their order, printed in their order. */
async function runChecks(checks: readonly Gate[], parallel: number): Promise<Outcome[]> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const runs = checks.map(async (check) => {
    if (running >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await runBuffered(check);
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
  const outcomes: Outcome[] = [];
  for (const run of runs) {
    const { output, ...outcome } = await run;
    console.log(`\n=== ${outcome.name} (${outcome.seconds.toFixed(1)} s)`);
    process.stdout.write(output);
    outcomes.push(outcome);
  }
  return outcomes;
}

mkdirSync(path.dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });
const checks = gates.filter((gate) => gate.name !== 'jest');
const outcomes = await runChecks(checks, 2);
for (const gate of gates.filter((g) => g.name === 'jest')) {
  console.log(`\n=== ${gate.name}`);
  const started = performance.now();
  const [command, ...args] = gate.command;
  const result = spawnSync(command!, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...gate.env } });
  outcomes.push({ name: gate.name, ok: result.status === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const outcome of outcomes) console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name} (${outcome.seconds.toFixed(1)} s)`);
let passed = 0;
let failed: number;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
} catch {
  failed = 1; // jest wrote no results: it did not run
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(outcomes.every((o) => o.ok) && failed === 0 ? 0 : 1);
