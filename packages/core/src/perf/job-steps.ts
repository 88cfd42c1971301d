import type { components } from '@octokit/openapi-types';
import { createApiClient, describeApiFailure, type ResponseShape } from '../github/api.ts';
import type { Logger } from '../logging.ts';
import type { JobContext } from './config.ts';

type ApiJob = components['schemas']['job'];

/** One step of this job as the Actions API lists it; times in epoch ms. */
export interface JobStep {
  number: number;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt?: number;
  completedAt?: number;
}

/** This job's steps, or why there are none (never an error: the report comes out either way). */
export type JobStepsResult = { ok: true; jobName: string; jobId: number; rule: string; steps: JobStep[] } | { ok: false; notice: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown) => value === undefined || value === null || typeof value === 'string';

function isStep(value: unknown): boolean {
  return isRecord(value) && typeof value['name'] === 'string' && typeof value['number'] === 'number' && typeof value['status'] === 'string' && optionalText(value['started_at']) && optionalText(value['completed_at']);
}

function isAttemptJobsPage(value: unknown): boolean {
  const isJob = (job: unknown) => isRecord(job) && typeof job['id'] === 'number' && typeof job['name'] === 'string' && typeof job['status'] === 'string' && (job['steps'] === undefined || (Array.isArray(job['steps']) && job['steps'].every(isStep)));
  return isRecord(value) && typeof value['total_count'] === 'number' && Array.isArray(value['jobs']) && value['jobs'].every(isJob);
}

/** What the step timeline reads, per GitHub's OpenAPI description (`actions/list-jobs-for-workflow-run-attempt`). */
const STEP_SHAPES: readonly ResponseShape[] = [{ path: /\/actions\/runs\/[^/]+\/attempts\/[^/]+\/jobs$/, what: 'a list of jobs', check: isAttemptJobsPage }];

/**
 * This job's steps with their start and end times, from
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs` (all pages). The job
 * is found by the runner it runs on (`runner_name` = `RUNNER_NAME`, `in_progress`), else by name
 * (the job id, or a matrix leg's `id (…)`); the rule that matched is returned for the log. Any
 * failure — no token, 401/403/404, an answer of another shape, a timeout — is a notice.
 */
export async function fetchJobSteps(context: JobContext, options: { token?: string; logger: Logger; timeoutMs?: number }): Promise<JobStepsResult> {
  const [owner = '', repo = ''] = context.repository.split('/');
  if (!owner || !repo || !/^\d+$/.test(context.runId)) return { ok: false, notice: 'No step timeline: this does not look like a workflow run (GITHUB_REPOSITORY or GITHUB_RUN_ID missing).' };
  if (!options.token) return { ok: false, notice: 'No step timeline: no github-token (it needs `actions: read`).' };
  const client = await createApiClient({ token: options.token, apiUrl: context.apiUrl, timeoutMs: options.timeoutMs ?? 15_000, logger: options.logger, shapes: STEP_SHAPES });
  let jobs: ApiJob[];
  try {
    jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, { owner, repo, run_id: Number(context.runId), attempt_number: Number(context.runAttempt) || 1, per_page: 100 });
  } catch (error: unknown) {
    const failure = describeApiFailure(error);
    const hint =
      failure.rateLimited ? '' : failure.status === 403 ? ' The token needs `actions: read` (set `permissions: actions: read` on the job).' : failure.status === 404 ? ' The run was not found: the token cannot see this repository, or this GitHub Enterprise Server has no such endpoint.' : '';
    return { ok: false, notice: `No step timeline: the Actions API answered ${failure.text}.${hint}` };
  }
  const match = findThisJob(jobs, context);
  if (!match) return { ok: false, notice: `No step timeline: none of the ${jobs.length} job(s) of run ${context.runId} attempt ${context.runAttempt} runs on ${context.runnerName || 'this runner'} or is named ${context.job}.` };
  return { ok: true, jobName: match.job.name, jobId: Number(match.job.id), rule: match.rule, steps: (match.job.steps ?? []).map(toStep) };
}

/** This job among the attempt's jobs: by runner, then by name; undefined when no rule gives exactly one. */
export function findThisJob(jobs: readonly ApiJob[], context: Pick<JobContext, 'runnerName' | 'job'>): { job: ApiJob; rule: string } | undefined {
  const running = jobs.filter((job) => job.status === 'in_progress');
  const onRunner = running.filter((job) => context.runnerName !== '' && job.runner_name === context.runnerName);
  if (onRunner.length === 1) return { job: onRunner[0]!, rule: `runner_name ${context.runnerName}, in progress` };
  // Job names default to the job id; a matrix leg is `id (value, …)`.
  const named = (list: readonly ApiJob[]) => list.filter((job) => job.name === context.job || job.name.startsWith(`${context.job} (`));
  for (const [list, rule] of [
    [named(running), `name ${context.job}, in progress`],
    [named(jobs), `name ${context.job}`],
  ] as const) {
    if (list.length === 1) return { job: list[0]!, rule };
  }
  return undefined;
}

function toStep(step: NonNullable<ApiJob['steps']>[number]): JobStep {
  const time = (text: string | null | undefined) => (text ? Date.parse(text) : Number.NaN);
  const startedAt = time(step.started_at);
  const completedAt = time(step.completed_at);
  return {
    number: step.number,
    name: step.name,
    status: step.status,
    conclusion: step.conclusion,
    ...(Number.isFinite(startedAt) ? { startedAt } : {}),
    ...(Number.isFinite(completedAt) ? { completedAt } : {}),
  };
}
