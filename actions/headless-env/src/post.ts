import { actionsLogger, headlessEnvPost, Inputs, readHeadlessConfig, runPostStep } from '@runner-kit/core';

/** Post step of `headless-env`: failure screenshot, then stop exactly what main started. */
export async function run(): Promise<void> {
  await runPostStep(() => headlessEnvPost(() => readHeadlessConfig(new Inputs()), actionsLogger));
}
