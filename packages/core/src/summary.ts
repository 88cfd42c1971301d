import * as core from '@actions/core';

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
}

/** A Mermaid `xychart-beta` chart, rendered by GitHub itself: no external chart service. */
export interface XyChart {
  title: string;
  /** Category labels along x, one per value. */
  xLabels: readonly string[];
  yLabel: string;
  yRange?: readonly [number, number];
  series: readonly ChartSeries[];
}

/** Renders a fenced Mermaid block. */
export function mermaidXyChart(chart: XyChart): string {
  const quote = (text: string) => `"${text.replace(/"/g, "'")}"`;
  const number = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(chart.title)}`,
    `  x-axis [${chart.xLabels.map(quote).join(', ')}]`,
    chart.yRange
      ? `  y-axis ${quote(chart.yLabel)} ${number(chart.yRange[0])} --> ${number(chart.yRange[1])}`
      : `  y-axis ${quote(chart.yLabel)}`,
    ...chart.series.map((series) => `  ${series.kind} [${series.values.map(number).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}

/**
 * Reduces a series to at most `maxPoints` by taking each bucket's maximum, so peaks stay
 * visible while the summary stays small.
 */
export function downsample(values: readonly number[], maxPoints: number): number[] {
  if (values.length <= maxPoints) return [...values];
  const bucket = values.length / maxPoints;
  const result: number[] = [];
  for (let i = 0; i < maxPoints; i++) {
    const slice = values.slice(Math.floor(i * bucket), Math.floor((i + 1) * bucket));
    result.push(Math.max(...slice));
  }
  return result;
}

/** Appends Markdown to the job summary; does nothing outside a runner (no GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}
