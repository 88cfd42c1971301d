import { describe, expect, it } from '@jest/globals';
import { firstSentence, renderActionsReference } from '../../packages/dev/src/readme.ts';

describe('firstSentence (the README reference)', () => {
  it('ends at the first full stop, question or exclamation mark before a blank', () => {
    expect(firstSentence('Time limit of each check. A check never takes longer.')).toBe('Time limit of each check.');
    expect(firstSentence('Is it healthy? Then go.')).toBe('Is it healthy?');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });

  it('reads past abbreviations such as e.g. and i.e., and past full stops in code', () => {
    expect(firstSentence('Model name(s), e.g. `vosk-model-small-en-us-0.15`. Optional when `url` is given.')).toBe('Model name(s), e.g. `vosk-model-small-en-us-0.15`.');
    expect(firstSentence('The fallback (i.e. what runs-on becomes). More.')).toBe('The fallback (i.e. what runs-on becomes).');
    expect(firstSentence('Where to look (`./cache. dir`) for it. More.')).toBe('Where to look (`./cache. dir`) for it.');
  });

  it('leaves no description of the actions cut at an abbreviation', () => {
    expect(renderActionsReference().split('\n').filter((line) => /\b(?:e\.g|i\.e)\. \|$/.test(line))).toEqual([]);
  });
});
