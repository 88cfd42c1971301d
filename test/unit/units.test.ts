import { describe, expect, it } from '@jest/globals';
import { formatBytes, formatDuration, parseDuration, parseSize } from '../../packages/core/src/units.ts';
import { spellDuration } from '../../packages/core/src/units.ts';

describe('parseSize', () => {
  it.each([
    ['2048', 2048],
    ['20GB', 20e9],
    ['1.5 GiB', 1.5 * 2 ** 30],
    ['512mib', 512 * 2 ** 20],
    ['10kb', 10_000],
  ])('%s → %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', 'lots', '-5GB', '5 XB', '1e9'])('rejects %p', (text) => expect(parseSize(text)).toBeUndefined());
});

describe('parseDuration', () => {
  it.each([
    ['30', 30_000],
    ['1.5', 1500],
    ['250ms', 250],
    ['5m', 300_000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '5 minutes', '1m30', 'm5'])('rejects %p', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatting', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1.8 * 2 ** 30)).toBe('1.8 GiB');
  });
  it('formats durations', () => {
    expect(formatDuration(12)).toBe('12 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(65_000)).toBe('1m 5s');
    expect(formatDuration(999.6)).toBe('1.00 s');
    expect(formatDuration(59_996)).toBe('1m 0s');
    expect(formatDuration(119_700)).toBe('2m 0s');
    expect(formatDuration(86_400_000)).toBe('24h 0m 0s');
  });
});

describe('spellDuration', () => {
  it('writes milliseconds the way duration inputs are written, and parseDuration reads it back', () => {
    for (const [ms, text] of [[1, '1ms'], [600_000, '10m'], [90_500, '1m30s500ms'], [596 * 3_600_000, '596h'], [0, '0s']] as const) {
      expect(spellDuration(ms)).toBe(text);
      expect(parseDuration(text)).toBe(ms);
    }
  });
});
