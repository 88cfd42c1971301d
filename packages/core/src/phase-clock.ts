import { nowMs } from './clock.ts';

/** The phases of providing a cached entry, in the order a step goes through them. */
export const STEP_PHASES = ['resolve', 'restore', 'lock', 'download', 'extract', 'verify', 'publish', 'save'] as const;

/** One phase of providing a cached entry. */
export type StepPhase = (typeof STEP_PHASES)[number];

/**
 * Wall time per phase of sequential work: `enter` ends the phase running (if any) and starts the
 * next, so every millisecond between the first `enter` and `stop` belongs to exactly one phase and
 * the phases add up to the whole. A phase entered again accumulates.
 */
export class PhaseClock {
  private readonly totals = new Map<StepPhase, number>();
  private current: { phase: StepPhase; since: number } | undefined;

  /** Ends the running phase and starts `phase`. */
  enter(phase: StepPhase): void {
    const now = nowMs();
    this.close(now);
    this.current = { phase, since: now };
  }

  /** Ends the running phase. */
  stop(): void {
    this.close(nowMs());
    this.current = undefined;
  }

  /** Milliseconds per phase that ran, in {@link STEP_PHASES} order. */
  totalsMs(): Partial<Record<StepPhase, number>> {
    this.close(nowMs());
    return Object.fromEntries(STEP_PHASES.filter((p) => this.totals.has(p)).map((p) => [p, this.totals.get(p)!]));
  }

  private close(now: number): void {
    if (!this.current) return;
    this.totals.set(this.current.phase, (this.totals.get(this.current.phase) ?? 0) + now - this.current.since);
    this.current.since = now;
  }
}
