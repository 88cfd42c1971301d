import { childProcess } from '../lazy-builtins.ts';
import { open } from 'node:fs/promises';
import { readRecord, RECORD_BYTES, rewriteRecord } from './fresh-file.ts';
import { processIsAlive } from './in-use.ts';
import { leaseRenewMs, type Lease, type LeaseRecord } from './leases.ts';

/** What a lease keeper renews, and for whom. */
export interface LeaseKeeperConfig {
  leases: Lease[];
  /** The runner's job worker: when it is gone, so is the job. */
  holderPid: number;
  ttlMs: number;
}

/** How often the keeper looks whether post released its leases or the job is gone. */
const CHECK_MS = 1000;

/**
 * Starts a detached process that renews `config.leases` while the job runs: the main step ends
 * long before the job does, and a lease must outlive it without outliving the job. The keeper
 * ends by itself once post has released every lease or the job's worker is gone; the runner's
 * end-of-job cleanup of leftover processes ends it too. Returns its pid, or undefined when it
 * could not start (the leases then expire after their lifetime).
 */
export function startLeaseKeeper(script: string, config: LeaseKeeperConfig): number | undefined {
  const child = childProcess().spawn(process.execPath, [script, JSON.stringify(config)], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return child.pid;
}

/** The keeper process's loop (see {@link startLeaseKeeper}); `argv` is its JSON config. */
export async function runLeaseKeeper(argv: readonly string[]): Promise<void> {
  const config = JSON.parse(argv[0] ?? '{}') as LeaseKeeperConfig;
  let leases = [...config.leases];
  let renewedAt = Date.now();
  while (leases.length > 0 && processIsAlive(config.holderPid)) {
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
    const renew = Date.now() - renewedAt >= leaseRenewMs(config.ttlMs);
    const kept: Lease[] = [];
    for (const lease of leases) {
      if (await renewLease(lease, renew)) kept.push(lease);
    }
    leases = kept;
    if (renew) renewedAt = Date.now();
  }
}

/** False once the lease is no longer this job's (released by post, or expired and reused); renews it when `renew`. */
async function renewLease(lease: Lease, renew: boolean): Promise<boolean> {
  if (!renew) {
    const record = await readRecord<LeaseRecord>(lease.file);
    return typeof record === 'object' && record.token === lease.token;
  }
  let handle;
  try {
    // Read and rewrite through one handle: a slot released and taken by another job meanwhile is another file.
    handle = await open(lease.file, 'r+');
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  try {
    const bytes = Buffer.alloc(RECORD_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, RECORD_BYTES, 0);
    const record = JSON.parse(bytes.subarray(0, bytesRead).toString('utf8')) as LeaseRecord;
    if (record.token !== lease.token) return false;
    await rewriteRecord(handle, { ...record, renewedAt: Date.now() });
    return true;
  } catch {
    return true; // a full or unreachable disk: try again at the next renewal; the lease holds until it expires
  } finally {
    await handle.close();
  }
}
