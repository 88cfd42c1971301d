import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Who is using a cache entry, as runner-kit before leases recorded it (a marker file per job in
 * `.in-use/<entry>/`). Still honoured by eviction, so a runner not yet upgraded on a shared cache
 * keeps its models; new jobs take leases (see leases.ts) instead.
 */
export interface InUseMarker {
  host: string;
  /** The process whose life bounds the use: the runner's job worker (the action's parent). */
  pid: number;
  job?: string;
  createdAt: string;
}

/**
 * How long a marker that cannot be checked is trusted: one from another machine (a shared
 * cache, its pid can't be checked) or one whose name and contents are unreadable.
 */
export const UNCHECKED_MARKER_TTL_MS = 24 * 60 * 60 * 1000;

/** `<host>-<pid>-<8 hex>.json`: the name alone identifies the holder, so an empty marker still counts. */
const MARKER_NAME = /^(.+)-(\d+)-[0-9a-f]{8}\.json$/;

/**
 * True while any marker in `dir` belongs to a live holder, or might: a marker that cannot be
 * judged counts as live until {@link UNCHECKED_MARKER_TTL_MS}, so "could not tell" never lets
 * an entry in use be evicted. Markers of dead holders are removed.
 */
export async function isInUse(dir: string, now = Date.now()): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'; // unreadable: uncertain, so in use
  }
  let live = false;
  for (const name of names) {
    const file = path.join(dir, name);
    const verdict = await judge(file, name, now);
    if (verdict === 'dead') await rm(file, { force: true });
    else live = true;
  }
  return live;
}

async function judge(file: string, name: string, now: number): Promise<'live' | 'dead'> {
  let marker: Partial<InUseMarker> | undefined;
  try {
    marker = JSON.parse(await readFile(file, 'utf8')) as InUseMarker;
  } catch {
    marker = undefined;
  }
  const fromName = MARKER_NAME.exec(name);
  const host = marker?.host ?? fromName?.[1];
  const pid = marker?.pid ?? (fromName ? Number(fromName[2]) : undefined);
  if (host === os.hostname() && pid !== undefined) return processIsAlive(pid) ? 'live' : 'dead';
  const created = marker?.createdAt ? Date.parse(marker.createdAt) : await stat(file).then((s) => s.mtimeMs, () => 0);
  return now - created < UNCHECKED_MARKER_TTL_MS ? 'live' : 'dead';
}

/** Whether a process of this host (or pid namespace) still runs. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}
