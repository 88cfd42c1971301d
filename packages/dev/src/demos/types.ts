import type { RunActionOptions } from '../../../../test/harness/index.ts';

/** One run of an action in `npm run demo`. */
export interface DemoRun {
  title: string;
  action: string;
  options: RunActionOptions;
  /** Runs first, e.g. to wipe a hosted machine's tool cache between two jobs. */
  before?: () => void;
}

/** A demo prepares its own fixtures (files, loopback servers) and lists the runs to show. */
export interface Demo {
  action: string;
  prepare(): Promise<{ runs: DemoRun[]; cleanup?: () => Promise<void> }>;
}
