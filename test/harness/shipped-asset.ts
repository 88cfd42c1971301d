import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './node24.ts';

/** The text without a first `#!` line: ncc drops it from the assets it copies. */
const withoutShebang = (text: string) => text.replace(/^#!.*\n/, '');

/**
 * The copy of `source` (a file the core loads by `new URL(…, import.meta.url)`, such as the perf
 * recorder) that ncc put in the shipped bundle under a content-hashed name: what runners execute.
 */
export function shippedAsset(source: string): string {
  const bundleDir = path.join(repoRoot, 'dist', 'shared');
  const wanted = withoutShebang(readFileSync(path.join(repoRoot, source), 'utf8'));
  const found = readdirSync(bundleDir).find((name) => path.extname(name) === path.extname(source) && withoutShebang(readFileSync(path.join(bundleDir, name), 'utf8')) === wanted);
  if (!found) throw new Error(`dist/shared/ holds no copy of ${source}: run \`npm run build\``);
  return path.join(bundleDir, found);
}
