import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatBytes } from '../../packages/core/src/units.ts';
import { makeRunnerDirs, runAction, type ActionRun, type RunActionOptions } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { mountRefusal, mountTmpfs, type Tmpfs } from '../fixtures/mounts.ts';
import { createVoskModelArchive, type VoskModelFixture } from '../fixtures/vosk-archives.ts';

// setup-vosk against real faults of the machine: full and read-only filesystems (small tmpfs
// mounts), a cache dir that is a file, a stalled job whose lock is taken over, a trickling server.
// Each ends in a message that names the path and what to do, or the job carries on.

const SMALL = 'vosk-model-small-en-us-0.15';
const refusal = mountRefusal();
if (refusal) console.warn(`SKIPPED (mount tests of setup-vosk): ${refusal}`);
const withMounts = refusal ? it.skip : it;

let server: TestServer;
let fixtures: string;
let small: VoskModelFixture;
let tarGz: VoskModelFixture;
let descriptors: VoskModelFixture;
const mounts: Tmpfs[] = [];
const jobRoots: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  fixtures = mkdtempSync(path.join(os.tmpdir(), 'rk-vosk-faults-'));
  small = await createVoskModelArchive(fixtures, { name: SMALL, payloadBytes: 512 * 1024 });
  // 2.5 MiB each: the download fits a 4 MiB disk, the extraction next to it does not.
  tarGz = await createVoskModelArchive(fixtures, { name: 'vosk-model-big-tgz', format: 'tar.gz', payloadBytes: 2560 * 1024, seed: 7 });
  descriptors = await createVoskModelArchive(fixtures, { name: 'vosk-model-big-dd', dataDescriptors: true, payloadBytes: 2560 * 1024, seed: 8 });
  server.route(`/models/${SMALL}.zip`, { body: fileBody(small.archive), acceptRanges: true });
  server.route('/models/vosk-model-big-tgz.tar.gz', { body: fileBody(tarGz.archive) });
  server.route('/models/vosk-model-big-dd.zip', { body: fileBody(descriptors.archive) });
});

afterAll(async () => {
  await server.close();
  for (const mount of mounts) mount.unmount();
  for (const root of jobRoots) rmSync(root, { recursive: true, force: true });
  rmSync(fixtures, { recursive: true, force: true });
});

function tmpfs(name: string, size = '4m'): Tmpfs {
  const mount = mountTmpfs(name, { size });
  mounts.push(mount);
  return mount;
}

function setupVosk(inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  const dirs = options.dirs?.root ? options.dirs : makeRunnerDirs(options.dirs);
  if (!options.dirs?.root) jobRoots.push(dirs.root!);
  return runAction('setup-vosk', { runnerEnvironment: 'self-hosted', ...options, dirs, inputs: { 'base-url': server.url('/models'), ...inputs } });
}

/** The one error annotation of a failed main step; never the "bug" message. */
function errorOf(run: ActionRun): string {
  expect(run.main.exitCode).toBe(1);
  const errors = run.main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
  expect(errors).toHaveLength(1);
  expect(errors[0]).not.toContain('bug in runner-kit');
  return errors[0]!;
}

const stagingOf = (cache: string) => (existsSync(path.join(cache, '.staging')) ? readdirSync(path.join(cache, '.staging')) : []);

describe('setup-vosk on a full disk', () => {
  withMounts.each([
    ['tar.gz', 'vosk-model-big-tgz', () => server.url('/models/vosk-model-big-tgz.tar.gz')],
    ['zip with data descriptors', 'vosk-model-big-dd', () => server.url('/models/vosk-model-big-dd.zip')],
  ])('disk full while extracting a %s after the download: which filesystem, how much is free, what needed it; no staging left', async (_, name, url) => {
    const disk = tmpfs('full');
    const message = errorOf(await setupVosk({ url: url(), 'cache-dir': disk.dir }));
    expect(message).toMatch(new RegExp(`^No space left on the filesystem of ${disk.dir}/\\.staging/models-${name}-[0-9a-f]{24}-\\w+ \\(tmpfs, mounted at ${disk.dir}, [\\d.]+ (B|KiB) free of 4\\.0 MiB\\) while extracting ${name} \\(from a 2\\.5 MiB archive, kept until extracted\\)\\.`));
    expect(message).toContain("Free some space there, or set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'.");
    expect(stagingOf(disk.dir)).toEqual([]);
    expect(existsSync(path.join(disk.dir, 'models', name))).toBe(false);
  });

  withMounts('a cached model is still served from a full disk, with a warning; the entry stays leased', async () => {
    const disk = tmpfs('hit');
    expect((await setupVosk({ model: SMALL, 'cache-dir': disk.dir })).main.exitCode).toBe(0);
    disk.fill();
    const run = await setupVosk({ model: SMALL, 'cache-dir': disk.dir }, { skipPost: true });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs).toMatchObject({ source: 'local-cache', 'cache-hit': 'true', 'model-path': path.join(disk.dir, 'models', SMALL) });
    const warnings = run.main.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^The lease of ${SMALL} is empty \\(.*ENOSPC.*\\); it keeps the model from eviction for a day instead of while this job runs\\.$`))]);
    // The empty lease still counts (for a day, from its file's time).
    expect(readdirSync(path.join(disk.dir, '.leases', `models-${SMALL}`))).toEqual(['0']);
  });
});

describe('setup-vosk with an unusable cache directory', () => {
  withMounts('a read-only cache dir (EROFS, and the ENOENT Node gives for mkdir there) names the directory and the way out', async () => {
    const disk = tmpfs('ro');
    expect((await setupVosk({ model: SMALL, 'cache-dir': disk.dir })).main.exitCode).toBe(0);
    disk.setReadOnly(true);
    // The first is a hit (no lock), whose record of the use fails; in the second, Node's mkdir -p says ENOENT.
    for (const [cacheDir, readOnly] of [[disk.dir, path.join(disk.dir, 'models', SMALL)], [path.join(disk.dir, 'not-yet'), disk.dir]] as const) {
      const message = errorOf(await setupVosk({ model: SMALL, 'cache-dir': cacheDir }));
      expect(message).toBe(
        `${readOnly} is on a read-only filesystem (mounted at ${disk.dir}) while providing ${SMALL} from the cache in ${cacheDir}. ` +
          "Set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'.",
      );
    }
  });

  it('cache-dir pointing at a regular file (ENOTDIR) says so', async () => {
    const dirs = makeRunnerDirs();
    jobRoots.push(dirs.root);
    const file = path.join(dirs.root, 'cache-file');
    writeFileSync(file, 'not a directory');
    const message = errorOf(await setupVosk({ model: SMALL, 'cache-dir': file }, { dirs }));
    expect(message).toBe(
      `${file} is a file, not a directory, so ${file}/.locks cannot be created while providing ${SMALL} from the cache in ${file}. ` +
        "Set 'cache-dir' to a writable place with room for the model, or use 'strategy: download'.",
    );
  });
});

describe('setup-vosk download deadline', () => {
  it('a server trickling bytes is cut off at download-timeout, saying how far it got', async () => {
    server.route('/trickle/vosk-model-small-en-us-0.15.zip', { body: fileBody(small.archive), faults: [{ kind: 'slow', chunkBytes: 1, delayMs: 200 }] });
    const started = performance.now();
    const run = await setupVosk({ model: SMALL, 'base-url': server.url('/trickle'), 'download-timeout': '2s' });
    const message = errorOf(run);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(message).toMatch(
      new RegExp(
        `^Download of ${server.url('/trickle/').replace(/[.]/g, '\\.')}vosk-model-small-en-us-0\\.15\\.zip did not finish within 2\\.00 s: \\d+ B of ${formatBytes(small.bytes).replace('.', '\\.')} \\(0%\\) arrived in 2\\.\\d\\d s and 1 attempt, 0\\.0 MB/s on average\\. ` +
          "Set 'download-timeout' above 2\\.00 s if the server is just slow, or download from a faster mirror \\('base-url' or 'url'\\)\\.$",
      ),
    );
    expect(stagingOf(path.join(run.dirs.toolCache, 'runner-kit', 'vosk'))).toEqual([]);
  });

  it.each([
    ['soon', "Input 'download-timeout' has the value 'soon'; expected a duration from 1s to 24h, such as 30s, 5m, 1m30s or 250ms."],
    ['500ms', "Input 'download-timeout' has the value '500ms'; expected a duration from 1s to 24h, such as 30s, 5m, 1m30s or 250ms."],
    ['25h', "Input 'download-timeout' has the value '25h'; expected a duration from 1s to 24h, such as 30s, 5m, 1m30s or 250ms."],
  ])('rejects download-timeout %p, naming the input and the range', async (value, expected) => {
    expect(errorOf(await setupVosk({ model: SMALL, 'download-timeout': value }))).toBe(expected);
  });
});

describe('setup-vosk when its lock is taken over', () => {
  it('a job stopped past the stale time and resumed re-checks the cache and uses the model the other job installed', async () => {
    const dirs = makeRunnerDirs();
    jobRoots.push(dirs.root);
    const cache = path.join(dirs.toolCache, 'runner-kit', 'vosk');
    // The first request trickles (the stalled job's), the next is served at once.
    server.route('/takeover/vosk-model-small-en-us-0.15.zip', { body: fileBody(small.archive), faults: [{ kind: 'slow', chunkBytes: 16 * 1024, delayMs: 100 }] });
    const env = { RUNNER_KIT_LOCK_STALE_MS: '2000' };
    const inputs = { model: SMALL, 'base-url': server.url('/takeover') };
    const requests = () => server.requestsTo('/takeover/vosk-model-small-en-us-0.15.zip').length;
    let stalledPid: number | undefined;
    let stopped = false;
    const stalled = setupVosk(inputs, { dirs: { ...dirs, workspace: path.join(dirs.root, 'ws-stalled') }, env, onMainStarted: (pid) => (stalledPid = pid) });
    try {
      await waitFor(() => requests() === 1 && existsSync(path.join(cache, '.staging')) && stagingOf(cache).length === 1);
      process.kill(stalledPid!, 'SIGSTOP');
      stopped = true;
      // The other job waits out the stale time, takes the lock over and installs the model.
      const other = await setupVosk(inputs, { dirs: { ...dirs, workspace: path.join(dirs.root, 'ws-other') }, env });
      expect(other.main.exitCode).toBe(0);
      expect(other.main.outputs['source']).toBe('download');
    } finally {
      if (stopped) process.kill(stalledPid!, 'SIGCONT');
    }
    const resumed = await stalled;
    expect({ exit: resumed.main.exitCode, errors: resumed.main.annotations.filter((a) => a.command === 'error') }).toEqual({ exit: 0, errors: [] });
    expect(resumed.main.outputs).toMatchObject({ source: 'local-cache', 'model-path': path.join(cache, 'models', SMALL) });
    expect(resumed.main.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      `Another job took over the lock on ${SMALL} while this one was stalled (silent for over 2.00 s); checking the cache again.`,
    ]);
    expect(requests()).toBe(2);
    expect(stagingOf(cache)).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); ) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
