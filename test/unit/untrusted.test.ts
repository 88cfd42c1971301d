import { describe, expect, it } from '@jest/globals';
import { Inputs } from '../../packages/core/src/inputs.ts';
import { untrusted } from '../../packages/core/src/logging.ts';

describe('untrusted', () => {
  it('shows every line break the runner would split on, so no text after it starts a line', () => {
    expect(untrusted('a\n::error::x')).toBe('a⏎::error::x');
    expect(untrusted('a\r\n::warning::x\r::notice::y')).toBe('a⏎::warning::x⏎::notice::y');
    expect(untrusted('a\u2028b\u2029c\u0085d')).toBe('a⏎b⏎c⏎d');
  });

  it('spells other control characters out and leaves ordinary text, tabs and non-ASCII alone', () => {
    expect(untrusted('\u001b[2Jred\u0007')).toBe('\\u001b[2Jred\\u0007');
    expect(untrusted('/home/runner/Modèle\tvosk [::1]:80')).toBe('/home/runner/Modèle\tvosk [::1]:80');
  });

  it('is the rule input errors quote values by', () => {
    expect(() => Inputs.fromRecord({ retries: '3\n::error::x' }).integer('retries', 0)).toThrow("Input 'retries' has the value '3 ⏎ ::error::x'; expected a whole number.");
    expect(() => Inputs.fromRecord({ retries: '3\u001b' }).integer('retries', 0)).toThrow("has the value '3\\u001b'");
  });
});
