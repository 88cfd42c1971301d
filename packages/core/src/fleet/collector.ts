import { consoleLogger, untrusted, type Logger } from '../logging.ts';
import { LocalStore } from '../cache-store/local-store.ts';
import { measureHost } from '../health/measures.ts';
import { countRunnerListeners } from '../health/runner-workers.ts';
import { scoreHealth } from '../health/score.ts';
import { renderExposition } from '../metrics/exposition.ts';
import type { ExporterConfig } from './config.ts';
import { fleetFamilies, type FleetSnapshot } from './metrics.ts';
import { summarizeModelCache } from './model-cache.ts';

/** Where the collector reads; tests point it at fixture trees. */
export interface CollectorOptions {
  procRoot?: string;
  logger?: Logger;
  now?: () => number;
}

/**
 * Measures the machine with health-gate's own code (`measureHost`, `scoreHealth`) and renders
 * the result in the Prometheus text format. One measurement answers every request for
 * `config.maxAgeMs`, and requests that arrive while one is under way wait for it, so several
 * scrapers cost one measurement.
 */
export class FleetCollector {
  private latest?: { at: number; text: Promise<string> };
  private readonly store?: LocalStore;

  constructor(
    private readonly config: Pick<ExporterConfig, 'runner' | 'labels' | 'paths' | 'networkUrls' | 'networkTimeoutMs' | 'thresholds' | 'oomStateFile' | 'modelCache' | 'maxAgeMs'>,
    private readonly options: CollectorOptions = {},
  ) {
    if (config.modelCache) this.store = new LocalStore(config.modelCache.dir, options.logger ?? consoleLogger);
  }

  /** The metrics text, measured now or at most `maxAgeMs` ago. */
  exposition(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.latest && now - this.latest.at < this.config.maxAgeMs) return this.latest.text;
    const text = this.measure().then((snapshot) => renderExposition(fleetFamilies(snapshot)));
    this.latest = { at: now, text };
    // A failed measurement is not kept: the next request tries again.
    text.catch(() => {
      if (this.latest?.text === text) this.latest = undefined;
    });
    return text;
  }

  /** One snapshot of the machine, for the metrics and for tests. */
  async measure(): Promise<FleetSnapshot> {
    const started = performance.now();
    const { config, options } = this;
    const procRoot = options.procRoot ?? '/proc';
    const [measures, summary] = await Promise.all([
      measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, procRoot, oomStateFile: config.oomStateFile }),
      this.store ? summarizeModelCache(this.store) : undefined,
    ]);
    if (summary && 'error' in summary) (options.logger ?? consoleLogger).warning(`The model cache ${untrusted(this.store!.root)} could not be read: ${untrusted(summary.error)}`);
    return {
      runner: config.runner,
      labels: config.labels,
      health: scoreHealth(measures, config.thresholds),
      workspacePaths: 1,
      listeners: countRunnerListeners(procRoot),
      ...(summary && config.modelCache ? { modelCache: { summary, ...(config.modelCache.limitBytes === undefined ? {} : { limitBytes: config.modelCache.limitBytes }) } } : {}),
      measureSeconds: (performance.now() - started) / 1000,
    };
  }
}
