import { describe, expect, it } from '@jest/globals';
import { pollUntil, remaining } from '../../packages/core/src/polling.ts';

describe('pollUntil', () => {
  it('returns the first value the probe gives', async () => {
    let calls = 0;
    const result = await pollUntil(() => (++calls === 3 ? 'ready' : undefined), { deadline: performance.now() + 5000, intervalMs: 1 });
    expect(result).toEqual({ value: 'ready' });
    expect(calls).toBe(3);
  });

  it('gives up at the deadline, with the last probe at or after it', async () => {
    const start = performance.now();
    let lastProbe = 0;
    const result = await pollUntil(() => {
      lastProbe = performance.now();
      return undefined;
    }, { deadline: start + 60, intervalMs: 10 });
    expect(result).toEqual({});
    expect(lastProbe).toBeGreaterThanOrEqual(start + 55);
  });

  it('stops waiting when what it waits for died', async () => {
    let alive = 2;
    const result = await pollUntil(() => undefined, { deadline: performance.now() + 5000, intervalMs: 1, stillAlive: () => alive-- > 0 });
    expect(result).toEqual({ died: true });
  });

  it('backs off from intervalMs to maxIntervalMs', async () => {
    const at: number[] = [];
    await pollUntil(() => {
      at.push(performance.now());
      return at.length === 6 ? true : undefined;
    }, { deadline: performance.now() + 5000, intervalMs: 5, maxIntervalMs: 40 });
    const pauses = at.slice(1).map((t, i) => t - at[i]!);
    // 5, 10, 20, 40, 40 ms; timers only ever fire late.
    expect(pauses.map((p, i) => p >= [5, 10, 20, 40, 40][i]! - 1)).toEqual([true, true, true, true, true]);
  });

  it('remaining() is never negative', () => expect(remaining(performance.now() - 1000)).toBe(0));
});
