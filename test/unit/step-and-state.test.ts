import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError, describeError, ExternalError } from '../../packages/core/src/errors.ts';
import { StepState } from '../../packages/core/src/state.ts';
import { runPostStep, runStep } from '../../packages/core/src/step.ts';

let printed: string;
const realWrite = process.stdout.write.bind(process.stdout);

beforeEach(() => {
  printed = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
});

afterEach(() => {
  process.stdout.write = realWrite;
  process.exitCode = 0; // core.setFailed sets it; this test process must still pass
});

describe('runStep', () => {
  it('reports a ConfigurationError as the user message only', async () => {
    await runStep(async () => {
      throw new ConfigurationError("Input 'prefix' is required; expected a non-empty value.");
    });
    expect(process.exitCode).toBe(1);
    expect(printed).toContain("::error::Input 'prefix' is required; expected a non-empty value.");
    expect(printed).not.toContain('a bug in runner-kit');
  });

  it.each([
    ['an Error', new TypeError('x is undefined'), 'x is undefined'],
    ['a string', 'plain string thrown', 'plain string thrown'],
    ['an object', { code: 42 }, '{"code":42}'],
    ['undefined', undefined, 'undefined'],
  ])('fails on %s thrown, marked as a runner-kit bug', async (_, thrown, text) => {
    await runStep(async () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what is thrown is the subject: strings and objects too
      throw thrown;
    });
    expect(process.exitCode).toBe(1);
    expect(printed).toContain(`::error::runner-kit failed unexpectedly: ${text}. This is a bug in runner-kit`);
  });

  it('leaves a successful step alone', async () => {
    await runStep(async () => {});
    expect(process.exitCode ?? 0).toBe(0);
    expect(printed).not.toContain('::error::');
  });

  it('runPostStep turns failures into warnings', async () => {
    await runPostStep(async () => {
      throw new Error('cleanup went wrong');
    });
    expect(process.exitCode ?? 0).toBe(0);
    expect(printed).toContain('::warning::runner-kit post step: cleanup went wrong');
  });
});

describe('StepState', () => {
  interface Saved {
    pid: number;
    dirs: string[];
  }
  const isSaved = (v: unknown): v is Saved => typeof v === 'object' && v !== null && typeof (v as Saved).pid === 'number';
  const state = new StepState<Saved>('sampler', isSaved);

  afterEach(() => {
    delete process.env['GITHUB_STATE'];
    delete process.env['STATE_sampler'];
  });

  it('writes JSON to the state file and reads it back as post would', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-state-'));
    const file = path.join(dir, 'state');
    let written: string;
    try {
      writeFileSync(file, '');
      process.env['GITHUB_STATE'] = file;
      state.save({ pid: 123, dirs: ['/a', '/b'] });
      written = readFileSync(file, 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const match = /^sampler<<(.+)\n([\s\S]*)\n\1\n$/.exec(written);
    expect(match).not.toBeNull();
    process.env['STATE_sampler'] = match![2];
    expect(state.load()).toEqual({ pid: 123, dirs: ['/a', '/b'] });
  });

  it('is undefined when main saved nothing or something malformed', () => {
    expect(state.load()).toBeUndefined();
    process.env['STATE_sampler'] = '{not json';
    expect(state.load()).toBeUndefined();
    process.env['STATE_sampler'] = '{"pid":"nope"}';
    expect(state.load()).toBeUndefined();
  });
});

describe('runStep with an ExternalError', () => {
  it('reports the message without calling it a bug', async () => {
    await runStep(async () => {
      throw new ExternalError('https://127.0.0.1:1/x failed 4 times: 503 Service Unavailable');
    });
    expect(process.exitCode).toBe(1);
    expect(printed).toContain('::error::https://127.0.0.1:1/x failed 4 times');
    expect(printed).not.toContain('a bug in runner-kit');
  });
});

describe('describeError', () => {
  it('reads the message of an error from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Error("from elsewhere")') as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(describeError(foreign)).toBe('from elsewhere');
    expect(describeError({ code: 'ECONNRESET' })).toBe('{"code":"ECONNRESET"}');
  });
});
