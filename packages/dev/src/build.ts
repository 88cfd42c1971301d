import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findEntries, repoRoot, type Entry } from './entries.ts';

const nccBin = path.join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const bootstrapDir = path.join(repoRoot, '.build', 'entries');

/**
 * Entry files only export `run()`; the bundle needs something that calls it. A generated
 * bootstrap does, so no importable file runs code at import time. Actions first turn on Node's
 * compile cache under the runner's tool cache (which persists on self-hosted runners, where the
 * same bundles start thousands of times), then load the step's code: the cache covers what is
 * loaded after it is on. Where the directory cannot be written, Node leaves it off and writes
 * nothing.
 */
function writeBootstrap(entry: Entry): string {
  mkdirSync(bootstrapDir, { recursive: true });
  const file = path.join(bootstrapDir, `${entry.action}.${entry.entry}.ts`);
  const target = path.relative(bootstrapDir, entry.source).split(path.sep).join('/');
  // The CLI bundle is executed directly as the `runner-kit` command.
  if (entry.action === 'cli') {
    writeFileSync(file, `#!/usr/bin/env node\nimport { run } from '${target}';\n\nawait run();\n`);
    return file;
  }
  writeFileSync(
    file,
    [
      `import module from 'node:module';`,
      `import path from 'node:path';`,
      ``,
      `const toolCache = process.env['RUNNER_TOOL_CACHE'];`,
      `try {`,
      `  if (toolCache && typeof module.enableCompileCache === 'function') module.enableCompileCache(path.join(toolCache, 'runner-kit', 'compile-cache'));`,
      `} catch {`,
      `  // A speed-up only: the step runs the same without it.`,
      `}`,
      `const { run } = await import('${target}');`,
      `await run();`,
      ``,
    ].join('\n'),
  );
  return file;
}

function ncc(input: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nccBin, 'build', input, '-o', outDir, '--minify', '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${input} (exit ${code})`))));
  });
}

/** Removes bundles whose entry file no longer exists. */
function removeStale(entries: readonly Entry[]): void {
  const distDir = path.join(repoRoot, 'dist');
  mkdirSync(distDir, { recursive: true });
  const wanted = new Set(entries.map((e) => `${e.action}/${e.entry}`));
  const actionsWanted = new Set(entries.map((e) => e.action));
  for (const action of readdirSync(distDir)) {
    if (!actionsWanted.has(action)) {
      rmSync(path.join(distDir, action), { recursive: true, force: true });
      continue;
    }
    for (const entry of readdirSync(path.join(distDir, action))) {
      if (!wanted.has(`${action}/${entry}`)) rmSync(path.join(distDir, action, entry), { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const entries = findEntries().filter((e) => only.length === 0 || only.includes(e.action));
  if (only.length === 0) removeStale(entries);
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const started = performance.now();
      rmSync(entry.outDir, { recursive: true, force: true });
      await ncc(writeBootstrap(entry), entry.outDir);
      console.log(`built dist/${entry.action}/${entry.entry}/index.js in ${Math.round(performance.now() - started)} ms`);
    }
  };
  await Promise.all([worker(), worker()]);
}

await main();
