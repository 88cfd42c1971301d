import { open } from 'node:fs/promises';
import { UnsafeArchiveError } from './errors.ts';
import { ArchiveWriter } from './writer.ts';
import { extractZip } from './zip.ts';

export { UnsafeArchiveError } from './errors.ts';

/** The archive formats {@link extractArchive} reads. */
export type ArchiveFormat = 'zip' | 'tar.gz';

/** A regular file in the extracted tree, hashed while it was written. */
export interface ExtractedFile {
  /** Relative to the destination, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
}

/** What {@link extractArchive} wrote. */
export interface ExtractResult {
  /** Regular files written (hard links and symlinks not counted). */
  entries: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Every regular file in the tree afterwards (hard links included), sorted by path. */
  files: ExtractedFile[];
}

/** Options for {@link extractArchive}. */
export interface ExtractOptions {
  /** Skip detection by magic bytes. */
  format?: ArchiveFormat;
  /** Most uncompressed bytes to write in all (a zip-bomb guard); no limit by default. */
  maxBytes?: number;
}

/**
 * Tells a zip (`PK\x03\x04`) from a gzip stream (`1f 8b`, taken to be a tar inside) by the first
 * bytes of `file`; the name is not trusted. Anything else (an HTML error page saved under the
 * archive's name, say) is an {@link UnsafeArchiveError}.
 */
export async function detectArchiveFormat(file: string): Promise<ArchiveFormat> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'zip';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
  const start = head.length ? `it starts with ${[...head].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')}` : 'it is empty';
  throw new UnsafeArchiveError(`${file} is neither a zip nor a gzip-compressed tar archive (${start}).`);
}

/**
 * Extracts the untrusted `archive` into `destination`, an existing empty (staging) directory,
 * streaming (memory stays flat for any size). Nothing is ever written outside `destination`:
 * absolute and `..` names, backslash paths, links leading outside, writes through a symlink,
 * devices and FIFOs are refused with an {@link UnsafeArchiveError} naming the entry, before that
 * entry is written. The caller then discards the partly extracted `destination`.
 * Symlinks that stay inside are kept; files keep their execute bit and nothing else.
 */
export async function extractArchive(archive: string, destination: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const { maxBytes = Infinity } = options;
  if (!(maxBytes >= 0)) throw new RangeError(`maxBytes must be a number ≥ 0, not ${maxBytes}`);
  const format = options.format ?? (await detectArchiveFormat(archive));
  const writer = await ArchiveWriter.open(destination, maxBytes);
  try {
    if (format === 'zip') await extractZip(archive, writer);
    // Loaded only for tar.gz: node-tar takes tens of milliseconds to load, and models are zips.
    else await (await import('./tar.ts')).extractTarGz(archive, writer);
    return await writer.finish();
  } catch (error: unknown) {
    if (error instanceof UnsafeArchiveError) throw new UnsafeArchiveError(`Refusing to extract ${archive}: ${error.message}.`, { cause: error });
    throw error;
  }
}
