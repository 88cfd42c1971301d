import { runSampler, samplerSettingsFromEnv } from '@runner-kit/core';

/**
 * The detached sampler process main starts (dist/perf-monitor/sampler/index.js): reads /proc
 * every interval into a JSONL file until stopped or the job's runner process is gone.
 */
export async function run(): Promise<void> {
  runSampler(samplerSettingsFromEnv());
}
