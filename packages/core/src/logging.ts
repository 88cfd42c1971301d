import * as core from './workflow-commands.ts';

/** Where progress and problems are reported: the job log in actions, the terminal in the CLI. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

// Line breaks as the runner reads them (it splits on CR as well as LF) and Unicode's own.
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Other control characters (tab kept): terminal escapes could hide or rewrite what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * The one rule for text that came from outside runner-kit (inputs, paths, server bodies, archive
 * entry names, file contents) on its way into a log line: the runner treats every line that
 * starts with `::` as a workflow command, so such text must never start a line. Line breaks
 * become `⏎` and other control characters `\uXXXX`; everything else is kept as it is. Put the
 * result after a label, not at the start of a line.
 */
export function untrusted(text: string): string {
  return text.replace(LINE_BREAK, '⏎').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Logs through the runner's workflow commands: warnings become annotations. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

/** Plain terminal output for the CLI; debug lines only with RUNNER_KIT_DEBUG=1. */
export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warning: (message) => console.error(`warning: ${message}`),
  debug: (message) => {
    if (process.env['RUNNER_KIT_DEBUG'] === '1') console.error(`debug: ${message}`);
  },
};

/**
 * Runs `body` inside a collapsible log section and returns its result; outside a runner (the
 * CLI) the section is a plain heading.
 */
export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  if (process.env['GITHUB_ACTIONS'] === 'true') return core.group(title, body);
  console.log(`── ${title}`);
  return body();
}
