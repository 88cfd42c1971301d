import { consoleLogger, DEFAULT_NETWORK_CHECK, describeMeasureScope, healthReportJson, Inputs, measureHost, readLocalConfig, renderFindingsTable, scoreHealth, untrusted } from '@runner-kit/core';

/** Flags of `runner-kit health` (parsed by main.ts). */
export interface HealthFlags {
  json?: boolean;
  'cache-path'?: string[];
  'network-check'?: string[];
  'network-timeout'?: string;
  thresholds?: string;
  workspace?: string;
}

const EXIT_CODES = { healthy: 0, degraded: 1, unhealthy: 2 } as const;

/**
 * The local health check for cron or a systemd timer on a runner machine: the same measures,
 * score and thresholds as the action; exit code 0 healthy, 1 degraded, 2 unhealthy.
 */
export async function healthCommand(flags: HealthFlags): Promise<number> {
  const inputs = Inputs.fromRecord({
    'cache-paths': (flags['cache-path'] ?? []).join('\n'),
    'network-check': (flags['network-check'] ?? [DEFAULT_NETWORK_CHECK]).join('\n'),
    'network-timeout': flags['network-timeout'],
    thresholds: flags.thresholds,
  });
  const config = readLocalConfig(inputs, { ...process.env, GITHUB_WORKSPACE: flags.workspace ?? process.cwd() });
  const report = scoreHealth(await measureHost({ paths: config.paths, networkUrls: config.networkUrls, networkTimeoutMs: config.networkTimeoutMs, oomStateFile: config.oomStateFile }), config.thresholds);
  if (flags.json) console.log(healthReportJson(report));
  else {
    consoleLogger.info(`${report.status}: score ${report.score}/100 → ${report.recommendation}`);
    consoleLogger.info(`Measured: ${untrusted(describeMeasureScope(report.measures))}`);
    console.log(renderFindingsTable(report));
    for (const problem of report.problems) console.log(`- ${untrusted(problem)}`);
  }
  return EXIT_CODES[report.status];
}
