import { createHash } from './lazy-builtins.ts';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors.ts';
import { digestBuffer, digestFileSync } from './file-hash-sync.ts';
import { walkerLister, type FileLister } from './file-walk/lister.ts';
import { splitNegation } from './file-walk/pattern.ts';
import { untrusted, type Logger } from './logging.ts';

/** Options for {@link hashFiles}. */
export interface HashFilesOptions {
  /** Relative patterns are rooted here, and only files below it are hashed (as the runner does). */
  workspace: string;
  /** Descend into symlinked directories; the runner's `hashFiles()` does not unless asked. */
  followSymbolicLinks?: boolean;
  /** Name of the input the patterns came from, for error messages. */
  inputName?: string;
  /** Where the choice of lister is reported (debug). */
  logger?: Logger;
  /** Whose path rules apply (default: this process's). On Windows @actions/glob lists the files. */
  platform?: NodeJS.Platform;
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

/**
 * `hashFiles()`-compatible digest of the files matching `patterns` (newline list, `!` excludes,
 * `#` comments): the SHA-256 of the files' SHA-256 digests, in @actions/glob's order. Files are
 * listed by runner-kit's walker, which follows @actions/glob's rules (file-walk/walk.ts), and
 * read synchronously; on Windows @actions/glob itself lists them.
 */
export async function hashFiles(patterns: readonly string[], options: HashFilesOptions): Promise<HashFilesResult> {
  const { followSymbolicLinks = false, inputName = 'files', platform = process.platform } = options;
  const workspace = path.resolve(options.workspace);
  const userPatterns = patterns.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (userPatterns.length === 0) return { hash: '', count: 0, unmatchedPatterns: [], outsideWorkspace: [] };
  const lister = await chooseLister(userPatterns, workspace, followSymbolicLinks, platform, options.logger);

  const workspacePrefix = `${workspace}${path.sep}`;
  const files: string[] = [];
  const combined = createHash('sha256');
  const buffer = digestBuffer();
  for await (const file of await listOrReject(lister, userPatterns, false, inputName)) {
    if (!file.startsWith(workspacePrefix)) continue; // the runner ignores files outside the workspace
    const digest = digestFileSync(file, buffer);
    if (!digest) continue; // a matched directory: the runner skips those too
    combined.update(digest);
    files.push(file);
  }
  const { unmatchedPatterns, outsideWorkspace } = await findUnmatched(lister, userPatterns, files, workspacePrefix, inputName);
  return { hash: files.length > 0 ? combined.digest('hex') : '', count: files.length, unmatchedPatterns, outsideWorkspace };
}

/** The walker, except where it does not know the path rules: @actions/glob, loaded only then. */
async function chooseLister(patterns: readonly string[], workspace: string, follow: boolean, platform: NodeJS.Platform, logger: Logger | undefined): Promise<FileLister> {
  if (platform !== 'win32') return walkerLister(workspace, follow);
  logger?.debug(`hashFiles: @actions/glob lists the files of ${patterns.map((p) => `'${untrusted(p)}'`).join(', ')}: runner-kit's walker does not cover Windows paths.`);
  const { globLister } = await import('./file-walk/glob-fallback.ts');
  return globLister(workspace, follow);
}

async function listOrReject(lister: FileLister, lines: readonly string[], matchDirectories: boolean, inputName: string): Promise<Iterable<string> | AsyncIterable<string>> {
  try {
    return await lister.list(lines, matchDirectories);
  } catch (error: unknown) {
    // @actions/glob's rules reject `.`/`..` segments and globs in the root with an assertion.
    throw new ConfigurationError(`Input '${inputName}': ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Include patterns that matched nothing in the workspace. Hashed files are first attributed to
 * patterns; a pattern left with none is confirmed by a listing of its own (which stops at the
 * first file in the workspace), so excluded or directory-only matches still count. A pattern
 * whose only files are outside the workspace is unmatched too (they are never hashed), and
 * said to be outside.
 */
async function findUnmatched(
  lister: FileLister,
  userPatterns: readonly string[],
  files: readonly string[],
  workspacePrefix: string,
  inputName: string,
): Promise<Pick<HashFilesResult, 'unmatchedPatterns' | 'outsideWorkspace'>> {
  const unmatched: string[] = [];
  const outside: string[] = [];
  for (const pattern of userPatterns) {
    if (splitNegation(pattern).negate) continue;
    if (files.some(lister.fileMatcher(pattern))) continue;
    let found = false;
    let foundOutside = false;
    for await (const candidate of await listOrReject(lister, [pattern], true, inputName)) {
      if (!isFile(candidate)) continue;
      if (!candidate.startsWith(workspacePrefix)) {
        foundOutside = true;
        continue;
      }
      found = true;
      break;
    }
    if (found) continue;
    unmatched.push(pattern);
    if (foundOutside) outside.push(pattern);
  }
  return { unmatchedPatterns: unmatched, outsideWorkspace: outside };
}

/** Not a directory, not a broken link (what the runner would hash). */
function isFile(candidate: string): boolean {
  try {
    return !statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
