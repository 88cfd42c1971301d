import { actionsLogger, Inputs, runPerfMonitorPost, runPostStep } from '@runner-kit/core';

/** Post step of `perf-monitor`: stop the sampler and report the job; never fails the job. */
export async function run(): Promise<void> {
  await runPostStep(() => runPerfMonitorPost(new Inputs(), actionsLogger));
}
