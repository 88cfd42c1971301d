/** perf-monitor: the public part of the perf domain (sampler, aggregation, reports). */
export { readPerfMonitorConfig } from './config.ts';
export { publishPerfMonitor, publishPerfMonitorPost, readPerfMonitorPostConfig, runPerfMonitor, runPerfMonitorPost } from './steps.ts';
