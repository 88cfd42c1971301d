import { actionsLogger, Inputs, publishHeadlessEnv, readHeadlessConfig, runHeadlessEnv, runStep } from '@runner-kit/core';

/** Entry point of `headless-env`: Xvfb, a window manager, a D-Bus session bus and PulseAudio for this job. */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = readHeadlessConfig(new Inputs());
    const outcome = await runHeadlessEnv(config, { logger: actionsLogger });
    await publishHeadlessEnv(outcome, { logger: actionsLogger });
  });
}
