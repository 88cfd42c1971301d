import { createHash } from './lazy-builtins.ts';
import { closeSync, openSync, readSync } from 'node:fs';
import { ConfigurationError } from './errors.ts';

// hashFiles' hasher. file-hash.ts's asynchronous one stays for large files (cache manifests,
// models), where blocking the event loop for seconds would stall the step's other work.

const CHUNK = 1024 * 1024;

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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigurationError(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
    throw error;
  }
  try {
    const hash = createHash('sha256');
    for (;;) {
      // A directory opens read-only and fails the read with EISDIR: no stat per file.
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest();
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  } finally {
    closeSync(fd);
  }
}
