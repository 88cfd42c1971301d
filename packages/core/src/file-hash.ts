import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError } from './errors.ts';

// Apart from hashing.ts so that what needs only a file digest (cache manifests) does not load
// the pattern walker.

const WHOLE_FILE_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Hex SHA-256 of a regular file's bytes (the one file hasher: hashFiles, cache manifests). */
export async function sha256File(file: string): Promise<string> {
  const digest = await digestFile(file);
  if (!digest) throw new ConfigurationError(`Cannot hash '${file}': it is a directory.`);
  return digest.toString('hex');
}

/** `undefined` for a directory (hashFiles skips those); a clear error for a broken link. */
function readFailure(error: unknown, file: string): undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return undefined;
  if (code === 'ENOENT') throw new ConfigurationError(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
  throw error;
}

/** SHA-256 of a file's bytes, or undefined for a directory, without blocking (large model files). */
async function digestFile(file: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error: unknown) {
    return readFailure(error, file);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return undefined;
    const hash = createHash('sha256');
    if (stat.size <= WHOLE_FILE_LIMIT) {
      hash.update(await handle.readFile());
    } else {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        hash.update(buffer.subarray(0, bytesRead));
      }
    }
    return hash.digest();
  } finally {
    await handle.close();
  }
}

/** A buffer for {@link digestFileSync}, reused across files. */
export function digestBuffer(): Buffer {
  return Buffer.allocUnsafe(CHUNK);
}

/**
 * SHA-256 of a file's bytes, or undefined for a directory, read synchronously into `buffer`.
 * For the thousands of small files of hashFiles: each asynchronous call is a thread-pool round
 * trip that costs more than the read itself (5× slower on 20,000 files of a loaded 2-core
 * machine), and cache-key has nothing else to do meanwhile.
 */
export function digestFileSync(file: string, buffer: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error: unknown) {
    return readFailure(error, file);
  }
  try {
    const hash = createHash('sha256');
    for (;;) {
      // A directory opens read-only but fails the read with EISDIR: no stat needed per file.
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest();
  } catch (error: unknown) {
    return readFailure(error, file);
  } finally {
    closeSync(fd);
  }
}
