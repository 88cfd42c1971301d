import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './node24.ts';

/**
 * A recorder script as perf-monitor's built bundle holds it: ncc copies each next to the bundle
 * under a content-hashed name, so the Linux one is told from the macOS one by its header.
 */
export function bundledRecorderScript(platform: 'linux' | 'darwin'): string {
  const bundleDir = path.join(repoRoot, 'dist', 'perf-monitor', 'main');
  const scripts = readdirSync(bundleDir).filter((name) => name.endsWith('.sh'));
  const found = scripts.find((name) => readFileSync(path.join(bundleDir, name), 'utf8').includes("perf-monitor's sampler on macOS") === (platform === 'darwin'));
  if (!found) throw new Error(`No ${platform} recorder script in ${bundleDir}: run npm run build -- perf-monitor.`);
  return path.join(bundleDir, found);
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
