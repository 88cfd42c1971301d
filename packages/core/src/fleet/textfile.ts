import { randomBytes } from '../lazy-builtins.ts';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, ExternalError } from '../errors.ts';

/** The file node_exporter's textfile collector reads (it takes every `*.prom` in its directory). */
export const TEXTFILE_NAME = 'runner_kit.prom';

/**
 * Replaces `<dir>/runner_kit.prom` with `text` atomically: written to a hidden temporary file in
 * the same directory (which node_exporter ignores, as it is not `*.prom`), then renamed over the
 * old one, so a scrape never reads half a file. Returns the file's path.
 */
export async function writeTextfile(dir: string, text: string): Promise<string> {
  const target = path.join(dir, TEXTFILE_NAME);
  const temporary = path.join(dir, `.${TEXTFILE_NAME}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { mode: 0o644 });
    await rename(temporary, target);
    return target;
  } catch (error: unknown) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const remedy =
      code === 'ENOENT'
        ? "the directory does not exist: create it, or point --textfile at node_exporter's --collector.textfile.directory"
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'the directory is not writable by this user: give the exporter write access to it'
          : code === 'ENOSPC'
            ? 'the disk is full: free some space'
            : describeError(error);
    throw new ExternalError(`Cannot write ${target}: ${remedy}.`);
  }
}
