import { startDetached, type StartedProcess } from '../processes.ts';
import { closeAll, openForChild } from './commands.ts';

/**
 * Starts a stack program detached with stdout/stderr appended to `log` and, when `announceFile`
 * is given, fd 3 writing to that file (Xvfb's -displayfd, dbus-daemon's --print-address): a
 * file, not a pipe, so there is nothing to drain, no SIGPIPE later and nothing that keeps the
 * step process alive. The parent's copies of the descriptors are closed at once; `track` hears
 * of the process before anything can fail, so it is always stopped.
 */
export async function launch(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; log: string; announceFile?: string; cwd?: string; track: (started: StartedProcess) => void }): Promise<StartedProcess> {
  const logFd = openForChild(options.log);
  const announceFd = options.announceFile === undefined ? undefined : openForChild(options.announceFile);
  try {
    const started = await startDetached(command, args, {
      env: options.env,
      stdio: announceFd === undefined ? ['ignore', logFd, logFd] : ['ignore', logFd, logFd, announceFd],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    options.track(started);
    return started;
  } finally {
    closeAll(announceFd === undefined ? [logFd] : [logFd, announceFd]);
  }
}
