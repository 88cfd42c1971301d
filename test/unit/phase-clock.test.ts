import { describe, expect, it } from '@jest/globals';
import { PhaseClock } from '../../packages/core/src/phase-clock.ts';

/** Busy-waits `ms`: the clock reads performance.now(), so real time must pass. */
function spend(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('PhaseClock', () => {
  it('gives every moment between the first enter and stop to exactly one phase', () => {
    const clock = new PhaseClock();
    const started = performance.now();
    clock.enter('resolve');
    spend(5);
    clock.enter('download');
    spend(20);
    clock.enter('publish');
    spend(5);
    clock.stop();
    const whole = performance.now() - started;
    spend(10); // after stop: counted nowhere
    const totals = clock.totalsMs();
    expect(Object.keys(totals)).toEqual(['resolve', 'download', 'publish']);
    expect(totals.download!).toBeGreaterThanOrEqual(20);
    expect(totals.resolve!).toBeGreaterThanOrEqual(5);
    const sum = Object.values(totals).reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(whole);
    expect(sum).toBeGreaterThanOrEqual(30);
  });

  it('adds up a phase entered again and lists phases in the step order, not the order entered', () => {
    const clock = new PhaseClock();
    clock.enter('lock');
    spend(3);
    clock.enter('resolve');
    spend(3);
    clock.enter('lock');
    spend(3);
    clock.stop();
    const totals = clock.totalsMs();
    expect(Object.keys(totals)).toEqual(['resolve', 'lock']);
    expect(totals.lock!).toBeGreaterThanOrEqual(6);
  });

  it('counts the running phase up to now when read before stop', () => {
    const clock = new PhaseClock();
    clock.enter('extract');
    spend(4);
    expect(clock.totalsMs().extract!).toBeGreaterThanOrEqual(4);
    spend(4);
    expect(clock.totalsMs().extract!).toBeGreaterThanOrEqual(8);
  });
});
