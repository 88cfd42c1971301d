import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExternalError } from '../errors.ts';
import { isRunning, type StartedProcess } from '../processes.ts';
import type { ScreenSpec } from './config.ts';
import type { RuntimeLayout } from './runtime-dir.ts';
import { launch } from './launch.ts';
import { pollUntil, type Deadline } from '../polling.ts';
import { withLogTail } from './commands.ts';
import { probeX } from './x11.ts';

/** A running, verified Xvfb. */
export interface XvfbStarted {
  process: StartedProcess;
  display: number;
  log: string;
}

/** The Xvfb command line (pure). fd 3 receives the display number once the server accepts clients. */
export function xvfbArgs(screen: ScreenSpec, display: number | undefined, xauthority: string): string[] {
  return [
    ...(display === undefined ? [] : [`:${display}`]),
    '-displayfd', '3',
    '-screen', '0', `${screen.width}x${screen.height}x${screen.depth}`,
    '-auth', xauthority,
    '-nolisten', 'tcp',
    // Without it the server resets (dropping root-window properties) whenever the last client leaves.
    '-noreset',
  ];
}

/**
 * Starts Xvfb on a free display chosen by the server itself (`-displayfd`: no race between
 * looking for a free number and taking it), or on `display`, and waits until an X connection
 * with the cookie succeeds.
 */
export async function startXvfb(options: { layout: RuntimeLayout; screen: ScreenSpec; display: number | undefined; cookie: Buffer; env: NodeJS.ProcessEnv; deadline: Deadline; track: (started: StartedProcess) => void }): Promise<XvfbStarted> {
  const log = path.join(options.layout.logs, 'xvfb.log');
  const displayFile = path.join(options.layout.root, 'xvfb.displayfd');
  const started = await launch('Xvfb', xvfbArgs(options.screen, options.display, options.layout.xauthority), { env: options.env, log, announceFile: displayFile, track: options.track });
  const announced = await pollUntil(
    () => {
      const text = readFileSync(displayFile, 'utf8');
      return /^\d+\n/.test(text) ? Number.parseInt(text, 10) : undefined;
    },
    { deadline: options.deadline, intervalMs: 10, stillAlive: () => isRunning(started) },
  );
  if (announced.value === undefined) throw xvfbFailure(started, log, announced.died, options.display);
  const display = announced.value;
  const accepted = await pollUntil(async () => ((await probeX(display, options.cookie, 500)) === 'accepted' ? true : undefined), {
    deadline: options.deadline,
    intervalMs: 20,
    stillAlive: () => isRunning(started),
  });
  if (!accepted.value) throw xvfbFailure(started, log, accepted.died, display);
  return { process: started, display, log };
}

function xvfbFailure(started: StartedProcess, log: string, died: boolean | undefined, display: number | undefined): ExternalError {
  const what = display === undefined ? 'Xvfb' : `Xvfb on :${display}`;
  const message = died ? `${what} exited during start-up (pid ${started.pid}).` : `${what} did not accept an X connection within timeout-seconds.`;
  return new ExternalError(withLogTail(message, log));
}
