import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';

// Rebuilds every bundle and fails when dist/ changed: the committed bundles must be exactly
// what the committed sources build to (what runners execute is dist/, not the sources).
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of snapshot(full, relative)) files.set(k, v);
    else files.set(relative, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

const distDir = path.join(repoRoot, 'dist');
const before = snapshot(distDir);
const build = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'packages', 'dev', 'src', 'build.ts')], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const after = snapshot(distDir);
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
if (changed.length) {
  console.error('dist/ is not what the sources build to. Run `npm run build` and commit dist/. Changed:');
  const lines = lineCounts();
  for (const file of changed) {
    const kind = !before.has(file) ? 'new' : !after.has(file) ? 'removed' : 'modified';
    const counted = lines.get(`dist/${file}`);
    console.error(`  dist/${file} (${kind}${counted ? `, ${counted}` : ''})`);
  }
  // CI uploads the rebuilt dist/ as an artifact (ci.yml): what the sources build to, to compare or commit.
  process.exit(1);
}

/** `+added −removed lines` per file of dist/ against what git has, for a readable summary. */
function lineCounts(): Map<string, string> {
  const counts = new Map<string, string>();
  const diff = spawnSync('git', ['diff', '--numstat', '--', 'dist'], { cwd: repoRoot, encoding: 'utf8' });
  for (const line of (diff.stdout ?? '').split('\n')) {
    const [added, removed, file] = line.split('\t');
    if (file) counts.set(file, added === '-' ? 'binary' : `+${added} −${removed} lines`);
  }
  return counts;
}
console.log(`dist/ is up to date (${after.size} files)`);
