import type { ApiClient } from '../../github/api.ts';
import { hasAllLabels } from './labels.ts';

/**
 * At most this many recent runs of the workflow are opened to find jobs on the labels. Runs that
 * fell back to GitHub-hosted have no such jobs, so more runs than `history` may be needed; the
 * cap bounds the check at 2 + this many requests.
 */
export const HISTORY_MAX_RUNS = 20;

/**
 * Conclusions that say something about the runners. `cancelled` is left out: it is mostly a person
 * or `concurrency: cancel-in-progress`, not the machine (a runner that dies mid-job makes the job
 * fail). `skipped`, `neutral` and `action_required` never ran on a runner.
 */
export const COUNTED_CONCLUSIONS: ReadonlySet<string> = new Set(['success', 'failure', 'timed_out']);

/** The success rate of the newest jobs on the labels, and how many jobs it is over. */
export interface SuccessRate {
  rate: number;
  jobs: number;
}

export interface HistoryQuery {
  owner: string;
  repo: string;
  runId: number;
  labels: string[];
  /** How many of the newest counted jobs to look at. */
  history: number;
}

/**
 * The share of `success` among the newest `history` completed jobs of this run's workflow that
 * asked for all `labels` (see {@link COUNTED_CONCLUSIONS}). `jobs` is 0 when there were none.
 * API errors are thrown to the caller.
 */
export async function selfHostedSuccessRate(octokit: ApiClient, query: HistoryQuery): Promise<SuccessRate> {
  const { owner, repo } = query;
  const { data: current } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: query.runId });
  const { data: list } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
    owner,
    repo,
    workflow_id: current.workflow_id,
    status: 'completed',
    per_page: HISTORY_MAX_RUNS,
  });
  const counted: { conclusion: string; at: string }[] = [];
  // Runs come newest first; stop opening them once enough jobs are in hand.
  for (const run of list.workflow_runs) {
    if (counted.length >= query.history) break;
    if (Number(run.id) === query.runId) continue;
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: Number(run.id), per_page: 100 });
    for (const job of data.jobs) {
      if (job.status !== 'completed' || job.conclusion === null || !COUNTED_CONCLUSIONS.has(job.conclusion)) continue;
      if (!hasAllLabels(job.labels, query.labels)) continue;
      counted.push({ conclusion: job.conclusion, at: job.completed_at ?? job.started_at });
    }
  }
  const newest = counted.sort((a, b) => b.at.localeCompare(a.at)).slice(0, query.history);
  const successes = newest.filter((job) => job.conclusion === 'success').length;
  return { rate: newest.length === 0 ? 0 : successes / newest.length, jobs: newest.length };
}
