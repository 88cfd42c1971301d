import { actionsLogger, Inputs, publishHealthGate, readHealthGateConfig, runHealthGate, runStep } from '@runner-kit/core';

/** Entry point of `health-gate`: judge this runner (local) or choose runs-on for later jobs (dispatch). */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = await readHealthGateConfig(new Inputs());
    const result = await runHealthGate(config, { logger: actionsLogger });
    await publishHealthGate(config, result);
  });
}
