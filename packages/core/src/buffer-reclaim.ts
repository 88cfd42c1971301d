import v8 from 'node:v8';
import vm from 'node:vm';

// Why this exists: a download (and the extraction fed by it) allocates a fresh 64 KiB buffer
// per socket read and per inflate output, each garbage a few milliseconds later. Their memory is
// outside V8's heap, and the little JS garbage that goes with them does not fill the young
// generation fast enough to trigger a scavenge, so dead buffers pile up until V8's external-memory
// limit forces a full collection: some 70 MiB of peak RSS at any download size, and a full
// mark-compact every few dozen MB. A scavenge every few MiB of traffic frees them while they are
// still young, for about a millisecond each (measured: 1 GiB through 64 KiB buffers peaks at
// ~75 MB RSS instead of ~160 MB, in less time).

/** Bytes of buffer traffic between two young-generation collections. */
const INTERVAL_BYTES = 16 * 1024 * 1024;

type CollectGarbage = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

let collect: CollectGarbage | null | undefined;
let since = 0;

/** V8's gc(), obtained once; null when this runtime does not allow it (then nothing is done). */
function collector(): CollectGarbage | null {
  if (collect !== undefined) return collect;
  try {
    // --expose-gc only applies to contexts created after it is set: take gc from a fresh one,
    // then turn the flag off again so no other context gets it.
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
    collect = typeof gc === 'function' ? (gc as CollectGarbage) : null;
  } catch {
    collect = null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/**
 * Records that `bytes` more passed through short-lived buffers; every {@link INTERVAL_BYTES}
 * runs a young-generation collection, which frees the buffers that are already dead.
 */
export function noteBufferTraffic(bytes: number): void {
  since += bytes;
  if (since < INTERVAL_BYTES) return;
  since = 0;
  collector()?.({ type: 'minor' });
}
