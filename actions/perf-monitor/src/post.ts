import { actionsLogger, Inputs, publishPerfMonitorPost, readPerfMonitorPostConfig, runPerfMonitorPost, runPostStep } from '@runner-kit/core';

/** Post step of `perf-monitor`: stop the sampler and report the job; never fails the job. */
export async function run(): Promise<void> {
  await runPostStep(async () => {
    const config = readPerfMonitorPostConfig(new Inputs());
    const outcome = await runPerfMonitorPost(config, { logger: actionsLogger });
    await publishPerfMonitorPost(config, outcome, { logger: actionsLogger });
  });
}
