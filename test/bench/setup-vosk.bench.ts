import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs, runAction, type RunnerDirs } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createVoskModelArchive, type VoskModelFixture } from '../fixtures/vosk-archives.ts';
import { median, printTable } from './stats.ts';

const MiB = 2 ** 20;

/**
 * Wall time and peak RSS of a command, measured by GNU time. Asynchronous: the model server
 * runs in this process and must keep answering while curl downloads.
 */
async function measured(command: string[], cwd: string): Promise<{ ms: number; peakRssMiB: number }> {
  const report = path.join(cwd, `.time-${process.hrtime.bigint()}`);
  const started = performance.now();
  await new Promise<void>((resolve, reject) =>
    execFile('/usr/bin/time', ['-f', '%M', '-o', report, ...command], { cwd }, (error) => (error ? reject(new Error(`${command.join(' ')}: ${error.message}`)) : resolve())),
  );
  const ms = performance.now() - started;
  return { ms, peakRssMiB: Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024 };
}

/** One setup-vosk step (self-hosted) with its wall time and the bundle's peak RSS. */
async function setupVoskStep(server: TestServer, dirs: RunnerDirs, name: string): Promise<{ ms: number; peakRssMiB: number; source: string }> {
  const report = path.join(dirs.temp, `.time-${process.hrtime.bigint()}`);
  const run = await runAction('setup-vosk', {
    dirs,
    runnerEnvironment: 'self-hosted',
    inputs: { model: name, 'base-url': server.url('/models') },
    wrapper: ['/usr/bin/time', '-f', '%M', '-o', report],
    skipPost: true,
  });
  if (run.main.exitCode !== 0) throw new Error(`setup-vosk failed: ${run.main.stdout}\n${run.main.stderr}`);
  return { ms: run.main.durationMs, peakRssMiB: Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024, source: run.main.outputs['source']! };
}

/**
 * setup-vosk side by side with what users do instead, in one run:
 * - a self-hosted cache hit vs extracting the same model from a local .tar.zst (what
 *   actions/cache does on a hit, without its download);
 * - hit time at 8 MiB vs 128 MiB (and 1 GiB) models: flat;
 * - a cold install from a loopback server vs `curl -o && unzip`, with peak RSS.
 */
export async function benchSetupVosk(rounds = 5): Promise<{ hitVsTarZst: number; flatness: number; coldVsCurl: number }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-vosk-'));
  const server = await startTestServer();
  try {
    const sizes = [8 * MiB, 128 * MiB, 1024 * MiB];
    const models: VoskModelFixture[] = [];
    for (const [i, bytes] of sizes.entries()) {
      const model = await createVoskModelArchive(scratch, { name: `vosk-model-bench-${bytes / MiB}m`, payloadBytes: bytes, seed: i + 1 });
      server.route(`/models/${model.name}.zip`, { body: fileBody(model.archive) });
      models.push(model);
    }

    // Cold install, then hits, per size.
    const rows: (string | number)[][] = [];
    const hit: number[] = [];
    const tarZst: number[] = [];
    let cold128 = { ms: 0, peakRssMiB: 0 };
    let curl128 = { ms: 0, peakRssMiB: 0 };
    for (const model of models) {
      const dirs = makeRunnerDirs({ root: path.join(scratch, `job-${model.name}`) });
      const cold = await setupVoskStep(server, dirs, model.name);
      const curlDir = path.join(scratch, `curl-${model.name}`);
      mkdirSync(curlDir);
      const curl = await measured(['sh', '-c', `curl -sSf -o model.zip '${server.url(`/models/${model.name}.zip`)}' && unzip -q model.zip -d out`], curlDir);
      rmSync(curlDir, { recursive: true, force: true });

      const hits: number[] = [];
      for (let i = 0; i < rounds; i++) hits.push((await setupVoskStep(server, dirs, model.name)).ms);

      const cacheModels = path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models');
      const archive = path.join(scratch, `${model.name}.tar.zst`);
      spawnSync('tar', ['--zstd', '-cf', archive, '-C', cacheModels, model.name], { stdio: 'ignore' });
      const extracts: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const out = path.join(scratch, `restore-${i}`);
        mkdirSync(out);
        extracts.push((await measured(['tar', '--zstd', '-xf', archive, '-C', out], scratch)).ms);
        rmSync(out, { recursive: true, force: true });
      }
      rmSync(archive, { force: true });
      hit.push(median(hits));
      tarZst.push(median(extracts));
      if (model === models[1]) {
        cold128 = cold;
        curl128 = curl;
      }
      rows.push([
        `${Math.round(model.bytes / MiB)} MiB zip`,
        `${cold.ms.toFixed(0)} ms, ${cold.peakRssMiB.toFixed(0)} MiB RSS`,
        `${curl.ms.toFixed(0)} ms, ${curl.peakRssMiB.toFixed(0)} MiB RSS`,
        `${(cold.ms / curl.ms).toFixed(2)}×`,
        `${median(hits).toFixed(0)} ms`,
        `${median(extracts).toFixed(0)} ms`,
        `${(median(hits) / median(extracts)).toFixed(3)}×`,
      ]);
      rmSync(dirs.root, { recursive: true, force: true });
    }
    printTable(`setup-vosk, self-hosted (median of ${rounds} for hits and extractions)`, [
      'model',
      'cold install (setup-vosk)',
      'curl -o && unzip',
      'cold ratio',
      'cache hit (whole step)',
      'tar --zstd -xf (actions/cache hit, no download)',
      'hit ratio',
    ], rows);
    const flatness = hit[1]! / hit[0]!;
    console.log(`\nhit time 128 MiB vs 8 MiB: ${flatness.toFixed(2)}×; 1 GiB vs 8 MiB: ${(hit[2]! / hit[0]!).toFixed(2)}×`);
    return { hitVsTarZst: hit[2]! / tarZst[2]!, flatness, coldVsCurl: cold128.ms / curl128.ms };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
