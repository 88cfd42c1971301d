/**
 * The release notes for `version` from a Keep-a-Changelog style CHANGELOG.md: the body of the
 * `## [1.2.3]` (or `## 1.2.3`, `## v1.2.3`) section, up to the next `## ` heading. Throws when
 * the section is missing or empty, so a release never ships without notes.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^##\\s+\\[?v?${escaped}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no section for ${version} (expected a heading like '## [${version}] - YYYY-MM-DD')`);
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md section for ${version} is empty`);
  return body;
}
