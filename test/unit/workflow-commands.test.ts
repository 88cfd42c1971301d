import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as actionsCore from '@actions/core';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as ours from '../../packages/core/src/workflow-commands.ts';
import { parseKeyValueFile } from '../harness/file-commands.ts';

// runner-kit speaks the runner protocol itself (so that a step does not load @actions/core's
// HTTP stack); every call must leave exactly what @actions/core leaves: the same stdout, the
// same files, the same process.env and exit code.

type Call = (api: typeof ours) => unknown;

const FILES = ['OUTPUT', 'ENV', 'STATE', 'STEP_SUMMARY'] as const;

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-workflow-commands-'));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `call` through one implementation with fresh runner files; returns what it left. */
async function leftBy(api: typeof ours, call: Call, withFiles: boolean, env: Record<string, string> = {}) {
  process.env = { ...saved, ...env };
  for (const name of FILES) delete process.env[`GITHUB_${name}`];
  if (withFiles) {
    for (const name of FILES) {
      const file = path.join(dir, `${name}-${api === ours ? 'ours' : 'core'}`);
      writeFileSync(file, '');
      process.env[`GITHUB_${name}`] = file;
    }
  }
  process.exitCode = undefined;
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown) => (written.push(String(chunk)), true));
  let thrown: string | undefined;
  let value: unknown;
  try {
    value = await call(api);
  } catch (error: unknown) {
    thrown = String(error);
  } finally {
    process.stdout.write = write;
  }
  const files = withFiles ? Object.fromEntries(FILES.map((name) => [name, readFileSync(process.env[`GITHUB_${name}`]!, 'utf8')])) : {};
  // @actions/core's delimiter is a UUID, ours is not (see keyValueMessage): compared as a placeholder.
  const unify = (text: string) => text.replace(/ghadelimiter_[0-9a-z-]+/g, 'ghadelimiter_<delimiter>');
  return {
    stdout: unify(written.join('')),
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, unify(v)])),
    exitCode: process.exitCode,
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('RK_'))),
    thrown,
    value,
  };
}

const awkward = 'line one\nline two\r\n100% done, key: value :: ::error::injected';

const calls: [string, Call][] = [
  ['setOutput with a string', (api) => api.setOutput('report', awkward)],
  ['setOutput with an object', (api) => api.setOutput('json', { a: [1, 2], b: 'c' })],
  ['setOutput with a number and with undefined', (api) => (api.setOutput('n', 42), api.setOutput('u', undefined))],
  ['exportVariable', (api) => api.exportVariable('RK_DISPLAY', ':99')],
  ['exportVariable with a multi-line value', (api) => api.exportVariable('RK_MULTI', awkward)],
  ['saveState', (api) => api.saveState('session', JSON.stringify({ pid: 12, dir: '/tmp/x y' }))],
  ['setSecret', (api) => api.setSecret('s3cr3t\nwith newline')],
  ['info', (api) => api.info(awkward)],
  ['debug', (api) => api.debug(awkward)],
  ['warning', (api) => api.warning(awkward)],
  ['warning with an Error', (api) => api.warning(new Error('it broke'))],
  ['warning with a title and position', (api) => api.warning('w', { title: 'a: b, c', file: 'src/x.ts', startLine: 3, endLine: 4, startColumn: 0 })],
  ['warning with empty properties', (api) => api.warning('w', {})],
  ['warning with only falsy properties', (api) => api.warning('w', { title: '', startLine: 0 })],
  ['notice', (api) => api.notice(awkward, { title: 'T' })],
  ['error', (api) => api.error(awkward, { title: 'perf-monitor: out of memory' })],
  ['setFailed', (api) => api.setFailed(awkward)],
  ['group', (api) => api.group('a group: with, odd\nname', async () => (api.info('inside'), 7))],
  ['group whose body throws', (api) => api.group('g', async () => Promise.reject(new Error('body failed')))],
];

describe('workflow commands, side by side with @actions/core 3', () => {
  for (const withFiles of [true, false]) {
    it.each(calls)(`%s ${withFiles ? '(runner files)' : '(no runner files: stdout commands)'}`, async (_, call) => {
      const core = await leftBy(actionsCore as unknown as typeof ours, call, withFiles);
      const mine = await leftBy(ours, call, withFiles);
      expect(mine).toEqual(core);
    });
  }

  it.each([
    [{ INPUT_MODEL: '  vosk-model  ' }, 'model', {}],
    [{ INPUT_MODEL: '  vosk-model  ' }, 'model', { trimWhitespace: false }],
    [{ 'INPUT_WINDOW-MANAGER': 'openbox' }, 'window-manager', {}],
    [{ INPUT_MY_INPUT: 'x' }, 'my input', {}],
    [{}, 'missing', {}],
    [{}, 'missing', { required: true }],
  ])('getInput %j %s %j', async (env, name, options) => {
    const core = await leftBy(actionsCore as unknown as typeof ours, (api) => api.getInput(name, options), false, env);
    const mine = await leftBy(ours, (api) => api.getInput(name, options), false, env);
    expect(mine).toEqual(core);
  });

  it('getState and isDebug read the same variables', async () => {
    const env = { STATE_session: '{"pid":1}', RUNNER_DEBUG: '1' };
    for (const call of [(api: typeof ours) => api.getState('session'), (api: typeof ours) => api.getState('none'), (api: typeof ours) => api.isDebug()]) {
      expect(await leftBy(ours, call, false, env)).toEqual(await leftBy(actionsCore as unknown as typeof ours, call, false, env));
    }
  });

  it('writeSummary appends like core.summary.addRaw(text, true).write(), and overwrites like write({ overwrite: true })', async () => {
    const viaCore = await leftBy(actionsCore as unknown as typeof ours, async () => {
      await actionsCore.summary.addRaw('## one', true).write();
      await actionsCore.summary.addRaw('| a |\n| - |', true).write();
    }, true);
    const viaOurs = await leftBy(ours, async (api) => {
      await api.writeSummary(`## one${os.EOL}`);
      await api.writeSummary(`| a |\n| - |${os.EOL}`);
    }, true);
    expect(viaOurs).toEqual(viaCore);
    const replaced = await leftBy(ours, async (api) => {
      await api.writeSummary('old');
      await api.writeSummary('new', { overwrite: true });
    }, true);
    expect(replaced.files['STEP_SUMMARY']).toBe('new');
  });

  it('a value cannot end itself early: every line of it, delimiters seen before included, is read back as written', async () => {
    const first = await leftBy(ours, (api) => api.setOutput('a', 'x'), true);
    expect(first.thrown).toBeUndefined();
    const seenDelimiter = /<<(ghadelimiter_\S+)/.exec(readFileSync(path.join(dir, 'OUTPUT-ours'), 'utf8'))![1]!;
    const hostile = `${seenDelimiter}\nEVIL<<x\nowned\nx\nghadelimiter_0\n`;
    for (let i = 0; i < 50; i++) {
      await leftBy(ours, (api) => (api.setOutput('report', hostile), api.setOutput('after', 'kept')), true);
      expect(parseKeyValueFile(readFileSync(path.join(dir, 'OUTPUT-ours'), 'utf8'))).toEqual({ report: hostile, after: 'kept' });
    }
  });

  it('a missing runner file is the same error', async () => {
    const call: Call = (api) => api.setOutput('x', 'y');
    const missing = { GITHUB_OUTPUT: path.join(os.tmpdir(), 'rk-no-such-dir', 'output') };
    const run = async (api: typeof ours) => {
      process.env = { ...saved, ...missing };
      try {
        call(api);
        return undefined;
      } catch (error: unknown) {
        return String(error);
      }
    };
    expect(await run(ours)).toBe(await run(actionsCore as unknown as typeof ours));
  });
});
