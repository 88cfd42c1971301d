/**
 * How a runner's label set travels through Prometheus: lower-case (GitHub matches labels without
 * regard to case), sorted, without duplicates, and wrapped in commas — `,linux,self-hosted,x64,` —
 * so that "has all of these labels" is one regular expression over one label value.
 */
export function labelSetValue(labels: readonly string[]): string {
  const sorted = [...new Set(labels.map((label) => label.trim().toLowerCase()).filter((label) => label !== ''))].sort();
  return sorted.length === 0 ? ',' : `,${sorted.join(',')},`;
}

/**
 * An RE2 pattern (Prometheus anchors it at both ends) matching every {@link labelSetValue} that
 * holds all of `labels`, with any other labels between them: `.*,linux,(.*,)?x64,.*`.
 */
export function labelSetPattern(labels: readonly string[]): string {
  const wanted = labelSetValue(labels).split(',').filter((label) => label !== '');
  return `.*,${wanted.map(escapeRegex).join(',(.*,)?')},.*`;
}

/** The recording rule (monitoring/prometheus/runner-kit.rules.yml) counting healthy runners per label set. */
export const HEALTHY_RUNNERS_RULE = 'labels:runner_kit_runners_healthy:sum';

/** The PromQL health-gate asks by default: healthy runners whose labels include all of `labels`. */
export function healthyRunnersQuery(labels: readonly string[]): string {
  return `sum(${HEALTHY_RUNNERS_RULE}{labels=~${promqlString(labelSetPattern(labels))}})`;
}

/** A PromQL double-quoted string literal (Go escaping rules) of `text`. */
export function promqlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
