import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the code of every entry is built to: the entries' own directories hold a stub that starts it. */
export const sharedBundleDir = path.join(repoRoot, 'dist', 'shared');

/** One entry point: `actions/<action>/src/<entry>.ts`, started by `dist/<action>/<entry>/index.js`. */
export interface Entry {
  action: string;
  entry: string;
  source: string;
  outDir: string;
}

/** Every action directory (those with an action.yml). */
export function listActions(): string[] {
  const dir = path.join(repoRoot, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/** Every entry point found on disk (no hand-kept list to forget), plus the CLI. */
export function findEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const action of listActions()) {
    const srcDir = path.join(repoRoot, 'actions', action, 'src');
    if (!existsSync(srcDir)) continue; // an alias action that points at another's bundle
    for (const file of readdirSync(srcDir).sort()) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.d.ts')) continue;
      const entry = file.slice(0, -3);
      entries.push({
        action,
        entry,
        source: path.join(srcDir, file),
        outDir: path.join(repoRoot, 'dist', action, entry),
      });
    }
  }
  // The runner-kit CLI ships as a bundle too, for runner admins: dist/cli/main/index.js.
  entries.push({ action: 'cli', entry: 'main', source: path.join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), outDir: path.join(repoRoot, 'dist', 'cli', 'main') });
  return entries;
}
