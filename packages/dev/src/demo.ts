import { removeRunnerDirs, runAction, type StepResult } from '../../../test/harness/index.ts';
import { cacheKeyDemo } from './demos/cache-key.ts';
import { headlessEnvDemo } from './demos/headless-env.ts';
import { healthGateDemo } from './demos/health-gate.ts';
import { perfMonitorDemo } from './demos/perf-monitor.ts';
import { setupVoskDemo } from './demos/setup-vosk.ts';
import type { Demo } from './demos/types.ts';

// `npm run demo [action…]`: runs each built action end to end on this machine through the
// runner-protocol harness (real Node 24, file commands, post steps), with fixtures made here
// and only loopback traffic, and prints what a workflow author would see.
const demos: Demo[] = [cacheKeyDemo, setupVoskDemo, healthGateDemo, perfMonitorDemo, headlessEnvDemo];

function show(label: string, step: StepResult): void {
  console.log(`\n--- ${label}: exit ${step.exitCode} in ${step.durationMs.toFixed(0)} ms`);
  for (const annotation of step.annotations) console.log(`${annotation.command.toUpperCase()}: ${annotation.message}`);
  console.log('outputs:');
  for (const [name, value] of Object.entries(step.outputs)) {
    const lines = value.split('\n');
    console.log(`  ${name}: ${lines[0]}`);
    for (const line of lines.slice(1)) console.log(`  ${' '.repeat(name.length)}  ${line}`);
  }
  if (step.summary.trim()) console.log(`job summary (Markdown):\n${step.summary.trim().replace(/^/gm, '  │ ')}`);
}

// Alias actions run the same bundle as the action they name: their demo is that one.
const ALIASES: Record<string, string> = { 'setup-vosk-cached': 'setup-vosk' };

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in ALIASES) && !demos.some((d) => d.action === name));
if (unknown.length > 0) {
  console.error(`npm run demo: no demo named ${unknown.map((name) => `'${name}'`).join(', ')}. Demos: ${[...demos.map((d) => d.action), ...Object.keys(ALIASES)].join(', ')} (none for all).`);
  process.exit(64);
}
const only = asked.map((name) => ALIASES[name] ?? name);
let failures = 0;
for (const demo of demos.filter((d) => only.length === 0 || only.includes(d.action))) {
  console.log(`\n==================== ${demo.action}`);
  const { runs, cleanup } = await demo.prepare();
  try {
    for (const run of runs) {
      run.before?.();
      const result = await runAction(run.action, run.options);
      show(`${run.action} (${run.title}) main`, result.main);
      if (result.post) show(`${run.action} (${run.title}) post`, result.post);
      if (result.main.exitCode !== 0 || (result.post && result.post.exitCode !== 0)) failures++;
    }
  } finally {
    await cleanup?.();
    removeRunnerDirs();
  }
}
process.exit(failures ? 1 : 0);
