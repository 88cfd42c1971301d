import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';
import { assembleRelease } from './release/assemble.ts';
import { parseReleaseTag } from './release/constants.ts';
import { releaseNotes } from './release/notes.ts';
import { publishRelease } from './release/publish.ts';

// `npm run release:assemble -- <dir> [--repository owner/name] [--tag vX.Y.Z]`
// `npm run release:notes -- <vX.Y.Z>`      prints the CHANGELOG section (fails when missing)
// `npm run release:publish -- <dir> <vX.Y.Z> [--remote origin]`
const [command, ...rest] = process.argv.slice(2);
const flags = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i]!;
  if (arg.startsWith('--')) flags.set(arg.slice(2), rest[++i] ?? '');
  else positional.push(arg);
}

function checkVersionMatchesPackage(tag: string): void {
  const { version } = parseReleaseTag(tag);
  const packageVersion = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  if (packageVersion !== version) throw new Error(`tag ${tag} does not match package.json version ${packageVersion}`);
}

try {
  if (command === 'assemble' && positional[0]) {
    const tag = flags.get('tag');
    const result = assembleRelease({
      outDir: positional[0],
      repository: flags.get('repository') ?? process.env['GITHUB_REPOSITORY'],
      ...(tag ? { major: parseReleaseTag(tag).major } : {}),
    });
    console.log(`assembled ${positional[0]}: actions ${result.actions.join(', ')}; reusable workflows ${result.reusableWorkflows.join(', ') || 'none'}`);
  } else if (command === 'notes' && positional[0]) {
    checkVersionMatchesPackage(positional[0]);
    console.log(releaseNotes(readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8'), parseReleaseTag(positional[0]).version));
  } else if (command === 'publish' && positional[0] && positional[1]) {
    checkVersionMatchesPackage(positional[1]);
    const published = publishRelease({ repoDir: repoRoot, treeDir: positional[0], tag: positional[1], remote: flags.get('remote') ?? 'origin' });
    console.log(`pushed ${published.commit} to ${published.branch}; tags ${published.majorTag} and ${published.tag} point at it`);
  } else {
    console.error('usage: release.ts assemble <dir> [--repository owner/name] [--tag vX.Y.Z] | notes <vX.Y.Z> | publish <dir> <vX.Y.Z> [--remote name]');
    process.exit(64);
  }
} catch (error: unknown) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
