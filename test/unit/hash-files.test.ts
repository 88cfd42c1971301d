import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../packages/core/src/errors.ts';
import { hashFiles } from '../../packages/core/src/hashing.ts';
import { runnerHashFiles } from '../fixtures/runner-hash-files.ts';
import { fixtureBytes, writeTree } from '../fixtures/trees.ts';

let root: string;
let workspace: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'rk hash [files] '));
  workspace = path.join(root, 'work space [x]');
  writeTree(workspace, {
    'package.json': '{"name":"app"}',
    'package-lock.json': fixtureBytes(1, 5000),
    'src/index.ts': 'export {};\n',
    'src/util/a.ts': fixtureBytes(2, 1234),
    'src/util/b.ts': fixtureBytes(3, 77),
    'src/gen/generated.ts': fixtureBytes(4, 999),
    'src/empty.ts': '',
    'src/with space.ts': 'x',
    'src/[brackets].ts': 'y',
    'src/star*.ts': 'z',
    'src/.hidden.ts': 'h',
    '.github/workflows/ci.yml': 'on: push',
    'packages/a/package-lock.json': fixtureBytes(5, 300),
    'packages/b/package-lock.json': fixtureBytes(6, 301),
    'models/big.bin': fixtureBytes(7, 3 * 1024 * 1024 + 17),
    'real-dir/inner.txt': 'inner',
  });
  mkdirSync(path.join(workspace, 'empty-dir'));
  symlinkSync(path.join(workspace, 'src/util/a.ts'), path.join(workspace, 'src/link-to-a.ts'));
  symlinkSync(path.join(workspace, 'real-dir'), path.join(workspace, 'linked-dir'));
  writeTree(root, { 'outside/secret.txt': 'outside the workspace' });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hashFiles matches the runner byte for byte', () => {
  const cases: [string, string[]][] = [
    ['a recursive extension glob', ['**/*.ts']],
    ['includes with an exclude', ['src/**', '!src/gen/**']],
    ['a bare directory (implicit descendants)', ['src']],
    ['a file name anywhere', ['**/package-lock.json']],
    ['several patterns, comments and blanks', ['# lockfiles', '**/package-lock.json', '', 'package.json', '  src/util/*.ts  ']],
    ['dot files and dirs', ['**/.*', '.github/**']],
    ['a large file read in chunks', ['models/**']],
    ['everything', ['**']],
    ['a ./ pattern', ['./src/util']],
    ['an absolute pattern', ['{WORKSPACE}/src/*.ts']],
  ];
  it.each(cases)('%s', async (_, patterns) => {
    const absolute = patterns.map((p) => p.replace('{WORKSPACE}', workspace.replace(/\[/g, '[[]')));
    const expected = await runnerHashFiles(absolute, workspace);
    const actual = await hashFiles(absolute, { workspace });
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(actual.hash).toBe(expected);
    expect(actual.unmatchedPatterns).toEqual([]);
  });

  it.each([false, true])('symbolic links with followSymbolicLinks=%p', async (follow) => {
    const patterns = ['**/*.txt', 'src/link-to-a.ts'];
    const expected = await runnerHashFiles(patterns, workspace, follow);
    const actual = await hashFiles(patterns, { workspace, followSymbolicLinks: follow });
    expect(actual.hash).toBe(expected);
    expect(actual.count).toBe(follow ? 3 : 2);
  });

  it('ignores files outside the workspace, as the runner does', async () => {
    const patterns = [path.join(root, 'outside', '*').replace(/\[/g, '[[]'), 'package.json'];
    expect((await hashFiles(patterns, { workspace })).hash).toBe(await runnerHashFiles(patterns, workspace));
  });

  it('hands Windows path rules to @actions/glob, says so in the debug log, and digests alike', async () => {
    const debug: string[] = [];
    const logger = { info: () => undefined, warning: () => undefined, debug: (line: string) => debug.push(line) };
    const patterns = ['src/**', '!src/gen/**', 'missing/**'];
    const fallback = await hashFiles(patterns, { workspace, platform: 'win32', logger });
    const walker = await hashFiles(patterns, { workspace, logger });
    expect(fallback).toEqual(walker);
    expect(fallback.hash).toBe(await runnerHashFiles(patterns, workspace));
    expect(debug).toEqual([`hashFiles: @actions/glob lists the files of 'src/**', '!src/gen/**', 'missing/**': runner-kit's walker does not cover Windows paths.`]);
  });

  it('changes when any byte of any matched file changes', async () => {
    const before = await hashFiles(['src/**'], { workspace });
    writeFileSync(path.join(workspace, 'src/util/b.ts'), fixtureBytes(99, 77));
    const after = await hashFiles(['src/**'], { workspace });
    expect(after.hash).not.toBe(before.hash);
    expect(after.hash).toBe(await runnerHashFiles(['src/**'], workspace));
  });
});

describe('hashFiles reports what matched nothing', () => {
  it('returns an empty digest when nothing matches, like hashFiles()', async () => {
    const result = await hashFiles(['**/*.nothing'], { workspace });
    expect(result).toEqual({ hash: '', count: 0, unmatchedPatterns: ['**/*.nothing'], outsideWorkspace: [] });
    expect(await runnerHashFiles(['**/*.nothing'], workspace)).toBe('');
  });

  it('names each include pattern that matched no file', async () => {
    const result = await hashFiles(['package.json', 'missing/**', 'empty-dir', '!nothing/**'], { workspace });
    expect(result.count).toBe(1);
    expect(result.unmatchedPatterns).toEqual(['missing/**', 'empty-dir']);
  });

  it('reports a pattern that matches only outside the workspace as unmatched, and as outside', async () => {
    const outside = path.join(root, 'outside', '*').replace(/\[/g, '[[]');
    const result = await hashFiles([outside, 'package.json'], { workspace });
    expect(result.count).toBe(1);
    expect(result.unmatchedPatterns).toEqual([outside]);
    expect(result.outsideWorkspace).toEqual([outside]);
  });

  it('does not report a pattern whose files were all excluded', async () => {
    const result = await hashFiles(['package.json', 'src/gen/**', '!src/gen/**'], { workspace });
    expect(result.unmatchedPatterns).toEqual([]);
  });

  it('rejects relative segments with an error naming the input', async () => {
    await expect(hashFiles(['../outside/*'], { workspace })).rejects.toThrow(ConfigurationError);
    await expect(hashFiles(['src/../x'], { workspace, inputName: 'files' })).rejects.toThrow(/Input 'files'.*Relative pathing/);
  });

  it('no patterns at all is an empty result, not an error', async () => {
    expect(await hashFiles(['', '# only a comment'], { workspace })).toEqual({ hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] });
  });
});
