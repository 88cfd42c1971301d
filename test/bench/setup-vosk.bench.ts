import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRunnerDirs, node24, runAction, type RunnerDirs } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createVoskModelArchive, type ArchiveTool } from '../fixtures/vosk-archives.ts';
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

/** One setup-vosk step (self-hosted) with its wall time, the bundle's peak RSS and its phases. */
async function setupVoskStep(
  server: TestServer,
  dirs: RunnerDirs,
  model: { name: string; format: 'zip' | 'tar.gz' },
): Promise<{ ms: number; peakRssMiB: number; source: string; phases: string }> {
  const report = path.join(dirs.temp, `.time-${process.hrtime.bigint()}`);
  const run = await runAction('setup-vosk', {
    dirs,
    runnerEnvironment: 'self-hosted',
    inputs: { model: model.name, url: server.url(`/models/${model.name}.${model.format}`) },
    wrapper: ['/usr/bin/time', '-f', '%M', '-o', report],
    skipPost: true,
  });
  if (run.main.exitCode !== 0) throw new Error(`setup-vosk failed: ${run.main.stdout}\n${run.main.stderr}`);
  const loaded = /::debug::runner-kit: loaded (\d+) ms/.exec(run.main.stdout)?.[1];
  const phases = `start-up ${loaded ?? '?'} ms · ${/::debug::[^:]+: (resolve .*)\./.exec(run.main.stdout)?.[1] ?? ''}`;
  return { ms: run.main.durationMs, peakRssMiB: Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) / 1024, source: run.main.outputs['source']!, phases };
}

/** The programs the cold-install comparison needs: the archivers, and curl/unzip/tar as users run them. */
function missingPrograms(): string[] {
  const probes: [string, string[]][] = [
    ['zip', ['-v']],
    ['python3', ['--version']],
    ['7z', ['i']],
    ['curl', ['--version']],
    ['unzip', ['-v']],
  ];
  return probes.filter(([command, args]) => spawnSync(command, args, { stdio: 'ignore' }).status !== 0).map(([command]) => command);
}

/** One archive to install cold, and what a user would run instead. */
interface ColdCase {
  tool: ArchiveTool;
  format: 'zip' | 'tar.gz';
  mib: number;
}

/** What users run instead of setup-vosk for `format`, as a shell command on `url`. */
function byHand(format: 'zip' | 'tar.gz', url: string): { label: string; command: string } {
  return format === 'zip'
    ? { label: 'curl -o && unzip', command: `curl -sSf -o model.zip '${url}' && unzip -q model.zip -d out` }
    : { label: 'curl | tar xz', command: `mkdir out && curl -sSf '${url}' | tar -xz -C out` };
}

/**
 * Cold installs side by side with the commands users write instead, interleaved (ours, theirs,
 * ours, theirs…) `rounds` times per archive, medians compared, with peak RSS and where the step's
 * time went (its phases, from the debug log, of the median round). The archives are written by
 * other programs than runner-kit: Info-ZIP's `zip -r` (as the published models are), Python's
 * `shutil.make_archive`, 7-Zip's `7z a -tzip`, and GNU tar's `tar -czf`.
 */
export async function benchColdInstalls(server: TestServer, scratch: string, cases: readonly ColdCase[], rounds: number): Promise<{ worst: number; ratios: Map<string, number>; peakRssMiB: number }> {
  const rows: (string | number)[][] = [];
  const ratios = new Map<string, number>();
  let peakRssMiB = 0;
  for (const [i, one] of cases.entries()) {
    const model = await createVoskModelArchive(scratch, { name: `vosk-model-cold-${one.tool}-${one.mib}m`, format: one.format, zipTool: one.tool, payloadBytes: one.mib * MiB, seed: 10 + i });
    server.route(`/models/${model.name}.${model.format}`, { body: fileBody(model.archive) });
    const hand = byHand(one.format, server.url(`/models/${model.name}.${model.format}`));
    const ours: Awaited<ReturnType<typeof setupVoskStep>>[] = [];
    const theirs: { ms: number; peakRssMiB: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const dirs = makeRunnerDirs({ root: path.join(scratch, `job-${model.name}-${round}`) });
      const cold = await setupVoskStep(server, dirs, model);
      if (cold.source !== 'download') throw new Error(`expected a cold install, got ${cold.source}`);
      ours.push(cold);
      // The job's lease keeper may be renewing a lease in there until it sees the job gone.
      rmSync(dirs.root, { recursive: true, force: true, maxRetries: 10 });
      const handDir = path.join(scratch, `by-hand-${model.name}`);
      mkdirSync(handDir);
      theirs.push(await measured(['sh', '-c', hand.command], handDir));
      rmSync(handDir, { recursive: true, force: true });
    }
    rmSync(model.archive, { force: true });
    const oursMs = median(ours.map((c) => c.ms));
    const theirsMs = median(theirs.map((c) => c.ms));
    const rss = Math.max(...ours.map((c) => c.peakRssMiB));
    peakRssMiB = Math.max(peakRssMiB, rss);
    const label = `${one.mib} MiB ${one.format}, ${one.tool}`;
    ratios.set(label, oursMs / theirsMs);
    const medianRound = [...ours].sort((a, b) => a.ms - b.ms)[Math.floor(ours.length / 2)]!;
    rows.push([
      label,
      `${oursMs.toFixed(0)} ms, ${rss.toFixed(0)} MiB RSS`,
      `${hand.label}: ${theirsMs.toFixed(0)} ms, ${Math.max(...theirs.map((c) => c.peakRssMiB)).toFixed(0)} MiB RSS`,
      `${(oursMs / theirsMs).toFixed(2)}×`,
      medianRound.phases,
    ]);
  }
  printTable(`setup-vosk cold install vs by hand (median of ${rounds} interleaved rounds; loopback server; reproduce: npx tsx -e "import('./test/bench/setup-vosk.bench.ts').then((m) => m.benchSetupVosk())")`, [
    'archive',
    'setup-vosk (whole step)',
    'by hand',
    'ratio',
    'setup-vosk phases (median round)',
  ], rows);
  return { worst: Math.max(...ratios.values()), ratios, peakRssMiB };
}

/**
 * setup-vosk side by side with what users do instead, in one run:
 * - cold installs vs `curl -o && unzip` / `curl | tar xz` on archives written by Info-ZIP, Python,
 *   7-Zip and GNU tar at 40 MiB (the common small English model) and 128 MiB, and by Info-ZIP at
 *   1 GiB (see {@link benchColdInstalls});
 * - a self-hosted cache hit vs extracting the same model from a local .tar.zst (what
 *   actions/cache does on a hit, without its download), and against bare Node's start-up;
 * - hit time at 8 MiB vs 128 MiB and 1 GiB models: flat.
 */
export async function benchSetupVosk(
  rounds = 5,
  coldRounds = 7,
): Promise<{ hitVsTarZst: number; flatness: number; hitOverBareNodeMs: number; coldWorst: number; coldRatios: Map<string, number>; peakRssMiB: number }> {
  const missing = missingPrograms();
  if (missing.length) throw new Error(`the setup-vosk bench needs ${missing.join(', ')} (apt-get install zip unzip curl python3 p7zip-full)`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-vosk-'));
  const server = await startTestServer();
  try {
    const cases: ColdCase[] = [];
    for (const mib of [40, 128]) {
      for (const tool of ['info-zip', 'python-zipfile', '7-zip'] as const) cases.push({ tool, format: 'zip', mib });
      cases.push({ tool: 'gnu-tar', format: 'tar.gz', mib });
    }
    cases.push({ tool: 'info-zip', format: 'zip', mib: 1024 });
    const cold = await benchColdInstalls(server, scratch, cases, coldRounds);

    // Hits, per size, against extracting the cached tree from a .tar.zst and against bare Node.
    const rows: (string | number)[][] = [];
    const hit: number[] = [];
    const tarZst: number[] = [];
    const bare: number[] = [];
    for (const [i, mib] of [8, 128, 1024].entries()) {
      const model = await createVoskModelArchive(scratch, { name: `vosk-model-hit-${mib}m`, payloadBytes: mib * MiB, seed: i + 1, zipTool: 'info-zip' });
      server.route(`/models/${model.name}.zip`, { body: fileBody(model.archive) });
      const dirs = makeRunnerDirs({ root: path.join(scratch, `job-hit-${mib}`) });
      await setupVoskStep(server, dirs, model);
      rmSync(model.archive, { force: true });
      const hits: number[] = [];
      for (let round = 0; round < rounds; round++) {
        hits.push((await setupVoskStep(server, dirs, model)).ms);
        bare.push((await measured([node24, '-e', ''], scratch)).ms);
      }
      const cacheModels = path.join(dirs.toolCache, 'runner-kit', 'vosk', 'models');
      const archive = path.join(scratch, `${model.name}.tar.zst`);
      spawnSync('tar', ['--zstd', '-cf', archive, '-C', cacheModels, model.name], { stdio: 'ignore' });
      const extracts: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const out = path.join(scratch, `restore-${round}`);
        mkdirSync(out);
        extracts.push((await measured(['tar', '--zstd', '-xf', archive, '-C', out], scratch)).ms);
        rmSync(out, { recursive: true, force: true });
      }
      rmSync(archive, { force: true });
      rmSync(dirs.root, { recursive: true, force: true, maxRetries: 10 });
      hit.push(median(hits));
      tarZst.push(median(extracts));
      rows.push([`${mib} MiB`, `${median(hits).toFixed(0)} ms`, `${median(extracts).toFixed(0)} ms`, `${(median(hits) / median(extracts)).toFixed(3)}×`]);
    }
    const bareMs = median(bare);
    printTable(`setup-vosk cache hit, self-hosted (median of ${rounds}; bare \`node -e ""\` under the same wrapper: ${bareMs.toFixed(0)} ms)`, [
      'model',
      'cache hit (whole step)',
      'tar --zstd -xf (actions/cache hit, no download)',
      'hit ratio',
    ], rows);
    const flatness = Math.max(hit[1]!, hit[2]!) / hit[0]!;
    const hitOverBareNodeMs = Math.max(...hit) - bareMs;
    console.log(`\nhit time 128 MiB vs 8 MiB: ${(hit[1]! / hit[0]!).toFixed(2)}×; 1 GiB vs 8 MiB: ${(hit[2]! / hit[0]!).toFixed(2)}×; slowest hit over bare Node: +${hitOverBareNodeMs.toFixed(0)} ms; cold-install peak RSS ${cold.peakRssMiB.toFixed(0)} MiB (${((cold.peakRssMiB * MiB) / 1e6).toFixed(0)} MB)`);
    return { hitVsTarZst: hit[2]! / tarZst[2]!, flatness, hitOverBareNodeMs, coldWorst: cold.worst, coldRatios: cold.ratios, peakRssMiB: cold.peakRssMiB };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
