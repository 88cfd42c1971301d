import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { compilePatterns } from '../../packages/core/src/file-walk/pattern-list.ts';
import { walkMatches } from '../../packages/core/src/file-walk/walk.ts';
import { hashFiles } from '../../packages/core/src/hashing.ts';
import { patternSet, seededRandom, writeCorpusTree, type CorpusTree } from '../fixtures/glob-corpus.ts';
import { runnerGlob, runnerHashFiles } from '../fixtures/runner-hash-files.ts';

const TREES = 24;
const SETS_PER_TREE = 10;

/** What a call gave: its value, or that it threw (both sides must throw alike, messages aside). */
async function outcome<T>(call: () => Promise<T>): Promise<T | 'threw'> {
  try {
    return await call();
  } catch {
    return 'threw';
  }
}

let scratch: string;
const trees: CorpusTree[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-file-walk-'));
  for (let i = 0; i < TREES; i++) {
    const random = seededRandom(1000 + i);
    trees.push(writeCorpusTree(path.join(scratch, `tree-${i}`), random, { linkLoop: i % 8 === 7, deep: i % 4 === 1 }));
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the walker lists what @actions/glob lists, and hashFiles digests alike', () => {
  it.each(Array.from({ length: TREES }, (_, i) => i))('tree %i: %#', async (index) => {
    const tree = trees[index]!;
    const random = seededRandom(5000 + index);
    for (let s = 0; s < SETS_PER_TREE; s++) {
      const patterns = patternSet(random, tree);
      for (const follow of [false, true]) {
        const context = `${JSON.stringify(patterns)} follow=${follow}`;
        const expectedList = await outcome(() => runnerGlob(patterns, tree.workspace, follow));
        const actualList = await outcome(async () => [...walkMatches(compilePatterns(patterns, { cwd: tree.workspace, homedir: os.homedir() }), { followSymbolicLinks: follow, matchDirectories: true })]);
        expect({ context, list: actualList }).toEqual({ context, list: expectedList });
        const expectedHash = await outcome(() => runnerHashFiles(patterns, tree.workspace, follow));
        const actualHash = await outcome(async () => (await hashFiles(patterns, { workspace: tree.workspace, followSymbolicLinks: follow })).hash);
        expect({ context, hash: actualHash }).toEqual({ context, hash: expectedHash });
      }
    }
  });
});
