import { actionsLogger, Inputs, publishHeadlessEnvPost, readHeadlessEnvPostConfig, runHeadlessEnvPost, runPostStep } from '@runner-kit/core';

/** Post step of `headless-env`: failure screenshot, then stop exactly what main started. */
export async function run(): Promise<void> {
  await runPostStep(async () => {
    const config = readHeadlessEnvPostConfig(new Inputs());
    const outcome = await runHeadlessEnvPost(config, { logger: actionsLogger });
    await publishHeadlessEnvPost(outcome, { logger: actionsLogger });
  });
}
