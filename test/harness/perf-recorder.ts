import { readFileSync } from 'node:fs';
import { shippedAsset } from './shipped-asset.ts';

/** A recorder script as the shipped bundle holds it (see {@link shippedAsset}). */
export function bundledRecorderScript(platform: 'linux' | 'darwin'): string {
  return shippedAsset(platform === 'darwin' ? 'packages/core/src/perf/recorder-darwin.sh' : 'packages/core/src/perf/recorder.sh');
}

/** Waits until a recorder's recording holds `count` complete frames (each ends with a `.` line). */
export async function waitForFrames(file: string, count: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let frames = 0;
    try {
      frames = readFileSync(file, 'utf8').split('\n').filter((line) => line === '.').length;
    } catch {
      // not written yet
    }
    if (frames >= count) return;
    if (Date.now() > deadline) throw new Error(`the recorder wrote ${frames} of ${count} frames in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
