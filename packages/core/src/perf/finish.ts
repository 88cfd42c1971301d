import * as core from '../workflow-commands.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../errors.ts';
import { createApiClient, describeApiFailure } from '../github/api.ts';
import { stopProcess } from '../processes.ts';
import { appendSummary } from '../summary.ts';
import { group, untrusted, type Logger } from '../logging.ts';
import { aggregate, compareWithBaseline, hasRegression, isPerfReport, thresholdWarnings, type PerfReport } from './aggregate.ts';
import { DEFAULT_REGRESSION_THRESHOLD } from './config.ts';
import { fetchJobSteps } from './job-steps.ts';
import { stepFigures } from './step-figures.ts';
import { peakDuringStep, renderStepsCsv, slowestStep, stepRegressionText } from './steps-render.ts';
import { commentMarker, upsertComment } from './pr-comment.ts';
import { pushToGateway } from './pushgateway.ts';
import { oomKillMessage, renderCsv, renderReportMarkdown } from './render.ts';
import { detectPageBytes } from './frame-sampler.ts';
import { replayRecordingFile } from './replay.ts';
import { renderSampleLog, type Sample, type SampleHeader, type SampleLog } from './samples.ts';
import { claimReport, type PerfSession, type ReportSettings } from './session.ts';

/** The report files, each an output for upload-artifact. */
export interface ReportFiles {
  dir: string;
  json: string;
  markdown: string;
  csv: string;
  samples: string;
  /** The per-step figures (JSON and CSV), when the steps could be read. */
  stepsJson?: string;
  stepsCsv?: string;
}

/** The job summary limit is 1 MiB per step; stay far below it whatever happens. */
const SUMMARY_BUDGET = 256 * 1024;
/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_BUDGET = 60_000;

/** What the report step made of a session: the report, the samples behind it, its files. */
export interface PerfReportOutcome {
  report: PerfReport;
  log: SampleLog;
  files: ReportFiles;
  settings: ReportSettings;
  /** The workflow run's page, for links in the summary and the PR comment. */
  runUrl?: string;
}

/**
 * Stops the session's sampler, replays its recording, aggregates it (with the baseline
 * comparison) and writes the report files. Claims the session first: a session is reported once,
 * so when `mode: stop` already did, this says so and returns undefined.
 */
export async function collectPerfReport(session: PerfSession, options: { token?: string; logger: Logger }): Promise<PerfReportOutcome | undefined> {
  const { logger } = options;
  if (!claimReport(session)) {
    logger.info(`perf-monitor: ${session.report.reportName} was already reported by a step with mode: stop.`);
    return undefined;
  }
  const stopped = await stopProcess(session.sampler, { graceMs: 3000 });
  logger.info(stopped === 'not-running' ? 'The sampler had already ended.' : `Sampler (pid ${session.sampler.pid}) ${stopped}.`);
  const endedAt = Date.now();
  const log = replayRecordingFile(session.recording, {
    clock: session.clock,
    workspace: session.workspace,
    intervalMs: session.intervalMs,
    topProcesses: session.topProcesses,
    pageBytes: detectPageBytes(),
    ...(session.job ? { job: session.job } : {}),
  });
  writeFileSync(session.dataFile, renderSampleLog(log));
  const settings = session.report;
  const report = aggregate(log, { name: settings.reportName, thresholds: settings.thresholds, context: settings.context, endedAt });
  const steps = await group('Reading the job steps from the Actions API', () => fetchJobSteps(settings.context, options));
  if (steps.ok) {
    logger.info(`Found this job as '${untrusted(steps.jobName)}' (by ${untrusted(steps.rule)}): ${steps.steps.length} steps.`);
    report.steps = { jobName: steps.jobName, rule: steps.rule, items: stepFigures(steps.steps, log.samples, { endedAt, intervalMs: session.intervalMs, job: report.job !== undefined }) };
    report.warnings = thresholdWarnings(report, settings.thresholds, peakDuringStep(report.steps.items, log.samples, report));
  } else {
    report.stepsNotice = steps.notice;
    logger.info(untrusted(steps.notice));
  }
  if (settings.baseline) {
    const baseline = readBaseline(settings.baseline, logger);
    if (baseline) report.baseline = compareWithBaseline(report, baseline, settings.baseline, settings.regressionThresholdPercent ?? DEFAULT_REGRESSION_THRESHOLD);
  }
  const { context } = settings;
  const runUrl = context.repository && context.runId ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}` : undefined;
  const files = writeReportFiles(session, report, log.samples, log.header);
  return { report, log, files, settings, ...(runUrl ? { runUrl } : {}) };
}

/**
 * Publishes a report: outputs, job summary, annotations (an OOM kill is an error, crossed
 * thresholds and regressions are warnings), and the optional PR comment and Pushgateway push,
 * whose failures are warnings.
 */
export async function publishPerfReport(outcome: PerfReportOutcome, options: { token?: string; logger: Logger }): Promise<void> {
  const { report, log, files, settings, runUrl } = outcome;
  const { logger } = options;
  core.setOutput('report-dir', files.dir);
  core.setOutput('report-json', files.json);
  core.setOutput('report-md', files.markdown);
  core.setOutput('report-csv', files.csv);
  core.setOutput('samples-file', files.samples);
  core.setOutput('duration-seconds', String(Math.round(report.durationMs / 1000)));
  // Under a cgroup limit the job's own figures: CPU as % of its limit, memory as its working set.
  const cpuPeak = report.job ? report.metrics.jobCpuPercent?.peak : report.metrics.cpuPercent?.peak;
  const memoryPeak = report.job ? report.metrics.jobMemoryBytes?.peak : report.metrics.memoryUsedBytes?.peak;
  core.setOutput('cpu-peak', (cpuPeak ?? 0).toFixed(1));
  core.setOutput('memory-peak-bytes', String(Math.round(memoryPeak ?? 0)));
  core.setOutput('oom-kills', String(report.job?.oomKills ?? 0));
  core.setOutput('cpu-throttled-seconds', (report.job?.throttledSeconds ?? 0).toFixed(1));
  core.setOutput('warnings', String(report.warnings.length));
  core.setOutput('regression', String(hasRegression(report)));
  core.setOutput('steps-json', files.stepsJson ?? '');
  core.setOutput('slowest-step', slowestStep(report)?.name ?? '');

  let summary = renderReportMarkdown(report, log.samples, log.header, { charts: true, ...(runUrl ? { runUrl } : {}) });
  if (summary.length > SUMMARY_BUDGET) summary = renderReportMarkdown(report, log.samples, log.header, { charts: false });
  await appendSummary(summary);

  const oom = oomKillMessage(report);
  if (oom) core.error(oom, { title: 'perf-monitor: out of memory' });
  for (const warning of report.warnings) logger.warning(`perf-monitor: ${warning}`);
  for (const row of report.baseline?.rows.filter((r) => r.regression) ?? []) {
    logger.warning(`perf-monitor: ${row.measure} regressed to ${row.ratio.toFixed(2)}× the baseline.`);
  }
  for (const step of report.baseline?.steps?.filter((s) => s.regression) ?? []) logger.warning(`perf-monitor: ${untrusted(stepRegressionText(step))}`);
  if (settings.commentOnPr) await commentOnPullRequest(report, log, settings.reportName, runUrl, options);
  if (settings.pushgatewayUrl) {
    const pushed = await pushToGateway(settings.pushgatewayUrl, report);
    if (pushed.ok) logger.info(`Pushed the metrics to the Pushgateway (${untrusted(pushed.detail)}).`);
    else logger.warning(`perf-monitor: pushing to the Pushgateway failed: ${pushed.detail}.`);
  }
  logger.info(`Report: ${untrusted(files.dir)} (${report.samples} samples over ${Math.round(report.durationMs / 1000)} s).`);
}

function writeReportFiles(session: PerfSession, report: PerfReport, samples: readonly Sample[], header: SampleHeader | undefined): ReportFiles {
  const dir = session.reportDir;
  const files: ReportFiles = {
    dir,
    json: path.join(dir, 'perf-report.json'),
    markdown: path.join(dir, 'perf-report.md'),
    csv: path.join(dir, 'perf-samples.csv'),
    samples: session.dataFile,
  };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, renderReportMarkdown(report, samples, header, { charts: true }));
  writeFileSync(files.csv, renderCsv(samples, header));
  if (report.steps) {
    files.stepsJson = path.join(dir, 'perf-steps.json');
    files.stepsCsv = path.join(dir, 'perf-steps.csv');
    writeFileSync(files.stepsJson, `${JSON.stringify(report.steps, null, 2)}\n`);
    writeFileSync(files.stepsCsv, renderStepsCsv(report.steps.items));
  }
  return files;
}

/** The baseline report, or undefined (said why) when it is missing or not a report. */
function readBaseline(file: string, logger: Logger): PerfReport | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      logger.info(`No baseline at ${untrusted(file)} yet; nothing to compare with.`);
      return undefined;
    }
    logger.warning(`perf-monitor: cannot read the baseline ${file}: ${describeError(error)}.`);
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPerfReport(parsed)) return parsed;
  } catch {
    // reported below
  }
  logger.warning(`perf-monitor: the baseline ${file} is not a perf-monitor report JSON (perf-report.json); no comparison.`);
  return undefined;
}

async function commentOnPullRequest(
  report: PerfReport,
  log: SampleLog,
  reportName: string,
  runUrl: string | undefined,
  options: { token?: string; logger: Logger },
): Promise<void> {
  const { logger } = options;
  const { context } = report;
  if (context.pullRequest === undefined) {
    logger.info(`comment-on-pr: this is a ${context.eventName || 'non-PR'} event, not a pull request; no comment.`);
    return;
  }
  if (!options.token) {
    logger.warning('perf-monitor: comment-on-pr needs github-token (with pull-requests: write); no comment.');
    return;
  }
  const [owner = '', repo = ''] = context.repository.split('/');
  const marker = commentMarker(reportName);
  let body = renderReportMarkdown(report, log.samples, log.header, { charts: true, marker, ...(runUrl ? { runUrl } : {}) });
  if (body.length > COMMENT_BUDGET) body = renderReportMarkdown(report, log.samples, log.header, { charts: false, marker, ...(runUrl ? { runUrl } : {}) });
  const client = await createApiClient({ token: options.token, apiUrl: context.apiUrl, timeoutMs: 15_000, logger });
  try {
    const outcome = await upsertComment(client, { owner, repo, issueNumber: context.pullRequest }, marker, body);
    logger.info(`${outcome.action === 'updated' ? 'Updated' : 'Created'} the report comment on pull request #${context.pullRequest}: ${untrusted(outcome.url)}`);
  } catch (error: unknown) {
    const failure = describeApiFailure(error);
    const hint = !failure.rateLimited && (failure.status === 403 || failure.status === 404) ? ' The token needs pull-requests: write (pull requests from forks get a read-only token).' : '';
    logger.warning(`perf-monitor: could not comment on pull request #${context.pullRequest}: ${failure.text}.${hint}`);
  }
}
