import { actionsLogger, Inputs, publishCacheKey, readCacheKeyConfig, runCacheKey, runStep } from '@runner-kit/core';

/** Entry point of the `cache-key` action. */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = readCacheKeyConfig(new Inputs());
    const result = await runCacheKey(config, { logger: actionsLogger });
    await publishCacheKey(config, result);
  });
}
