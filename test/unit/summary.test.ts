import { describe, expect, it } from '@jest/globals';
import { code, downsample, markdownTable, mermaidXyChart } from '@runner-kit/core';

describe('markdownTable', () => {
  it('renders headers, alignment and rows', () => {
    expect(markdownTable(['name', 'size'], [['a', 1], ['b', 22]], ['l', 'r'])).toBe(
      ['| name | size |', '| --- | ---: |', '| a | 1 |', '| b | 22 |'].join('\n'),
    );
  });

  it('escapes pipes and newlines so user values cannot break the table', () => {
    const table = markdownTable(['v'], [['a|b\nc'], [undefined], ['']]);
    expect(table.split('\n')).toEqual(['| v |', '| --- |', '| a\\|b<br>c |', '| — |', '| — |']);
  });
});

describe('code', () => {
  it('wraps text, even with backticks inside', () => {
    expect(code('key')).toBe('`key`');
    expect(code('a`b')).toBe('`` a`b ``');
  });
});

describe('mermaidXyChart', () => {
  it('renders an xychart-beta block GitHub draws itself', () => {
    const chart = mermaidXyChart({
      title: 'CPU "total"',
      xLabels: ['0s', '5s'],
      yLabel: '%',
      yRange: [0, 100],
      series: [{ kind: 'line', values: [12.345, Number.NaN] }],
    });
    expect(chart).toBe(
      ['```mermaid', 'xychart-beta', `  title "CPU 'total'"`, '  x-axis ["0s", "5s"]', '  y-axis "%" 0 --> 100', '  line [12.35, 0]', '```'].join('\n'),
    );
  });
});

describe('downsample', () => {
  it('keeps short series and peaks of long ones', () => {
    expect(downsample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const long = Array.from({ length: 1000 }, (_, i) => (i === 503 ? 99 : 1));
    const reduced = downsample(long, 50);
    expect(reduced).toHaveLength(50);
    expect(Math.max(...reduced)).toBe(99);
  });
});
