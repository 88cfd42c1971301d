import { benchColdStart } from './cold-start.bench.ts';
import { benchHashFiles } from './hash-files.bench.ts';
import { benchHealth } from './health.bench.ts';
import { benchSetupVosk } from './setup-vosk.bench.ts';

// `npm run bench`: every benchmark behind a README claim, side by side with the alternative,
// printing ratios. Exits non-zero when a claimed ratio does not hold on this machine.
const claims: { name: string; holds: boolean; detail: string }[] = [];

const hashing = await benchHashFiles();
claims.push({ name: 'cache-key hashing ≥ 3× faster than hashFiles()', holds: hashing.ratio >= 3, detail: `${hashing.ratio.toFixed(2)}×` });

const vosk = await benchSetupVosk();
claims.push({ name: 'setup-vosk hit ≤ 0.1× extracting the model from a local .tar.zst (1 GiB model)', holds: vosk.hitVsTarZst <= 0.1, detail: `${vosk.hitVsTarZst.toFixed(3)}×` });
claims.push({ name: 'setup-vosk hit time flat in model size (128 MiB vs 8 MiB ≤ 1.3×)', holds: vosk.flatness <= 1.3, detail: `${vosk.flatness.toFixed(2)}×` });
claims.push({ name: 'setup-vosk cold install ≤ 1.0× curl -o && unzip (128 MiB model)', holds: vosk.coldVsCurl <= 1.0, detail: `${vosk.coldVsCurl.toFixed(2)}×` });

const health = await benchHealth();
claims.push({ name: 'health-gate local assessment (network checks off) < 300 ms, whole process', holds: health.stepMs < 300, detail: `${health.stepMs.toFixed(0)} ms` });

const coldStart = await benchColdStart();
for (const [action, overhead] of Object.entries(coldStart.overheadMs)) {
  claims.push({ name: `${action} start-up overhead ≤ 150 ms over bare node`, holds: overhead <= 150, detail: `${overhead.toFixed(0)} ms` });
}

console.log('\n## Claims\n');
for (const claim of claims) console.log(`${claim.holds ? 'holds' : 'FAILS'}  ${claim.name}: ${claim.detail}`);
process.exit(claims.every((c) => c.holds) ? 0 : 1);
