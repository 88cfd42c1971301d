import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './entries.ts';
import { renderActionReadmes } from './readme.ts';

// `npm run docs` rewrites the generated sections of each action README from its action.yml;
// `npm run docs:check` (CI) fails when one is out of date.
const check = process.argv.includes('--check');
const stale = renderActionReadmes().filter((doc) => doc.current !== doc.wanted);
for (const doc of stale) {
  const relative = path.relative(repoRoot, doc.file);
  if (check) console.error(`${relative} is out of date with its action.yml: run npm run docs`);
  else {
    writeFileSync(doc.file, doc.wanted);
    console.log(`updated ${relative}`);
  }
}
if (check && stale.length) process.exit(1);
console.log(check ? 'action READMEs match their action.yml files' : `${stale.length} README(s) updated`);
