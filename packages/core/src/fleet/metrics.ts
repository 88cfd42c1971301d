import type { MetricFamily, Sample } from '../metrics/exposition.ts';
import type { HealthReport, HealthStatus } from '../health/score.ts';
import { labelSetValue } from './label-set.ts';
import type { ModelCacheSummary } from './model-cache.ts';

/** Everything one scrape reports, measured at one moment. */
export interface FleetSnapshot {
  runner: string;
  labels: readonly string[];
  /** health-gate's score of this machine, with the measures it judged. */
  health: HealthReport;
  /** How many paths of `health.measures.disks` are the workspace (the first) rather than cache paths. */
  workspacePaths: number;
  /** `Runner.Listener` processes found. */
  listeners: number;
  /** Absent when no model cache directory is configured. */
  modelCache?: { summary: ModelCacheSummary | { error: string }; limitBytes?: number };
  /** How long measuring took, in seconds. */
  measureSeconds: number;
}

const STATUSES: readonly HealthStatus[] = ['healthy', 'degraded', 'unhealthy'];

/**
 * Every metric the exporter can emit, with its help text: the Grafana dashboard and the alert
 * rules may use only these (a test holds them to it).
 */
export const FLEET_METRICS = {
  runner_kit_runner_info: 'The runner and its labels (lower-case, sorted, comma-wrapped: ,linux,self-hosted,x64,); always 1.',
  runner_kit_health_score: "health-gate's score of the machine, 0-100 (healthy >= 75, degraded >= 50).",
  runner_kit_health_status: "health-gate's status: 1 for the current one, 0 for the others.",
  runner_kit_health_penalty: 'Points a measure takes off the health score now (0 when it is fine).',
  runner_kit_runner_listener_up: 'Whether the runner service (Runner.Listener) is running on the machine: 1 or 0.',
  runner_kit_job_workers: 'Jobs running on the machine now (Runner.Worker processes).',
  runner_kit_cpus: "CPUs the runner's jobs can use (a cgroup's quota and cpuset, else the host's).",
  runner_kit_node_cpus: 'Online CPUs of the machine.',
  runner_kit_load1_per_cpu: '1-minute load average divided by the online CPUs of the machine.',
  runner_kit_cpu_pressure_ratio: 'Share of the last 10 s some runnable task waited for a CPU (PSI some avg10), where the kernel has it.',
  runner_kit_memory_total_bytes: "Memory the runner's jobs can use (a cgroup limit, else the machine's).",
  runner_kit_memory_available_bytes: "Memory still available to the runner's jobs.",
  runner_kit_memory_available_ratio: 'Available memory as a share of the total.',
  runner_kit_swap_total_bytes: 'Swap space of the machine.',
  runner_kit_swap_free_bytes: 'Unused swap space of the machine.',
  runner_kit_path_exists: 'Whether a watched path (workspace or cache path) exists: 1 or 0.',
  runner_kit_disk_size_bytes: 'Size of the filesystem holding a watched path.',
  runner_kit_disk_available_bytes: 'Bytes an unprivileged user can still write on the filesystem holding a watched path.',
  runner_kit_disk_available_ratio: 'Available bytes as a share of the filesystem size.',
  runner_kit_disk_inodes_free_ratio: 'Free inodes as a share of all inodes (absent on filesystems without an inode limit).',
  runner_kit_model_cache_up: 'Whether the model cache directory could be read: 1 or 0.',
  runner_kit_model_cache_entries: 'Entries in the model cache.',
  runner_kit_model_cache_incomplete_entries: 'Entries without a manifest (an install in progress or interrupted).',
  runner_kit_model_cache_in_use_entries: 'Entries a running job has marked as in use.',
  runner_kit_model_cache_bytes: 'Bytes of the complete entries of the model cache.',
  runner_kit_model_cache_limit_bytes: 'The size the model cache should stay under (--cache-max-size).',
  runner_kit_model_cache_last_used_timestamp_seconds: 'When an entry of the model cache was last used.',
  runner_kit_exporter_scrape_duration_seconds: 'How long the exporter took to measure the machine for this answer.',
} as const satisfies Record<string, string>;

export type FleetMetricName = keyof typeof FLEET_METRICS;

/** The exporter's metric families for one snapshot; every sample carries the `runner` label. */
export function fleetFamilies(snapshot: FleetSnapshot): MetricFamily[] {
  const runner = snapshot.runner;
  const { health } = snapshot;
  const { measures } = health;
  const families: MetricFamily[] = [];
  const gauge = (name: FleetMetricName, samples: (Sample | number)[]) => {
    families.push({
      name,
      help: FLEET_METRICS[name],
      type: 'gauge',
      samples: samples.map((sample) => (typeof sample === 'number' ? { labels: { runner }, value: sample } : { labels: { runner, ...sample.labels }, value: sample.value })),
    });
  };
  const scope = { scope: measures.scope };
  const disk = (index: number, path: string) => ({ path, role: index < snapshot.workspacePaths ? 'workspace' : 'cache' });

  gauge('runner_kit_runner_info', [{ labels: { labels: labelSetValue(snapshot.labels) }, value: 1 }]);
  gauge('runner_kit_health_score', [health.score]);
  gauge('runner_kit_health_status', STATUSES.map((status) => ({ labels: { status }, value: status === health.status ? 1 : 0 })));
  gauge('runner_kit_health_penalty', health.findings.map((finding) => ({ labels: { measure: finding.measure }, value: finding.penalty })));
  gauge('runner_kit_runner_listener_up', [snapshot.listeners > 0 ? 1 : 0]);
  gauge('runner_kit_job_workers', measures.runnerWorkers === undefined ? [] : [measures.runnerWorkers]);
  gauge('runner_kit_cpus', [{ labels: scope, value: measures.cpuCount }]);
  gauge('runner_kit_node_cpus', [measures.nodeCpuCount]);
  gauge('runner_kit_load1_per_cpu', [measures.loadAverage[0] / Math.max(1, measures.nodeCpuCount)]);
  gauge('runner_kit_cpu_pressure_ratio', measures.cpuPressure ? [{ labels: { scope: measures.cpuPressure.scope }, value: measures.cpuPressure.someAvg10 / 100 }] : []);
  gauge('runner_kit_memory_total_bytes', [{ labels: scope, value: measures.memory.totalBytes }]);
  gauge('runner_kit_memory_available_bytes', [{ labels: scope, value: measures.memory.availableBytes }]);
  gauge('runner_kit_memory_available_ratio', measures.memory.totalBytes > 0 ? [{ labels: scope, value: measures.memory.availableBytes / measures.memory.totalBytes }] : []);
  gauge('runner_kit_swap_total_bytes', measures.swap ? [measures.swap.totalBytes] : []);
  gauge('runner_kit_swap_free_bytes', measures.swap ? [measures.swap.freeBytes] : []);
  gauge('runner_kit_path_exists', measures.disks.map((d, i) => ({ labels: disk(i, d.path), value: d.exists ? 1 : 0 })));
  // A missing path has no filesystem: no sample rather than a 0 that reads as "full".
  const present = measures.disks.map((d, i) => ({ d, labels: disk(i, d.path) })).filter(({ d }) => d.exists);
  gauge('runner_kit_disk_size_bytes', present.map(({ d, labels }) => ({ labels, value: d.totalBytes })));
  gauge('runner_kit_disk_available_bytes', present.map(({ d, labels }) => ({ labels, value: d.freeBytes })));
  gauge('runner_kit_disk_available_ratio', present.filter(({ d }) => d.totalBytes > 0).map(({ d, labels }) => ({ labels, value: d.freeBytes / d.totalBytes })));
  gauge('runner_kit_disk_inodes_free_ratio', present.filter(({ d }) => d.totalInodes > 0).map(({ d, labels }) => ({ labels, value: d.freeInodes / d.totalInodes })));
  if (snapshot.modelCache) {
    const { summary, limitBytes } = snapshot.modelCache;
    gauge('runner_kit_model_cache_up', ['error' in summary ? 0 : 1]);
    if (!('error' in summary)) {
      gauge('runner_kit_model_cache_entries', [summary.entries]);
      gauge('runner_kit_model_cache_incomplete_entries', [summary.incomplete]);
      gauge('runner_kit_model_cache_in_use_entries', [summary.inUse]);
      gauge('runner_kit_model_cache_bytes', [summary.bytes]);
      gauge('runner_kit_model_cache_last_used_timestamp_seconds', summary.lastUsedMs === undefined ? [] : [summary.lastUsedMs / 1000]);
    }
    gauge('runner_kit_model_cache_limit_bytes', limitBytes === undefined ? [] : [limitBytes]);
  }
  gauge('runner_kit_exporter_scrape_duration_seconds', [snapshot.measureSeconds]);
  return families;
}
