import { removeRunnerDirs } from '../harness/index.ts';
import { benchColdStart } from './cold-start.bench.ts';
import { benchExporter } from './exporter.bench.ts';
import { benchHashFiles, HASH_FILES_CLAIM } from './hash-files.bench.ts';
import { benchHealth } from './health.bench.ts';
import { benchHeadlessEnv } from './headless-env.bench.ts';
import { benchPerfMonitor } from './perf-monitor.bench.ts';
import { benchSetupVosk } from './setup-vosk.bench.ts';
import { benchSharedCache } from './shared-cache.bench.ts';

// `npm run bench`: every benchmark behind a README claim, side by side with the alternative,
// printing ratios. Exits non-zero when a claimed ratio does not hold on this machine.
const claims: { name: string; holds: boolean; detail: string }[] = [];

const hashing = await benchHashFiles();
claims.push({ name: `cache-key hashing ≤ ${HASH_FILES_CLAIM}× hashFiles()'s time, identical digest`, holds: hashing.fraction <= HASH_FILES_CLAIM, detail: `${hashing.fraction.toFixed(3)}× (${hashing.ratio.toFixed(1)}× faster)` });

const vosk = await benchSetupVosk();
claims.push({ name: 'setup-vosk hit ≤ 0.1× extracting the model from a local .tar.zst (1 GiB model)', holds: vosk.hitVsTarZst <= 0.1, detail: `${vosk.hitVsTarZst.toFixed(3)}×` });
claims.push({ name: 'setup-vosk hit time flat in model size (128 MiB and 1 GiB vs 8 MiB ≤ 1.3×)', holds: vosk.flatness <= 1.3, detail: `${vosk.flatness.toFixed(2)}×` });
for (const [archive, ratio] of vosk.coldRatios) {
  // Issue 21: ≤ 0.8× by hand at the sizes people download most; the 1 GiB case keeps its old bar.
  const bar = archive.startsWith('1024 MiB') ? 1.0 : 0.8;
  claims.push({ name: `setup-vosk cold install ≤ ${bar}× by hand (${archive})`, holds: ratio <= bar, detail: `${ratio.toFixed(2)}×` });
}
claims.push({ name: 'setup-vosk cache hit ≤ bare node + 15 ms, flat from 8 MiB to 1 GiB', holds: vosk.hitOverBareNodeMs <= 15, detail: `+${vosk.hitOverBareNodeMs.toFixed(0)} ms` });
claims.push({ name: 'setup-vosk cold install peak RSS < 150 MB', holds: vosk.peakRssMiB * 2 ** 20 < 150e6, detail: `${((vosk.peakRssMiB * 2 ** 20) / 1e6).toFixed(0)} MB` });

const health = await benchHealth();
claims.push({ name: 'health-gate local assessment (network checks off) < 300 ms, whole process', holds: health.stepMs < 300, detail: `${health.stepMs.toFixed(0)} ms` });

const exporter = await benchExporter();
claims.push({ name: 'runner-kit exporter scrape that measures < 50 ms', holds: exporter.freshMs < 50, detail: `${exporter.freshMs.toFixed(1)} ms (${exporter.cachedMs.toFixed(1)} ms within 5 s of another)` });
// Issue 19 asked for < 40 MB; Node 24 alone with an HTTP server holds ~48 MB, so the claim is what runner-kit adds to that floor.
claims.push({ name: 'runner-kit exporter idle RSS ≤ 35 MB over a bare Node 24 HTTP server', holds: exporter.idleRssMb - exporter.bareNodeRssMb <= 35, detail: `${exporter.idleRssMb.toFixed(1)} MB, bare Node ${exporter.bareNodeRssMb.toFixed(1)} MB` });

const perf = await benchPerfMonitor();
claims.push({ name: 'perf-monitor sampler < 0.5% of one core at 1 s interval', holds: perf.sampler.cpuPercent < 0.5, detail: `${perf.sampler.cpuPercent.toFixed(2)}%` });
claims.push({ name: 'perf-monitor sampler RSS < 40 MB', holds: perf.sampler.rssMb < 40, detail: `${perf.sampler.rssMb.toFixed(1)} MB RSS (${perf.sampler.anonMb.toFixed(1)} MB private)` });
claims.push({ name: 'perf-monitor sampler with processes < 0.5% of one core', holds: perf.samplerWithProcesses.cpuPercent < 0.5, detail: `${perf.samplerWithProcesses.cpuPercent.toFixed(2)}%, ${perf.samplerWithProcesses.rssMb.toFixed(1)} MB RSS` });
claims.push({ name: 'perf-monitor sampler copying the job cgroup files < 0.5% of one core, < 40 MB', holds: perf.samplerWithCgroup.cpuPercent < 0.5 && perf.samplerWithCgroup.rssMb < 40, detail: `${perf.samplerWithCgroup.cpuPercent.toFixed(2)}%, ${perf.samplerWithCgroup.rssMb.toFixed(1)} MB RSS` });
claims.push({ name: 'perf-monitor report step with a 50-step timeline, one hour at 1 s, < 1 s', holds: perf.replayHourMs + perf.reportHourWithStepsMs < 1000, detail: `${Math.round(perf.replayHourMs + perf.reportHourWithStepsMs)} ms (replay ${Math.round(perf.replayHourMs)} ms)` });
claims.push({ name: 'perf-monitor report step replays an hour of 1 s samples < 2 s', holds: perf.replayHourMs < 2000, detail: `${Math.round(perf.replayHourMs)} ms` });
claims.push({ name: 'perf-monitor sampler ≥ 5× less CPU than systeminformation (same metrics, 1 s)', holds: perf.cpuRatio >= 5, detail: `${perf.cpuRatio.toFixed(1)}×` });

const headless = await benchHeadlessEnv();
claims.push({ name: 'headless-env full stack (Xvfb + WM + D-Bus + PulseAudio) ready and verified ≤ 1 s, whole main step', holds: headless.readyMs <= 1000, detail: `${headless.readyMs.toFixed(0)} ms` });
claims.push({ name: 'headless-env post cleanup ≤ 1 s, whole post step', holds: headless.cleanupMs <= 1000, detail: `${headless.cleanupMs.toFixed(0)} ms` });
claims.push({
  name: 'headless-env record-video recorder < 15% of one core at 1920x1080, 5 fps (screen repainted 5×/s)',
  holds: headless.video.busyPercent < 15,
  detail: `${headless.video.busyPercent.toFixed(1)}% (idle screen ${headless.video.idlePercent.toFixed(1)}%; ffmpeg by hand ${headless.video.plainBusyPercent.toFixed(1)}%)`,
});
claims.push({ name: 'headless-env ready ≥ 5× faster than a sleep-based start-up script', holds: headless.scriptReadyMs / headless.readyMs >= 5, detail: `${(headless.scriptReadyMs / headless.readyMs).toFixed(1)}×` });
claims.push({ name: 'headless-env Wayland stack (sway + Xwayland + D-Bus + PipeWire) ready and verified ≤ 1.5 s, whole main step', holds: headless.wayland.readyMs <= 1500, detail: `${headless.wayland.readyMs.toFixed(0)} ms (post ${headless.wayland.cleanupMs.toFixed(0)} ms; by hand with sleeps ${headless.wayland.scriptReadyMs.toFixed(0)} ms, ${(headless.wayland.scriptReadyMs / headless.wayland.readyMs).toFixed(1)}×)` });
// Measured and printed, no target (issue 18: "on Wayland measure it and say what it costs").
claims.push({ name: 'headless-env record-video on Wayland costs less than wf-recorder -D by hand (recorder + sway, screen busy)', holds: headless.waylandVideo.ours.recorderBusy + headless.waylandVideo.ours.swayBusy < headless.waylandVideo.byHand.recorderBusy + headless.waylandVideo.byHand.swayBusy, detail: `${(headless.waylandVideo.ours.recorderBusy + headless.waylandVideo.ours.swayBusy).toFixed(1)}% vs ${(headless.waylandVideo.byHand.recorderBusy + headless.waylandVideo.byHand.swayBusy).toFixed(1)}% of one core` });

const shared = await benchSharedCache();
if (shared) {
  claims.push({ name: 'setup-vosk hit with cache-dir on a caching network filesystem ≤ local hit + 20 ms', holds: shared.cachingMs - shared.localMs <= 20, detail: `${shared.cachingMs.toFixed(0)} ms vs ${shared.localMs.toFixed(0)} ms local (no caches: ${shared.uncachedMs.toFixed(0)} ms)` });
}

const coldStart = await benchColdStart();
for (const [action, overhead] of Object.entries(coldStart.overheadMs)) {
  const cold = coldStart.coldOverheadMs[action]!;
  claims.push({ name: `${action} start-up ≤ +30 ms over bare node warm, ≤ +50 ms cold`, holds: overhead <= 30 && cold <= 50, detail: `+${overhead.toFixed(0)} ms warm, +${cold.toFixed(0)} ms cold` });
}

console.log('\n## Claims\n');
for (const claim of claims) console.log(`${claim.holds ? 'holds' : 'FAILS'}  ${claim.name}: ${claim.detail}`);
// Job roots the parts made with makeRunnerDirs: leave nothing in /tmp.
removeRunnerDirs();
process.exit(claims.every((c) => c.holds) ? 0 : 1);
