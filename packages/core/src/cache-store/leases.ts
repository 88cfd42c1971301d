import { randomBytes } from '../lazy-builtins.ts';
import { mkdir, open, opendir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { uniqueToken } from '../unique-token.ts';
import { encodeRecord, readRecord } from './fresh-file.ts';
import { processIsAlive, UNCHECKED_MARKER_TTL_MS } from './in-use.ts';

/**
 * How long a lease lasts without renewal. setup-vosk renews its leases every
 * {@link leaseRenewMs} while the job runs (a small process started by main, ended by post), so a
 * job killed with its machine or pod stops holding its models within this time (plus the
 * clock margin), not a day later.
 */
export const DEFAULT_LEASE_TTL_MS = 5 * 60_000;

/** RUNNER_KIT_LEASE_TTL_MS, or the default: how long a lease of a job that died keeps its models. */
export function leaseTtlFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['RUNNER_KIT_LEASE_TTL_MS']?.trim();
  if (!text) return DEFAULT_LEASE_TTL_MS;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1000) throw new ConfigurationError(`RUNNER_KIT_LEASE_TTL_MS is '${text}'; expected a whole number of milliseconds of at least 1000.`);
  return value;
}

/** Renewal period of a lease: a fifth of its lifetime, so a few missed renewals are harmless. */
export function leaseRenewMs(ttlMs: number): number {
  return Math.max(200, Math.floor(ttlMs / 5));
}

/** Clocks of two hosts sharing a cache may differ by this much; a foreign lease lives this much longer. */
export function clockMarginMs(ttlMs: number): number {
  return Math.min(30_000, ttlMs);
}

/**
 * Lease files per entry, `0` … `LEASE_SLOTS - 1`: fixed names, so eviction opens each instead of
 * listing a directory (a listing can be a minute old on a network filesystem; an open is
 * current). A job takes the first free slot by an exclusive create.
 */
export const LEASE_SLOTS = 64;

/** One job's use of one entry, as its lease file holds it (padded to a fixed size). */
export interface LeaseRecord {
  v: 1;
  host: string;
  /** The process whose life bounds the use (the runner's job worker); checked directly on the same host. */
  pid: number;
  job?: string;
  token: string;
  /** The writer's clock at the last renewal. */
  renewedAt: number;
  ttlMs: number;
}

/** What a job keeps to renew and release its lease. */
export interface Lease {
  file: string;
  token: string;
}

/** Who takes a lease. */
export interface LeaseHolder {
  pid: number;
  job?: string;
}

/**
 * Takes a lease on the entry whose slots live in `dir`. Throws only when no slot could be
 * created at all (a read-only disk, every slot taken): the caller pins the entry instead.
 * On a full disk the slot file still stands, empty (see {@link leaseIsLive}).
 */
export async function takeLease(dir: string, holder: LeaseHolder, ttlMs: number): Promise<Lease & { emptyBecause?: unknown }> {
  await mkdir(dir, { recursive: true });
  // Tells this lease from any other ever written to the same slot.
  const token = uniqueToken();
  const record: LeaseRecord = { v: 1, host: os.hostname(), pid: holder.pid, ...(holder.job ? { job: holder.job } : {}), token, renewedAt: Date.now(), ttlMs };
  for (let slot = 0; slot < LEASE_SLOTS; slot++) {
    const file = path.join(dir, String(slot));
    let handle;
    try {
      handle = await open(file, 'wx');
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.write(encodeRecord(record), 0);
      return { file, token };
    } catch (error: unknown) {
      await handle.truncate(0).catch(() => undefined);
      return { file, token, emptyBecause: error };
    } finally {
      await handle.close();
    }
  }
  throw new Error(`all ${LEASE_SLOTS} lease slots in ${dir} are taken`);
}

/**
 * Whether a lease still holds: on this host while its process lives; from another host until
 * its renewal plus lifetime plus the clock margin have passed on this host's clock. A lease that
 * cannot be read (a full disk left it empty) holds for a day from its file's time.
 */
export async function leaseIsLive(file: string, record: LeaseRecord | 'unreadable', now = Date.now()): Promise<boolean> {
  if (record === 'unreadable' || typeof record.renewedAt !== 'number') {
    const written = await stat(file).then((s) => s.mtimeMs, () => 0);
    return now - written < UNCHECKED_MARKER_TTL_MS;
  }
  if (record.host === os.hostname()) return processIsAlive(record.pid);
  return now < record.renewedAt + record.ttlMs + clockMarginMs(record.ttlMs);
}

/** Every slot's lease, read fresh, with its verdict. */
export async function readLeases(dir: string, now = Date.now()): Promise<{ file: string; record: LeaseRecord | 'unreadable'; live: boolean }[]> {
  // Opening the directory makes an NFS client revalidate it, so names created elsewhere are not hidden by a cached "no such file".
  await opendir(dir).then(
    (handle) => handle.close(),
    () => undefined,
  );
  const found = [];
  for (let slot = 0; slot < LEASE_SLOTS; slot++) {
    const file = path.join(dir, String(slot));
    const record = await readRecord<LeaseRecord>(file);
    if (record === undefined) continue;
    found.push({ file, record, live: await leaseIsLive(file, record, now) });
  }
  return found;
}

/** True while any lease on the entry holds. Expired leases are removed (call under the entry's lock). */
export async function anyLiveLease(dir: string, now = Date.now()): Promise<boolean> {
  let live = false;
  for (const lease of await readLeases(dir, now)) {
    if (lease.live) live = true;
    else await removeIf(lease.file, (current) => current === 'unreadable' || (lease.record !== 'unreadable' && current.token === lease.record.token));
  }
  return live;
}

/** Ends a lease: removes its slot if it still holds this lease (an expired slot may have been reused). */
export async function releaseLease(lease: Lease): Promise<void> {
  await removeIf(lease.file, (current) => current !== 'unreadable' && current.token === lease.token);
}

/**
 * Removes `file` when `still` holds for what it contains, without ever removing a file someone
 * wrote in its place meanwhile: it is renamed aside first (one atomic step), checked, and put
 * back if it is not the one meant.
 */
async function removeIf(file: string, still: (record: LeaseRecord | 'unreadable') => boolean): Promise<void> {
  const aside = `${file}.gone-${randomBytes(6).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return; // already gone
  }
  const moved = await readRecord<LeaseRecord>(aside);
  if (moved !== undefined && still(moved)) await rm(aside, { force: true });
  else await rename(aside, file).catch(() => rm(aside, { force: true }));
}
