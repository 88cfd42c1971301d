import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFeatureAvailable } from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { actionsCacheAvailable, restoreActionsCache, saveActionsCache } from '../../packages/core/src/cache-store/actions-cache.ts';
import type { Logger } from '../../packages/core/src/logging.ts';
import { AZURE_BLOB_HOST, startActionsCacheServer, type ActionsCacheServer, type CacheOperation, type CacheProtocol } from '../fixtures/actions-cache-server.ts';
import { writeTree } from '../fixtures/trees.ts';
import { node24, repoRoot } from '../harness/index.ts';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), debug: () => {} };
}

/** Every file under `root` (relative path → bytes). */
function readTree(root: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(root, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name));
  }
  return files;
}

/** Sets variables in process.env (where @actions/cache reads them) until the test ends. */
const originalEnv = new Map<string, string | undefined>();
function setEnv(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) {
    if (!originalEnv.has(name)) originalEnv.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** Lines written to stdout (what reaches the job log) while `body` runs. */
async function stdoutOf<T>(body: () => Promise<T>): Promise<{ value: T; stdout: string[] }> {
  const stdout: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown) => (stdout.push(String(chunk)), true));
  try {
    return { value: await body(), stdout };
  } finally {
    process.stdout.write = write;
  }
}

let server: ActionsCacheServer;
let scratch: string;
let model: string;
beforeAll(async () => {
  server = await startActionsCacheServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-actions-cache-'));
  model = path.join(scratch, 'model');
  // 1 MiB chunks, so a v1 save of a few MB goes up in several PATCHes.
  setEnv({ GITHUB_WORKSPACE: scratch, CACHE_UPLOAD_CHUNK_SIZE: '1', CACHE_UPLOAD_CONCURRENCY: undefined, RUNNER_DEBUG: undefined });
});
afterEach(() => {
  for (const [name, value] of originalEnv) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  originalEnv.clear();
  rmSync(scratch, { recursive: true, force: true });
});

const operations = () => server.requests.map((r) => `${r.operation} ${r.status}`);
/** How a warning names the fake's blob `id` (host and path, never the signed query). */
const blobWhere = (id: number) => `${new URL(server.url).host}/devstoreaccount1/actions-cache/${id}`;
/** True when @actions/cache ran tar to extract (it logs each command it runs). */
const ranTarExtract = (stdout: string[]) => stdout.some((line) => /^\[command\].*\btar\b.* -xf /.test(line));

describe.each<CacheProtocol>(['v1', 'v2'])('Actions cache, protocol %s', (protocol) => {
  beforeEach(() => setEnv(server.env(protocol)));

  it('saves a directory and restores it byte for byte', async () => {
    const files = {
      'am/final.mdl': randomBytes(3 * 1024 * 1024 + 1234),
      'conf/model.conf': '--sample-frequency=16000\n',
      'graph/empty.txt': '',
      'README': 'vosk-model-small-en-us-0.15\n',
    };
    writeTree(model, files);
    const logger = recordingLogger();

    expect(await saveActionsCache([model], 'vosk-model-en', logger)).toBe('saved');
    expect(server.entries()).toEqual([expect.objectContaining({ key: 'vosk-model-en', protocol, committed: true })]);
    expect(operations()).toEqual(
      protocol === 'v1'
        ? ['reserveCache 201', ...Array<string>(4).fill('uploadChunk 204'), 'commitCache 204'] // 3 MiB and a bit, in 1 MiB chunks
        : ['CreateCacheEntry 200', 'putBlob 201', 'FinalizeCacheEntryUpload 200'],
    );

    rmSync(model, { recursive: true });
    server.requests.length = 0;
    expect(await restoreActionsCache([model], 'vosk-model-en', [], logger)).toBe('vosk-model-en');
    expect(operations()).toEqual(protocol === 'v1' ? ['getCacheEntry 200', 'downloadArchive 200'] : ['GetCacheEntryDownloadURL 200', 'downloadArchive 200']);
    const restored = readTree(model);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) expect(restored[name]!.equals(Buffer.from(content))).toBe(true);
    expect(logger.lines).toEqual([]);
  });

  it('matches the exact key first, then restore keys in order by prefix, newest first', async () => {
    const logger = recordingLogger();
    for (const [key, text] of [['vosk-a', 'A'], ['vosk-b', 'B'], ['other-c', 'C']] as const) {
      writeTree(model, { 'which.txt': text });
      expect(await saveActionsCache([model], key, logger)).toBe('saved');
    }
    rmSync(model, { recursive: true });

    expect(await restoreActionsCache([model], 'vosk-zzz', ['nothing-', 'vosk-'], logger)).toBe('vosk-b');
    expect(readFileSync(path.join(model, 'which.txt'), 'utf8')).toBe('B');
    expect(await restoreActionsCache([model], 'vosk-a', ['vosk-'], logger)).toBe('vosk-a');
    expect(readFileSync(path.join(model, 'which.txt'), 'utf8')).toBe('A');
    expect(await restoreActionsCache([model], 'nothing', ['other-'], logger)).toBe('other-c');
    expect(logger.lines).toEqual([]);
  });

  it('misses quietly on an unknown key and on other paths (another version)', async () => {
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    expect(await restoreActionsCache([model], 'vosk-b', ['other-'], logger)).toBeUndefined();
    expect(await restoreActionsCache([path.join(scratch, 'elsewhere')], 'vosk-a', [], logger)).toBeUndefined();
    expect(existsSync(path.join(scratch, 'elsewhere'))).toBe(false);
    expect(logger.lines).toEqual([]);
  });

  it('reports a key another job saved first as info, with no annotation in the log', async () => {
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    const { value, stdout } = await stdoutOf(() => saveActionsCache([model], 'vosk-a', logger));
    expect(value).toBe('already-exists');
    expect(logger.lines).toEqual(['info The Actions cache already has vosk-a (another job saved it first); not saving it again.']);
    expect(stdout.filter((line) => /^::(warning|error)::/.test(line))).toEqual([]);
    expect(server.requests.filter((r) => r.status === 409).map((r) => r.operation)).toEqual([protocol === 'v1' ? 'reserveCache' : 'CreateCacheEntry']);
    expect(server.entries()).toHaveLength(1);
  });

  it('warns when the key cannot be reserved for another reason than a conflict', async () => {
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    server.fail(protocol === 'v1' ? 'reserveCache' : 'CreateCacheEntry', 403);
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('failed');
    const detail =
      protocol === 'v1'
        ? 'injected fault: reserveCache answers 403'
        : 'Failed to CreateCacheEntry: Received non-retryable error: Failed request: (403) Forbidden: injected fault: CreateCacheEntry answers 403';
    expect(logger.lines).toEqual([`warning Could not save vosk-a to the Actions cache: the key could not be reserved: ${detail}`]);
  });

  // A 5xx from the service itself ends the call and every later one: see 'Giving up on the cache service'.
  const restoreFaults: [CacheOperation, string][] = [['downloadArchive', 'the cache storage failed on the archive: HTTP 500 InternalError from <blob 1>']];
  it.each(restoreFaults)('turns a 500 from %s into a warning and a miss', async (operation, reason) => {
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    rmSync(model, { recursive: true });
    server.fail(operation, 500);
    const { value, stdout } = await stdoutOf(() => restoreActionsCache([model], 'vosk-a', [], logger));
    expect(value).toBeUndefined();
    expect(logger.lines).toEqual([`warning Could not restore vosk-a from the Actions cache: ${reason.replace('<blob 1>', blobWhere(1))}`]);
    expect(stdout.filter((line) => /^::(warning|error)::/.test(line))).toEqual([]);
  });

  it('turns a failed upload into a warning and no entry', async () => {
    writeTree(model, { 'a.bin': randomBytes(2 * 1024 * 1024) });
    const logger = recordingLogger();
    // The Azure SDK retries a 500 with 4 s+ back-off; 403 (an expired signature) fails at once. A
    // 5xx from the v1 service ends the call and all later ones (see 'Giving up on the cache service').
    server.fail(protocol === 'v1' ? 'uploadChunk' : 'putBlob', protocol === 'v1' ? 400 : 403);
    const { value, stdout } = await stdoutOf(() => saveActionsCache([model], 'vosk-a', logger));
    expect(value).toBe('failed');
    expect(stdout.filter((line) => /^::(warning|error)::/.test(line))).toEqual([]);
    const reason =
      protocol === 'v1'
        ? 'Cache service responded with 400 during upload chunk.'
        : `the cache storage refused the upload: HTTP 403 AuthenticationFailed from ${blobWhere(1)} (the signed URL has expired or was refused)`;
    expect(logger.lines).toEqual([`warning Could not save vosk-a to the Actions cache: ${reason}`]);
    expect(server.entries()).toEqual([expect.objectContaining({ key: 'vosk-a', committed: false })]);
    // v1: the failed chunk is the only one (a parallel chunk would crash the process, see saveActionsCache).
    expect(operations().filter((op) => /^(uploadChunk|putBlob|putBlock)/.test(op))).toEqual([protocol === 'v1' ? 'uploadChunk 400' : 'putBlob 403']);
  });
});

describe('Actions cache answers that are not an archive', () => {
  // Blob URLs on *.blob.core.windows.net send @actions/cache down the paths hosted runners take:
  // the Azure SDK for v2, its concurrent HTTP download for v1 (reached through the fake as proxy).
  let azure: ActionsCacheServer;
  beforeAll(async () => {
    azure = await startActionsCacheServer({ blobHost: 'azure' });
  });
  afterAll(() => azure.close());
  beforeEach(() => azure.reset());

  type BlobHost = 'loopback' | 'azure';
  const fake = (host: BlobHost) => (host === 'azure' ? azure : server);
  const where = (host: BlobHost) => (host === 'azure' ? `${AZURE_BLOB_HOST}/actions-cache/1` : blobWhere(1));
  const problems = (stdout: string[]) => stdout.filter((line) => /^::(warning|error)::/.test(line));

  it('round-trips through the Azure SDK byte for byte, reaching the blob host only through the proxy', async () => {
    setEnv(azure.env('v2'));
    const files = { 'am/final.mdl': randomBytes(5 * 1024 * 1024 + 7), 'conf/model.conf': '--sample-frequency=16000\n' };
    writeTree(model, files);
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    rmSync(model, { recursive: true });
    expect(await restoreActionsCache([model], 'vosk-a', [], logger)).toBe('vosk-a');
    const restored = readTree(model);
    for (const [name, content] of Object.entries(files)) expect(restored[name]!.equals(Buffer.from(content))).toBe(true);
    expect(logger.lines).toEqual([]);
    // HEAD for the size, then 4 MiB ranges (5 MiB of random bytes: two): the SDK's download.
    const blobCalls = azure.requests.filter((r) => r.host === AZURE_BLOB_HOST).map((r) => `${r.method} ${r.operation} ${r.status}`);
    expect(blobCalls).toEqual(['PUT putBlob 201', 'HEAD downloadArchive 200', 'GET downloadArchive 206', 'GET downloadArchive 206']);
    expect(new Set(azure.requests.map((r) => r.host))).toEqual(new Set([AZURE_BLOB_HOST, new URL(azure.url).host]));
  });

  it.each<[CacheProtocol, BlobHost, 'expired' | 'gone']>([
    ['v1', 'loopback', 'expired'],
    ['v2', 'loopback', 'expired'],
    ['v1', 'azure', 'expired'],
    ['v2', 'azure', 'expired'],
    ['v2', 'loopback', 'gone'],
    ['v2', 'azure', 'gone'],
  ])('%s with %s blob URLs: a refused download (%s) is a warning that says why, and tar never sees the error page', async (protocol, host, fault) => {
    const cache = fake(host);
    setEnv(cache.env(protocol));
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    rmSync(model, { recursive: true });
    if (fault === 'expired') cache.sign({ downloadExpiresInMs: -60_000 });
    else cache.fail('downloadArchive', 404);

    const { value, stdout } = await stdoutOf(() => restoreActionsCache([model], 'vosk-a', [], logger));
    expect(value).toBeUndefined();
    const reason =
      fault === 'expired'
        ? `HTTP 403 AuthenticationFailed from ${where(host)} (the signed URL has expired or was refused)`
        : `HTTP 404 BlobNotFound from ${where(host)} (the archive is no longer there)`;
    expect(logger.lines).toEqual([`warning Could not restore vosk-a from the Actions cache: the cache storage refused the archive: ${reason}`]);
    expect(cache.requests.filter((r) => r.operation === 'downloadArchive').map((r) => r.status)).toEqual([fault === 'expired' ? 403 : 404]);
    expect(ranTarExtract(stdout)).toBe(false);
    expect(problems(stdout)).toEqual([]);
    expect(existsSync(model)).toBe(false);
  });

  it.each<CacheProtocol>(['v1', 'v2'])('%s: a web page answered with 200 instead of the archive is refused before tar', async (protocol) => {
    setEnv(server.env(protocol));
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('saved');
    rmSync(model, { recursive: true });
    const page = '<!DOCTYPE html><html><body>Sign in to continue</body></html>';
    server.fail('downloadArchive', 200, 1, { contentType: 'text/html; charset=utf-8', body: page });
    const { value, stdout } = await stdoutOf(() => restoreActionsCache([model], 'vosk-a', [], logger));
    expect(value).toBeUndefined();
    expect(logger.lines).toEqual([
      `warning Could not restore vosk-a from the Actions cache: the cache storage answered the archive with a web page (text/html; charset=utf-8, ${page.length} B), not a cache archive: ${blobWhere(1)}`,
    ]);
    expect(ranTarExtract(stdout)).toBe(false);
    expect(existsSync(model)).toBe(false);
  });

  it.each<BlobHost>(['loopback', 'azure'])('v2 with %s blob URLs: an upload URL signed read-only is refused, and the save is a warning', async (host) => {
    const cache = fake(host);
    setEnv(cache.env('v2'));
    cache.sign({ uploadPermissions: 'r' });
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    const { value, stdout } = await stdoutOf(() => saveActionsCache([model], 'vosk-a', logger));
    expect(value).toBe('failed');
    expect(logger.lines).toEqual([
      `warning Could not save vosk-a to the Actions cache: the cache storage refused the upload: HTTP 403 AuthorizationPermissionMismatch from ${where(host)} (the signed URL does not allow this operation)`,
    ]);
    expect(problems(stdout)).toEqual([]);
    expect(cache.entries()).toEqual([expect.objectContaining({ committed: false, size: 0 })]);
  });
});

describe('Actions cache without a usable service', () => {
  it('saves nothing when the cache mode is read-only, and asks no server', async () => {
    setEnv(server.env('v1'));
    setEnv({ ACTIONS_CACHE_MODE: 'read' });
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('unavailable');
    expect(logger.lines).toEqual(["info Not saving vosk-a to the Actions cache: this job's cache mode is 'read'."]);
    expect(server.requests).toEqual([]);
  });

  it('is unavailable without ACTIONS_CACHE_URL', async () => {
    setEnv({ ACTIONS_CACHE_URL: undefined, ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_SERVICE_V2: undefined });
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await saveActionsCache([model], 'vosk-a', logger)).toBe('unavailable');
    expect(await restoreActionsCache([model], 'vosk-a', [], logger)).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('turns a key @actions/cache rejects into a warning, not a throw', async () => {
    setEnv(server.env('v1'));
    writeTree(model, { 'a.txt': 'a' });
    const logger = recordingLogger();
    expect(await restoreActionsCache([model], 'a,b', [], logger)).toBeUndefined();
    expect(await saveActionsCache([model], 'a,b', logger)).toBe('failed');
    expect(logger.lines).toEqual([
      'warning Could not restore a,b from the Actions cache: Key Validation Error: a,b cannot contain commas.',
      'warning Could not save a,b to the Actions cache: Key Validation Error: a,b cannot contain commas.',
    ]);
  });
});

describe('Giving up on the cache service', () => {
  // In a process of its own: giving up is for the rest of the process, and the step ends without
  // waiting for the library's retries (runStep → endAbandonedWork).
  const child = (scenario: string, protocol: CacheProtocol) => `
    import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
    import os from 'node:os';
    import path from 'node:path';
    const core = (file) => import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/core/src')).href)} + '/' + file);
    const { startActionsCacheServer } = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'test/fixtures/actions-cache-server.ts')).href)});
    const server = await startActionsCacheServer();
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-give-up-'));
    Object.assign(process.env, server.env(${JSON.stringify(protocol)}), { GITHUB_WORKSPACE: scratch });
    const { restoreActionsCache, saveActionsCache } = await core('cache-store/actions-cache.ts');
    const { runStep } = await core('step.ts');
    const model = path.join(scratch, 'model');
    mkdirSync(model);
    writeFileSync(path.join(model, 'a.bin'), Buffer.alloc(2 * 1024 * 1024, 7));
    const lines = [];
    const logger = { info: (m) => lines.push('info ' + m), warning: (m) => lines.push('warning ' + m), debug() {} };
    const scenario = ${JSON.stringify(scenario)};
    if (scenario === 'service-500') server.fail(${JSON.stringify(protocol === 'v1' ? 'reserveCache' : 'CreateCacheEntry')}, 500);
    else server.stall(${JSON.stringify(protocol === 'v1' ? 'uploadChunk' : 'putBlob')});
    // The step ends the process (abandoned work) before anything closes the fake: clean up here.
    const runnerTemp = server.env('v1').RUNNER_TEMP;
    process.on('exit', () => {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(runnerTemp, { recursive: true, force: true });
    });
    await runStep(async () => {
      const started = performance.now();
      const saved = await saveActionsCache([model], 'vosk-a', logger, { timeoutMs: 2000, timeoutInput: 'cache-save-timeout' });
      const restored = await restoreActionsCache([model], 'vosk-a', [], logger);
      const requests = server.requests.map((r) => r.operation + ' ' + r.status);
      console.log(JSON.stringify({ saved, restored: restored ?? null, lines, requests, ms: Math.round(performance.now() - started) }));
    });
    console.log('the step never returns here: the library is still retrying');`;

  const runChild = async (scenario: string, protocol: CacheProtocol) => {
    const started = performance.now();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(node24, ['--import', 'tsx', '--input-type=module', '-e', child(scenario, protocol)], { cwd: repoRoot, timeout: 60_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${out}\n${err}`)) : resolve(out),
      ),
    );
    const report = stdout.split('\n').find((line) => line.startsWith('{"saved"'));
    return { stdout, report: JSON.parse(report ?? 'null') as { saved: string; restored: null; lines: string[]; requests: string[]; ms: number }, wallMs: performance.now() - started };
  };

  it.each<CacheProtocol>(['v1', 'v2'])('%s: a 5xx from the service ends the save at once, later calls do not ask again, and the step does not wait for retries', async (protocol) => {
    const { stdout, report, wallMs } = await runChild('service-500', protocol);
    const call = protocol === 'v1' ? 'POST /_apis/artifactcache/caches' : 'CreateCacheEntry';
    const reason = `the cache service at <host> answered HTTP 500 to ${call}`;
    const withHost = (line: string) => line.replace(/127\.0\.0\.1:\d+/, '<host>');
    expect(report.saved).toBe('failed');
    expect(report.restored).toBeNull();
    expect(report.lines.map(withHost)).toEqual([
      `warning Gave up saving vosk-a to the Actions cache: ${reason}. Saving is best effort (at most 2s, set by cache-save-timeout); the job goes on without it.`,
      `warning Could not restore vosk-a from the Actions cache: not asking the cache service again in this step: ${reason}`,
    ]);
    // One request, not the library's retries.
    expect(report.requests).toEqual([`${protocol === 'v1' ? 'reserveCache' : 'CreateCacheEntry'} 500`]);
    expect(stdout).not.toContain('the step never returns here');
    expect(stdout).not.toMatch(/^Attempt \d+ of \d+ failed/m);
    // v2's client retries a 500 four times, 3 s apart and growing (~25 s): the process ended first.
    if (protocol === 'v2') expect(wallMs).toBeLessThan(20_000);
  });

  it.each<CacheProtocol>(['v1', 'v2'])('%s: a save that stalls is given up on at its time limit, naming the input that sets it', async (protocol) => {
    const { report } = await runChild('stalled-upload', protocol);
    expect(report.saved).toBe('failed');
    expect(report.lines[0]).toBe(
      'warning Gave up saving vosk-a to the Actions cache: it took longer than 2s. Saving is best effort (at most 2s, set by cache-save-timeout); the job goes on without it.',
    );
    expect(report.ms).toBeGreaterThanOrEqual(2000);
    expect(report.ms).toBeLessThan(10_000);
  });
});

describe('actionsCacheAvailable', () => {
  const url = 'https://cache.example/';
  const ghes = 'https://ghes.example.com';
  it.each<[Record<string, string>, boolean]>([
    [{}, false],
    [{ ACTIONS_CACHE_URL: url }, true],
    [{ ACTIONS_RESULTS_URL: url }, false],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url }, true],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: url }, false],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: url, GITHUB_SERVER_URL: ghes }, true],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url, GITHUB_SERVER_URL: ghes }, false],
    [{ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url, GITHUB_SERVER_URL: 'https://acme.ghe.com' }, true],
  ])('%j → %s, as @actions/cache decides', (env, expected) => {
    expect(actionsCacheAvailable(env)).toBe(expected);
    // Same answer as the library's own check when the variables are in process.env.
    setEnv({ ACTIONS_CACHE_URL: undefined, ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_SERVICE_V2: undefined, GITHUB_SERVER_URL: undefined, ...env });
    expect(isFeatureAvailable()).toBe(expected);
    expect(actionsCacheAvailable()).toBe(expected);
  });
});

describe('guardStrayErrors', () => {
  // In a real process of its own: jest installs its own uncaught-exception handling.
  const child = `
    import net from 'node:net';
    import { guardStrayErrors } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/core/src/cache-store/stray-errors.ts')).href)};
    const lines = [];
    const logger = { info: (m) => lines.push('info ' + m), warning: (m) => lines.push('warning ' + m), debug() {} };
    // Accepts and never answers: a request the library leaves hanging.
    const server = net.createServer((socket) => socket.unref());
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    const clean = await guardStrayErrors(async () => 42, logger);
    const listenersAfterClean = process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
    const outcome = await guardStrayErrors(async () => {
      net.connect(server.address().port, '127.0.0.1');
      setTimeout(() => { throw new Error('EBADF from a stream listener'); }, 20);
      setTimeout(() => { throw new Error('late error'); }, 100);
      setTimeout(() => { throw new Error('late error'); }, 120);
      setTimeout(() => void Promise.reject(new Error('late rejection')), 140);
      await new Promise(() => {}); // the library's own promise never settles
    }, logger).then(() => 'resolved', (error) => 'rejected: ' + error.message);
    process.on('exit', () => console.log(JSON.stringify({ clean, listenersAfterClean, outcome, lines })));`;

  it('fails the call on a stray error, ignores later ones, and lets the process exit despite a hanging socket', async () => {
    const started = performance.now();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(node24, ['--import', 'tsx', '--input-type=module', '-e', child], { cwd: repoRoot, timeout: 20_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    expect(performance.now() - started).toBeLessThan(15_000); // exited by itself, not by the timeout
    expect(JSON.parse(stdout)).toEqual({
      clean: 42,
      listenersAfterClean: 0,
      outcome: 'rejected: EBADF from a stream listener',
      lines: [
        'info A library call that had already failed threw again in the background (ignored): late error',
        'info A library call that had already failed threw again in the background (ignored): late rejection',
      ],
    });
  });
});
