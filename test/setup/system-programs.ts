import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `command package` pairs of .ci/packages.txt, the one list of the system programs the tests run. */
export function systemPrograms(root = process.cwd()): { command: string; pkg: string }[] {
  return readFileSync(path.join(root, '.ci', 'packages.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [command = '', pkg = ''] = line.split(/\s+/);
      return { command, pkg };
    });
}

function installed(command: string): boolean {
  if (command.startsWith('/')) return existsSync(command);
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * jest's global setup: the tests run Xvfb, PulseAudio, a Pushgateway and more for real, so a
 * machine without one of them fails at once with the command that installs it, instead of with
 * a spawn error deep in some test.
 */
export default function checkSystemPrograms(): void {
  const missing = systemPrograms().filter(({ command }) => !installed(command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((m) => m.pkg))].join(' ');
  throw new Error(`The tests need ${missing.map((m) => m.command).join(', ')}, which this machine lacks. Install them with \`npm run setup\` (Debian/Ubuntu), or: sudo apt-get install -y --no-install-recommends ${packages}`);
}
