/** Events whose payload carries a `pull_request` that may come from another repository. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** What {@link forkPullRequest} found out about the event. */
export interface ForkCheck {
  /** True when the change comes from (or cannot be shown not to come from) another repository. */
  fork: boolean;
  /** The head repository, for the reason line; `undefined` when the payload does not name one. */
  head?: string;
}

/**
 * Whether this run was triggered by a pull request from a fork. Code from a fork must never reach
 * a self-hosted runner unless the user opts in: it would run with access to the machine. A
 * same-repository PR has equal head and base `full_name`s; a deleted fork has `head.repo: null`.
 * The `fork` flag alone is not used because the base repository may itself be a fork. A payload
 * that does not say is treated as a fork — failing safe.
 */
export function forkPullRequest(event: { name: string; payload: unknown }): ForkCheck {
  if (!PULL_REQUEST_EVENTS.has(event.name)) return { fork: false };
  const pull = field(event.payload, 'pull_request');
  const head = field(field(pull, 'head'), 'repo');
  const base = field(field(pull, 'base'), 'repo');
  const headName = field(head, 'full_name');
  const baseName = field(base, 'full_name');
  if (typeof headName !== 'string' || typeof baseName !== 'string') return { fork: true };
  return { fork: headName.toLowerCase() !== baseName.toLowerCase(), head: headName };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
