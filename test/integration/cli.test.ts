import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createVoskModelArchive } from '../fixtures/vosk-archives.ts';
import { node24, repoRoot } from '../harness/index.ts';

const cli = path.join(repoRoot, 'dist', 'cli', 'main', 'index.js');
let server: TestServer;
let scratch: string;
let cacheDir: string;

/** Runs the bundled `runner-kit` command as a runner admin would (async: the server is in this process). */
function runnerKit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(node24, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: scratch }, cwd: scratch, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  server = await startTestServer();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-cli-'));
  cacheDir = path.join(scratch, 'cache');
  for (const [i, name] of ['vosk-model-small-en-us-0.15', 'vosk-model-small-fr-0.22'].entries()) {
    const model = await createVoskModelArchive(scratch, { name, seed: i + 1, payloadBytes: 200_000 });
    server.route(`/models/${name}.zip`, { body: fileBody(model.archive) });
  }
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('runner-kit vosk', () => {
  it('prefetch warms the cache with the code setup-vosk uses; a second prefetch is a hit', async () => {
    const first = await runnerKit('vosk', 'prefetch', 'vosk-model-small-en-us-0.15', 'vosk-model-small-fr-0.22', '--cache-dir', cacheDir, '--base-url', server.url('/models'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`vosk-model-small-en-us-0.15: installed`);
    expect(first.stdout).toContain(`at ${path.join(cacheDir, 'models', 'vosk-model-small-fr-0.22')}`);
    expect(first.stdout).not.toContain('::group::');
    const again = await runnerKit('vosk', 'prefetch', 'vosk-model-small-en-us-0.15', '--cache-dir', cacheDir, '--base-url', server.url('/models'));
    expect(again.stdout).toContain('vosk-model-small-en-us-0.15: already cached');
    expect(server.requestsTo('/models/vosk-model-small-en-us-0.15.zip')).toHaveLength(1);
  });

  it('list shows each model, as a table or JSON', async () => {
    const table = await runnerKit('vosk', 'list', '--cache-dir', cacheDir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/\| models \| vosk-model-small-en-us-0\.15 \| [\d.]+ KiB \|/);
    const rows = JSON.parse((await runnerKit('vosk', 'list', '--cache-dir', cacheDir, '--json')).stdout) as { id: string; complete: boolean; inUse: boolean }[];
    expect(rows.map((r) => [r.id, r.complete, r.inUse])).toEqual([
      ['vosk-model-small-en-us-0.15', true, false],
      ['vosk-model-small-fr-0.22', true, false],
    ]);
  });

  it('verify exits 1 and names the damage; --full sees edited contents', async () => {
    // the manifest digests were taken while extracting: a full re-hash must agree with them
    const clean = await runnerKit('vosk', 'verify', '--full', '--cache-dir', cacheDir);
    expect(clean.stdout).toContain('all 2 entries are intact');
    expect(clean.code).toBe(0);
    const mdl = path.join(cacheDir, 'models', 'vosk-model-small-fr-0.22', 'am', 'final.mdl');
    writeFileSync(mdl, Buffer.alloc(200_000, 1)); // same size, other bytes
    expect((await runnerKit('vosk', 'verify', '--cache-dir', cacheDir)).code).toBe(0);
    const full = await runnerKit('vosk', 'verify', '--full', '--cache-dir', cacheDir);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('DAMAGED  models/vosk-model-small-fr-0.22: am/final.mdl has different contents (sha256 mismatch)');
    expect((await runnerKit('vosk', 'verify', 'vosk-model-nope', '--cache-dir', cacheDir)).stdout).toContain('MISSING  vosk-model-nope');
  });

  it('prune removes least-recently-used entries down to --max-size; --dry-run only tells', async () => {
    // fr was installed after en-us, but the second prefetch used en-us since: fr is the LRU one
    const dry = await runnerKit('vosk', 'prune', '--max-size', '300KB', '--dry-run', '--cache-dir', cacheDir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would remove models/vosk-model-small-fr-0.22');
    expect(dry.stdout).not.toContain('vosk-model-small-en-us-0.15');
    expect(JSON.parse((await runnerKit('vosk', 'list', '--json', '--cache-dir', cacheDir)).stdout)).toHaveLength(2);
    const real = await runnerKit('vosk', 'prune', '--max-size', '300KB', '--cache-dir', cacheDir);
    expect(real.stdout).toContain('removed models/vosk-model-small-fr-0.22');
    expect((JSON.parse((await runnerKit('vosk', 'list', '--json', '--cache-dir', cacheDir)).stdout) as { id: string }[]).map((r) => r.id)).toEqual(['vosk-model-small-en-us-0.15']);
  });

  it('usage errors exit 64 with the usage text', async () => {
    for (const args of [['vosk', 'dance'], ['vosk', 'prune', '--cache-dir', cacheDir], ['vosk', 'list', '--nope'], ['vosk', 'list']]) {
      const result = await runnerKit(...args);
      expect({ args, code: result.code }).toEqual({ args, code: 64 });
      expect(result.stderr).toContain('Usage:');
    }
  });
});

describe('runner-kit itself', () => {
  it('without arguments is a usage error like an unknown command: usage on stderr, exit 64', async () => {
    const result = await runnerKit();
    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('runner-kit: no command given');
    expect(result.stderr).toContain('Usage:');
  });

  it('--help prints the usage on stdout and exits 0; --version prints the version', async () => {
    const help = await runnerKit('--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Usage:');
    const version = await runnerKit('--version');
    const { version: expected } = JSON.parse(readFileSync(path.join(repoRoot, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });

  it('npm links it as node_modules/.bin/runner-kit, running the bundle', async () => {
    const linked = path.join(repoRoot, 'node_modules', '.bin', 'runner-kit');
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(node24, [linked, '--version'], { encoding: 'utf8', timeout: 60_000 }, (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }));
    });
    expect(result).toEqual({ code: 0, stdout: (await runnerKit('--version')).stdout });
  });
});

describe('runner-kit health', () => {
  it('prints the JSON report and exits by status (0 healthy, 1 degraded, 2 unhealthy)', async () => {
    const result = await runnerKit('health', '--json', '--network-check', '', '--cache-path', scratch);
    const report = JSON.parse(result.stdout) as { score: number; status: 'healthy' | 'degraded' | 'unhealthy'; findings: unknown[] };
    expect(result.code).toBe({ healthy: 0, degraded: 1, unhealthy: 2 }[report.status]);
    expect(report.findings.length).toBeGreaterThanOrEqual(7);
  });

  it('names a missing cache path and scores it down', async () => {
    const thresholds = JSON.stringify({ missingPath: { weight: 60 } });
    const result = await runnerKit('health', '--network-check', '', '--cache-path', path.join(scratch, 'gone'), '--thresholds', thresholds);
    expect(result.stdout).toContain(path.join(scratch, 'gone'));
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^unhealthy: score \d+\/100 → use-fallback$/m);
  });
});

