import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';

// `npm test`: every gate CI runs, in order, each visible on its own; the last line is the
// jest count as `N passed, N failed`. Extra arguments go to jest (e.g. a test path).
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

mkdirSync(path.dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });
const outcomes: { name: string; ok: boolean; seconds: number }[] = [];
for (const gate of gates) {
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
