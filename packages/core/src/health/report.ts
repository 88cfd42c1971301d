import * as core from '../workflow-commands.ts';
import { ExternalError } from '../errors.ts';
import { formatBytes, formatCpus } from '../units.ts';
import { untrusted } from '../logging.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import type { LocalHealthConfig } from './config.ts';
import type { DispatchDecision } from './dispatch/decide.ts';
import type { HealthReport, HealthStatus } from './score.ts';

const STATUS_ICONS: Record<HealthStatus, string> = { healthy: '🟢', degraded: '🟡', unhealthy: '🔴' };

/** The local report as JSON for the `report` output and `runner-kit health --json`. */
export function healthReportJson(report: HealthReport): string {
  const { scope, cgroup } = report.measures;
  return JSON.stringify({ score: report.score, status: report.status, recommendation: report.recommendation, scope, ...(cgroup ? { cgroup } : {}), problems: report.problems, findings: report.findings, measures: report.measures });
}

/**
 * Which share of the machine the figures are, in one line: `job (cgroup v2 /kubepods/…, 1.0 GiB,
 * 0.5 CPU) on a host with 2 CPUs, 23.5 GiB` or `host (2 CPUs, 23.5 GiB)`.
 */
export function describeMeasureScope(measures: HealthReport['measures']): string {
  const host = `${formatCpus(measures.nodeCpuCount)}, ${formatBytes(measures.nodeMemory.totalBytes)}`;
  const { cgroup } = measures;
  if (measures.scope !== 'cgroup' || !cgroup) return `host (${host})${cgroup ? `; cgroup v${cgroup.version} ${cgroup.path} sets no lower limit` : ''}`;
  const memory = cgroup.limits.memoryBytes === undefined ? 'no memory limit' : formatBytes(cgroup.limits.memoryBytes);
  return `job (cgroup v${cgroup.version} ${cgroup.path}: ${memory}, ${formatCpus(cgroup.limits.effectiveCpus)}) on a host with ${host}`;
}

/** Sets outputs, annotates problems, writes the summary; fails the step under `fail-below`. */
export async function publishLocalHealth(config: LocalHealthConfig, report: HealthReport): Promise<void> {
  core.setOutput('score', String(report.score));
  core.setOutput('status', report.status);
  core.setOutput('recommendation', report.recommendation);
  core.setOutput('report', healthReportJson(report));
  core.info(`${STATUS_ICONS[report.status]} ${report.status}: score ${report.score}/100 → ${report.recommendation}`);
  core.info(`Measured: ${untrusted(describeMeasureScope(report.measures))}`);
  for (const problem of report.problems) core.info(`  - ${untrusted(problem)}`);
  await appendSummary(renderLocalHealthSummary(report));
  if (config.failBelow !== undefined && report.score < config.failBelow) {
    throw new ExternalError(`Runner health score ${report.score} is below fail-below ${config.failBelow}: ${report.problems.join('; ') || 'no single problem, many small ones'}.`);
  }
  if (report.status !== 'healthy') core.warning(`Runner ${report.status} (score ${report.score}): ${report.problems.join('; ')}`, { title: 'health-gate' });
}

/**
 * Every measure, its value, threshold and penalty (the summary's table and the CLI's). Paths
 * and URLs are long: the measure names them by a number, and a line under the table says which.
 */
export function renderFindingsTable(report: HealthReport): string {
  const subjects: string[] = [];
  const rows = report.findings.map((f) => {
    let measure = f.measure;
    if (f.subject !== undefined && f.measure.endsWith(` ${f.subject}`)) {
      if (!subjects.includes(f.subject)) subjects.push(f.subject);
      measure = `${f.measure.slice(0, -f.subject.length - 1)} [${subjects.indexOf(f.subject) + 1}]`;
    }
    return [measure, f.value, f.threshold, f.penalty ? `−${f.penalty}` : '0'];
  });
  const table = markdownTable(['measure', 'value', 'threshold (warn / critical)', 'penalty'], rows, ['l', 'r', 'l', 'r']);
  if (subjects.length === 0) return table;
  return `${table}\n\n${subjects.map((subject, i) => `[${i + 1}] ${code(subject)}`).join(' · ')}`;
}

/** The job-summary section for local mode. */
export function renderLocalHealthSummary(report: HealthReport): string {
  return [
    `### ${STATUS_ICONS[report.status]} health-gate: ${report.status}, score ${report.score}/100`,
    '',
    `Recommendation: ${code(report.recommendation)}`,
    '',
    `Measured: ${describeMeasureScope(report.measures)}`,
    '',
    renderFindingsTable(report),
    '',
  ].join('\n');
}

/** Sets the dispatch outputs and writes its summary. */
export async function publishDispatch(decision: DispatchDecision): Promise<void> {
  core.setOutput('runs-on', decision.runsOnJson);
  core.setOutput('use-self-hosted', String(decision.useSelfHosted));
  core.setOutput('reason', decision.reason);
  core.info(`runs-on: ${decision.runsOnJson} (${untrusted(decision.reason)})`);
  await appendSummary(renderDispatchSummary(decision));
}

export function renderDispatchSummary(decision: DispatchDecision): string {
  const lines = [
    `### ${decision.useSelfHosted ? '🏠 health-gate: self-hosted' : '☁️ health-gate: fallback'}`,
    '',
    `**runs-on** ${code(decision.runsOnJson)} — ${decision.reason}`,
  ];
  if (decision.successRate) lines.push('', `Recent self-hosted jobs of this workflow: ${Math.round(decision.successRate.rate * 100)}% successful over ${decision.successRate.jobs}.`);
  if (decision.prometheus) {
    const { query, value, error } = decision.prometheus;
    lines.push('', `Prometheus: ${code(query)} → ${value === undefined ? `no answer (${error ?? 'unknown'})` : `**${value}**`}`);
  }
  if (decision.queue) {
    const { queued, idle, maxQueued, runs, error } = decision.queue;
    lines.push('', error === undefined ? `Queue: ${queued} job(s) queued for these labels in ${runs} open run(s), ${idle} idle runner(s), max-queued ${maxQueued}.` : `Queue: could not be read (${error}).`);
  }
  if (decision.runners.length) {
    lines.push(
      '',
      markdownTable(
        ['runner', 'status', 'busy', 'labels'],
        decision.runners.map((r) => [r.name, r.status === 'online' ? '🟢 online' : '⚫ offline', r.busy ? 'busy' : 'idle', r.labels.join(', ')]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
