import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import { hashFiles } from '../../packages/core/src/hashing.ts';
import { writeSourceTree } from '../fixtures/trees.ts';
import { median, printTable, quietly, timeIt } from './stats.ts';

/** The claim (issue 21, goal 1): cache-key takes at most this fraction of `hashFiles()`'s time. */
export const HASH_FILES_CLAIM = 0.08;

/**
 * cache-key's hashing vs what users use instead, `hashFiles()` (@actions/glob's algorithm), on
 * a 20,000-file tree, same patterns, same machine, alternating runs after a warm-up. `fraction`
 * is cache-key's time over hashFiles()'s (the claim: ≤ {@link HASH_FILES_CLAIM}).
 */
export async function benchHashFiles(rounds = 5): Promise<{ ratio: number; fraction: number }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-hash-'));
  try {
    const count = writeSourceTree(root, { packages: 20, dirsPerPackage: 20, filesPerDir: 50 });
    const patterns = ['**/*.ts', '**/*.md', '**/package.json', '!**/node_modules/**'];
    const cwd = process.cwd();
    process.chdir(root); // hashFiles() roots relative patterns at the cwd, as the runner's script does
    const reference = () => quietly(() => glob.hashFiles(patterns.join('\n'), root, { followSymbolicLinks: false }));
    const ours = () => quietly(() => hashFiles(patterns, { workspace: root }));
    try {
      const [warmRef, warmOurs] = [await reference(), await ours()];
      if (warmRef !== warmOurs.hash || warmOurs.count !== count) {
        throw new Error(`digests differ: hashFiles ${warmRef} vs cache-key ${warmOurs.hash} (${warmOurs.count}/${count} files)`);
      }
      const refTimes: number[] = [];
      const ourTimes: number[] = [];
      for (let i = 0; i < rounds; i++) {
        refTimes.push((await timeIt(reference)).ms);
        ourTimes.push((await timeIt(ours)).ms);
      }
      const ratio = median(refTimes) / median(ourTimes);
      const fraction = median(ourTimes) / median(refTimes);
      const holds = fraction <= HASH_FILES_CLAIM ? 'holds' : 'does NOT hold';
      printTable(
        `hashFiles on ${count.toLocaleString('en')} files (median of ${rounds}, identical digest ${warmRef.slice(0, 12)}…; claim ≤ ${HASH_FILES_CLAIM}× ${holds}; reproduce: npx tsx -e "import('./test/bench/hash-files.bench.ts').then((m) => m.benchHashFiles())")`,
        ['implementation', 'time', 'vs hashFiles()'],
        [
          ['@actions/glob hashFiles (the runner\'s hashFiles())', `${median(refTimes).toFixed(0)} ms`, '1.00×'],
          ['runner-kit cache-key', `${median(ourTimes).toFixed(0)} ms`, `${fraction.toFixed(3)}× (${ratio.toFixed(1)}× faster)`],
        ],
      );
      return { ratio, fraction };
    } finally {
      process.chdir(cwd);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
