import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionsLogger, Inputs, runPerfMonitorMain, runStep } from '@runner-kit/core';

/** Entry point of `perf-monitor`: start the background sampler (or, with mode: stop, stop and report). */
export async function run(): Promise<void> {
  await runStep(async () => {
    // The sampler is its own bundle next to this one: dist/perf-monitor/sampler/index.js. Built
    // from path parts, because the bundler would turn `new URL('literal', import.meta.url)` into
    // a copied asset that is no sampler.
    const samplerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'sampler', 'index.js');
    await runPerfMonitorMain(new Inputs(), samplerScript, actionsLogger);
  });
}
