export { FleetCollector, type CollectorOptions } from './collector.ts';
export { DEFAULT_LISTEN, MEASURE_MAX_AGE_MS, parseListen, readExporterConfig, type ExporterConfig, type ExporterOutput } from './config.ts';
export { healthyRunnersQuery, HEALTHY_RUNNERS_RULE, labelSetPattern, labelSetValue, promqlString } from './label-set.ts';
export { FLEET_METRICS, fleetFamilies, type FleetMetricName, type FleetSnapshot } from './metrics.ts';
export { summarizeModelCache, type ModelCacheSummary } from './model-cache.ts';
export { serveMetrics, type ExporterServer } from './serve.ts';
export { TEXTFILE_NAME, writeTextfile } from './textfile.ts';
