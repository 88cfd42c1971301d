import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapOrdered } from '../concurrency.ts';
import { sha256File } from '../file-hash.ts';
import { readFresh } from './fresh-file.ts';

/** Written last into a complete entry; its presence and contents make the entry valid. */
export const MANIFEST_FILE = '.runner-kit-manifest.json';

/** One file of a cached entry. */
export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** What was installed, from where, and every file with its size and digest. */
export interface Manifest {
  version: 1;
  id: string;
  source: string;
  /** Digest of the archive the entry came from. */
  sha256: string;
  archiveBytes: number;
  installedAt: string;
  totalBytes: number;
  files: ManifestFile[];
}

/** Hashes every file under `dir` (except the manifest) into a manifest. */
export async function buildManifest(dir: string, fields: Pick<Manifest, 'id' | 'source' | 'sha256' | 'archiveBytes'>): Promise<Manifest> {
  const relativePaths = (await listFiles(dir)).filter((p) => p !== MANIFEST_FILE).sort();
  const files = await mapOrdered(relativePaths, 8, async (relative) => ({
    path: relative,
    size: (await stat(path.join(dir, relative))).size,
    sha256: await sha256File(path.join(dir, relative)),
  }));
  return assembleManifest(fields, files);
}

/** A manifest from files already hashed (while they were extracted, say). */
export function assembleManifest(fields: Pick<Manifest, 'id' | 'source' | 'sha256' | 'archiveBytes'>, files: readonly ManifestFile[]): Manifest {
  const sorted = files.filter((f) => f.path !== MANIFEST_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    version: 1,
    ...fields,
    installedAt: new Date().toISOString(),
    totalBytes: sorted.reduce((sum, f) => sum + f.size, 0),
    files: sorted,
  };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * The entry's manifest, or undefined when it is missing or unreadable (an incomplete entry).
 * Read fresh: on a shared cache another host may have just installed or replaced the entry.
 */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse((await readFresh(path.join(dir, MANIFEST_FILE))).toString('utf8')) as Manifest;
    return parsed.version === 1 && Array.isArray(parsed.files) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks that every file is there with its recorded size: a stat per file, so the cost does
 * not grow with the model's size. `full` also re-hashes every byte.
 */
export async function verifyEntry(dir: string, manifest: Manifest, full: boolean): Promise<string[]> {
  const problems = await mapOrdered(manifest.files, full ? 4 : 16, async (file): Promise<string | undefined> => {
    const absolute = path.join(dir, file.path);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      return `${file.path} is missing`;
    }
    if (!info.isFile()) return `${file.path} is not a regular file`;
    if (info.size !== file.size) return `${file.path} is ${info.size} bytes, expected ${file.size}`;
    if (full && (await sha256File(absolute)) !== file.sha256) return `${file.path} has different contents (sha256 mismatch)`;
    return undefined;
  });
  return problems.filter((p): p is string => p !== undefined);
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) result.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) result.push(relative);
  }
  return result;
}
