import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, ExternalError } from '../../packages/core/src/errors.ts';
import { explainSystemError, withSystemErrors } from '../../packages/core/src/system-errors.ts';
import { node24, repoRoot } from '../harness/index.ts';
import { mountRefusal, mountTmpfs } from '../fixtures/mounts.ts';

const refusal = mountRefusal();
if (refusal) console.warn(`SKIPPED (full-disk case of explainSystemError): ${refusal}`);
const withMounts = refusal ? it.skip : it;
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.warn('SKIPPED (EACCES case of explainSystemError): needs root to run a child as nobody');

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-system-errors-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const context = () => ({ doing: 'writing the test file', path: scratch, remedy: "set 'somewhere' to a writable place" });
const failure = async (body: () => Promise<unknown>) => body().then(() => undefined, (error: unknown) => error);

describe('explainSystemError', () => {
  withMounts('a full disk: which filesystem, how much is free, what needed it; also for a write on an open file (no path)', async () => {
    const disk = mountTmpfs('enospc', { size: '64k' });
    try {
      const handle = await open(path.join(disk.dir, 'big'), 'w');
      const error = await failure(() => withSystemErrors({ ...context(), path: disk.dir }, async () => {
        for (;;) await handle.write(Buffer.alloc(16 * 1024)); // until the disk is full
      }));
      await handle.close();
      expect(error).toBeInstanceOf(ExternalError);
      expect((error as Error).message).toBe(
        `No space left on the filesystem of ${disk.dir} (tmpfs, mounted at ${disk.dir}, 0 B free of 64.0 KiB) while writing the test file. Free some space there, or set 'somewhere' to a writable place.`,
      );
      expect((error as Error).cause).toMatchObject({ code: 'ENOSPC' });
    } finally {
      disk.unmount();
    }
  });

  it('a directory where a file belongs (EISDIR), and a file where a directory belongs (ENOTDIR)', async () => {
    mkdirSync(path.join(scratch, 'dir'));
    const isDir = await failure(() => withSystemErrors(context(), () => writeFile(path.join(scratch, 'dir'), 'x')));
    expect((isDir as Error).message).toBe(`${scratch}/dir is a directory where a file was expected while writing the test file. Set 'somewhere' to a writable place.`);
    writeFileSync(path.join(scratch, 'file'), 'x');
    const notDir = await failure(() => withSystemErrors(context(), () => mkdir(path.join(scratch, 'file', 'sub', 'deeper'), { recursive: true })));
    expect((notDir as Error).message).toBe(`${scratch}/file is a file, not a directory, so ${scratch}/file/sub/deeper cannot be created while writing the test file. Set 'somewhere' to a writable place.`);
  });

  (asRoot ? it : it.skip)('a directory this user may not write (EACCES, as nobody): which one, and whose uid', () => {
    chmodSync(scratch, 0o755); // root's, readable by all, writable by root only
    const script = [
      "import { mkdir } from 'node:fs/promises';",
      `import { explainSystemError } from '${path.join(repoRoot, 'packages/core/src/system-errors.ts')}';`,
      `const error = await mkdir(${JSON.stringify(path.join(scratch, 'cache', '.locks'))}, { recursive: true }).then(() => undefined, (e) => e);`,
      `console.log((await explainSystemError(error, { doing: 'writing the test file', path: ${JSON.stringify(scratch)}, remedy: "set 'somewhere' to a writable place" })).message);`,
    ].join('\n');
    const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', node24, '--import', 'tsx', '--input-type=module', '-e', script];
    const child = spawnSync(asNobody[0]!, asNobody.slice(1), { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
    expect(child.stdout.trim()).toBe(`${scratch} is not writable by this user (uid 65534) while writing the test file. Set 'somewhere' to a writable place.`);
  });

  it('too many open files: whose limit, and how to raise it', async () => {
    const emfile = Object.assign(new Error("EMFILE: too many open files, open '/x/y'"), { code: 'EMFILE', syscall: 'open', path: '/x/y' });
    expect(((await explainSystemError(emfile, context())) as Error).message).toBe(
      'Too many open files in this process while writing the test file (at /x/y). Raise the limit for the runner (`ulimit -n`, or LimitNOFILE= in its systemd unit) or run fewer jobs at once on this machine.',
    );
  });

  it('leaves bugs looking like bugs: an ENOENT no path explains, non-system errors, and expected errors pass unchanged', async () => {
    const missing = await failure(() => open(path.join(scratch, 'no-such-file'), 'r'));
    expect(await explainSystemError(missing, context())).toBe(missing);
    const plain = new TypeError('x is not a function');
    expect(await explainSystemError(plain, context())).toBe(plain);
    const expected = new ConfigurationError('bad input');
    expect(await explainSystemError(expected, context())).toBe(expected);
    // Without a context (runStep's last resort), only codes that are never runner-kit's fault are explained.
    writeFileSync(path.join(scratch, 'file'), 'x');
    const notDir = await failure(() => mkdir(path.join(scratch, 'file', 'sub')));
    expect(await explainSystemError(notDir)).toBe(notDir);
  });
});
