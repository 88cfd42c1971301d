import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/** A marker from another machine (a shared cache) is trusted this long, as its pid can't be checked. */
const FOREIGN_MARKER_TTL_MS = 24 * 60 * 60 * 1000;

/** Records that `holder` uses the entry whose markers live in `dir`; returns the marker file. */
export async function addMarker(dir: string, holder: Omit<InUseMarker, 'host' | 'createdAt'>): Promise<string> {
  await mkdir(dir, { recursive: true });
  const host = os.hostname();
  const file = path.join(dir, `${host}-${holder.pid}-${randomBytes(4).toString('hex')}.json`);
  const marker: InUseMarker = { host, ...holder, createdAt: new Date().toISOString() };
  await writeFile(file, JSON.stringify(marker));
  return file;
}

/** True while any marker in `dir` belongs to a live holder; dead holders' markers are removed. */
export async function isInUse(dir: string, now = Date.now()): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return false;
  }
  let live = false;
  for (const name of names) {
    const file = path.join(dir, name);
    let marker: InUseMarker | undefined;
    try {
      marker = JSON.parse(await readFile(file, 'utf8')) as InUseMarker;
    } catch {
      marker = undefined;
    }
    if (marker && markerIsLive(marker, now)) live = true;
    else await rm(file, { force: true });
  }
  return live;
}

function markerIsLive(marker: InUseMarker, now: number): boolean {
  if (marker.host !== os.hostname()) return now - Date.parse(marker.createdAt) < FOREIGN_MARKER_TTL_MS;
  try {
    process.kill(marker.pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}
