import { benchColdStart } from './cold-start.bench.ts';
import { benchHashFiles } from './hash-files.bench.ts';

// `npm run bench`: every benchmark behind a README claim, side by side with the alternative,
// printing ratios. Exits non-zero when a claimed ratio does not hold on this machine.
const claims: { name: string; holds: boolean; detail: string }[] = [];

const hashing = await benchHashFiles();
claims.push({ name: 'cache-key hashing ≥ 3× faster than hashFiles()', holds: hashing.ratio >= 3, detail: `${hashing.ratio.toFixed(2)}×` });

const coldStart = await benchColdStart();
claims.push({ name: 'cache-key start-up overhead ≤ 150 ms over bare node', holds: coldStart.overheadMs <= 150, detail: `${coldStart.overheadMs.toFixed(0)} ms` });

console.log('\n## Claims\n');
for (const claim of claims) console.log(`${claim.holds ? 'holds' : 'FAILS'}  ${claim.name}: ${claim.detail}`);
process.exit(claims.every((c) => c.holds) ? 0 : 1);
