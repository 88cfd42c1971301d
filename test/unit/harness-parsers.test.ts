import { describe, expect, it } from '@jest/globals';
import { inputEnvName, parseKeyValueFile, parseWorkflowCommands } from '../harness/index.ts';

describe('inputEnvName', () => {
  it('upper-cases, turns spaces into underscores and keeps hyphens, as the runner does', () => {
    expect(inputEnvName('runner-labels')).toBe('INPUT_RUNNER-LABELS');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('parseKeyValueFile', () => {
  it('reads name=value lines and heredoc blocks', () => {
    const text = ['key=a=b', 'restore-keys<<ghadelimiter_1', 'one-', 'two-', 'ghadelimiter_1', 'empty=', ''].join('\n');
    expect(parseKeyValueFile(text)).toEqual({ key: 'a=b', 'restore-keys': 'one-\ntwo-', empty: '' });
  });

  it('rejects an unterminated block and a malformed line', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow(/no closing delimiter/);
    expect(() => parseKeyValueFile('novalue\n')).toThrow(/malformed/);
  });
});

describe('parseWorkflowCommands', () => {
  it('parses annotations with escaped properties and data', () => {
    const [warning] = parseWorkflowCommands('::warning title=no files%2C at all,file=a%3Ab::line1%0Aline2 100%25\n');
    expect(warning).toEqual({ command: 'warning', properties: { title: 'no files, at all', file: 'a:b' }, message: 'line1\nline2 100%' });
  });

  it('ignores commands between stop-commands and its token', () => {
    const commands = parseWorkflowCommands(['::stop-commands::pause1', '::error::not a command', '::pause1::', '::notice::real'].join('\n'));
    expect(commands).toEqual([{ command: 'notice', properties: {}, message: 'real' }]);
  });

  it('reads lines as the runner does: a lone CR ends one too, and leading blanks are skipped', () => {
    const commands = parseWorkflowCommands('text\r::error::after CR\n   ::warning::indented\n');
    expect(commands.map((c) => [c.command, c.message])).toEqual([
      ['error', 'after CR'],
      ['warning', 'indented'],
    ]);
  });
});
