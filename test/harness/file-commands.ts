/**
 * Parsers for what an action writes back to the runner: the key/value file commands
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and `::command::` lines on stdout.
 */

/** Parses `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks, as the runner does. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const equals = line.indexOf('=');
    if (heredoc && (equals === -1 || equals > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        body.push(lines[i]!);
      }
      if (!closed) throw new Error(`file command: no closing delimiter '${delimiter}' for '${name}'`);
      result[name!] = body.join('\n');
      continue;
    }
    if (equals <= 0) throw new Error(`file command: malformed line '${line}'`);
    result[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return result;
}

/** One `::command key=value::message` line from the step's stdout. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Extracts workflow commands, honouring `::stop-commands::TOKEN` … `::TOKEN::`. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  // As the runner reads a step's output: CR, LF and CRLF all end a line, and leading blanks are
  // skipped before looking for `::`.
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const match = /^\s*::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, props = '', message = ''] = match;
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      continue;
    }
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: command!, properties, message: unescapeData(message) });
  }
  return commands;
}
