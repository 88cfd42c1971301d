import { lstat, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';

/**
 * Makes models visible at `target` (the `path` input) without copying: one model → `target`
 * is a link to it; several → `target/<name>` for each. Only links are ever replaced, so a
 * directory of the user's is never deleted.
 */
export async function linkInto(target: string, models: readonly { name: string; path: string }[]): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  if (models.length === 1) {
    await replaceLink(target, models[0]!.path);
    links[models[0]!.name] = target;
    return links;
  }
  await mkdir(target, { recursive: true });
  for (const model of models) {
    const link = path.join(target, model.name);
    await replaceLink(link, model.path);
    links[model.name] = link;
  }
  return links;
}

async function replaceLink(link: string, destination: string): Promise<void> {
  const existing = await lstat(link).catch(() => undefined);
  if (existing && !existing.isSymbolicLink()) {
    throw new ConfigurationError(`Input 'path': ${link} already exists and is not a link; remove it or choose another path.`);
  }
  if (existing) await rm(link);
  await mkdir(path.dirname(link), { recursive: true });
  await symlink(destination, link, process.platform === 'win32' ? 'junction' : 'dir');
}
