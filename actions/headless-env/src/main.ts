import { actionsLogger, headlessEnvMain, Inputs, readHeadlessConfig, runStep } from '@runner-kit/core';

/** Entry point of `headless-env`: Xvfb, a window manager, a D-Bus session bus and PulseAudio for this job. */
export async function run(): Promise<void> {
  await runStep(async () => {
    await headlessEnvMain(readHeadlessConfig(new Inputs()), actionsLogger);
  });
}
