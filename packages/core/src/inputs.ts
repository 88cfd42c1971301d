import * as core from './workflow-commands.ts';
import { ConfigurationError } from './errors.ts';
import { untrusted } from './logging.ts';
import { parseDuration, parseSize, spellDuration } from './units.ts';

/** The longest duration input: Node's timers hold at most 2^31-1 ms (about 24.8 days); 596h is under that. */
export const MAX_TIMER_MS = 596 * 3_600_000;

/** Where input values come from; the step's INPUT_* variables in actions, a plain map in the CLI and tests. */
export type InputSource = (name: string) => string;

const fromActionInputs: InputSource = (name) => core.getInput(name, { trimWhitespace: true });

/**
 * Typed, validated access to an action's inputs. Every failure is a {@link ConfigurationError}
 * that names the input and the form it expects, so the user knows exactly what to change.
 */
export class Inputs {
  constructor(private readonly source: InputSource = fromActionInputs) {}

  /** Builds a reader over a plain record (CLI flags, tests). Missing names read as empty. */
  static fromRecord(values: Record<string, string | undefined>): Inputs {
    return new Inputs((name) => (values[name] ?? '').trim());
  }

  private raw(name: string): string {
    return this.source(name).trim();
  }

  private fail(name: string, value: string, expected: string): never {
    throw new ConfigurationError(`Input '${name}' ${value === '' ? 'is required' : `has the value '${clip(value)}'`}; expected ${expected}.`);
  }

  /** A non-empty string. */
  required(name: string): string {
    const value = this.raw(name);
    if (value === '') this.fail(name, value, 'a non-empty value');
    return value;
  }

  /** A credential: masked in the log at once and never echoed in an error message. */
  secret(name: string, options: { required: boolean }): string | undefined {
    const value = this.raw(name);
    if (value === '') {
      if (options.required) throw new ConfigurationError(`Input '${name}' is required; expected a token.`);
      return undefined;
    }
    core.setSecret(value);
    return value;
  }

  /** A string, or undefined when empty. */
  optional(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  /** `true`/`false` in the YAML 1.2 core schema spellings the runner accepts. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    return this.fail(name, value, 'true or false');
  }

  /** A whole number within [min, max]. */
  integer(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    const parsed = /^[-+]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.fail(name, value, `a whole number${describeRange(range)}`);
    }
    return parsed;
  }

  /** A number (fractions allowed) within [min, max]. */
  number(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.raw(name);
    if (value === '') return fallback;
    const { min = -Infinity, max = Infinity } = range;
    const parsed = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      this.fail(name, value, `a number${describeRange(range)}`);
    }
    return parsed;
  }

  /** One of a fixed set of words (compared case-insensitively, returned as declared). */
  enumeration<const T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === '') return fallback;
    const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    return found ?? this.fail(name, value, `one of ${allowed.join(', ')}`);
  }

  /** Items separated by commas and/or newlines, trimmed, empty items dropped. */
  list(name: string): string[] {
    return splitList(this.raw(name));
  }

  /** One item per line, trimmed, blank lines dropped; commas are kept (glob patterns may hold them). */
  lines(name: string): string[] {
    return this.raw(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  /** A byte size such as `20GB`, `512MiB` or `1048576`. */
  size(name: string, fallback?: number): number | undefined {
    const value = this.raw(name);
    if (value === '') return fallback;
    return parseSize(value) ?? this.fail(name, value, 'a size such as 512MB, 20GB or 1.5GiB');
  }

  /**
   * A duration such as `30s`, `5m`, `1m30s`, `250ms` or a number of seconds, in milliseconds,
   * within [minMs, maxMs]. Every duration ends up in a timer, so maxMs is at most
   * {@link MAX_TIMER_MS} (a longer one would fire at once).
   */
  duration(name: string, fallback?: number, range: { minMs?: number; maxMs?: number } = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return fallback;
    const { minMs = 0, maxMs = MAX_TIMER_MS } = range;
    const parsed = parseDuration(value);
    if (parsed === undefined || parsed < minMs || parsed > Math.min(maxMs, MAX_TIMER_MS)) {
      this.fail(name, value, `a duration from ${spellDuration(minMs)} to ${spellDuration(Math.min(maxMs, MAX_TIMER_MS))}, such as 30s, 5m, 1m30s or 250ms`);
    }
    return parsed;
  }

  /** JSON text, parsed; `check` narrows it and returns an error text for a wrong shape. */
  json<T>(name: string, check: (value: unknown) => value is T, expected: string): T | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return this.fail(name, value, `valid JSON (${expected})`);
    }
    return check(parsed) ? parsed : this.fail(name, value, expected);
  }
}

/** Splits on commas and newlines, trims, drops empties. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function describeRange({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function clip(value: string): string {
  const oneLine = untrusted(value.replace(/\s*(\r\n|[\r\n])\s*/g, ' \n '));
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}
