import * as core from '@actions/core';
import { ExternalError } from '../errors.ts';
import { untrusted } from '../logging.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import type { LocalHealthConfig } from './config.ts';
import type { DispatchDecision } from './dispatch.ts';
import type { HealthReport, HealthStatus } from './score.ts';

const STATUS_ICONS: Record<HealthStatus, string> = { healthy: '🟢', degraded: '🟡', unhealthy: '🔴' };

/** The local report as JSON for the `report` output and `runner-kit health --json`. */
export function healthReportJson(report: HealthReport): string {
  return JSON.stringify({ score: report.score, status: report.status, recommendation: report.recommendation, problems: report.problems, findings: report.findings, measures: report.measures });
}

/** Sets outputs, annotates problems, writes the summary; fails the step under `fail-below`. */
export async function publishLocalHealth(config: LocalHealthConfig, report: HealthReport): Promise<void> {
  core.setOutput('score', String(report.score));
  core.setOutput('status', report.status);
  core.setOutput('recommendation', report.recommendation);
  core.setOutput('report', healthReportJson(report));
  core.info(`${STATUS_ICONS[report.status]} ${report.status}: score ${report.score}/100 → ${report.recommendation}`);
  for (const problem of report.problems) core.info(`  - ${untrusted(problem)}`);
  await appendSummary(renderLocalHealthSummary(report));
  if (config.failBelow !== undefined && report.score < config.failBelow) {
    throw new ExternalError(`Runner health score ${report.score} is below fail-below ${config.failBelow}: ${report.problems.join('; ') || 'no single problem, many small ones'}.`);
  }
  if (report.status !== 'healthy') core.warning(`Runner ${report.status} (score ${report.score}): ${report.problems.join('; ')}`, { title: 'health-gate' });
}

/** Every measure, its value, threshold and penalty (the summary's table and the CLI's). */
export function renderFindingsTable(report: HealthReport): string {
  const rows = report.findings.map((f) => [f.measure, f.value, f.threshold, f.penalty ? `−${f.penalty}` : '0']);
  return markdownTable(['measure', 'value', 'threshold (warn / critical)', 'penalty'], rows, ['l', 'r', 'l', 'r']);
}

/** The job-summary section for local mode. */
export function renderLocalHealthSummary(report: HealthReport): string {
  return [
    `### ${STATUS_ICONS[report.status]} health-gate: ${report.status}, score ${report.score}/100`,
    '',
    `Recommendation: ${code(report.recommendation)}`,
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
