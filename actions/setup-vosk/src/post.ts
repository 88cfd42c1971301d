import { actionsLogger, readSetupVoskPostConfig, runPostStep, runSetupVoskPost } from '@runner-kit/core';

/** Post step of `setup-vosk`: the job no longer uses its models, so eviction may take them. */
export async function run(): Promise<void> {
  await runPostStep(async () => {
    const config = readSetupVoskPostConfig();
    await runSetupVoskPost(config, { logger: actionsLogger });
  });
}
