import path from 'node:path';
import { Minimatch } from 'minimatch';

// One `hashFiles()` pattern, parsed and matched exactly as @actions/glob 0.7's `Pattern` does on
// Linux and macOS (internal-pattern.js, internal-path.js, internal-path-helper.js): the same
// segments, search path, trailing-separator rule and minimatch options, so that the walker in
// walk.ts lists the same paths. Windows paths are not handled here (hashing.ts hands them to
// @actions/glob itself).

/** What a pattern says about a path: bit 1 "matches if a directory", bit 2 "matches if a file". */
export type MatchKind = 0 | 1 | 2 | 3;
export const MATCH_NONE = 0;
export const MATCH_DIRECTORY = 1;
export const MATCH_FILE = 2;
export const MATCH_ALL = 3;

// @actions/glob's options: `**` and `*` match dot files, no braces, no extglobs, no `!`/`#`
// handling inside minimatch (the globber does negation itself), case-sensitive off Windows.
const MINIMATCH_OPTIONS = { dot: true, nobrace: true, nocase: false, nocomment: true, noext: true, nonegate: true } as const;

/** Collapses repeated slashes (@actions/glob's `normalizeSeparators` off Windows). */
function normalizeSeparators(text: string): string {
  return text.replace(/\/\/+/g, '/');
}

/** Normalizes slashes and drops one trailing slash, except from `/` itself. */
export function trimTrailingSeparator(text: string): string {
  const normalized = normalizeSeparators(text);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** Splits a path into segments; a rooted path's first segment is `/`. */
export function pathSegments(text: string): string[] {
  const trimmed = trimTrailingSeparator(text);
  if (!trimmed.startsWith('/')) return trimmed.split('/');
  return trimmed === '/' ? ['/'] : ['/', ...trimmed.slice(1).split('/')];
}

/** Joins segments back into a path (`/` + `a` is `/a`, not `//a`). */
export function joinSegments(segments: readonly string[]): string {
  const [first = '', ...rest] = segments;
  if (rest.length === 0) return first;
  return first.endsWith('/') ? first + rest.join('/') : [first, ...rest].join('/');
}

/** Escapes glob characters so that a literal path (the workspace, the home directory) matches itself. */
export function globEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/**
 * The literal a pattern segment stands for (escapes and one-character sets resolved), or `''`
 * when the segment is a glob. Decides where the literal search path of a pattern ends.
 */
export function segmentLiteral(segment: string): string {
  let literal = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      literal += segment[++i];
      continue;
    }
    if (c === '*' || c === '?') return '';
    if (c === '[' && i + 1 < segment.length) {
      let set = '';
      let closed = -1;
      for (let j = i + 1; j < segment.length; j++) {
        const d = segment[j]!;
        if (d === '\\' && j + 1 < segment.length) {
          set += segment[++j];
          continue;
        }
        if (d === ']') {
          closed = j;
          break;
        }
        set += d;
      }
      if (closed >= 0) {
        if (set.length > 1) return '';
        if (set) {
          literal += set;
          i = closed;
          continue;
        }
      }
      // An unclosed or empty `[` is a literal `[`.
    }
    literal += c;
  }
  return literal;
}

function regExpEscape(text: string): string {
  return text.replace(/[[\\^$.|?*+()]/g, '\\$&');
}

/** Where relative and `~` patterns are rooted. */
export interface PatternRoots {
  /** Relative patterns are rooted here (the runner runs hashFiles with the workspace as cwd). */
  cwd: string;
  /** `~` stands for this directory. */
  homedir: string;
}

/**
 * Makes a pattern absolute as @actions/glob's `fixupPattern` does: `.` and relative patterns are
 * rooted at the (escaped) cwd, `~` at the home directory. Rejects `.` (past the first segment)
 * and `..` segments with @actions/glob's own message.
 */
function absolutePattern(pattern: string, roots: PatternRoots): string {
  if (!pattern) throw new Error('pattern cannot be empty');
  const literals = pathSegments(pattern).map(segmentLiteral);
  if (!literals.every((literal, i) => (literal !== '.' || i === 0) && literal !== '..')) {
    throw new Error(`Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
  }
  const normalized = normalizeSeparators(pattern);
  let absolute: string;
  if (normalized === '.' || normalized.startsWith('./')) {
    absolute = globEscape(roots.cwd) + normalized.slice(1);
  } else if (normalized === '~' || normalized.startsWith('~/')) {
    if (!roots.homedir.startsWith('/')) throw new Error(`Expected HOME directory to be a rooted path. Actual '${roots.homedir}'`);
    absolute = globEscape(roots.homedir) + normalized.slice(1);
  } else if (normalized.startsWith('/')) {
    absolute = normalized;
  } else {
    const root = globEscape(roots.cwd);
    if (!root.startsWith('/')) throw new Error(`ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    absolute = (root.endsWith('/') ? root : `${root}/`) + normalized;
  }
  return normalizeSeparators(absolute);
}

/** Leading `!`s (with blanks between them) toggle negation: `!!a` includes `a`. */
export function splitNegation(line: string): { negate: boolean; body: string } {
  let body = line.trim();
  let negate = false;
  while (body.startsWith('!')) {
    negate = !negate;
    body = body.slice(1).trim();
  }
  return { negate, body };
}

/** A parsed pattern; see {@link parsePattern}. */
export interface Pattern {
  readonly negate: boolean;
  /** Segments of the absolute pattern (first `/`). */
  readonly segments: readonly string[];
  /** The literal path before the first glob segment: the walk starts there. */
  readonly searchPath: string;
  /** The pattern ended in `/`: it matches directories only. */
  readonly trailingSeparator: boolean;
  /** Added by the globber for descendants (`p/**` for `p`); matches below `p`, not `p` itself. */
  readonly implicit: boolean;
  readonly minimatch: Minimatch;
}

/**
 * Parses one pattern line as `new Pattern(line)` does: leading `!`s toggle negation, relative
 * patterns are rooted at `roots.cwd`, `~` is the home directory, a trailing `/` restricts the
 * pattern to directories. Throws on `.`/`..` segments (@actions/glob's assertion messages).
 */
export function parsePattern(line: string, roots: PatternRoots, implicit = false): Pattern {
  const { negate, body } = splitNegation(line);
  let pattern = absolutePattern(body, roots);
  const segments = pathSegments(pattern);
  const trailingSeparator = pattern.endsWith('/');
  pattern = trimTrailingSeparator(pattern);
  let foundGlob = false;
  const searchSegments = segments.map(segmentLiteral).filter((literal) => !foundGlob && !(foundGlob = literal === ''));
  return { negate, segments, searchPath: joinSegments(searchSegments), trailingSeparator, implicit, minimatch: new Minimatch(pattern, MINIMATCH_OPTIONS) };
}

/** The `p/**` pattern the globber adds after `p` so that a directory brings its descendants. */
export function implicitDescendants(pattern: Pattern, roots: PatternRoots): Pattern | undefined {
  if (!pattern.trailingSeparator && pattern.segments.at(-1) === '**') return undefined;
  const text = joinSegments([...pattern.segments, '**']);
  return parsePattern(pattern.negate ? `!${text}` : text, roots, true);
}

/**
 * A path split into segments the way minimatch splits it, in the three forms @actions/glob
 * matches: trimmed of a trailing `/`, as it is, and with a `/` appended. Split once per path
 * for every pattern of the list (splitting is a third of the matching time otherwise).
 */
export interface MatchSubject {
  readonly trimmed: string;
  readonly trimmedParts: readonly string[];
  readonly parts: readonly string[];
  readonly slashedParts: readonly string[];
}

/** The {@link MatchSubject} of an absolute path. */
export function matchSubject(itemPath: string): MatchSubject {
  const normalized = normalizeSeparators(itemPath);
  const trimmed = trimTrailingSeparator(normalized);
  const trimmedParts = trimmed.split(/\/+/);
  const parts = normalized === trimmed ? trimmedParts : normalized.split(/\/+/);
  return { trimmed, trimmedParts, parts, slashedParts: normalized.endsWith('/') ? parts : [...parts, ''] };
}

/**
 * minimatch's `match()` on an already split path. With @actions/glob's options (no comment,
 * negation, matchBase or flipNegate, never an empty pattern) `match()` is exactly "one of the
 * pattern's sets matches the parts".
 */
function minimatchParts(matcher: Minimatch, parts: readonly string[]): boolean {
  return matcher.set.some((set) => matcher.matchOne(parts as string[], set, false));
}

/** What `pattern` says about the path of `subject`. */
export function matchPattern(pattern: Pattern, subject: MatchSubject): MatchKind {
  let parts: readonly string[];
  if (pattern.segments.at(-1) === '**') {
    // minimatch does not match `/foo` with `/foo/**` but does `/foo/`: an explicit `foo/**`
    // matches the directory `foo` itself; the implicit one does not.
    parts = pattern.implicit ? subject.parts : subject.slashedParts;
  } else {
    parts = subject.trimmedParts;
  }
  if (!minimatchParts(pattern.minimatch, parts)) return MATCH_NONE;
  return pattern.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
}

/** Whether something below the path of `subject` could match `pattern` (decides the descent). */
export function partiallyMatches(pattern: Pattern, subject: MatchSubject): boolean {
  if (path.posix.dirname(subject.trimmed) === subject.trimmed) {
    // minimatch's matchOne does not handle the root: @actions/glob tests the search root instead.
    return new RegExp(regExpEscape(segmentLiteral(pattern.segments[0]!))).test(subject.trimmed);
  }
  return pattern.minimatch.matchOne(subject.trimmedParts as string[], pattern.minimatch.set[0]!, true);
}
