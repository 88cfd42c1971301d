import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_THRESHOLDS, markdownTable, type HealthThresholds } from '@runner-kit/core';
import { readActionMetadata, type ActionMetadata } from './action-metadata.ts';
import { listActions, repoRoot } from './entries.ts';

/** How workflows reference an action; `<org>` is the account that hosts runner-kit. */
export const usesPrefix = '<org>/runner-kit';

/** A `- uses:` snippet listing every input with its description and default, like actions/checkout's. */
export function renderUsage(action: string, meta: ActionMetadata): string {
  const lines = ['```yaml', `- uses: ${usesPrefix}/${action}@v1`, '  with:'];
  for (const input of meta.inputs) {
    for (const line of wrap(input.description, 90)) lines.push(`    # ${line}`);
    if (input.required) lines.push('    # Required.');
    else if (input.default !== undefined && input.default !== '') lines.push(`    # Default: ${input.default}`);
    lines.push(`    ${input.name}: ''`, '');
  }
  if (lines.at(-1) === '') lines.pop();
  lines.push('```');
  return lines.join('\n');
}

/** Markdown tables of the inputs and outputs. */
export function renderInputsTable(meta: ActionMetadata): string {
  return markdownTable(
    ['input', 'required', 'default', 'description'],
    meta.inputs.map((i) => [`\`${i.name}\``, i.required ? 'yes' : 'no', i.default ? `\`${i.default}\`` : '', i.description]),
  );
}

export function renderOutputsTable(meta: ActionMetadata): string {
  return markdownTable(['output', 'description'], meta.outputs.map((o) => [`\`${o.name}\``, o.description]));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/** The health score's defaults, straight from the code that scores. */
export function renderThresholdsTable(thresholds: HealthThresholds): string {
  const rows = Object.entries(thresholds).map(([measure, t]: [string, { warn?: number; critical?: number; weight: number }]) => [
    `\`${measure}\``,
    t.warn ?? '—',
    t.critical ?? '—',
    t.weight,
  ]);
  return markdownTable(['measure (`thresholds` key)', 'warn', 'critical', 'weight'], rows, ['l', 'r', 'r', 'r']);
}

/** Replaces the text between `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->`. */
export function replaceSection(document: string, name: string, content: string, file: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1 || to < from) throw new Error(`${file}: missing ${start} … ${end} markers`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}

/** Each action README with its generated sections brought up to date. */
export function renderActionReadmes(): { file: string; current: string; wanted: string }[] {
  return listActions().map((action) => {
    const file = path.join(repoRoot, 'actions', action, 'README.md');
    const meta = readActionMetadata(action);
    const current = readFileSync(file, 'utf8');
    let wanted = replaceSection(current, 'usage', renderUsage(action, meta), file);
    wanted = replaceSection(wanted, 'inputs', renderInputsTable(meta), file);
    wanted = replaceSection(wanted, 'outputs', renderOutputsTable(meta), file);
    if (current.includes('<!-- generated:thresholds:start -->')) wanted = replaceSection(wanted, 'thresholds', renderThresholdsTable(DEFAULT_THRESHOLDS), file);
    return { file, current, wanted };
  });
}

// A full stop after these is no sentence end ("e.g. `3s`").
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|cf|vs)\.$/i;

/**
 * First sentence of a description, for the compact overview in the root README: up to the first
 * `.`, `!` or `?` before a blank or the end, outside `code` and not closing an abbreviation.
 */
export function firstSentence(text: string): string {
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '`') inCode = !inCode;
    if (inCode || !'.!?'.includes(char) || !(i + 1 === text.length || /\s/.test(text[i + 1]!))) continue;
    const sentence = text.slice(0, i + 1);
    if (!ABBREVIATION.test(sentence)) return sentence.trim();
  }
  return text.trim();
}

/** Every action's inputs and outputs in one place, for the root README. */
export function renderActionsReference(): string {
  const sections = listActions().map((action) => {
    const meta = readActionMetadata(action);
    const rows: (string | number)[][] = [
      ...meta.inputs.map((i) => ['input', `\`${i.name}\``, i.required ? '*required*' : i.default ? `\`${i.default}\`` : '', firstSentence(i.description)]),
      ...meta.outputs.map((o) => ['output', `\`${o.name}\``, '', firstSentence(o.description)]),
    ];
    return [`#### [\`${action}\`](actions/${action}/README.md)`, '', markdownTable(['', 'name', 'default', 'what'], rows)].join('\n');
  });
  return sections.join('\n\n');
}

/** The root README with its generated sections brought up to date. */
export function renderRootReadme(): { file: string; current: string; wanted: string } {
  const file = path.join(repoRoot, 'README.md');
  const current = readFileSync(file, 'utf8');
  return { file, current, wanted: replaceSection(current, 'actions-reference', renderActionsReference(), file) };
}
