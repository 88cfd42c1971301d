import type { RunActionOptions } from '../../../../test/harness/index.ts';

/** One run of an action in `npm run demo`. */
export interface DemoRun {
  title: string;
  action: string;
  options: RunActionOptions;
}

/** A demo prepares its own fixtures (files, loopback servers) and lists the runs to show. */
export interface Demo {
  action: string;
  prepare(): Promise<{ runs: DemoRun[]; cleanup?: () => Promise<void> }>;
}
