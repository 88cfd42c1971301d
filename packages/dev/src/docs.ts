import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';
import { renderActionReadmes, renderRootReadme } from './readme.ts';

// `npm run docs` rewrites the generated sections of each action README (and the root README's
// reference of every action) from the action.yml files;
// `npm run docs:check` (CI) fails when one is out of date.
const check = process.argv.includes('--check');
const stale = [...renderActionReadmes(), renderRootReadme()].filter((doc) => doc.current !== doc.wanted);
for (const doc of stale) {
  const relative = path.relative(repoRoot, doc.file);
  if (check) console.error(`${relative} is out of date with the action.yml files: run npm run docs`);
  else {
    writeFileSync(doc.file, doc.wanted);
    console.log(`updated ${relative}`);
  }
}
if (check && stale.length) process.exit(1);
console.log(check ? 'READMEs match the action.yml files' : `${stale.length} README(s) updated`);
