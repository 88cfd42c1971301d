import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reads a whole file through a fresh open(), never trusting its size: a network filesystem's
 * client may keep a size from before another host rewrote the file (sshfs, NFS with `actimeo`),
 * and `readFile` stops at that size. Reading until a read returns nothing makes the client fetch
 * what is there. Open-time (close-to-open) consistency is what NFS, SMB and FUSE guarantee.
 */
export async function readFresh(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (let position = 0; ; ) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) return Buffer.concat(chunks);
      chunks.push(chunk.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Size of every record file (locks and leases): rewritten in place, so the size never changes. */
export const RECORD_BYTES = 512;

/** A JSON record padded with spaces to {@link RECORD_BYTES}, so a cached size never cuts it short. */
export function encodeRecord(value: object): Buffer {
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text) > RECORD_BYTES) throw new Error(`record too long (${Buffer.byteLength(text)} bytes): ${text.slice(0, 80)}…`);
  return Buffer.from(text.padEnd(RECORD_BYTES, ' '));
}

/** Rewrites a record in place through its open handle (one write of the whole record). */
export async function rewriteRecord(handle: FileHandle, value: object): Promise<void> {
  await handle.write(encodeRecord(value), 0, RECORD_BYTES, 0);
}

/** The record in `file`, read fresh; undefined when the file is missing; `'unreadable'` for anything else (empty, cut short, not JSON). */
export async function readRecord<T>(file: string): Promise<T | 'unreadable' | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFresh(file);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return 'unreadable';
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return 'unreadable';
  }
}
