import { createHash } from './lazy-builtins.ts';
import { open } from 'node:fs/promises';
import { ConfigurationError } from './errors.ts';

// Apart from hashing.ts so that what needs only a file digest (cache manifests) does not pull
// in the pattern matcher. hashFiles reads synchronously instead (file-hash-sync.ts says why).

const WHOLE_FILE_LIMIT = 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Hex SHA-256 of a regular file's bytes, read asynchronously (cache manifests). */
export async function sha256File(file: string): Promise<string> {
  const digest = await digestFile(file);
  if (!digest) throw new ConfigurationError(`Cannot hash '${file}': it is a directory.`);
  return digest.toString('hex');
}

/** SHA-256 of a file's bytes, or undefined for a directory. */
export async function digestFile(file: string): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return undefined;
    if (code === 'ENOENT') throw new ConfigurationError(`Cannot read '${file}': it does not exist (a broken symbolic link?).`);
    throw error;
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
