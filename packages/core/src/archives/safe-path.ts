import path from 'node:path';
import { UnsafeArchiveError } from './errors.ts';

/**
 * The path segments of an archive entry name, relative to the destination. Backslashes count as
 * separators on every platform, so `..\..\x` is refused on Linux too (it escapes on Windows).
 * Absolute names (`/x`, `C:\x`, `\\server\x`) and any `..` segment are refused outright rather
 * than cleaned up: no honest archive has them. `subject` names the entry in the error.
 */
export function entrySegments(name: string, subject = `entry "${name}"`): string[] {
  if (name.includes('\0')) throw new UnsafeArchiveError(`${subject} has a NUL character in its name`);
  const normalized = name.replaceAll('\\', '/');
  if (normalized.startsWith('/') || /^[a-zA-Z]:/.test(normalized)) throw new UnsafeArchiveError(`${subject} is an absolute path`);
  const segments = normalized.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw new UnsafeArchiveError(`${subject} climbs out of the destination with '..'`);
  // On Windows `name:stream` writes an alternate data stream of another file.
  if (process.platform === 'win32' && segments.some((segment) => segment.includes(':'))) {
    throw new UnsafeArchiveError(`${subject} has a ':' in its name`);
  }
  return segments;
}

/**
 * Refuses a symlink target that is absolute, has backslashes (a separator on Windows only), or
 * leaves the destination when resolved from the link's own directory (`linkSegments` are the
 * link's entry segments). This check is lexical; chains of links are checked once all exist.
 */
export function checkSymlinkTarget(name: string, linkSegments: readonly string[], target: string): void {
  const subject = `symlink "${name}" -> "${target}"`;
  if (target === '' || target.includes('\0')) throw new UnsafeArchiveError(`${subject} has an empty or invalid target`);
  if (target.includes('\\')) throw new UnsafeArchiveError(`${subject} has a backslash in its target`);
  if (path.posix.isAbsolute(target) || /^[a-zA-Z]:/.test(target)) throw new UnsafeArchiveError(`${subject} points at an absolute path`);
  const resolved = path.posix.join(...linkSegments.slice(0, -1), target);
  if (resolved === '..' || resolved.startsWith('../')) throw new UnsafeArchiveError(`${subject} points outside the destination`);
}

/** True when `file` is `root` or below it (both absolute and resolved). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
