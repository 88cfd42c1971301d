import { consoleLogger, describeError, FleetCollector, Inputs, readExporterConfig, serveMetrics, untrusted, writeTextfile, type ExporterConfig } from '@runner-kit/core';

/** Flags of `runner-kit exporter` (parsed by main.ts). */
export interface ExporterFlags {
  listen?: string;
  textfile?: string;
  interval?: string;
  once?: boolean;
  'runner-name'?: string;
  labels?: string;
  workspace?: string;
  'cache-path'?: string[];
  'cache-dir'?: string;
  'cache-max-size'?: string;
  'network-check'?: string[];
  'network-timeout'?: string;
  thresholds?: string;
}

/**
 * The runner exporter for Prometheus: health-gate's measures and score, the runner service and
 * the model cache, served at /metrics (or written for node_exporter's textfile collector) until
 * SIGTERM or SIGINT. Returns the exit code.
 */
export async function exporterCommand(flags: ExporterFlags, stop: Promise<void> = untilSignalled()): Promise<number> {
  const config = readExporterConfig(
    Inputs.fromRecord({
      listen: flags.listen,
      textfile: flags.textfile,
      interval: flags.interval,
      once: flags.once ? 'true' : undefined,
      'runner-name': flags['runner-name'],
      labels: flags.labels,
      workspace: flags.workspace,
      'cache-paths': (flags['cache-path'] ?? []).join('\n'),
      'cache-dir': flags['cache-dir'],
      'cache-max-size': flags['cache-max-size'],
      // Off unless asked for: a check per scrape would make every scrape wait for the network.
      'network-check': (flags['network-check'] ?? []).join('\n'),
      'network-timeout': flags['network-timeout'],
      thresholds: flags.thresholds,
    }),
  );
  const collector = new FleetCollector(config, { logger: consoleLogger });
  return config.output.kind === 'http' ? serve(config, config.output, collector, stop) : writeFiles(config.output, collector, stop);
}

async function serve(config: ExporterConfig, output: { host: string; port: number }, collector: FleetCollector, stop: Promise<void>): Promise<number> {
  const server = await serveMetrics(output.host, output.port, () => collector.exposition(), consoleLogger);
  consoleLogger.info(`runner-kit exporter: runner ${untrusted(config.runner)}, serving ${server.url}/metrics and ${server.url}/healthz`);
  await stop;
  await server.close();
  return 0;
}

async function writeFiles(output: { dir: string; intervalMs: number; once: boolean }, collector: FleetCollector, stop: Promise<void>): Promise<number> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  let failures = 0;
  for (;;) {
    try {
      const file = await writeTextfile(output.dir, await collector.exposition());
      if (output.once) {
        consoleLogger.info(`runner-kit exporter: wrote ${untrusted(file)}`);
        return 0;
      }
      failures = 0;
    } catch (error: unknown) {
      if (output.once) throw error;
      // A full disk or a directory being recreated may pass: keep trying, say so once per run of failures.
      if (failures++ === 0) consoleLogger.warning(untrusted(describeError(error)));
    }
    await Promise.race([stop, new Promise((resolve) => setTimeout(resolve, output.intervalMs).unref())]);
    if (stopped) return 0;
  }
}

/** Resolves on SIGTERM (systemd's stop) or SIGINT (Ctrl-C). */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGTERM', done);
      process.off('SIGINT', done);
      resolve();
    };
    process.on('SIGTERM', done);
    process.on('SIGINT', done);
  });
}
