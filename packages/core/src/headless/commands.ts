import { childProcess } from '../lazy-builtins.ts';
import { closeSync, openSync, readFileSync } from 'node:fs';

// The short helper commands headless-env runs (readiness checks, screenshots; health-gate's
// macOS readings use them too), their log tails, and the log files headless-env's long-running
// processes write to.

/** Result of a short helper command (xprop, pactl, dbus-send). */
export interface CommandResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs a short command asynchronously (never blocks the event loop), bounded by `timeoutMs`. */
export async function runCommand(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<CommandResult> {
  const result = await runCommandBuffer(command, args, { ...options, maxBuffer: 4 * 1024 * 1024 });
  return { ...result, stdout: result.stdout.toString() };
}

/** The last `lines` lines of a log file, for error messages ('' when unreadable). */
export function logTail(file: string, lines = 15): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** `message`, followed by the tail of `logFile` when it has anything to say. */
export function withLogTail(message: string, logFile: string): string {
  const tail = logTail(logFile);
  return tail ? `${message}\nLast lines of ${logFile}:\n${tail}` : `${message} (${logFile} is empty)`;
}

/**
 * Opens a file for a child's stdio. The parent closes its copy right after spawning: the child
 * keeps its own descriptor, so nothing of the step holds the file open afterwards.
 */
export function openForChild(file: string): number {
  return openSync(file, 'a', 0o600);
}

/** Closes descriptors the parent handed to a child, ignoring ones already closed. */
export function closeAll(fds: readonly number[]): void {
  for (const fd of fds) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
}

/** Like {@link runCommand} with stdout as bytes (xwd dumps of up to `maxBuffer`, default 512 MiB). */
export function runCommandBuffer(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number; maxBuffer?: number }): Promise<{ ok: boolean; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    childProcess().execFile(command, args, { env: options.env, timeout: Math.max(1, options.timeoutMs), killSignal: 'SIGKILL', maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
      resolve({ ok: error === null, stdout, stderr: stderr.toString() || (error ? error.message : '') });
    });
  });
}
