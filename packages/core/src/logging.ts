import * as core from '@actions/core';

/** Where progress and problems are reported: the job log in actions, the terminal in the CLI. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Logs through @actions/core: warnings become annotations. */
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
