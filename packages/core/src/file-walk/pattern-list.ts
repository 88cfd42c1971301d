import path from 'node:path';
import {
  implicitDescendants,
  matchPattern,
  MATCH_NONE,
  parsePattern,
  partiallyMatches,
  trimTrailingSeparator,
  type MatchKind,
  type MatchSubject,
  type Pattern,
  type PatternRoots,
} from './pattern.ts';

/** The patterns of one glob, in order, with the implicit `p/**` after each; see {@link compilePatterns}. */
export interface PatternList {
  readonly patterns: readonly Pattern[];
  /** The non-negated patterns: only they decide whether a directory is worth descending. */
  readonly includes: readonly Pattern[];
  /** Where the walk starts: each include's literal prefix, without duplicates or descendants of another. */
  readonly searchPaths: readonly string[];
}

/**
 * Compiles pattern lines as @actions/glob's globber does (blank and `#` lines skipped; each
 * pattern followed by its implicit descendants pattern unless it already ends in `**`).
 * Throws @actions/glob's messages on a `.`/`..` segment.
 */
export function compilePatterns(lines: readonly string[], roots: PatternRoots): PatternList {
  const patterns: Pattern[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    const pattern = parsePattern(text, roots);
    patterns.push(pattern);
    const descendants = implicitDescendants(pattern, roots);
    if (descendants) patterns.push(descendants);
  }
  const includes = patterns.filter((pattern) => !pattern.negate);
  return { patterns, includes, searchPaths: searchPaths(includes) };
}

/**
 * @actions/glob's `getSearchPaths`: in pattern order, each include's search path unless an
 * earlier one is the same or an ancestor (any include's path counts as an ancestor, as there).
 */
function searchPaths(includes: readonly Pattern[]): string[] {
  const state = new Map<string, 'candidate' | 'included'>(includes.map((pattern) => [pattern.searchPath, 'candidate']));
  const result: string[] = [];
  for (const { searchPath } of includes) {
    if (state.get(searchPath) === 'included') continue;
    let current = searchPath;
    let parent = path.posix.dirname(trimTrailingSeparator(current));
    let underAnother = false;
    while (parent !== current) {
      if (state.has(parent)) {
        underAnother = true;
        break;
      }
      current = parent;
      parent = path.posix.dirname(trimTrailingSeparator(current));
    }
    if (underAnother) continue;
    result.push(searchPath);
    state.set(searchPath, 'included');
  }
  return result;
}

/** What the whole list says about a path: later patterns override earlier ones, `!` clears. */
export function matchList(list: PatternList, subject: MatchSubject): MatchKind {
  let result: number = MATCH_NONE;
  for (const pattern of list.patterns) {
    if (pattern.negate) result &= ~matchPattern(pattern, subject);
    else result |= matchPattern(pattern, subject);
  }
  return result as MatchKind;
}

/** Whether an include could match below the subject's path (excludes never stop a descent). */
export function partiallyMatchesList(list: PatternList, subject: MatchSubject): boolean {
  return list.includes.some((pattern) => partiallyMatches(pattern, subject));
}
