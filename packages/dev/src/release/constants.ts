/**
 * How runner-kit's own files refer to its actions before a release knows where it is hosted:
 * `runner-kit/runner-kit/<action>@v1`. The release tree rewrites this to the publishing
 * repository (`GITHUB_REPOSITORY`) and the release's major tag.
 */
export const SOURCE_REPOSITORY = 'runner-kit/runner-kit';
export const SOURCE_MAJOR_REF = 'v1';

/** `vMAJOR.MINOR.PATCH` as release tags are written. */
export interface ReleaseVersion {
  tag: string;
  version: string;
  major: number;
}

/** Parses a release tag; throws on anything but `v<major>.<minor>.<patch>`. */
export function parseReleaseTag(tag: string): ReleaseVersion {
  const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  if (!match) throw new Error(`release tag '${tag}' is not of the form v<major>.<minor>.<patch> (e.g. v1.2.3)`);
  return { tag, version: tag.slice(1), major: Number(match[1]) };
}
