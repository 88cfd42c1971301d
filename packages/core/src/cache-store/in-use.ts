import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Who is using a cache entry: written when a job takes a model, removed by its post step. */
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
 * Records that `holder` uses the entry whose markers live in `dir`; returns the marker file, and
 * why it is empty if it is. The file is created first and filled after: creating it needs no free
 * blocks, so on a full disk an empty marker still stands, and its name says who holds the entry.
 * Only when not even the file can be created does this throw.
 */
export async function addMarker(dir: string, holder: Omit<InUseMarker, 'host' | 'createdAt'>): Promise<{ file: string; emptyBecause?: unknown }> {
  await mkdir(dir, { recursive: true });
  const host = os.hostname();
  const file = path.join(dir, `${host}-${holder.pid}-${randomBytes(4).toString('hex')}.json`);
  const marker: InUseMarker = { host, ...holder, createdAt: new Date().toISOString() };
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(JSON.stringify(marker));
    return { file };
  } catch (error: unknown) {
    await handle.truncate(0).catch(() => undefined); // half a JSON document would only confuse a reader
    return { file, emptyBecause: error };
  } finally {
    await handle.close();
  }
}

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

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}
