import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeRunnerDirs, runAction, type ActionRun, type RunActionOptions } from '../harness/index.ts';
import { AZURE_BLOB_HOST, startActionsCacheServer } from '../fixtures/actions-cache-server.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createMaliciousArchive, createVoskModelArchive, type VoskModelFixture } from '../fixtures/vosk-archives.ts';
import { writeTree } from '../fixtures/trees.ts';
import { zipDirectory } from '../fixtures/zip-dir.ts';

const SMALL = 'vosk-model-small-en-us-0.15';
const BIG = 'vosk-model-en-us-0.22';
let server: TestServer;
let fixtures: string;
let small: VoskModelFixture;
let big: VoskModelFixture;

beforeAll(async () => {
  server = await startTestServer();
  fixtures = mkdtempSync(path.join(os.tmpdir(), 'rk-vosk-fixtures-'));
  small = await createVoskModelArchive(fixtures, { name: SMALL, payloadBytes: 512 * 1024 });
  big = await createVoskModelArchive(fixtures, { name: BIG, graph: 'HCLG', format: 'tar.gz', payloadBytes: 256 * 1024, seed: 2 });
  server.route(`/models/${SMALL}.zip`, { body: fileBody(small.archive), acceptRanges: true });
  server.route(`/models/${BIG}.tar.gz`, { body: fileBody(big.archive) });
});

afterAll(async () => {
  await server.close();
  rmSync(fixtures, { recursive: true, force: true });
});

const modelRequests = (name = SMALL) => server.requestsTo(`/models/${name}.zip`).length;

function setupVosk(inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  return runAction('setup-vosk', { runnerEnvironment: 'self-hosted', ...options, inputs: { 'base-url': server.url('/models'), ...inputs } });
}

/** Polls `condition` every 100 ms until it holds; fails naming what it waited for. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); ) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function errorOf(run: ActionRun): string {
  expect(run.main.exitCode).toBe(1);
  const errors = run.main.annotations.filter((a) => a.command === 'error');
  expect(errors).toHaveLength(1);
  return errors[0]!.message;
}

/** Whose lease-keeper is it: the one whose command line names this lease's token. */
function keeperOf(token: string): string | undefined {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .find((pid) => {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return argv.includes(`${path.sep}lease-keeper${path.sep}index.js`) && argv.includes(token);
      } catch {
        return false;
      }
    });
}

describe('setup-vosk on a self-hosted runner', () => {
  it('downloads once into the local cache, then hits it without any request', async () => {
    const dirs = makeRunnerDirs();
    const before = modelRequests();
    const first = await setupVosk({ model: SMALL }, { dirs });
    expect(first.main.exitCode).toBe(0);
    const cached = path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models', SMALL);
    expect(first.main.outputs).toEqual({
      'model-path': cached,
      'model-paths': JSON.stringify({ [SMALL]: cached }),
      'cache-hit': 'false',
      source: 'download',
      sha256: small.sha256,
      'libvosk-path': '',
    });
    expect(first.main.exportedEnv['VOSK_MODEL_PATH']).toBe(cached);
    expect(readFileSync(path.join(cached, 'conf', 'mfcc.conf'), 'utf8').length).toBeGreaterThan(0);
    expect(first.main.summary).toContain('### 🗣️ setup-vosk');
    expect(first.main.summary).toContain(`| \`${SMALL}\` | ⬇️ download |`);
    // Every phase of the install, in the summary and the debug log.
    expect(first.main.summary).toMatch(/Where the time went:\n\n\| model \| resolve \| lock \| download \| extract \| verify \| publish \|\n.*\n\| `vosk-model-small-en-us-0\.15` \| \d+ ms \|/);
    expect(first.main.stdout).toMatch(/::debug::runner-kit: loaded \d+ ms after the process started, then worked \d+ ms\./);
    expect(first.main.stdout).toMatch(/::debug::vosk-model-small-en-us-0\.15: resolve \d+ ms · lock \d+ ms · download \d+ ms · extract \d+ ms · verify \d+ ms · publish \d+ ms\./);
    expect(first.main.stdout).toContain(`::group::Vosk model ${SMALL}`);
    expect(modelRequests()).toBe(before + 1);

    const second = await setupVosk({ model: SMALL }, { dirs });
    expect(second.main.exitCode).toBe(0);
    expect(second.main.outputs['cache-hit']).toBe('true');
    expect(second.main.outputs['source']).toBe('local-cache');
    expect(second.main.outputs['model-path']).toBe(cached);
    expect(modelRequests()).toBe(before + 1);
    expect(second.main.summary).toContain('⚡ local cache');
    expect(second.main.summary).not.toContain('Where the time went'); // a hit is one look
  });

  it('leases the model during the job and releases it in post', async () => {
    const dirs = makeRunnerDirs();
    const run = await setupVosk({ model: SMALL }, { dirs, skipPost: true });
    const leases = path.join(dirs.toolCache, 'runner-kit', 'vosk', '.leases', `models-${SMALL}`);
    expect(readdirSync(leases)).toEqual(['0']);
    expect(JSON.parse(run.main.state['setup-vosk']!)).toMatchObject({ leases: [{ file: path.join(leases, '0'), token: expect.stringMatching(/^[0-9a-z]+-[0-9a-z]+-[0-9a-z]+$/) }] });
    const withPost = await setupVosk({ model: SMALL }, { dirs });
    expect(withPost.post?.exitCode).toBe(0);
    expect(readdirSync(leases)).toEqual(['0']); // the first job's lease (its post never ran) stays while its worker lives
  });

  it('a keeper process renews the lease while the job runs and ends once post released it', async () => {
    const dirs = makeRunnerDirs();
    let lease: { file: string; token: string } | undefined;
    let keeper: string | undefined;
    const run = await setupVosk(
      { model: SMALL },
      {
        dirs,
        env: { RUNNER_KIT_LEASE_TTL_MS: '1000' },
        between: async ({ main }) => {
          lease = (JSON.parse(main.state['setup-vosk']!) as { leases: { file: string; token: string }[] }).leases[0]!;
          keeper = keeperOf(lease.token);
          expect(keeper).toBeDefined();
          const renewedAt = () => (JSON.parse(readFileSync(lease!.file, 'utf8').replace(/\s+$/, '')) as { renewedAt: number }).renewedAt;
          const first = renewedAt();
          // A 1 s lifetime is renewed every 200 ms, checked every second: two renewals within a few seconds.
          await waitFor(() => renewedAt() > first, 10_000, 'the lease to be renewed');
          const second = renewedAt();
          await waitFor(() => renewedAt() > second, 10_000, 'the lease to be renewed again');
        },
      },
    );
    expect(run.main.exitCode).toBe(0);
    expect(run.post?.exitCode).toBe(0);
    // Post released the lease; the keeper notices within its one-second check.
    await waitFor(() => !existsSync(`/proc/${keeper!}`) || keeperOf(lease!.token) === undefined, 10_000, 'the lease keeper to end');
  });

  it('the lease keeper, which outlives its step, writes nothing into the tool cache when it ends', async () => {
    const dirs = makeRunnerDirs();
    const compileCache = path.join(dirs.toolCache, 'runner-kit', 'compile-cache');
    const run = await setupVosk(
      { model: SMALL },
      {
        dirs,
        between: async ({ main }) => {
          expect(existsSync(compileCache)).toBe(true); // main, a step, keeps one on a self-hosted runner
          const lease = (JSON.parse(main.state['setup-vosk']!) as { leases: { file: string; token: string }[] }).leases[0]!;
          const keeper = keeperOf(lease.token);
          expect(keeper).toBeDefined();
          // The job's tool cache emptied under a live keeper, then its lease gone: it ends by itself.
          rmSync(compileCache, { recursive: true, force: true });
          rmSync(lease.file);
          await waitFor(() => !existsSync(`/proc/${keeper!}`) || keeperOf(lease.token) === undefined, 10_000, 'the lease keeper to end');
          expect(existsSync(compileCache)).toBe(false);
        },
      },
    );
    expect(run.main.exitCode).toBe(0);
    expect(run.post?.exitCode).toBe(0);
  });

  it('a missing model fails with the URL and where model names are listed', async () => {
    const message = errorOf(await setupVosk({ model: `${SMALL}\nvosk-model-nope-0.1` }));
    expect(message).toBe(
      `vosk-model-nope-0.1 was not found at ${server.url('/models/vosk-model-nope-0.1.zip')} (HTTP 404). ` +
        "Model names are listed at https://alphacephei.com/vosk/models (for example vosk-model-small-en-us-0.15); or set 'url' / 'base-url' to where your archives are.",
    );
    expect(server.requestsTo('/models/vosk-model-nope-0.1.zip')).toHaveLength(1); // a 404 is not retried
  });

  it('a tar.gz by url with its sha256, linked at a workspace path', async () => {
    const dirs = makeRunnerDirs();
    const run = await setupVosk({ url: server.url(`/models/${BIG}.tar.gz`), sha256: big.sha256, path: 'big-model' }, { dirs });
    expect(run.main.exitCode).toBe(0);
    const link = path.join(dirs.workspace, 'big-model');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models', BIG));
    expect(run.main.outputs['model-path']).toBe(link);
    expect(run.main.exportedEnv['VOSK_MODEL_PATH']).toBe(link);
    expect(existsSync(path.join(link, 'graph', 'HCLG.fst'))).toBe(true);
  });

  it('several models with digests from a checksums file, linked under one path', async () => {
    const dirs = makeRunnerDirs();
    const german = await createVoskModelArchive(fixtures, { name: 'vosk-model-small-de-0.15', seed: 3 });
    server.route('/models/vosk-model-small-de-0.15.zip', { body: fileBody(german.archive) });
    writeTree(dirs.workspace, { 'ci/model-versions.txt': `# pinned\n${SMALL}:sha256:${small.sha256}\nvosk-model-small-de-0.15:sha256:${german.sha256}\n` });
    const run = await setupVosk({ model: `${SMALL}, vosk-model-small-de-0.15`, checksums: 'ci/model-versions.txt', path: 'models' }, { dirs });
    expect(run.main.exitCode).toBe(0);
    const paths = JSON.parse(run.main.outputs['model-paths']!) as Record<string, string>;
    expect(paths).toEqual({ [SMALL]: path.join(dirs.workspace, 'models', SMALL), 'vosk-model-small-de-0.15': path.join(dirs.workspace, 'models', 'vosk-model-small-de-0.15') });
    for (const dir of Object.values(paths)) expect(existsSync(path.join(dir, 'am', 'final.mdl'))).toBe(true);
    expect(run.main.outputs['model-path']).toBe(paths[SMALL]);

    writeFileSync(path.join(dirs.workspace, 'ci/model-versions.txt'), `${SMALL}:sha256:${'0'.repeat(64)}\n`);
    const pinnedWrong = await setupVosk({ model: SMALL, checksums: 'ci/model-versions.txt' }, { dirs });
    expect(errorOf(pinnedWrong)).toContain('0'.repeat(64));
  });

  it('refuses to replace a directory of the user\'s at the link path', async () => {
    const dirs = makeRunnerDirs();
    writeTree(dirs.workspace, { 'models/keep.txt': 'mine' });
    expect(errorOf(await setupVosk({ model: SMALL, path: 'models' }, { dirs }))).toContain("Input 'path': " + path.join(dirs.workspace, 'models') + ' already exists and is not a link');
    expect(readFileSync(path.join(dirs.workspace, 'models', 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('fails on a checksum mismatch, naming both digests, and caches nothing', async () => {
    const dirs = makeRunnerDirs();
    const wrong = 'a'.repeat(64);
    const message = errorOf(await setupVosk({ model: SMALL, sha256: wrong }, { dirs }));
    expect(message).toContain(wrong);
    expect(message).toContain(small.sha256);
    expect(existsSync(path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models', SMALL))).toBe(false);
  });

  it('refuses a hostile archive, writing nothing outside its staging directory', async () => {
    const dirs = makeRunnerDirs();
    for (const kind of ['dot-dot', 'symlink-outside'] as const) {
      const archive = await createMaliciousArchive(fixtures, kind, 'zip');
      server.route(`/evil/${kind}.zip`, { body: fileBody(archive) });
      const message = errorOf(await setupVosk({ url: server.url(`/evil/${kind}.zip`) }, { dirs }));
      expect(message).toMatch(new RegExp(`^Refusing to extract ${server.url(`/evil/${kind}.zip`).replace(/[.]/g, '\\.')}: `));
      expect(message).not.toContain('bug in runner-kit');
      expect(readdirSync(path.join(dirs.toolCache, 'runner-kit', 'vosk', '.staging'))).toEqual([]);
    }
    expect(readdirSync(dirs.root).sort()).toEqual(['temp', 'tool-cache', 'workspace']);
  });

  it('refuses an archive that is not a Vosk model, saying what is missing', async () => {
    const broken = await createVoskModelArchive(fixtures, { name: 'vosk-model-broken', omit: ['conf/mfcc.conf'] });
    server.route('/models/vosk-model-broken.zip', { body: fileBody(broken.archive) });
    const message = errorOf(await setupVosk({ model: 'vosk-model-broken' }));
    expect(message).toBe(`The archive from ${server.url('/models/vosk-model-broken.zip')} is not a Vosk model: conf/mfcc.conf is missing.`);
  });

  it('reinstalls a damaged cached model with a warning; verify: full catches edited contents', async () => {
    const dirs = makeRunnerDirs();
    expect((await setupVosk({ model: SMALL }, { dirs })).main.exitCode).toBe(0);
    const mdl = path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models', SMALL, 'am', 'final.mdl');
    const original = readFileSync(mdl);
    const edited = Buffer.from(original);
    edited[100] = edited[100]! ^ 0xff;
    writeFileSync(mdl, edited);
    const structural = await setupVosk({ model: SMALL }, { dirs });
    expect(structural.main.outputs['source']).toBe('local-cache'); // same size: only a full check sees it
    const full = await setupVosk({ model: SMALL, verify: 'full' }, { dirs });
    expect(full.main.outputs['source']).toBe('download');
    const warning = full.main.annotations.find((a) => a.command === 'warning');
    expect(warning?.message).toContain('am/final.mdl has different contents (sha256 mismatch)');
    expect(readFileSync(mdl).equals(original)).toBe(true);
  });

  it('N jobs at once on one machine download the model once and all succeed', async () => {
    const dirs = makeRunnerDirs();
    server.route('/slow/vosk-model-small-en-us-0.15.zip', { body: fileBody(small.archive), faults: [{ kind: 'slow', chunkBytes: 64 * 1024, delayMs: 20 }] });
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) => setupVosk({ model: SMALL, 'base-url': server.url('/slow') }, { dirs: { ...dirs, workspace: path.join(dirs.root, `ws-${i}`) } })),
    );
    expect(runs.map((r) => r.main.exitCode)).toEqual([0, 0, 0, 0]);
    expect(server.requestsTo('/slow/vosk-model-small-en-us-0.15.zip')).toHaveLength(1);
    expect(runs.map((r) => r.main.outputs['source']).sort()).toEqual(['download', 'local-cache', 'local-cache', 'local-cache']);
    expect(new Set(runs.map((r) => r.main.outputs['model-path'])).size).toBe(1);
  });

  it('a job killed mid-download leaves nothing usable; the next job recovers by itself', async () => {
    const dirs = makeRunnerDirs();
    server.route('/stall/vosk-model-small-en-us-0.15.zip', { body: fileBody(small.archive), faults: [{ kind: 'stall', afterBytes: 100_000 }] });
    const env = { RUNNER_KIT_LOCK_STALE_MS: '2000' };
    const killed = await setupVosk({ model: SMALL, 'base-url': server.url('/stall') }, { dirs, env, timeoutMs: 3000, skipPost: true });
    expect(killed.main.signal).toBe('SIGKILL');
    const cache = path.join(dirs.toolCache, 'runner-kit', 'vosk');
    expect(existsSync(path.join(cache, 'models', SMALL))).toBe(false);
    const next = await setupVosk({ model: SMALL, 'base-url': server.url('/stall') }, { dirs, env });
    expect(next.main.exitCode).toBe(0);
    expect(next.main.outputs['source']).toBe('download');
    expect(readdirSync(path.join(cache, '.staging'))).toEqual([]);
  });

  it('evicts least-recently-used models to honour max-cache-size, keeping the ones asked for', async () => {
    const dirs = makeRunnerDirs();
    expect((await setupVosk({ url: server.url(`/models/${BIG}.tar.gz`) }, { dirs })).main.exitCode).toBe(0);
    const run = await setupVosk({ model: SMALL, 'max-cache-size': '600KB' }, { dirs });
    expect(run.main.exitCode).toBe(0);
    expect(readdirSync(path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models'))).toEqual([SMALL]);
    expect(run.main.summary).toContain(`Evicted to stay under max-cache-size: \`${BIG}\``);
  });

  it('provides libvosk and its header, on the library and include paths', async () => {
    const dirs = makeRunnerDirs();
    const lib = path.join(fixtures, 'libvosk');
    writeTree(lib, { 'vosk-linux-x86_64-0.3.45/libvosk.so': Buffer.alloc(4096, 1), 'vosk-linux-x86_64-0.3.45/vosk_api.h': '/* vosk */\n' });
    const zip = await zipDirectory(lib, path.join(fixtures, 'vosk-linux-x86_64-0.3.45.zip'));
    server.route('/releases/v0.3.45/vosk-linux-x86_64-0.3.45.zip', { body: fileBody(zip) });
    const run = await setupVosk({ model: SMALL, 'libvosk-version': '0.3.45', 'libvosk-base-url': server.url('/releases') }, { dirs });
    expect(run.main.exitCode).toBe(0);
    const libDir = path.join(dirs.toolCache, 'runner-kit', 'vosk', 'libvosk', '0.3.45-linux-x86_64');
    expect(run.main.outputs['libvosk-path']).toBe(libDir);
    expect(run.main.exportedEnv['LD_LIBRARY_PATH']?.split(':')[0]).toBe(libDir);
    expect(run.main.exportedEnv['CPATH']?.split(':')[0]).toBe(libDir);
    expect(existsSync(path.join(libDir, 'vosk_api.h'))).toBe(true);
  });

  it.each([
    [{ model: SMALL, strategy: 'fastest' }, "Input 'strategy' has the value 'fastest'; expected one of auto, local, actions-cache, download."],
    [{ model: SMALL, retries: 'many' }, "Input 'retries' has the value 'many'; expected a whole number from 0 to 20."],
    [{ model: SMALL, 'max-cache-size': 'big' }, "Input 'max-cache-size' has the value 'big'; expected a size such as 512MB, 20GB or 1.5GiB."],
    [{ model: SMALL, verify: 'paranoid' }, "Input 'verify' has the value 'paranoid'; expected one of structure, full."],
    [{ model: SMALL, 'cache-save-timeout': '7h' }, "Input 'cache-save-timeout' has the value '7h'; expected a duration from 1s to 6h"],
    [{ model: '../escape' }, "Input 'model' has the model name '../escape'"],
    [{ model: SMALL, 'libvosk-version': 'latest' }, "Input 'libvosk-version' has the value 'latest'"],
    [{}, "Input 'model' is required (or give 'url')"],
  ])('rejects bad inputs with a message naming the input: %p', async (inputs, message) => {
    const run = await runAction('setup-vosk', { runnerEnvironment: 'self-hosted', inputs });
    expect(errorOf(run)).toContain(message);
    expect(run.post?.exitCode).toBe(0); // post with no state must not fail the job
  });
});

describe('setup-vosk on a GitHub-hosted runner', () => {
  it.each(['v1', 'v2'] as const)('saves to the Actions cache on a miss and restores from it on a fresh machine (%s protocol)', async (protocol) => {
    const cache = await startActionsCacheServer();
    try {
      const env = cache.env(protocol);
      // Hosted machines are fresh each job but keep the tool cache at one path (the cache
      // version covers the paths, as with actions/cache): same path, emptied in between.
      const toolCache = mkdtempSync(path.join(os.tmpdir(), 'rk-hostedtoolcache-'));
      const before = modelRequests();
      const first = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted', env, dirs: { toolCache } });
      expect(first.main.exitCode).toBe(0);
      expect(first.main.outputs['source']).toBe('download');
      expect(modelRequests()).toBe(before + 1);
      rmSync(toolCache, { recursive: true, force: true });
      const second = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted', env, dirs: { toolCache } });
      expect(second.main.exitCode).toBe(0);
      expect(second.main.outputs).toMatchObject({ source: 'actions-cache', 'cache-hit': 'true', sha256: small.sha256 });
      expect(modelRequests()).toBe(before + 1);
      expect(readFileSync(path.join(second.main.outputs['model-path']!, 'am', 'final.mdl')).length).toBe(512 * 1024);
      expect(second.main.summary).toContain('📦 Actions cache');
      expect(first.main.summary).toContain('| model | resolve | restore | lock | download | extract | verify | publish | save |');
      expect(second.main.summary).toContain('| model | resolve | restore |');
      rmSync(toolCache, { recursive: true, force: true });
    } finally {
      await cache.close();
    }
  });

  it('a cache service failing mid-upload is one warning, not a crashed step (actions/cache#441)', async () => {
    const cache = await startActionsCacheServer();
    try {
      const name = 'vosk-model-cache-fault';
      const model = await createVoskModelArchive(fixtures, { name, payloadBytes: 6 * 1024 * 1024, seed: 5 });
      server.route(`/models/${name}.zip`, { body: fileBody(model.archive) });
      cache.fail('uploadChunk', 500, 1);
      // 1 MB chunks, and the job asks @actions/cache for 4 at a time: when the first failed, the
      // others' read streams threw EBADF outside any promise, which killed the step.
      const env = { ...cache.env('v1'), CACHE_UPLOAD_CHUNK_SIZE: '1', CACHE_UPLOAD_CONCURRENCY: '4' };
      const run = await setupVosk({ model: name }, { runnerEnvironment: 'github-hosted', env, timeoutMs: 30_000 });
      expect(run.main.exitCode).toBe(0);
      expect(run.main.outputs).toMatchObject({ source: 'download', sha256: model.sha256 });
      const problems = run.main.annotations.filter((a) => a.command === 'warning' || a.command === 'error');
      expect(problems.map((a) => a.message)).toEqual([
        expect.stringMatching(/^Gave up saving .* to the Actions cache: the cache service at 127\.0\.0\.1:\d+ answered HTTP 500 to PATCH \/_apis\/artifactcache\/caches\/1\. Saving is best effort/),
      ]);
      // One chunk at a time despite the env: nothing was sent after the failure.
      expect(cache.requests.filter((r) => r.operation === 'uploadChunk').map((r) => r.status)).toEqual([500]);
      expect(cache.entries()).toEqual([expect.objectContaining({ committed: false })]);
    } finally {
      await cache.close();
    }
  });

  it('a cache service answering 500 costs one request, not half a minute of retries', async () => {
    const cache = await startActionsCacheServer();
    try {
      cache.fail('CreateCacheEntry', 500);
      const started = performance.now();
      const run = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted', env: cache.env('v2'), timeoutMs: 30_000 });
      expect(run.main.exitCode).toBe(0);
      expect(run.main.outputs).toMatchObject({ source: 'download', sha256: small.sha256 });
      const problems = run.main.annotations.filter((a) => a.command === 'warning' || a.command === 'error').map((a) => a.message);
      expect(problems).toEqual([expect.stringMatching(/^Gave up saving .* to the Actions cache: the cache service at 127\.0\.0\.1:\d+ answered HTTP 500 to CreateCacheEntry\. Saving is best effort \(at most 2m1s, set by cache-save-timeout\)/)]);
      expect(cache.requests.filter((r) => r.operation === 'CreateCacheEntry').map((r) => r.status)).toEqual([500]);
      // The library's own retries take ~25 s (3 s, then ×1.5, four times); the step does not wait.
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      await cache.close();
    }
  });

  it('an expired download URL on the Azure SDK path is a warning that says so, then a download', async () => {
    const cache = await startActionsCacheServer({ blobHost: 'azure' });
    try {
      const env = cache.env('v2');
      const toolCache = mkdtempSync(path.join(os.tmpdir(), 'rk-hostedtoolcache-'));
      const first = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted', env, dirs: { toolCache } });
      expect(first.main.outputs['source']).toBe('download');
      rmSync(toolCache, { recursive: true, force: true });
      cache.sign({ downloadExpiresInMs: -60_000 });
      const second = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted', env, dirs: { toolCache } });
      expect(second.main.exitCode).toBe(0);
      expect(second.main.outputs).toMatchObject({ source: 'download', sha256: small.sha256 });
      const problems = second.main.annotations.filter((a) => a.command === 'warning' || a.command === 'error').map((a) => a.message);
      expect(problems).toEqual([
        expect.stringMatching(
          /^Could not restore .* from the Actions cache: the cache storage refused the archive: HTTP 403 AuthenticationFailed from devstoreaccount1\.blob\.core\.windows\.net\/actions-cache\/1 \(the signed URL has expired or was refused\)$/,
        ),
      ]);
      // The SDK asked for the size with HEAD, through the fake as proxy, and got no further.
      expect(cache.requests.filter((r) => r.operation === 'downloadArchive').map((r) => `${r.method} ${r.host} ${r.status}`)).toEqual([`HEAD ${AZURE_BLOB_HOST} 403`]);
      rmSync(toolCache, { recursive: true, force: true });
    } finally {
      await cache.close();
    }
  });

  it('downloads when the runner offers no cache service', async () => {
    const run = await setupVosk({ model: SMALL }, { runnerEnvironment: 'github-hosted' });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs['source']).toBe('download');
    expect(run.main.summary).toContain('GitHub-hosted runner without a cache service: download');
  });

  it('the setup-vosk-cached alias runs the same bundle', async () => {
    const run = await runAction('setup-vosk-cached', { runnerEnvironment: 'github-hosted', inputs: { model: SMALL, 'base-url': server.url('/models') } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs['source']).toBe('download');
    expect(run.post?.exitCode).toBe(0);
  });
});
