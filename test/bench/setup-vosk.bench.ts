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

/** True when Info-ZIP's `zip` is there to make the archives as published models are made. */
function haveInfoZip(): boolean {
  return spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * setup-vosk side by side with what users do instead, in one run:
 * - a self-hosted cache hit vs extracting the same model from a local .tar.zst (what
 *   actions/cache does on a hit, without its download);
 * - hit time at 8 MiB vs 128 MiB (and 1 GiB) models: flat;
 * - a cold install from a loopback server vs `curl -o && unzip`, interleaved (ours, curl, ours,
 *   curl…) `coldRounds` times per size, medians compared, with peak RSS. Seven rounds: with
 *   three, the 128 MiB ratio (about one second each side) wandered from 0.81× to 1.16× between runs.
 * The archives are made by Info-ZIP's `zip -r` (deflate, sizes in the local headers), as the
 * published models are; without `zip` on the machine, by yazl (data descriptors: setup-vosk then
 * extracts after the download instead of during it).
 */
export async function benchSetupVosk(rounds = 5, coldRounds = 7): Promise<{ hitVsTarZst: number; flatness: number; coldVsCurl: number; coldVsCurl1GiB: number; peakRssMiB: number }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-vosk-'));
  const server = await startTestServer();
  try {
    const sizes = [8 * MiB, 128 * MiB, 1024 * MiB];
    const zipTool = haveInfoZip() ? 'info-zip' : 'yazl';
    if (zipTool === 'yazl') console.log('\n(no `zip` on this machine: archives made by yazl, with data descriptors)');
    const models: VoskModelFixture[] = [];
    for (const [i, bytes] of sizes.entries()) {
      const model = await createVoskModelArchive(scratch, { name: `vosk-model-bench-${bytes / MiB}m`, payloadBytes: bytes, seed: i + 1, zipTool });
      server.route(`/models/${model.name}.zip`, { body: fileBody(model.archive) });
      models.push(model);
    }

    // Cold installs (interleaved with curl), then hits, per size.
    const rows: (string | number)[][] = [];
    const hit: number[] = [];
    const tarZst: number[] = [];
    const coldRatios: number[] = [];
    let peakRssMiB = 0;
    for (const model of models) {
      const colds: { ms: number; peakRssMiB: number }[] = [];
      const curls: { ms: number; peakRssMiB: number }[] = [];
      let dirs = makeRunnerDirs({ root: path.join(scratch, `job-${model.name}`) });
      for (let i = 0; i < coldRounds; i++) {
        if (i > 0) {
          rmSync(dirs.root, { recursive: true, force: true });
          dirs = makeRunnerDirs({ root: path.join(scratch, `job-${model.name}-${i}`) });
        }
        const cold = await setupVoskStep(server, dirs, model.name);
        if (cold.source !== 'download') throw new Error(`expected a cold install, got ${cold.source}`);
        colds.push(cold);
        const curlDir = path.join(scratch, `curl-${model.name}`);
        mkdirSync(curlDir);
        curls.push(await measured(['sh', '-c', `curl -sSf -o model.zip '${server.url(`/models/${model.name}.zip`)}' && unzip -q model.zip -d out`], curlDir));
        rmSync(curlDir, { recursive: true, force: true });
      }
      const coldMs = median(colds.map((c) => c.ms));
      const curlMs = median(curls.map((c) => c.ms));
      const coldRss = Math.max(...colds.map((c) => c.peakRssMiB));
      peakRssMiB = Math.max(peakRssMiB, coldRss);
      coldRatios.push(coldMs / curlMs);

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
      rows.push([
        `${Math.round(model.bytes / MiB)} MiB zip`,
        `${coldMs.toFixed(0)} ms, ${coldRss.toFixed(0)} MiB RSS`,
        `${curlMs.toFixed(0)} ms, ${Math.max(...curls.map((c) => c.peakRssMiB)).toFixed(0)} MiB RSS`,
        `${(coldMs / curlMs).toFixed(2)}×`,
        `${median(hits).toFixed(0)} ms`,
        `${median(extracts).toFixed(0)} ms`,
        `${(median(hits) / median(extracts)).toFixed(3)}×`,
      ]);
      rmSync(dirs.root, { recursive: true, force: true });
    }
    printTable(`setup-vosk, self-hosted (cold: median of ${coldRounds} interleaved with curl; hits and extractions: median of ${rounds})`, [
      'model',
      'cold install (setup-vosk)',
      'curl -o && unzip',
      'cold ratio',
      'cache hit (whole step)',
      'tar --zstd -xf (actions/cache hit, no download)',
      'hit ratio',
    ], rows);
    const flatness = hit[1]! / hit[0]!;
    console.log(`\nhit time 128 MiB vs 8 MiB: ${flatness.toFixed(2)}×; 1 GiB vs 8 MiB: ${(hit[2]! / hit[0]!).toFixed(2)}×; cold-install peak RSS ${peakRssMiB.toFixed(0)} MiB (${((peakRssMiB * MiB) / 1e6).toFixed(0)} MB)`);
    return { hitVsTarZst: hit[2]! / tarZst[2]!, flatness, coldVsCurl: coldRatios[1]!, coldVsCurl1GiB: coldRatios[2]!, peakRssMiB };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
