import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ExtraField } from 'yauzl';
import type { ByteReader } from './byte-stream.ts';
import { entrySegments } from './safe-path.ts';
import type { ArchiveWriter } from './writer.ts';

// Reading a zip front to back, from its local headers, while it downloads. The central directory
// at the end is what counts (it is what yauzl and unzip go by), so this reader handles only the
// plain cases and gives up on anything else; the caller then extracts the finished file with
// yauzl. What it did extract is used only after checkCentralDirectory finds every entry of the
// central directory exactly as the local headers had it.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARKER = 0xffffffff;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/** "Version made by" hosts whose external attributes carry a Unix mode: Unix and macOS (as in zip.ts). */
const UNIX_HOSTS = new Set([3, 19]);

/** The archive uses something this reader does not handle; not a verdict on the archive. */
export class NotStreamableError extends Error {
  override readonly name: string = 'NotStreamableError';
}

/** An entry as its local header described it. */
export interface StreamedEntry {
  offset: number;
  name: string;
  nameRaw: Buffer;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  directory: boolean;
}

/**
 * Extracts entries through `writer` as their bytes arrive, up to the start of the central
 * directory (the rest of the input is not read). Files are written with mode 0644: only the
 * central directory says which are executable, and which are symlinks (see
 * {@link checkCentralDirectory}). Throws {@link NotStreamableError} for data descriptors, zip64,
 * encryption, other compression methods or anything unexpected between entries; the writer's
 * and the inflater's errors pass through.
 */
export async function extractZipStream(input: ByteReader, writer: ArchiveWriter): Promise<StreamedEntry[]> {
  const entries: StreamedEntry[] = [];
  for (;;) {
    const offset = input.position;
    const signature = (await input.exact(4)).readUInt32LE(0);
    if (signature === CENTRAL_HEADER && entries.length > 0) return entries;
    if (signature !== LOCAL_HEADER) throw new NotStreamableError(`no local header at byte ${offset} (signature ${signature.toString(16)})`);
    const entry = await readLocalHeader(input, offset);
    const dataStart = input.position;
    const data = input.take(entry.compressedSize);
    if (entry.directory) {
      if (entry.uncompressedSize !== 0) throw new NotStreamableError(`directory entry "${entry.name}" has data`);
      for await (const _ of data); // a deflated empty directory still has a 2-byte stream
      await writer.directory(entry.name);
    } else {
      await writer.file(entry.name, 0, entry.method === DEFLATED ? inflate(data) : data, entry.uncompressedSize);
    }
    // The inflater may stop before its input does (a stream that ends early): not ours to judge.
    if (input.position !== dataStart + entry.compressedSize) throw new NotStreamableError(`entry "${entry.name}" did not use exactly its ${entry.compressedSize} compressed bytes`);
    entries.push(entry);
  }
}

async function readLocalHeader(input: ByteReader, offset: number): Promise<StreamedEntry> {
  const header = await input.exact(26);
  const flags = header.readUInt16LE(2);
  const method = header.readUInt16LE(4);
  const crc32 = header.readUInt32LE(10);
  const compressedSize = header.readUInt32LE(14);
  const uncompressedSize = header.readUInt32LE(18);
  const nameRaw = Buffer.from(await input.exact(header.readUInt16LE(22)));
  const extra = await input.exact(header.readUInt16LE(24));
  const what = `entry at byte ${offset}`;
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new NotStreamableError(`${what} is encrypted`);
  if (flags & FLAG_DATA_DESCRIPTOR) throw new NotStreamableError(`${what} has its sizes in a data descriptor`);
  if (method !== STORED && method !== DEFLATED) throw new NotStreamableError(`${what} uses compression method ${method}`);
  if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER) throw new NotStreamableError(`${what} is zip64`);
  if (method === STORED && compressedSize !== uncompressedSize) throw new NotStreamableError(`${what} is stored with two different sizes`);
  // Decoded as yauzl decodes the central directory's copy (flags, Info-ZIP Unicode Path field).
  const name = yauzl.getFileNameLowLevel(flags, nameRaw, parseExtraFields(extra, what), true);
  return { offset, name, nameRaw, flags, method, crc32, compressedSize, uncompressedSize, directory: /[\\/]$/.test(name) };
}

function parseExtraFields(extra: Buffer, what: string): ExtraField[] {
  const fields: ExtraField[] = [];
  for (let at = 0; at < extra.length; ) {
    if (at + 4 > extra.length) throw new NotStreamableError(`${what} has a malformed extra field`);
    const id = extra.readUInt16LE(at);
    const end = at + 4 + extra.readUInt16LE(at + 2);
    if (end > extra.length) throw new NotStreamableError(`${what} has a malformed extra field`);
    fields.push({ id, data: Buffer.from(extra.subarray(at + 4, end)) });
    at = end;
  }
  return fields;
}

/**
 * Raw deflate, decompressed off the main thread (zlib runs on the thread pool). The output comes
 * in 1 MiB buffers: every call into zlib is a round trip to the pool, with stream work around it;
 * inflating 128 MiB alone took 1.3–1.6× as long in 256 KiB buffers. (Gluing the input into bigger
 * pieces costs more in copies than it saves.)
 */
function inflate(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const inflater = createInflateRaw({ chunkSize: 1024 * 1024 });
  // An error on either side destroys the inflater with it, which ends the consumer's loop.
  pipeline(Readable.from(compressed, { objectMode: false }), inflater).catch(() => undefined);
  return inflater;
}

/**
 * Compares the finished `archive`'s central directory, read by yauzl, with what was streamed:
 * the same entries in the same order at the same offsets, with the same names (raw and decoded),
 * flags, methods, CRCs and sizes, and only files and directories. Returns the reason for any
 * difference, or undefined after applying the execute bits the central directory gives.
 */
export async function checkCentralDirectory(archive: string, destination: string, streamed: readonly StreamedEntry[]): Promise<string | undefined> {
  const zip = await yauzl.openPromise(archive, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  const executable = new Map<string, boolean>();
  let index = 0;
  try {
    if (zip.entryCount !== streamed.length) return `the central directory lists ${zip.entryCount} entries, the local headers ${streamed.length}`;
    for await (const entry of zip.eachEntry()) {
      const local = streamed[index++];
      if (!local) return `the central directory has more entries than the local headers`;
      const difference = compare(entry, local);
      if (difference) return `entry ${index} ("${local.name}"): ${difference}`;
      if (!local.directory) executable.set(entrySegments(local.name).join('/'), (unixMode(entry) & 0o111) !== 0);
    }
  } finally {
    zip.close();
  }
  // The last entry of a name is the file on disk (a repeated entry replaces the earlier one).
  for (const [name, isExecutable] of executable) {
    // No symlink was made while streaming, so this cannot reach outside the destination.
    if (isExecutable) await chmod(path.join(destination, ...name.split('/')), 0o755);
  }
  return undefined;
}

function unixMode(entry: Entry): number {
  return UNIX_HOSTS.has(entry.versionMadeBy >> 8) ? entry.externalFileAttributes >>> 16 : 0;
}

function compare(entry: Entry, local: StreamedEntry): string | undefined {
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
  if (!entry.fileNameRaw.equals(local.nameRaw) || name !== local.name) return `the central directory names it "${name}"`;
  const pairs: [string, number, number][] = [
    ['offset', entry.relativeOffsetOfLocalHeader, local.offset],
    ['flags', entry.generalPurposeBitFlag, local.flags],
    ['compression method', entry.compressionMethod, local.method],
    ['CRC-32', entry.crc32, local.crc32],
    ['compressed size', entry.compressedSize, local.compressedSize],
    ['size', entry.uncompressedSize, local.uncompressedSize],
  ];
  for (const [what, central, fromLocal] of pairs) {
    if (central !== fromLocal) return `${what} ${central} in the central directory, ${fromLocal} in the local header`;
  }
  const type = unixMode(entry) & S_IFMT;
  const isDirectory = /[\\/]$/.test(name) || type === S_IFDIR;
  if (isDirectory !== local.directory) return 'the central directory says it is a directory';
  if (!isDirectory && type !== 0 && type !== S_IFREG) return `the central directory gives it file type ${type.toString(8)} (a symlink or special file)`;
  return undefined;
}
