import { access, constants, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { ExternalError, isExpectedError } from './errors.ts';
import { formatBytes } from './units.ts';

/** What runner-kit was doing when a system call failed, for the message. */
export interface SystemErrorContext {
  /** A phrase for what needed the disk, e.g. `extracting vosk-model-en-us-0.22 (a 1.8 GiB archive)`. */
  doing: string;
  /** The file or directory being written, for errors that carry no path (a failed write on an open file). */
  path: string;
  /**
   * What the user can change to put the files elsewhere, as an instruction, e.g. "set `cache-dir`
   * to a writable place or use `strategy: download`".
   */
  remedy: string;
}

/** Codes of failures of this machine's filesystem or limits, never of runner-kit's logic. */
const ENVIRONMENT_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE']);
/** Codes that are the environment's fault only when the path shows it (a file where a directory should be, …). */
const PATH_CODES = new Set(['ENOTDIR', 'EISDIR', 'ENOENT']);

interface SystemError {
  code: string;
  syscall: string;
  path?: string;
  dest?: string;
  message: string;
}

/** A Node system error (it names a system call and a code); duck-typed, as errors from another realm fail instanceof. */
function asSystemError(error: unknown): SystemError | undefined {
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as Partial<SystemError>;
  return typeof candidate.code === 'string' && typeof candidate.syscall === 'string' ? (candidate as SystemError) : undefined;
}

/**
 * Turns a Node system error from a filesystem call into an {@link ExternalError} that says what
 * went wrong where, what needed it, and what to do: a full disk or quota (which filesystem, how
 * much is free), a read-only or unwritable directory, a file where a directory belongs (or the
 * reverse), too many open files. Node's misleading `ENOENT … mkdir` on a read-only filesystem is
 * recognised as such. Anything else (including errors that are already expected ones, and an
 * ENOENT that no path explains) is returned unchanged, so real bugs still look like bugs.
 * Without a context (a last resort, see runStep) only the unambiguous codes are explained.
 */
export async function explainSystemError(error: unknown, context?: SystemErrorContext): Promise<unknown> {
  if (isExpectedError(error)) return error;
  const system = asSystemError(error);
  if (!system || (!ENVIRONMENT_CODES.has(system.code) && !(context && PATH_CODES.has(system.code)))) return error;
  const target = system.path ?? context?.path;
  const doing = context ? ` while ${context.doing}` : '';
  const code = system.code;
  let message: string | undefined;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    const where = target ? await describeFilesystem(target) : 'the filesystem';
    const what = code === 'EDQUOT' ? 'The disk quota was exceeded on' : 'No space left on';
    message = `${what} ${where}${doing}. Free some space there${context ? `, or ${context.remedy}` : ''}.`;
  } else if (code === 'EMFILE' || code === 'ENFILE') {
    const whose = code === 'EMFILE' ? 'this process' : 'the whole machine';
    message = `Too many open files in ${whose}${doing}${target ? ` (at ${target})` : ''}. Raise the limit for the runner (\`ulimit -n\`, or LimitNOFILE= in its systemd unit) or run fewer jobs at once on this machine.`;
  } else {
    const why = target ? await whyNotWritable(code, target) : undefined;
    if (why) message = `${why}${doing}. ${context ? capitalize(context.remedy) : 'Point the action at a writable location'}.`;
  }
  return message === undefined ? error : new ExternalError(message, { cause: error });
}

/** Runs `body`, explaining a system error it throws (see {@link explainSystemError}). */
export async function withSystemErrors<T>(context: SystemErrorContext, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error: unknown) {
    throw await explainSystemError(error, context);
  }
}

/** Why `target` could not be written, from what the path looks like now; undefined when nothing explains it. */
async function whyNotWritable(code: string, target: string): Promise<string | undefined> {
  const existing = await nearestExisting(target);
  if (!existing) return undefined;
  if (!existing.isDirectory && existing.path !== target) {
    return `${existing.path} is a file, not a directory, so ${target} cannot be created`;
  }
  if (code === 'EISDIR') return `${target} is a directory where a file was expected`;
  const directory = existing.isDirectory ? existing.path : path.dirname(existing.path);
  const denied = await access(directory, constants.W_OK).then(
    () => undefined,
    (error: unknown) => asSystemError(error)?.code,
  );
  if (code === 'EROFS' || denied === 'EROFS') return `${directory} is on a read-only filesystem (${await mountPoint(directory)})`;
  if (code === 'EACCES' || code === 'EPERM' || denied === 'EACCES' || denied === 'EPERM') {
    return `${directory} is not writable by this user (uid ${process.getuid?.() ?? '?'})`;
  }
  return undefined; // an ENOENT or ENOTDIR the path does not explain: not the environment's doing
}

/** The path itself or its nearest ancestor that exists. */
async function nearestExisting(target: string): Promise<{ path: string; isDirectory: boolean } | undefined> {
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) return { path: current, isDirectory: info.isDirectory() };
    if (path.dirname(current) === current) return undefined;
  }
}

/** `the filesystem mounted at /cache (tmpfs, 0 B free of 4.0 MiB)`, as much of it as can be found out. */
async function describeFilesystem(target: string): Promise<string> {
  const existing = await nearestExisting(target);
  if (!existing) return `the filesystem of ${target}`;
  const mount = await mountPoint(existing.path);
  const space = await statfs(existing.path).catch(() => undefined);
  const type = space ? FILESYSTEM_TYPES[space.type] : undefined;
  const free = space ? `, ${formatBytes(space.bavail * space.bsize)} free of ${formatBytes(space.blocks * space.bsize)}` : '';
  return `the filesystem of ${target} (${type ? `${type}, ` : ''}${mount}${free})`;
}

/** statfs magic numbers of common Linux filesystems. */
const FILESYSTEM_TYPES: Record<number, string> = {
  0x01021994: 'tmpfs',
  0xef53: 'ext4',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlay',
  0x6969: 'nfs',
  0x2fc12fc1: 'zfs',
};

/** `mounted at /x`: the topmost ancestor of `dir` on the same device. */
async function mountPoint(dir: string): Promise<string> {
  let current = path.resolve(dir);
  const device = (await stat(current).catch(() => undefined))?.dev;
  if (device === undefined) return `at ${dir}`;
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) break;
    const info = await stat(parent).catch(() => undefined);
    if (!info || info.dev !== device) break;
    current = parent;
  }
  return `mounted at ${current}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
