import { computeCacheKey, group, Inputs, publishCacheKey, readCacheKeyConfig, runStep } from '@runner-kit/core';

/** Entry point of the `cache-key` action. */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = readCacheKeyConfig(new Inputs());
    const result = await group('Computing the cache key', () => computeCacheKey(config));
    await publishCacheKey(config, result);
  });
}
