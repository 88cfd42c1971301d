export { FleetCollector } from './collector.ts';
export { readExporterConfig, type ExporterConfig } from './config.ts';
export { serveMetrics } from './serve.ts';
export { writeTextfile } from './textfile.ts';
