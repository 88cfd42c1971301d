import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import { repoRoot } from '../harness/index.ts';

// Steps write their log straight to fd 1 (workflow-commands.ts). A runner may hand them a
// non-blocking pipe whose reader falls behind: a direct write then fails with EAGAIN part-way,
// and the rest must go through process.stdout without a byte lost or out of order.
it('a step writing straight to a full non-blocking stdout pipe loses and reorders nothing', async () => {
  const commands = path.join(repoRoot, 'packages', 'core', 'src', 'workflow-commands.ts');
  const lines = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(6, '0')} ${'x'.repeat(400)}`);
  const script = [
    `import { info, writeStdoutDirectly } from ${JSON.stringify(commands)};`,
    `writeStdoutDirectly();`,
    `for (let i = 0; i < 3000; i++) info(String(i).padStart(6, '0') + ' ' + 'x'.repeat(400));`,
  ].join('\n');
  // python3 makes the pipe's write end non-blocking, as a runner may, then becomes Node.
  const becomeNode = 'import os, sys; os.set_blocking(1, False); os.execv(sys.argv[1], sys.argv[1:])';
  const child = spawn('python3', ['-c', becomeNode, process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  // 1.2 MB against a 64 KiB pipe: the reader starts late, so direct writes meet a full pipe.
  child.stdout.pause();
  await new Promise((resolve) => setTimeout(resolve, 500));
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(Buffer.concat(err).toString()).toBe('');
  expect(code).toBe(0);
  expect(Buffer.concat(out).toString().split('\n')).toEqual([...lines, '']);
});
