import * as core from '@actions/core';

/** Runs `body` inside a collapsible log section and returns its result. */
export function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  return core.group(title, body);
}
