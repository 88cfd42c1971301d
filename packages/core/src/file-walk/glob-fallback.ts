import os from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import { Minimatch } from 'minimatch';
import type { FileLister } from './lister.ts';

// @actions/glob's own globber, for the paths the walker does not cover (Windows: drive letters,
// UNC roots, `\`, case-insensitive matching). Imported with `await import()` only then, because
// @actions/glob loads @actions/core and its HTTP stack (+110 ms at every start).

const IS_WINDOWS = process.platform === 'win32';

/** The escaping `@actions/glob` applies to literal path prefixes. */
function globEscape(text: string): string {
  return (IS_WINDOWS ? text : text.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
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

/** @actions/glob as a {@link FileLister}, with relative patterns rooted at `workspace`. */
export function globLister(workspace: string, followSymbolicLinks: boolean): FileLister {
  const options = { dot: true, nobrace: true, nocase: IS_WINDOWS, nocomment: true, noext: true, nonegate: true };
  const posix = (file: string) => (IS_WINDOWS ? file.replace(/\\/g, '/') : file);
  return {
    list: async (lines, matchDirectories) => {
      const globber = await glob.create(lines.map((line) => rootPattern(line.trim(), workspace)).join('\n'), { followSymbolicLinks, matchDirectories });
      return globber.globGenerator();
    },
    fileMatcher: (line) => {
      const rooted = rootPattern(line.trim(), workspace);
      const expanded = rooted.startsWith('~') ? globEscape(os.homedir()) + rooted.slice(1) : rooted;
      const matchers = [new Minimatch(expanded, options), new Minimatch(`${expanded.replace(/[\\/]+$/, '')}/**`, options)];
      return (file) => matchers.some((matcher) => matcher.match(posix(file)));
    },
  };
}
