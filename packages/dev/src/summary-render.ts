import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Marked, type Token, type Tokens } from 'marked';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Job summaries as GitHub shows them: GitHub-flavoured Markdown with GitHub's CSS, and every
// ```mermaid block drawn by Mermaid 11 in Debian's Chromium. Mermaid is loaded once into one
// page and draws every chart there: loading it costs seconds, a chart tens of milliseconds.

const require = createRequire(import.meta.url);

/** The Chromium to drive: Debian's, as `.ci/run` installs it; `CHROMIUM` overrides. */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

// Root needs --no-sandbox; the rest keep Chromium from reaching out to the network on its own.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

/** GitHub's light and dark themes; Mermaid draws with `default` and `dark` in them. */
export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** One job summary: where it came from and its Markdown. */
export interface Summary {
  name: string;
  markdown: string;
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
  }
}

function lex(markdown: string): Token[] {
  return new Marked({ gfm: true }).lexer(markdown);
}

/** The text of every ```mermaid block, in order. */
export function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  walk(lex(markdown), (token) => {
    if (token.type === 'code' && (token as Tokens.Code).lang === 'mermaid') blocks.push((token as Tokens.Code).text);
  });
  return blocks;
}

/** Tables GitHub would not show as one: no header row, or a header cell with nothing in it. */
export function tableProblems(markdown: string): string[] {
  const problems: string[] = [];
  let tables = 0;
  walk(lex(markdown), (token) => {
    if (token.type !== 'table') return;
    tables++;
    const table = token as Tokens.Table;
    if (table.header.length === 0) problems.push(`table ${tables} has no header row`);
    table.header.forEach((cell, i) => {
      if (cell.text.trim() === '') problems.push(`table ${tables} has an empty header in column ${i + 1}`);
    });
    table.rows.forEach((row, r) => {
      if (row.length !== table.header.length) problems.push(`table ${tables} row ${r + 1} has ${row.length} cells for ${table.header.length} headers`);
    });
  });
  // A line of pipes that did not parse as a table is shown as text.
  if (/^\|.*\|\s*$/m.test(markdown) && tables === 0) problems.push('lines of | cells that are no table');
  return problems;
}

/** Values per series and x labels as the definition gives them. */
function declaredCounts(definition: string): { labels: number; series: number[] } {
  const axis = /^\s*x-axis\b[^[]*\[(.*)\]\s*$/m.exec(definition);
  const labels = axis ? (axis[1]!.match(/"[^"]*"|[^,\s][^,]*/g) ?? []).length : 0;
  const series = [...definition.matchAll(/^\s*(?:line|bar)\b[^[]*\[(.*)\]\s*$/gm)].map((m) => m[1]!.split(',').filter((v) => v.trim() !== '').length);
  return { labels, series };
}

/** The distinct x positions of each line or bar series of a rendered xychart. */
function plottedPositions(svg: string): number[] {
  const counts: number[] = [];
  for (const plot of svg.matchAll(/<g class="(line|bar)-plot-\d+">(.*?)<\/g>/gs)) {
    const xs = new Set<string>();
    if (plot[1] === 'line') {
      const d = /\sd="([^"]*)"/.exec(plot[2]!)?.[1] ?? '';
      for (const point of d.matchAll(/[ML]\s*(-?[\d.]+)\s*,/g)) xs.add(Number(point[1]).toFixed(1));
    } else {
      for (const rect of plot[2]!.matchAll(/<rect[^>]*\sx="(-?[\d.]+)"/g)) xs.add(Number(rect[1]).toFixed(1));
    }
    counts.push(xs.size);
  }
  return counts;
}

/**
 * What is wrong with a rendered chart: NaN anywhere, an error diagram, or fewer distinct x
 * positions than values (equal labels fold onto one position and the line saws up and down).
 */
export function chartProblems(definition: string, svg: string): string[] {
  const problems: string[] = [];
  if (/NaN/.test(svg)) problems.push('NaN in the SVG');
  if (/aria-roledescription="error"/.test(svg)) problems.push('Mermaid drew its error diagram');
  if (/^\s*xychart/m.test(definition)) {
    const declared = declaredCounts(definition);
    const plotted = plottedPositions(svg);
    if (plotted.length !== declared.series.length) problems.push(`${declared.series.length} series declared, ${plotted.length} drawn`);
    declared.series.forEach((values, i) => {
      if (values !== declared.labels) problems.push(`series ${i + 1} has ${values} values for ${declared.labels} x labels`);
      if (plotted[i] !== undefined && plotted[i] < values) problems.push(`series ${i + 1}: ${values} values on ${plotted[i]} distinct x positions`);
    });
  }
  return problems;
}

interface MermaidGlobal {
  mermaid: {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  };
}

/** One Chromium with Mermaid loaded in one page: renders charts, pages and screenshots. */
export class SummaryRenderer {
  private count = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly charts: Page,
  ) {}

  /** Starts Chromium; a clear error when it is not installed. */
  static async launch(): Promise<SummaryRenderer> {
    let browser: Browser;
    try {
      browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    } catch (error) {
      throw new Error(`Cannot start Chromium at ${CHROMIUM} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM to a Chromium binary.`, { cause: error });
    }
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
      return new SummaryRenderer(browser, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The chart's SVG as GitHub's Mermaid draws it in `theme`; throws Mermaid's error. */
  async chart(definition: string, theme: Theme): Promise<string> {
    const id = `chart-${++this.count}`;
    return this.charts.evaluate(
      async (text, mermaidTheme, elementId) => {
        const { mermaid } = globalThis as unknown as MermaidGlobal;
        mermaid.initialize({ startOnLoad: false, theme: mermaidTheme });
        return (await mermaid.render(elementId, text)).svg;
      },
      definition,
      theme === 'dark' ? 'dark' : 'default',
      id,
    );
  }

  /** Renders every chart of the summaries in both themes; one line per problem found. */
  async check(summaries: readonly Summary[]): Promise<string[]> {
    const problems: string[] = [];
    for (const summary of summaries) {
      for (const problem of tableProblems(summary.markdown)) problems.push(`${summary.name}: ${problem}`);
      for (const [i, definition] of mermaidBlocks(summary.markdown).entries()) {
        for (const theme of THEMES) {
          try {
            const svg = await this.chart(definition, theme);
            for (const problem of chartProblems(definition, svg)) problems.push(`${summary.name}, chart ${i + 1} (${theme}): ${problem}`);
          } catch (error) {
            problems.push(`${summary.name}, chart ${i + 1} (${theme}): Mermaid: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
    }
    return problems;
  }

  /** The summary as a page styled like GitHub's, its charts drawn in place. */
  async html(summary: Summary, theme: Theme): Promise<string> {
    const svgs: string[] = [];
    for (const definition of mermaidBlocks(summary.markdown)) svgs.push(await this.chart(definition, theme));
    const marked = new Marked({ gfm: true });
    marked.use({
      renderer: {
        code(token) {
          return token.lang === 'mermaid' ? `<div class="mermaid-chart">${svgs.shift() ?? ''}</div>\n` : false;
        },
        blockquote(token) {
          // GitHub's alerts: > [!WARNING] … becomes a coloured box with a title.
          const alert = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/.exec(token.text);
          if (!alert) return false;
          const kind = alert[1]!.toLowerCase();
          const body = this.parser.parse(new Marked({ gfm: true }).lexer(token.text.slice(alert[0].length)));
          return `<div class="markdown-alert markdown-alert-${kind}"><p class="markdown-alert-title">${kind[0]!.toUpperCase()}${kind.slice(1)}</p>${body}</div>\n`;
        },
      },
    });
    const css = readFileSync(require.resolve(`github-markdown-css/github-markdown-${theme}.css`), 'utf8');
    const background = theme === 'dark' ? '#0d1117' : '#ffffff';
    const title = summary.name.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
    return [
      '<!doctype html>',
      `<html><head><meta charset="utf-8"><title>${title}</title>`,
      `<style>${css}</style>`,
      `<style>body { margin: 0; background: ${background}; } .markdown-body { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 32px; } .mermaid-chart { margin-bottom: 16px; } .mermaid-chart svg { max-width: 100%; height: auto; }</style>`,
      `</head><body><article class="markdown-body">${await marked.parse(summary.markdown)}</article></body></html>`,
    ].join('\n');
  }

  /** A PNG of the page as a 1012 px wide browser window shows it. */
  async screenshot(html: string, file: string): Promise<void> {
    const page = await this.browser.newPage();
    try {
      await page.setViewport({ width: 1012, height: 600 });
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: file, fullPage: true });
    } finally {
      await page.close();
    }
  }

  /** Writes `<base>.html` and `<base>.png` for each theme; returns the files written. */
  async writePages(summary: Summary, base: string): Promise<string[]> {
    const files: string[] = [];
    for (const theme of THEMES) {
      const html = await this.html(summary, theme);
      writeFileSync(`${base}-${theme}.html`, html);
      await this.screenshot(html, `${base}-${theme}.png`);
      files.push(`${base}-${theme}.html`, `${base}-${theme}.png`);
    }
    return files;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
