import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { matchList, partiallyMatchesList, type PatternList } from './pattern-list.ts';
import { MATCH_DIRECTORY, MATCH_FILE, matchSubject } from './pattern.ts';

/** Options of {@link walkMatches}; the defaults are @actions/glob's `hashFiles`'. */
export interface WalkOptions {
  /** Stat through symbolic links and descend into linked directories (cycles are cut). */
  followSymbolicLinks: boolean;
  /** Yield matched directories too (hashFiles gets them and skips them). */
  matchDirectories: boolean;
}

/** What readdir already said about an entry, so that most entries need no stat of their own. */
type Kind = 'directory' | 'link' | 'other' | 'unknown';

interface Item {
  path: string;
  /** 1 for a search path, +1 per directory below it (the cycle check truncates by it). */
  level: number;
  kind: Kind;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Lists the paths `list` matches, in @actions/glob's order and with its rules: depth first from
 * each search path in turn, children in `readdir` order (byte order on Linux and macOS),
 * excludes applied per path, broken links skipped when following links (an error otherwise, at
 * hashing), a linked directory whose real path is one of its ancestors' not entered again.
 *
 * What differs is the cost. @actions/glob stats every entry it looks at (and resolves the real
 * path of every directory when following links); here the types `readdir` returns decide, and
 * only symbolic links are stat'ed. A directory's real path is its parent's plus its name unless
 * it is a link. An entry no include can reach is never stat'ed, as there.
 */
export function* walkMatches(list: PatternList, options: WalkOptions): Generator<string> {
  const stack: Item[] = [];
  for (const searchPath of list.searchPaths) {
    try {
      lstatSync(searchPath); // anything but "does not exist" (ENOTDIR, EACCES) fails the glob, as there
    } catch (error: unknown) {
      if (isMissing(error)) continue;
      throw error;
    }
    stack.unshift({ path: searchPath, level: 1, kind: 'unknown' });
  }
  // Real paths of the directories from the search path down to the current item's parent.
  const chain: string[] = [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const subject = matchSubject(item.path);
    const match = matchList(list, subject);
    const descend = match !== 0 || partiallyMatchesList(list, subject);
    if (!descend) continue;
    const isDirectory = resolveDirectory(item, options.followSymbolicLinks, chain);
    if (isDirectory === undefined) continue;
    if (!isDirectory) {
      if (match & MATCH_FILE) yield item.path;
      continue;
    }
    if (match & MATCH_DIRECTORY && options.matchDirectories) yield item.path;
    const entries = readdirSync(item.path, { withFileTypes: true });
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      const kind: Kind = entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'link' : 'other';
      stack.push({ path: path.join(item.path, entry.name), level: item.level + 1, kind });
    }
  }
}

/**
 * Whether the item is a directory to enter: `undefined` for a broken link (when following), a
 * directory already on the chain (a cycle), or a search path that is gone. Keeps `chain` as
 * @actions/glob keeps its traversal chain.
 */
function resolveDirectory(item: Item, follow: boolean, chain: string[]): boolean | undefined {
  let isDirectory: boolean;
  if (item.kind === 'directory' || item.kind === 'other' || (item.kind === 'link' && !follow)) {
    isDirectory = item.kind === 'directory'; // readdir's type is lstat's
  } else if (!follow) {
    isDirectory = lstatSync(item.path).isDirectory();
  } else {
    try {
      isDirectory = statSync(item.path).isDirectory();
    } catch (error: unknown) {
      if (isMissing(error)) return undefined; // a broken link: omitted, as omitBrokenSymbolicLinks does
      throw error; // a link loop (ELOOP) fails the glob, as there
    }
  }
  if (!isDirectory || !follow) return isDirectory;
  chain.length = Math.min(chain.length, item.level - 1);
  const parentReal = chain[item.level - 2];
  const real = item.kind === 'directory' && parentReal !== undefined ? path.join(parentReal, path.basename(item.path)) : realpathSync.native(item.path);
  if (chain.includes(real)) return undefined;
  chain.push(real);
  return true;
}
