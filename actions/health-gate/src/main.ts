import { actionsLogger, decideRunsOn, Inputs, measureHost, publishDispatch, publishLocalHealth, readHealthGateConfig, runStep, scoreHealth } from '@runner-kit/core';

/** Entry point of `health-gate`: judge this runner (local) or choose runs-on for later jobs (dispatch). */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = await readHealthGateConfig(new Inputs());
    if (config.mode === 'dispatch') {
      await publishDispatch(await decideRunsOn(config.dispatch, actionsLogger));
      return;
    }
    const measures = await measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile });
    await publishLocalHealth(config, scoreHealth(measures, config.thresholds));
  });
}
