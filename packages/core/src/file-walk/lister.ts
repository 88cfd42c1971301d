import os from 'node:os';
import { compilePatterns, matchList } from './pattern-list.ts';
import { MATCH_FILE, matchSubject } from './pattern.ts';
import { walkMatches } from './walk.ts';

/** How hashing lists the files of its patterns: runner-kit's walker, or @actions/glob itself. */
export interface FileLister {
  /**
   * The paths `lines` match, in @actions/glob's order (matched directories too when
   * `matchDirectories`). Throws before listing anything on an invalid pattern.
   */
  list(lines: readonly string[], matchDirectories: boolean): Promise<Iterable<string> | AsyncIterable<string>>;
  /** Whether the include `line` (with its implicit descendants) matches a file path. */
  fileMatcher(line: string): (file: string) => boolean;
}

/**
 * The walker (file-walk/walk.ts) as a {@link FileLister}: relative patterns are rooted at
 * `workspace`, as the runner roots them at its cwd. Covers Linux and macOS paths.
 */
export function walkerLister(workspace: string, followSymbolicLinks: boolean, homedir = os.homedir()): FileLister {
  const roots = { cwd: workspace, homedir };
  return {
    list: async (lines, matchDirectories) => walkMatches(compilePatterns(lines, roots), { followSymbolicLinks, matchDirectories }),
    fileMatcher: (line) => {
      const list = compilePatterns([line], roots);
      return (file) => (matchList(list, matchSubject(file)) & MATCH_FILE) !== 0;
    },
  };
}
