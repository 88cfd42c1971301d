import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeRunnerDirs, runAction, type StepResult } from '../../../test/harness/index.ts';
import { cacheKeyDemo } from './demos/cache-key.ts';
import { headlessEnvDemo } from './demos/headless-env.ts';
import { healthGateDemo } from './demos/health-gate.ts';
import { perfMonitorDemo } from './demos/perf-monitor.ts';
import { setupVoskDemo } from './demos/setup-vosk.ts';
import type { Demo } from './demos/types.ts';
import { SummaryRenderer, type Summary } from './summary-render.ts';

// `npm run demo [--summaries DIR] [--render DIR] [action…]`: runs each built action end to end
// on this machine through the runner-protocol harness (real Node 24, file commands, post
// steps), with fixtures made here and only loopback traffic, and prints what a workflow author
// would see. --summaries writes each job summary's Markdown to DIR; --render also writes it as
// GitHub shows it (HTML with GitHub's CSS and the Mermaid charts drawn, and a PNG of that, in
// the light and the dark theme) and fails when a chart or table would not render right.
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

const USAGE = 'usage: npm run demo -- [--summaries DIR] [--render DIR] [action…]';
const asked: string[] = [];
const dirs: { summaries?: string; render?: string } = {};
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]!;
  if (arg === '--summaries' || arg === '--render') {
    const dir = process.argv[++i];
    if (!dir || dir.startsWith('-')) {
      console.error(`npm run demo: ${arg} needs a directory. ${USAGE}`);
      process.exit(64);
    }
    dirs[arg === '--summaries' ? 'summaries' : 'render'] = path.resolve(dir);
  } else if (arg.startsWith('-')) {
    console.error(`npm run demo: unknown option ${arg}. ${USAGE}`);
    process.exit(64);
  } else asked.push(arg);
}
const unknown = asked.filter((name) => !(name in ALIASES) && !demos.some((d) => d.action === name));
if (unknown.length > 0) {
  console.error(`npm run demo: no demo named ${unknown.map((name) => `'${name}'`).join(', ')}. Demos: ${[...demos.map((d) => d.action), ...Object.keys(ALIASES)].join(', ')} (none for all).`);
  process.exit(64);
}
const only = asked.map((name) => ALIASES[name] ?? name);
const summaries: (Summary & { file: string })[] = [];
function keep(action: string, title: string, phase: string, step: StepResult): void {
  if (!step.summary.trim()) return;
  const slug = `${action}-${title}-${phase}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  summaries.push({ name: `${action} (${title}) ${phase}`, markdown: step.summary, file: `${String(summaries.length + 1).padStart(2, '0')}-${slug}` });
}
let failures = 0;
for (const demo of demos.filter((d) => only.length === 0 || only.includes(d.action))) {
  console.log(`\n==================== ${demo.action}`);
  const { runs, cleanup } = await demo.prepare();
  try {
    for (const run of runs) {
      run.before?.();
      const result = await runAction(run.action, run.options);
      show(`${run.action} (${run.title}) main`, result.main);
      keep(run.action, run.title, 'main', result.main);
      if (result.post) {
        show(`${run.action} (${run.title}) post`, result.post);
        keep(run.action, run.title, 'post', result.post);
      }
      if (result.main.exitCode !== 0 || (result.post && result.post.exitCode !== 0)) failures++;
    }
  } finally {
    await cleanup?.();
    removeRunnerDirs();
  }
}
for (const dir of [dirs.summaries, dirs.render]) {
  if (!dir) continue;
  mkdirSync(dir, { recursive: true });
  for (const summary of summaries) writeFileSync(path.join(dir, `${summary.file}.md`), summary.markdown);
}
if (dirs.render) {
  const renderer = await SummaryRenderer.launch();
  try {
    const problems = await renderer.check(summaries);
    for (const problem of problems) console.error(`render: ${problem}`);
    if (problems.length) failures++;
    for (const summary of summaries) await renderer.writePages(summary, path.join(dirs.render, summary.file));
    console.log(`\n${summaries.length} summaries rendered to ${dirs.render} (<name>-light.png, <name>-dark.png and the HTML beside them).`);
  } finally {
    await renderer.close();
  }
}
process.exit(failures ? 1 : 0);
