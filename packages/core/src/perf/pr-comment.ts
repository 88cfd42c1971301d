import type { ApiClient } from '../github/api.ts';

/** The hidden first line that identifies this report's comment among a pull request's comments. */
export function commentMarker(reportName: string): string {
  return `<!-- runner-kit:perf-monitor:${reportName.replace(/--+/g, '-')} -->`;
}

/** Where a comment goes. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** What {@link upsertComment} did. */
export interface CommentOutcome {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/**
 * Updates the pull request's comment that starts with `marker` in place, or creates it: one
 * comment per report that each run rewrites, instead of a new one every push. Comments are
 * paged through (100 a page) until the marker is found.
 */
export async function upsertComment(client: ApiClient, target: CommentTarget, marker: string, body: string): Promise<CommentOutcome> {
  const { owner, repo, issueNumber } = target;
  let existing: number | undefined;
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
    const found = page.data.find((comment) => comment.body?.trimStart().startsWith(marker));
    if (found) {
      existing = found.id;
      break;
    }
  }
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
