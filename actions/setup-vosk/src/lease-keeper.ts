import { runLeaseKeeper } from '@runner-kit/core';

/** Not a step: the process setup-vosk's main starts to renew the job's model leases until post releases them. */
export async function run(): Promise<void> {
  await runLeaseKeeper(process.argv.slice(2));
}
