import { describe, expect, it } from '@jest/globals';
import { CHART_PALETTE, code, downsample, markdownTable, mermaidXyChart } from '../../packages/core/src/summary.ts';

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
  it('renders an xychart-beta block with axis titles and the palette set by an init directive', () => {
    const chart = mermaidXyChart({
      title: 'CPU "total"',
      xTitle: 'time (m:ss)',
      xLabels: ['0:00', '0:05'],
      yLabel: 'CPU (%)',
      yRange: [0, 100],
      series: [{ kind: 'line', values: [12.345, Number.NaN] }],
    });
    const palette = CHART_PALETTE.map((c) => c.color).join(', ');
    expect(chart).toBe(
      [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "CPU 'total'"`,
        '  x-axis "time (m:ss)" ["0:00", "0:05"]',
        '  y-axis "CPU (%)" 0 --> 100',
        '  line [12.35, 0]',
        '```',
      ].join('\n'),
    );
  });

  it('says under a chart of several series which colour is which', () => {
    const chart = mermaidXyChart({
      title: 'Load',
      xTitle: 't',
      xLabels: ['a', 'b'],
      yLabel: 'load',
      series: [
        { kind: 'line', values: [1, 2], name: 'load (1 min)' },
        { kind: 'line', values: [2, 2], name: '2 cores' },
      ],
    });
    expect(chart.split('\n').at(-1)).toBe('<sub>🟦 blue: load (1 min) · 🟧 orange: 2 cores</sub>');
    expect(mermaidXyChart({ title: 'one', xTitle: 't', xLabels: ['a'], yLabel: 'y', series: [{ kind: 'line', values: [1] }] })).not.toContain('<sub>');
  });
});

describe('downsample', () => {
  it('keeps short series as they are', () => {
    expect(downsample([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it('keeps each bucket’s minimum and maximum in the order they occurred, so a peak and a dip both survive', () => {
    const long = Array.from({ length: 1000 }, (_, i) => (i === 503 ? 99 : i === 700 ? -5 : 1));
    const reduced = downsample(long, 50);
    expect(reduced).toHaveLength(50);
    expect(Math.max(...reduced)).toBe(99);
    expect(Math.min(...reduced)).toBe(-5);
    expect(downsample([5, 1, 9, 3, 4, 8, 2, 6], 4)).toEqual([1, 9, 8, 2]);
  });

  it('reduces series of one length to one length (one shared x axis)', () => {
    const lengths = new Set([0, 1, 2].map((k) => downsample(Array.from({ length: 997 }, (_, i) => Math.sin(i * k)), 60).length));
    expect([...lengths]).toEqual([60]);
  });
});
