import type { components, operations } from '@octokit/openapi-types';
import type { ResponseShape } from '../../github/api.ts';

// What the dispatch mode reads, per GitHub's OpenAPI description. Only the fields it relies on are
// checked: enough that a stray HTML page, a cut-off body or another endpoint's answer is named as
// such instead of failing somewhere later.
type Runner = components['schemas']['runner'];
type RunnersPage = operations['actions/list-self-hosted-runners-for-repo']['responses'][200]['content']['application/json'];
type WorkflowRun = components['schemas']['workflow-run'];
type RunsPage = operations['actions/list-workflow-runs']['responses'][200]['content']['application/json'];
type JobsPage = operations['actions/list-jobs-for-workflow-run']['responses'][200]['content']['application/json'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isList = <T>(value: unknown, item: (entry: unknown) => entry is T): value is T[] => Array.isArray(value) && value.every(item);

function isRunner(value: unknown): value is Runner {
  return (
    isRecord(value) &&
    typeof value['name'] === 'string' &&
    typeof value['status'] === 'string' &&
    typeof value['busy'] === 'boolean' &&
    isList(value['labels'], (label): label is Runner['labels'][number] => isRecord(label) && typeof label['name'] === 'string')
  );
}

function isRunnersPage(value: unknown): value is RunnersPage {
  return isRecord(value) && typeof value['total_count'] === 'number' && isList(value['runners'], isRunner);
}

function isWorkflowRun(value: unknown): value is Pick<WorkflowRun, 'id' | 'workflow_id' | 'created_at'> {
  return isRecord(value) && typeof value['id'] === 'number' && typeof value['workflow_id'] === 'number' && typeof value['created_at'] === 'string';
}

function isRunsPage(value: unknown): value is RunsPage {
  return isRecord(value) && typeof value['total_count'] === 'number' && isList(value['workflow_runs'], isWorkflowRun);
}

function isJobsPage(value: unknown): value is JobsPage {
  const isJob = (job: unknown) =>
    isRecord(job) &&
    typeof job['status'] === 'string' &&
    (job['conclusion'] === null || typeof job['conclusion'] === 'string') &&
    typeof job['started_at'] === 'string' &&
    isList(job['labels'], (label): label is string => typeof label === 'string');
  return isRecord(value) && typeof value['total_count'] === 'number' && Array.isArray(value['jobs']) && value['jobs'].every(isJob);
}

/** The answers {@link decideRunsOn} reads: runner lists at every scope, the job history, and the queue. */
export const DISPATCH_SHAPES: readonly ResponseShape[] = [
  { path: /\/actions\/runners$/, what: 'a runner list', check: isRunnersPage },
  { path: /\/actions\/runs\/[^/]+$/, what: 'a workflow run', check: isWorkflowRun },
  { path: /\/actions\/workflows\/[^/]+\/runs$/, what: 'a list of workflow runs', check: isRunsPage },
  { path: /\/actions\/runs$/, what: 'a list of workflow runs', check: isRunsPage },
  { path: /\/actions\/runs\/[^/]+\/jobs$/, what: 'a list of jobs', check: isJobsPage },
];
