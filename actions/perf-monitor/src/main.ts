import { actionsLogger, Inputs, publishPerfMonitor, readPerfMonitorConfig, runPerfMonitor, runStep } from '@runner-kit/core';

/** Entry point of `perf-monitor`: start the background recorder (or, with mode: stop, stop and report). */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = readPerfMonitorConfig(new Inputs());
    const outcome = await runPerfMonitor(config, { logger: actionsLogger });
    await publishPerfMonitor(config, outcome, { logger: actionsLogger });
  });
}
