import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReleaseTag } from './constants.ts';

/** Options for {@link publishRelease}. */
export interface PublishOptions {
  /** The git repository whose objects and remote are used (the checkout the tag was pushed in). */
  repoDir: string;
  /** An assembled release tree ({@link assembleRelease}); its own `.git`, if any, is ignored. */
  treeDir: string;
  /** The pushed tag, `v<major>.<minor>.<patch>`. */
  tag: string;
  /** Remote to push to. Default `origin`. */
  remote?: string;
  /** Commit the release is built from (recorded in the message). Default: HEAD. */
  sourceCommit?: string;
}

/** What {@link publishRelease} pushed. */
export interface PublishedRelease {
  commit: string;
  branch: string;
  majorTag: string;
  tag: string;
}

function git(repoDir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd: repoDir, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * Commits the release tree on `releases/v<major>` (one commit per release on top of the previous
 * one, so the branch is the release history) and pushes it, then points both `v<major>` and the
 * full version tag at that commit: `@v1`, `@v1.2.3` and a SHA pin all resolve to a tree where
 * `uses: <repo>/<action>@…` works. Uses plumbing with a private index, so the checkout's work
 * tree, index and HEAD are untouched.
 */
export function publishRelease(options: PublishOptions): PublishedRelease {
  const { major, tag } = parseReleaseTag(options.tag);
  const remote = options.remote ?? 'origin';
  const branch = `releases/v${major}`;
  const majorTag = `v${major}`;
  const source = options.sourceCommit ?? git(options.repoDir, ['rev-parse', 'HEAD']);

  let parent: string | undefined;
  try {
    git(options.repoDir, ['fetch', '--quiet', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
    parent = git(options.repoDir, ['rev-parse', '--verify', `refs/remotes/${remote}/${branch}^{commit}`]);
  } catch {
    parent = undefined; // first release of this major version
  }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'runner-kit-release-index-'));
  try {
    const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    git(options.repoDir, ['--work-tree', path.resolve(options.treeDir), 'add', '--all', '--force', '.'], env);
    const tree = git(options.repoDir, ['write-tree'], env);
    const message = `Release ${tag}\n\nBuilt from ${source}.`;
    const identity = {
      GIT_AUTHOR_NAME: process.env['GIT_AUTHOR_NAME'] ?? 'runner-kit release',
      GIT_AUTHOR_EMAIL: process.env['GIT_AUTHOR_EMAIL'] ?? 'release@runner-kit.invalid',
      GIT_COMMITTER_NAME: process.env['GIT_COMMITTER_NAME'] ?? 'runner-kit release',
      GIT_COMMITTER_EMAIL: process.env['GIT_COMMITTER_EMAIL'] ?? 'release@runner-kit.invalid',
    };
    const commit = git(options.repoDir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], identity);
    // The branch only moves forward; the tags are moved on purpose (v1 follows the latest 1.x).
    git(options.repoDir, ['push', '--quiet', remote, `${commit}:refs/heads/${branch}`]);
    git(options.repoDir, ['push', '--quiet', '--force', remote, `${commit}:refs/tags/${majorTag}`, `${commit}:refs/tags/${tag}`]);
    return { commit, branch, majorTag, tag };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
