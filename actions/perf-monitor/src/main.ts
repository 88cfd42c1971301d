import { actionsLogger, Inputs, runPerfMonitorMain, runStep } from '@runner-kit/core';

/** Entry point of `perf-monitor`: start the background recorder (or, with mode: stop, stop and report). */
export async function run(): Promise<void> {
  await runStep(() => runPerfMonitorMain(new Inputs(), actionsLogger));
}
