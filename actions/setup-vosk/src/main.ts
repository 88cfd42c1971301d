import path from 'node:path';
import { actionsLogger, Inputs, leaseTtlFromEnv, lockTimingFromEnv, publishSetupVosk, readSetupVoskConfig, runStep, runSetupVosk } from '@runner-kit/core';

/** Entry point of `setup-vosk` (and its alias `setup-vosk-cached`). */
export async function run(): Promise<void> {
  await runStep(async () => {
    const config = await readSetupVoskConfig(new Inputs());
    const result = await runSetupVosk(config, {
      logger: actionsLogger,
      // The runner's job worker is this step's parent: while it lives, the job may use the models.
      holderPid: process.ppid,
      job: process.env['GITHUB_JOB'] ?? 'job',
      lockTiming: lockTimingFromEnv(),
      leaseTtlMs: leaseTtlFromEnv(),
      // Renews the job's leases after this step ends (dist/setup-vosk/lease-keeper, next to this bundle).
      leaseKeeperScript: path.join(path.dirname(process.argv[1] ?? '.'), '..', 'lease-keeper', 'index.js'),
    });
    await publishSetupVosk(config, result);
  });
}
