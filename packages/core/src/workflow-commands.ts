import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { access, appendFile, constants, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { uniqueToken } from './unique-token.ts';

// The runner protocol the actions speak: inputs from INPUT_* variables, `::command::` lines on
// stdout, and the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STATE / GITHUB_STEP_SUMMARY
// files. @actions/core does the same, but loading it loads its OIDC client, @actions/http-client
// and undici: about 50 ms of every step's start-up (see the cold-start bench), for a feature no
// runner-kit step uses. This module mirrors @actions/core 3's behaviour for the calls runner-kit
// makes, byte for byte (a differential test runs both on the same calls); libraries that import
// @actions/core themselves (@actions/cache, @actions/glob) still get it, where they are loaded.

/** Annotation position, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Strings as they are; anything else as JSON; null and undefined as empty. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string') return input;
  return JSON.stringify(input);
}

const escapeData = (value: unknown) => toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: unknown) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Whether log lines and `::` commands go straight to file descriptor 1: creating
 * `process.stdout` costs about 7 ms of a step's start-up when it is a pipe, as under the runner.
 * The bundles turn it on when a step starts ({@link writeStdoutDirectly}); in-process callers (the
 * CLI, tests) keep process.stdout.
 */
let directStdout = false;

/** Makes this process's runner commands and log lines bypass `process.stdout` (see above). */
export function writeStdoutDirectly(): void {
  directStdout = true;
}

/**
 * Writes to stdout, directly when turned on. A direct write that fails (a non-blocking pipe that
 * is full, say) hands what is left of the text, and everything after it, to process.stdout, so
 * nothing is lost or reordered: both write synchronously to pipes and files on Linux and macOS.
 */
function writeStdout(text: string): void {
  if (directStdout) {
    let rest = Buffer.from(text, 'utf8');
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(1, rest));
      return;
    } catch {
      directStdout = false;
      process.stdout.write(rest);
      return;
    }
  }
  process.stdout.write(text);
}

function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  // As @actions/core: falsy values are left out, but a properties object with keys always adds
  // the space after the command name.
  const keys = Object.keys(properties);
  const set = keys.filter((key) => Boolean(properties[key])).map((key) => `${key}=${escapeProperty(properties[key])}`);
  writeStdout(`::${command}${keys.length > 0 ? ` ${set.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationProperties(properties: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(properties).length === 0) return {};
  return { title: properties.title, file: properties.file, line: properties.startLine, endLine: properties.endLine, col: properties.startColumn, endColumn: properties.endColumn };
}

/** Appends to the runner's file for `command` (GITHUB_OUTPUT, …); false when the runner gave none. */
function issueFileCommand(command: string, message: string): boolean {
  const file = process.env[`GITHUB_${command}`];
  if (!file) return false;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
  return true;
}

/**
 * `name<<delimiter` … `delimiter`. The runner ends the value at the first line equal to the
 * delimiter, so one the value does not contain is all it takes; it need not be secret, which
 * spares every step loading `node:crypto` for a UUID.
 */
function keyValueMessage(key: string, value: unknown): string {
  const converted = toCommandValue(value);
  let delimiter: string;
  do delimiter = `ghadelimiter_${uniqueToken()}`;
  while (converted.includes(delimiter));
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

/** An input's value (`INPUT_<NAME>`), trimmed unless asked not to. */
export function getInput(name: string, options: { required?: boolean; trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (issueFileCommand('OUTPUT', keyValueMessage(name, value))) return;
  writeStdout(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  const converted = toCommandValue(value);
  process.env[name] = converted;
  if (issueFileCommand('ENV', keyValueMessage(name, value))) return;
  issueCommand('set-env', { name }, converted);
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function saveState(name: string, value: unknown): void {
  if (issueFileCommand('STATE', keyValueMessage(name, value))) return;
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  writeStdout(message + EOL);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProperties(properties), message instanceof Error ? message.toString() : message);
}

/** Fails the step: exit code 1 and the message as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** Runs `body` inside a collapsible log group. */
export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await body();
  } finally {
    endGroup();
  }
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY), or replaces it with `overwrite`. */
export async function writeSummary(markdown: string, options: { overwrite?: boolean } = {}): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await (options.overwrite ? writeFile : appendFile)(file, markdown, { encoding: 'utf8' });
}
