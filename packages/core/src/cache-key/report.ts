import * as core from '../workflow-commands.ts';
import { untrusted } from '../logging.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import { formatDuration } from '../units.ts';
import type { CacheKeyConfig } from './config.ts';
import type { CacheKeyResult } from './compute.ts';

/** Sets the action's outputs, warns about patterns that matched nothing, writes the summary. */
export async function publishCacheKey(config: CacheKeyConfig, result: CacheKeyResult): Promise<void> {
  for (const pattern of result.unmatchedPatterns) {
    const where = result.outsideWorkspace.includes(pattern)
      ? `: it matches files outside the workspace ${config.workspace} only, and files outside it are never hashed (as with hashFiles()); copy them into the workspace, or put their version or digest in 'extra'`
      : ` (input 'files', relative to ${config.workspace})`;
    core.warning(`cache-key: no files matched the pattern '${pattern}'${where}.`, { title: 'cache-key: no files matched' });
  }
  core.setOutput('key', result.key);
  core.setOutput('restore-keys', result.restoreKeys.join('\n'));
  core.setOutput('files-hash', result.filesHash);
  core.setOutput('files-count', String(result.filesCount));
  core.info(`key: ${untrusted(result.key)}`);
  for (const restoreKey of result.restoreKeys) core.info(`restore-key: ${untrusted(restoreKey)}`);
  core.info(`${result.filesCount} file(s) hashed in ${formatDuration(result.elapsedMs)}`);
  await appendSummary(renderCacheKeySummary(config, result));
}

/** The job-summary section: the key, each segment and where it came from, the fallbacks. */
export function renderCacheKeySummary(config: CacheKeyConfig, result: CacheKeyResult): string {
  const rows = result.segments.map((segment) => [segment.name, code(segment.value)]);
  const sections = [
    `### 🔑 cache-key: ${code(config.prefix)}`,
    '',
    `**key** ${code(result.key)}`,
    '',
    markdownTable(['segment', 'value'], rows),
    '',
    markdownTable(
      ['restore-keys (most → least specific)'],
      result.restoreKeys.map((restoreKey) => [code(restoreKey)]),
    ),
    '',
    `${result.filesCount} file(s) hashed${config.filePatterns.length ? ` from ${config.filePatterns.map(code).join(', ')}` : ''} in ${formatDuration(result.elapsedMs)}.`,
  ];
  if (result.unmatchedPatterns.length) {
    sections.push('', `> [!WARNING]\n> No files matched ${result.unmatchedPatterns.map(code).join(', ')}.`);
    if (result.outsideWorkspace.length) sections.push(`> ${result.outsideWorkspace.map(code).join(', ')} only matched files outside the workspace, which are never hashed.`);
  }
  if (!config.perJob) {
    sections.push(
      '',
      '> [!TIP]\n> Several jobs or matrix legs saving this same key race for it (`409 Conflict`, "Unable to reserve cache"). Set `per-job: true` and `matrix: ${{ toJSON(matrix) }}` to give each its own key.',
    );
  }
  return `${sections.join('\n')}\n`;
}
