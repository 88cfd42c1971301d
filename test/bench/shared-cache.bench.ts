import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs, runAction } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer } from '../fixtures/http-server.ts';
import { startSshfsRig, sshfsRefusal } from '../fixtures/sshfs-rig.ts';
import { createVoskModelArchive } from '../fixtures/vosk-archives.ts';
import { median, printTable } from './stats.ts';

/**
 * A setup-vosk cache hit (the whole step, through the bundle) with `cache-dir` on a network
 * filesystem that caches names and attributes for 20 s (sshfs over loopback, like NFS with its
 * default `actimeo`), on the same filesystem without caches, and on the local disk, rounds
 * interleaved. The goal: a shared hit within +20 ms of a local one. Undefined where the rig
 * cannot run (no FUSE, sshd or unshare), with the reason printed.
 */
export async function benchSharedCache(rounds = 9): Promise<{ localMs: number; cachingMs: number; uncachedMs: number } | undefined> {
  const refusal = sshfsRefusal();
  if (refusal) {
    console.log(`\n(shared-cache bench skipped: ${refusal})`);
    return undefined;
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-shared-'));
  const server = await startTestServer();
  const rig = await startSshfsRig();
  try {
    const model = await createVoskModelArchive(scratch, { name: 'vosk-model-bench-shared', payloadBytes: 8 * 2 ** 20, seed: 7 });
    server.route(`/models/${model.name}.zip`, { body: fileBody(model.archive) });
    const places = { local: path.join(scratch, 'local-cache'), caching: path.join(rig.caching, 'cache'), uncached: path.join(rig.uncached, 'cache-uncached') };
    const step = async (cacheDir: string) => {
      const dirs = makeRunnerDirs();
      try {
        const run = await runAction('setup-vosk', { dirs, runnerEnvironment: 'self-hosted', inputs: { model: model.name, 'base-url': server.url('/models'), 'cache-dir': cacheDir } });
        if (run.main.exitCode !== 0 || run.post?.exitCode !== 0) throw new Error(`setup-vosk failed in the bench: ${run.main.stdout}\n${run.main.stderr}`);
        return { ms: run.main.durationMs, source: run.main.outputs['source'] };
      } finally {
        rmSync(dirs.root, { recursive: true, force: true });
      }
    };
    for (const dir of Object.values(places)) await step(dir); // the downloads
    const times: Record<keyof typeof places, number[]> = { local: [], caching: [], uncached: [] };
    for (let i = 0; i < rounds; i++) {
      for (const [name, dir] of Object.entries(places) as [keyof typeof places, string][]) {
        const hit = await step(dir);
        if (hit.source !== 'local-cache') throw new Error(`expected a hit in ${dir}, got ${hit.source}`);
        times[name].push(hit.ms);
      }
    }
    const [localMs, cachingMs, uncachedMs] = [median(times.local), median(times.caching), median(times.uncached)];
    printTable(`setup-vosk cache hit, whole step (median of ${rounds}, interleaved; reproduce: npx tsx -e "import('./test/bench/shared-cache.bench.ts').then((m) => m.benchSharedCache())")`, ['cache-dir on', 'hit', 'vs local'], [
      ['local disk', `${localMs.toFixed(0)} ms`, '—'],
      ['sshfs, 20 s attribute cache (NFS defaults)', `${cachingMs.toFixed(0)} ms`, `+${(cachingMs - localMs).toFixed(0)} ms`],
      ['sshfs, no caches (noac)', `${uncachedMs.toFixed(0)} ms`, `+${(uncachedMs - localMs).toFixed(0)} ms`],
    ]);
    return { localMs, cachingMs, uncachedMs };
  } finally {
    rig.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
