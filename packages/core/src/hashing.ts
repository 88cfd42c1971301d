import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import { Minimatch } from 'minimatch';
import { ConfigurationError } from './errors.ts';
import { mapOrdered } from './concurrency.ts';
import { digestFile } from './file-hash.ts';

/** Options for {@link hashFiles}. */
export interface HashFilesOptions {
  /** Relative patterns are rooted here, and only files below it are hashed (as the runner does). */
  workspace: string;
  /** Descend into symlinked directories; the runner's `hashFiles()` does not unless asked. */
  followSymbolicLinks?: boolean;
  /** Files read and hashed at once. */
  concurrency?: number;
  /** Name of the input the patterns came from, for error messages. */
  inputName?: string;
}

/** What {@link hashFiles} found. */
export interface HashFilesResult {
  /** Hex SHA-256, identical to the runner's `hashFiles()`; empty when nothing matched. */
  hash: string;
  count: number;
  /** Include patterns (as the user wrote them) that matched no file in the workspace. */
  unmatchedPatterns: string[];
  /** Those of {@link unmatchedPatterns} that match files outside the workspace, which are never hashed. */
  outsideWorkspace: string[];
}

const IS_WINDOWS = process.platform === 'win32';

/**
 * `hashFiles()`-compatible digest of the files matching `patterns` (newline list, `!` excludes,
 * `#` comments). File order and the digest-of-digests scheme are the runner's, because files
 * are enumerated by `@actions/glob`'s own globber; only the reading and hashing run in parallel.
 */
export async function hashFiles(patterns: readonly string[], options: HashFilesOptions): Promise<HashFilesResult> {
  const { workspace, followSymbolicLinks = false, concurrency = 32, inputName = 'files' } = options;
  const userPatterns = patterns.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (userPatterns.length === 0) return { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
  const rooted = userPatterns.map((pattern) => rootPattern(pattern, workspace));
  const globber = await createGlobber(rooted, followSymbolicLinks, inputName);

  const workspacePrefix = `${path.resolve(workspace)}${path.sep}`;
  const files: string[] = [];
  async function* filesUnderWorkspace(): AsyncGenerator<string> {
    for await (const file of globber.globGenerator()) {
      if (file.startsWith(workspacePrefix)) yield file;
    }
  }
  const digests = await mapOrdered(filesUnderWorkspace(), concurrency, async (file) => {
    const digest = await digestFile(file);
    return digest && { file, digest };
  });

  const combined = createHash('sha256');
  let count = 0;
  for (const entry of digests) {
    if (!entry) continue; // a matched directory: the runner skips those too
    combined.update(entry.digest);
    files.push(entry.file);
    count++;
  }
  const { unmatchedPatterns, outsideWorkspace } = await findUnmatched(userPatterns, rooted, files, workspacePrefix, followSymbolicLinks);
  return { hash: count > 0 ? combined.digest('hex') : '', count, unmatchedPatterns, outsideWorkspace };
}

async function createGlobber(rooted: readonly string[], followSymbolicLinks: boolean, inputName: string): Promise<glob.Globber> {
  try {
    return await glob.create(rooted.join('\n'), { followSymbolicLinks });
  } catch (error: unknown) {
    // @actions/glob rejects `.`/`..` segments and globs in the root with an assertion.
    throw new ConfigurationError(`Input '${inputName}': ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Roots a relative pattern at the workspace the way `@actions/glob` roots it at the cwd. */
function rootPattern(pattern: string, workspace: string): string {
  const negation = /^!*/.exec(pattern)![0];
  const body = pattern.slice(negation.length);
  const base = globEscape(path.resolve(workspace));
  if (body === '.' || body.startsWith(`.${path.sep}`) || body.startsWith('./')) return negation + base + body.slice(1);
  if (path.isAbsolute(body) || body === '~' || body.startsWith('~/') || body.startsWith(`~${path.sep}`)) return pattern;
  return `${negation}${base}${path.sep}${body}`;
}

/** The escaping `@actions/glob` applies to literal path prefixes. */
function globEscape(text: string): string {
  return (IS_WINDOWS ? text : text.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/**
 * Include patterns that matched nothing in the workspace. Hashed files are first attributed to
 * patterns with the globber's own minimatch options; a pattern left with none is confirmed by a
 * globber of its own (which stops at the first hit in the workspace), so excluded or
 * directory-only matches still count. A pattern whose only files are outside the workspace is
 * unmatched too (they are never hashed), and said to be outside.
 */
async function findUnmatched(
  userPatterns: readonly string[],
  rooted: readonly string[],
  files: readonly string[],
  workspacePrefix: string,
  followSymbolicLinks: boolean,
): Promise<Pick<HashFilesResult, 'unmatchedPatterns' | 'outsideWorkspace'>> {
  const unmatched: string[] = [];
  const outside: string[] = [];
  const options = { dot: true, nobrace: true, nocase: IS_WINDOWS, nocomment: true, noext: true, nonegate: true };
  const posix = (file: string) => (IS_WINDOWS ? file.replace(/\\/g, '/') : file);
  for (const [index, pattern] of rooted.entries()) {
    if (pattern.startsWith('!')) continue;
    const expanded = pattern.startsWith('~') ? globEscape(os.homedir()) + pattern.slice(1) : pattern;
    const matchers = [new Minimatch(expanded, options), new Minimatch(`${expanded.replace(/[\\/]+$/, '')}/**`, options)];
    if (files.some((file) => matchers.some((matcher) => matcher.match(posix(file))))) continue;
    const alone = await glob.create(pattern, { followSymbolicLinks, matchDirectories: true });
    let found = false;
    let foundOutside = false;
    for await (const candidate of alone.globGenerator()) {
      const info = await stat(candidate).catch(() => undefined); // a broken link is no file
      if (!info || info.isDirectory()) continue;
      if (!candidate.startsWith(workspacePrefix)) {
        foundOutside = true;
        continue;
      }
      found = true;
      break;
    }
    if (found) continue;
    unmatched.push(userPatterns[index]!);
    if (foundOutside) outside.push(userPatterns[index]!);
  }
  return { unmatchedPatterns: unmatched, outsideWorkspace: outside };
}
