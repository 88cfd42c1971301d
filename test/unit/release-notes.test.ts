import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReleaseTag } from '../../packages/dev/src/release/constants.ts';
import { releaseNotes } from '../../packages/dev/src/release/notes.ts';
import { repoRoot } from '../harness/index.ts';

const changelog = `# Changelog

## [Unreleased]
- next

## [1.2.0] - 2026-11-01
### Added
- perf-monitor charts

## v1.1.0
- fixes

## [1.10.0] - 2027-01-01
- not 1.1.0
`;

describe('releaseNotes', () => {
  it('returns the section of the version, up to the next heading', () => {
    expect(releaseNotes(changelog, '1.2.0')).toBe('### Added\n- perf-monitor charts');
    expect(releaseNotes(changelog, '1.1.0')).toBe('- fixes');
  });

  it('does not confuse 1.1.0 with 1.10.0', () => {
    expect(releaseNotes(changelog, '1.10.0')).toBe('- not 1.1.0');
  });

  it('fails for a version without a section or with an empty one', () => {
    expect(() => releaseNotes(changelog, '9.9.9')).toThrow(/no section for 9\.9\.9/);
    expect(() => releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- x', '2.0.0')).toThrow(/section for 2\.0\.0 is empty/);
  });

  it('reads the repository CHANGELOG.md', () => {
    expect(releaseNotes(readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8'), 'Unreleased')).toContain('setup-vosk');
  });
});

describe('parseReleaseTag', () => {
  it('accepts v<major>.<minor>.<patch> only', () => {
    expect(parseReleaseTag('v1.2.3')).toEqual({ tag: 'v1.2.3', version: '1.2.3', major: 1 });
    for (const bad of ['1.2.3', 'v1.2', 'v1.2.3-rc.1', 'v1.2.3; rm -rf /']) expect(() => parseReleaseTag(bad)).toThrow(/not of the form/);
  });
});
