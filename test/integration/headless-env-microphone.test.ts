import { afterAll, describe, expect, it } from '@jest/globals';
import { isRunning, type StartedProcess } from '../../packages/core/src/processes.ts';
import { runAction } from '../harness/index.ts';
import { recordDefaultSource as record, rms, type Recording } from '../fixtures/headless/audio.ts';

// A real microphone delivers samples (silence, here) all the time; voice apps' silence detection
// and timeouts depend on it. The virtual one must too, from the moment main returns: a recorder
// opened then gets its first data at its requested latency, not after the null sink's first
// two-second block.

interface SavedState {
  components: { component: string; process: StartedProcess }[];
}

const leftovers: SavedState[] = [];
afterAll(() => {
  // A failed assertion must not leave a stack running: stop by recorded pid group, never by name.
  for (const state of leftovers) for (const c of state.components) if (isRunning(c.process)) process.kill(-c.process.pgid, 'SIGKILL');
});

describe('headless-env virtual microphone', () => {
  it('a recorder opened right after main gets silence within 100 ms, continuously, again and again', async () => {
    const recordings: Recording[] = [];
    const result = await runAction('headless-env', {
      inputs: { 'window-manager': 'none', dbus: 'false' },
      between: async ({ env, main }) => {
        leftovers.push(JSON.parse(main.state['headless-env']!) as SavedState);
        // The first right away, then more with nothing playing in between.
        for (let i = 0; i < 3; i++) recordings.push(await record(env, 0.5));
      },
    });
    expect(result.main.exitCode).toBe(0);
    // From the stream's creation: what the server delivers, whatever the load on the machine spawning pacat.
    console.log(`headless-env microphone: first data ${recordings.map((r) => `${r.firstDataMs.toFixed(0)} ms after the stream opened (${r.fromSpawnMs.toFixed(0)} ms after spawn)`).join(', ')}; longest gaps ${recordings.map((r) => `${r.longestGapMs.toFixed(0)} ms`).join(', ')}`);
    for (const r of recordings) {
      expect({ firstDataMs: r.firstDataMs < 100, longestGapMs: r.longestGapMs < 100 }).toEqual({ firstDataMs: true, longestGapMs: true });
      expect(rms(r.pcm)).toBeLessThan(50);
    }
    expect(result.post!.exitCode).toBe(0);
  });
});
