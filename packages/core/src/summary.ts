import { EOL } from 'node:os';
import * as core from './workflow-commands.ts';

/** One cell of a table: text is escaped so user values cannot break the table. */
export type Cell = string | number | boolean | undefined;

/** A GitHub-flavoured Markdown table. `align` per column: 'l' (default), 'r' or 'c'. */
export function markdownTable(headers: readonly string[], rows: readonly Cell[][], align: readonly ('l' | 'r' | 'c')[] = []): string {
  const rule = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align[i] ?? 'l']);
  const line = (cells: readonly Cell[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

function escapeCell(cell: Cell): string {
  if (cell === undefined || cell === '') return '—';
  return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline code that survives backticks inside the value. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}

/** One data series of an xychart. */
export interface ChartSeries {
  kind: 'line' | 'bar';
  values: readonly number[];
  /** What the series is, for the colour legend under a chart of several series. */
  name?: string;
}

/**
 * The series colours, in order: a blue and an orange (told apart by people with the common
 * colour-vision deficiencies) and a purple, each dark enough for white and light enough for
 * GitHub's dark background. Mermaid's default first colour is near-white on white.
 */
export const CHART_PALETTE = [
  { name: 'blue', swatch: '🟦', color: '#2f81f7' },
  { name: 'orange', swatch: '🟧', color: '#d9730d' },
  { name: 'purple', swatch: '🟪', color: '#8250df' },
] as const;

/** A Mermaid `xychart-beta` chart, rendered by GitHub itself: no external chart service. */
export interface XyChart {
  title: string;
  /** The x axis's title, with its unit. */
  xTitle: string;
  /** Category labels along x, one per value; Mermaid puts equal labels on one position, so they must be distinct. */
  xLabels: readonly string[];
  /** The y axis's title, with its unit. */
  yLabel: string;
  yRange?: readonly [number, number];
  series: readonly ChartSeries[];
}

/**
 * Renders a fenced Mermaid block with the palette set by an init directive and, when the
 * chart has several series, a line under it saying which colour is which.
 */
export function mermaidXyChart(chart: XyChart): string {
  const quote = (text: string) => `"${text.replace(/"/g, "'")}"`;
  const number = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
  const palette = CHART_PALETTE.map((c) => c.color).join(', ');
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title ${quote(chart.title)}`,
    `  x-axis ${quote(chart.xTitle)} [${chart.xLabels.map(quote).join(', ')}]`,
    chart.yRange
      ? `  y-axis ${quote(chart.yLabel)} ${number(chart.yRange[0])} --> ${number(chart.yRange[1])}`
      : `  y-axis ${quote(chart.yLabel)}`,
    ...chart.series.map((series) => `  ${series.kind} [${series.values.map(number).join(', ')}]`),
    '```',
  ];
  if (chart.series.length > 1) {
    const legend = chart.series.map((series, i) => {
      const colour = CHART_PALETTE[i % CHART_PALETTE.length]!;
      return `${colour.swatch} ${colour.name}: ${series.name ?? `series ${i + 1}`}`;
    });
    lines.push('', `<sub>${legend.join(' · ')}</sub>`);
  }
  return lines.join('\n');
}

/**
 * Reduces a series to at most `maxPoints` values (an even number of them when it reduces):
 * each bucket gives its minimum and its maximum, in the order they occurred, so a short peak
 * or dip survives. Series of one length reduce to one length, so they can share an x axis.
 */
export function downsample(values: readonly number[], maxPoints: number): number[] {
  if (values.length <= maxPoints) return [...values];
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const result: number[] = [];
  for (let i = 0; i < buckets; i++) {
    const from = Math.floor((i * values.length) / buckets);
    const to = Math.floor(((i + 1) * values.length) / buckets);
    let low = from;
    let high = from;
    for (let j = from + 1; j < to; j++) {
      if (values[j]! < values[low]!) low = j;
      if (values[j]! > values[high]!) high = j;
    }
    result.push(values[Math.min(low, high)]!, values[Math.max(low, high)]!);
  }
  return result;
}

/** Appends Markdown to the job summary; does nothing outside a runner (no GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.writeSummary(`${markdown}${EOL}`);
}
