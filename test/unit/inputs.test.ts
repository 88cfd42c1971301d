import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../packages/core/src/errors.ts';
import { Inputs } from '../../packages/core/src/inputs.ts';

const read = (values: Record<string, string>) => Inputs.fromRecord(values);

function failure(action: () => unknown): ConfigurationError {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Inputs', () => {
  it('required: returns the trimmed value, names the input when empty', () => {
    expect(read({ prefix: '  npm ' }).required('prefix')).toBe('npm');
    expect(failure(() => read({ prefix: '   ' }).required('prefix')).message).toBe("Input 'prefix' is required; expected a non-empty value.");
  });

  it('optional: undefined when empty', () => {
    expect(read({}).optional('path')).toBeUndefined();
    expect(read({ path: 'x' }).optional('path')).toBe('x');
  });

  it('boolean: YAML spellings, fallback when empty, names the input otherwise', () => {
    expect(read({ flag: 'TRUE' }).boolean('flag', false)).toBe(true);
    expect(read({ flag: 'False' }).boolean('flag', true)).toBe(false);
    expect(read({}).boolean('flag', true)).toBe(true);
    expect(failure(() => read({ flag: 'yes' }).boolean('flag', false)).message).toBe("Input 'flag' has the value 'yes'; expected true or false.");
  });

  it('integer: whole numbers within range only', () => {
    expect(read({ retries: '3' }).integer('retries', 1, { min: 0, max: 10 })).toBe(3);
    expect(read({}).integer('retries', 1)).toBe(1);
    for (const bad of ['3.5', 'three', '11', '-1', '1e3']) {
      expect(failure(() => read({ retries: bad }).integer('retries', 1, { min: 0, max: 10 })).message).toContain(
        "Input 'retries' has the value",
      );
    }
    expect(failure(() => read({ retries: '11' }).integer('retries', 1, { min: 0, max: 10 })).message).toContain('a whole number from 0 to 10');
  });

  it('number: fractions allowed', () => {
    expect(read({ interval: '0.5' }).number('interval', 2, { min: 0.1 })).toBe(0.5);
    expect(failure(() => read({ interval: '0.01' }).number('interval', 2, { min: 0.1 })).message).toContain('a number of at least 0.1');
    expect(failure(() => read({ interval: 'NaN' }).number('interval', 2)).message).toContain("Input 'interval'");
  });

  it('enumeration: case-insensitive, returns the declared spelling, lists the choices', () => {
    const strategies = ['auto', 'local', 'actions-cache', 'download'] as const;
    expect(read({ strategy: 'LOCAL' }).enumeration('strategy', strategies, 'auto')).toBe('local');
    expect(read({}).enumeration('strategy', strategies, 'auto')).toBe('auto');
    expect(failure(() => read({ strategy: 'fast' }).enumeration('strategy', strategies, 'auto')).message).toBe(
      "Input 'strategy' has the value 'fast'; expected one of auto, local, actions-cache, download.",
    );
  });

  it('list: commas and newlines; lines: newlines only', () => {
    expect(read({ labels: 'self-hosted, Linux\nX64,,' }).list('labels')).toEqual(['self-hosted', 'Linux', 'X64']);
    expect(read({ files: 'src/**/*.{ts,js}\n\n  !dist/**  ' }).lines('files')).toEqual(['src/**/*.{ts,js}', '!dist/**']);
  });

  it('size and duration: parsed, with the expected form in the error', () => {
    expect(read({ max: '20GB' }).size('max')).toBe(20e9);
    expect(read({}).size('max')).toBeUndefined();
    expect(failure(() => read({ max: 'huge' }).size('max')).message).toBe("Input 'max' has the value 'huge'; expected a size such as 512MB, 20GB or 1.5GiB.");
    expect(read({ timeout: '1m30s' }).duration('timeout')).toBe(90_000);
    expect(failure(() => read({ timeout: 'forever' }).duration('timeout')).message).toContain('expected a duration from 0s to 596h, such as 30s');
  });

  it('duration: a range names both ends; none is longer than a timer can wait', () => {
    const range = { minMs: 100, maxMs: 90_000 };
    expect(read({ timeout: '1m30s' }).duration('timeout', undefined, range)).toBe(90_000);
    expect(failure(() => read({ timeout: '1m31s' }).duration('timeout', undefined, range)).message).toBe(
      "Input 'timeout' has the value '1m31s'; expected a duration from 100ms to 1m30s, such as 30s, 5m, 1m30s or 250ms.",
    );
    expect(failure(() => read({ timeout: '50ms' }).duration('timeout', undefined, range)).message).toContain('from 100ms to 1m30s');
    // setTimeout fires at once for more than 2^31-1 ms: the limit holds even when a caller asks for more
    expect(read({ timeout: '596h' }).duration('timeout')).toBe(596 * 3_600_000);
    expect(failure(() => read({ timeout: '597h' }).duration('timeout', undefined, { maxMs: Infinity })).message).toContain('from 0s to 596h');
  });

  it('json: parsed and shape-checked', () => {
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    expect(read({ matrix: '{"os":"linux"}' }).json('matrix', isObject, 'a JSON object')).toEqual({ os: 'linux' });
    expect(failure(() => read({ matrix: '{oops' }).json('matrix', isObject, 'a JSON object')).message).toBe(
      "Input 'matrix' has the value '{oops'; expected valid JSON (a JSON object).",
    );
    expect(failure(() => read({ matrix: '[1]' }).json('matrix', isObject, 'a JSON object')).message).toContain('expected a JSON object');
  });

  it('secret: never echoes the value', () => {
    expect(failure(() => read({}).secret('github-token', { required: true })).message).toBe("Input 'github-token' is required; expected a token.");
  });

  it('clips long and multi-line values in messages', () => {
    const message = failure(() => read({ flag: `${'x'.repeat(200)}\nmore` }).boolean('flag', false)).message;
    expect(message.length).toBeLessThan(160);
    expect(message).not.toContain('\n');
  });
});
