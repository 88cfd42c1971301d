import type { ApiClient } from '../../github/api.ts';
import { hasAllLabels } from './labels.ts';

/**
 * At most this many queued and in-progress runs are opened to count their queued jobs, newest
 * first: with the two run listings, the queue check makes at most 2 + this many requests.
 */
export const QUEUE_MAX_RUNS = 20;

export interface QueueQuery {
  owner: string;
  repo: string;
  /** This run: its own jobs are not a backlog it waits behind. */
  runId?: number;
  labels: string[];
}

/** Jobs waiting for a runner with the labels, and how many runs were opened to find them. */
export interface QueuedJobs {
  queued: number;
  runs: number;
}

/**
 * Counts the repository's jobs that are queued and could take one of the runners with `labels`:
 * every label the job asks for is among them (a job on `[self-hosted, linux]` competes for
 * `[self-hosted, linux, x64]` runners). Looks at queued and in-progress runs (an in-progress run
 * may still have jobs waiting), newest first, up to {@link QUEUE_MAX_RUNS}. API errors are thrown.
 */
export async function countQueuedJobs(octokit: ApiClient, query: QueueQuery): Promise<QueuedJobs> {
  const { owner, repo } = query;
  const listings = await Promise.all(
    (['queued', 'in_progress'] as const).map((status) => octokit.request('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, status, per_page: QUEUE_MAX_RUNS })),
  );
  const runs = listings
    .flatMap(({ data }) => data.workflow_runs)
    .filter((run) => Number(run.id) !== query.runId)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .filter((run, index, all) => all.findIndex((other) => other.id === run.id) === index)
    .slice(0, QUEUE_MAX_RUNS);
  let queued = 0;
  for (const run of runs) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: Number(run.id), filter: 'latest', per_page: 100 });
    queued += data.jobs.filter((job) => job.status === 'queued' && job.labels.length > 0 && hasAllLabels(query.labels, job.labels)).length;
  }
  return { queued, runs: runs.length };
}
