import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { asUnsafe, readerErrorsAsUnsafe, UnsafeArchiveError } from './errors.ts';
import type { ArchiveWriter } from './writer.ts';

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** "Version made by" hosts whose external attributes carry a Unix mode: Unix and macOS. */
const UNIX_HOSTS = new Set([3, 19]);
/** A symlink target longer than PATH_MAX is not a path. */
const MAX_LINK_TARGET = 4096;

/**
 * Extracts the zip `archive` through `writer`, one entry at a time. yauzl reads the central
 * directory and checks every entry's data against its declared size (`validateEntrySizes`),
 * so a lying header cannot smuggle in more bytes than the size limit saw.
 */
export async function extractZip(archive: string, writer: ArchiveWriter): Promise<void> {
  let zip: ZipFile;
  try {
    // Names are decoded and checked by entrySegments, so they fail as UnsafeArchiveError naming the entry.
    zip = await yauzl.openPromise(archive, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (error: unknown) {
    throw asUnsafe(error, 'the zip archive');
  }
  try {
    for await (const entry of readerErrorsAsUnsafe(zip.eachEntry(), 'the zip central directory')) {
      await extractEntry(zip, entry, writer);
    }
  } finally {
    zip.close();
  }
}

async function extractEntry(zip: ZipFile, entry: Entry, writer: ArchiveWriter): Promise<void> {
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
  const mode = UNIX_HOSTS.has(entry.versionMadeBy >> 8) ? entry.externalFileAttributes >>> 16 : 0;
  const type = mode & S_IFMT;
  if (/[\\/]$/.test(name) || type === S_IFDIR) return writer.directory(name);
  if (type === S_IFLNK) return writer.symlink(name, await readLinkTarget(zip, entry, name));
  if (type === 0 || type === S_IFREG) return writer.file(name, mode, entryData(zip, entry, name), entry.uncompressedSize);
  throw new UnsafeArchiveError(`entry "${name}" is a device, FIFO or socket (mode ${mode.toString(8)})`);
}

/** The entry's data, opened only when the writer starts reading (after its path checks). */
async function* entryData(zip: ZipFile, entry: Entry, name: string): AsyncGenerator<Buffer> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error: unknown) {
    throw asUnsafe(error, `entry "${name}"`); // encrypted, or an unknown compression method
  }
  yield* readerErrorsAsUnsafe<Buffer>(stream, `entry "${name}"`);
}

async function readLinkTarget(zip: ZipFile, entry: Entry, name: string): Promise<string> {
  if (entry.uncompressedSize > MAX_LINK_TARGET) throw new UnsafeArchiveError(`symlink "${name}" has a ${entry.uncompressedSize}-byte target`);
  const chunks: Buffer[] = [];
  for await (const chunk of entryData(zip, entry, name)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
