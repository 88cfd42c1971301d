import { createHash } from '../lazy-builtins.ts';
import { link, lstat, mkdir, open, readlink, realpath, symlink, unlink, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { noteBufferTraffic } from '../buffer-reclaim.ts';
import { UnsafeArchiveError } from './errors.ts';
import type { ExtractedFile, ExtractResult } from './extract.ts';
import { checkSymlinkTarget, entrySegments, isInside } from './safe-path.ts';

/**
 * Writes archive entries into a destination directory and nowhere else. Every ancestor of an
 * entry is checked with `lstat` (never followed), so nothing is written through a symlink, even
 * one that points inside; files are created with `O_EXCL`, so an existing link at the final
 * component is never followed either. Entries must be given one at a time, each awaited: the
 * checks rely on nothing else changing the tree meanwhile.
 */
export class ArchiveWriter {
  readonly #root: string;
  readonly #maxBytes: number;
  /** Directories known to be real directories (made or checked); none is ever replaced. */
  readonly #directories = new Set<string>();
  readonly #symlinks: string[] = [];
  /** Every regular file now in the tree, by path relative to the root, with its size and digest. */
  readonly #files = new Map<string, { size: number; sha256: string }>();
  #entries = 0;
  #bytes = 0;

  private constructor(root: string, maxBytes: number) {
    this.#root = root;
    this.#maxBytes = maxBytes;
  }

  /** A writer into `destination` (an existing, normally empty, directory). */
  static async open(destination: string, maxBytes = Infinity): Promise<ArchiveWriter> {
    // Resolved once, so the final symlink check compares real paths (macOS /tmp is a link).
    return new ArchiveWriter(await realpath(destination), maxBytes);
  }

  /** Creates the directory entry `name` (and its parents). */
  async directory(name: string): Promise<void> {
    await this.#directory(entrySegments(name), name, true);
  }

  /**
   * Streams `body` into the regular file `name`, executable if `mode` has any execute bit
   * (never setuid or setgid). `declaredSize`, when the archive states one, is enforced both ways.
   */
  async file(name: string, mode: number, body: AsyncIterable<Uint8Array>, declaredSize?: number): Promise<void> {
    const segments = entrySegments(name);
    if (declaredSize !== undefined) this.#checkBudget(name, declaredSize);
    const target = await this.#prepare(name, segments);
    const handle = await open(target, 'wx', mode & 0o111 ? 0o755 : 0o644);
    // Hashed on the way to disk, so the cache manifest needs no second pass over the files.
    const hash = createHash('sha256');
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let written = 0;
    // One batch is written while the next one is read and hashed; writes stay in order.
    let writing: Promise<void> = Promise.resolve();
    try {
      for await (const chunk of body) {
        written += chunk.length;
        this.#checkBudget(name, written);
        if (declaredSize !== undefined && written > declaredSize) throw new UnsafeArchiveError(`entry "${name}" holds more than its declared ${declaredSize} bytes`);
        hash.update(chunk);
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= WRITE_BATCH) {
          noteBufferTraffic(pendingBytes);
          await writing;
          writing = writeBatch(handle, pending, pendingBytes);
          writing.catch(() => undefined); // awaited before the next batch or at the end
          pending = [];
          pendingBytes = 0;
        }
      }
      await writing;
      if (pendingBytes) await writeBatch(handle, pending, pendingBytes);
    } finally {
      await writing.catch(() => undefined); // never close the file under a write
      await handle.close();
    }
    if (declaredSize !== undefined && written !== declaredSize) throw new UnsafeArchiveError(`entry "${name}" holds ${written} bytes, not its declared ${declaredSize}`);
    this.#files.set(this.#relative(target), { size: written, sha256: hash.digest('hex') });
    this.#entries++;
    this.#bytes += written;
  }

  /** Creates the symlink `name` → `target`; the target must stay inside the destination. */
  async symlink(name: string, target: string): Promise<void> {
    const segments = entrySegments(name);
    checkSymlinkTarget(name, segments, target);
    const file = await this.#prepare(name, segments);
    await symlink(target, file);
    this.#symlinks.push(file);
  }

  /** Creates the hard link `name` to `linkName`, a regular file extracted earlier. */
  async hardlink(name: string, linkName: string): Promise<void> {
    const subject = `hard link "${name}" -> "${linkName}"`;
    const sourceSegments = entrySegments(linkName, subject);
    const source = path.join(await this.#directory(sourceSegments.slice(0, -1), name, false), ...sourceSegments.slice(-1));
    // lstat, because link() follows a symlink on some platforms (macOS).
    if (!(await lstatOrUndefined(source))?.isFile()) throw new UnsafeArchiveError(`${subject} does not point at a file extracted before it`);
    const target = await this.#prepare(name, entrySegments(name));
    await link(source, target);
    const digest = this.#files.get(this.#relative(source));
    if (digest) this.#files.set(this.#relative(target), digest);
  }

  /**
   * Checks where every symlink really leads now that the tree is complete: each target was
   * checked on its own, but links can chain out (`a/b/up` -> `../..`, then `x` -> `a/b/up/..`).
   */
  async finish(): Promise<ExtractResult> {
    for (const file of this.#symlinks) {
      const target = await readlink(file).catch(() => undefined); // replaced by a later entry
      if (target === undefined) continue;
      // Joined as a string: path.join would fold `up/..` lexically, which is the very trick.
      const subject = `symlink "${path.relative(this.#root, file)}" -> "${target}"`;
      const resolved = await physicalPath(`${path.dirname(file)}${path.sep}${target}`, subject);
      if (!isInside(this.#root, resolved)) throw new UnsafeArchiveError(`${subject} resolves outside the destination`);
    }
    const files: ExtractedFile[] = [...this.#files].map(([file, facts]) => ({ path: file, ...facts }));
    return { entries: this.#entries, bytes: this.#bytes, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }

  /** `a/b` for a path under the root, with forward slashes on every platform. */
  #relative(file: string): string {
    return path.relative(this.#root, file).split(path.sep).join('/');
  }

  #checkBudget(name: string, bytes: number): void {
    if (this.#bytes + bytes > this.#maxBytes) throw new UnsafeArchiveError(`entry "${name}" takes the extracted size over the limit of ${this.#maxBytes} bytes`);
  }

  /** Makes the parent of a new entry and clears its place; returns the entry's path. */
  async #prepare(name: string, segments: readonly string[]): Promise<string> {
    const last = segments.at(-1);
    if (last === undefined) throw new UnsafeArchiveError(`entry "${name}" has no file name`);
    const file = path.join(await this.#directory(segments.slice(0, -1), name, true), last);
    const existing = await lstatOrUndefined(file);
    if (existing?.isDirectory()) throw new UnsafeArchiveError(`entry "${name}" would replace a directory`);
    // A repeated entry replaces the earlier one, as tar does; unlinking a symlink leaves its target alone.
    if (existing) {
      await unlink(file);
      this.#files.delete(this.#relative(file));
    }
    return file;
  }

  /** Walks (and with `create`, makes) the directories `segments`, refusing anything but real directories. */
  async #directory(segments: readonly string[], name: string, create: boolean): Promise<string> {
    let dir = this.#root;
    for (const [index, segment] of segments.entries()) {
      dir = path.join(dir, segment);
      if (this.#directories.has(dir)) continue;
      const stats = await lstatOrUndefined(dir);
      if (!stats && create) await mkdir(dir, 0o755);
      else if (!stats?.isDirectory()) {
        const what = stats?.isSymbolicLink() ? 'the symlink' : stats ? 'the non-directory' : 'the missing directory';
        throw new UnsafeArchiveError(`entry "${name}" would go through ${what} "${segments.slice(0, index + 1).join('/')}"`);
      }
      this.#directories.add(dir);
    }
    return dir;
  }
}

/** Decompressed chunks are small (16–64 KiB); writing them in ~1 MiB batches saves syscalls. */
const WRITE_BATCH = 1 << 20;

/** Writes `chunks` with one writev (no copy into a bigger buffer), finishing a short write. */
async function writeBatch(handle: FileHandle, chunks: Uint8Array[], total: number): Promise<void> {
  const written = (await handle.writev(chunks)).bytesWritten;
  if (written === total) return;
  const rest = Buffer.concat(chunks).subarray(written);
  for (let offset = 0; offset < rest.length; ) offset += (await handle.write(rest, offset)).bytesWritten;
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Where `file` leads on disk: the real path of its deepest existing ancestor, plus the rest
 * (missing components redirect nothing). A loop of links is refused.
 */
async function physicalPath(file: string, subject: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UnsafeArchiveError(`${subject} is part of a loop of links`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  const parent = path.dirname(file);
  return parent === file ? file : path.join(await physicalPath(parent, subject), path.basename(file));
}
