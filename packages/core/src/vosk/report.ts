import type { Lease } from '../cache-store/leases.ts';
import * as core from '../workflow-commands.ts';
import { LocalStore } from '../cache-store/local-store.ts';
import type { Logger } from '../logging.ts';
import { StepState } from '../state.ts';
import { appendSummary, code, markdownTable } from '../summary.ts';
import { formatBytes, formatDuration } from '../units.ts';
import type { SetupVoskConfig } from './config.ts';
import { libvoskEnvironment } from './libvosk.ts';
import { STEP_PHASES } from '../phase-clock.ts';
import type { ModelSource, ProvidedEntry, SetupVoskResult } from './setup.ts';

/** What main hands to post: the leases to end when the job ends. */
export interface SetupVoskState {
  cacheDir: string;
  leases: Lease[];
}

export const setupVoskState = new StepState<SetupVoskState>(
  'setup-vosk',
  (value): value is SetupVoskState =>
    typeof value === 'object' && value !== null && typeof (value as SetupVoskState).cacheDir === 'string' && Array.isArray((value as SetupVoskState).leases),
);

/** The slowest path any entry took, so `source` never hides a download. */
function overallSource(entries: readonly ProvidedEntry[]): ModelSource {
  const order: ModelSource[] = ['download', 'actions-cache', 'local-cache'];
  return order.find((source) => entries.some((e) => e.source === source)) ?? 'local-cache';
}

/** Sets outputs and environment, saves state for post, writes the job summary. */
export async function publishSetupVosk(config: SetupVoskConfig, result: SetupVoskResult): Promise<void> {
  const first = result.models[0]!;
  const modelPath = result.links[first.name] ?? first.path;
  const paths = Object.fromEntries(result.models.map((m) => [m.name, result.links[m.name] ?? m.path]));
  core.setOutput('model-path', modelPath);
  core.setOutput('model-paths', JSON.stringify(paths));
  core.setOutput('cache-hit', String(result.models.every((m) => m.cacheHit)));
  core.setOutput('source', overallSource(result.models));
  core.setOutput('sha256', first.sha256);
  core.setOutput('libvosk-path', result.libvosk?.path ?? '');
  core.exportVariable('VOSK_MODEL_PATH', modelPath);
  if (result.libvosk) {
    for (const [name, value] of Object.entries(libvoskEnvironment(result.libvosk.path))) core.exportVariable(name, value);
  }
  setupVoskState.save({ cacheDir: config.cacheDir, leases: result.leases });
  await appendSummary(renderSetupVoskSummary(config, result));
}

const SOURCE_LABELS: Record<ModelSource, string> = {
  'local-cache': '⚡ local cache',
  'actions-cache': '📦 Actions cache',
  download: '⬇️ download',
};

/** The job-summary section: one row per model (and the library), then evictions. */
export function renderSetupVoskSummary(config: SetupVoskConfig, result: SetupVoskResult): string {
  const entries = [...result.models, ...(result.libvosk ? [result.libvosk] : [])];
  const rows = entries.map((e) => [code(e.name), SOURCE_LABELS[e.source], formatBytes(e.bytes), formatDuration(e.elapsedMs)]);
  // Paths are long: in a column they squeeze the sizes and times into wrapping; under the table they read whole.
  const paths = entries.map((e) => `- ${code(e.name)} → ${code(result.links[e.name] ?? e.path)}`);
  const lines = [
    '### 🗣️ setup-vosk',
    '',
    markdownTable(['model', 'source', 'size', 'time'], rows, ['l', 'l', 'r', 'r']),
    '',
    'Installed at:',
    '',
    ...paths,
    '',
    `Strategy: ${config.strategyReason}; cache: ${code(config.cacheDir)}; verify: ${config.verify}.`,
  ];
  lines.push(...phaseTable(entries));
  const sharing = result.sharing;
  if (sharing?.filesystem.network) {
    lines.push(
      '',
      `Shared cache on ${sharing.filesystem.kind}: a silent lock holder is taken over after ${formatDuration(sharing.staleMs)}; ` +
        `this job's leases are renewed while it runs and last ${formatDuration(sharing.leaseTtlMs)} if it dies. Mount options that keep it safe: ${sharing.filesystem.advice}.`,
    );
  }
  const repaired = entries.filter((e) => e.repaired.length);
  if (repaired.length) {
    lines.push('', `> [!WARNING]\n${repaired.map((e) => `> ${code(e.name)} was damaged in the cache and reinstalled: ${e.repaired.join('; ')}.`).join('\n')}`);
  }
  if (result.evicted.length) {
    lines.push('', `Evicted to stay under max-cache-size: ${result.evicted.map((e) => `${code(e.id)} (${formatBytes(e.manifest?.totalBytes ?? 0)})`).join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where the time of each installed or restored entry went (a hit is one quick look, left out). */
function phaseTable(entries: readonly ProvidedEntry[]): string[] {
  const installed = entries.filter((e) => e.source !== 'local-cache');
  if (!installed.length) return [];
  const phases = STEP_PHASES.filter((phase) => installed.some((e) => e.phasesMs[phase] !== undefined));
  const rows = installed.map((e) => [code(e.name), ...phases.map((phase) => (e.phasesMs[phase] === undefined ? '–' : formatDuration(e.phasesMs[phase])))]);
  return ['', 'Where the time went:', '', markdownTable(['model', ...phases], rows, ['l', ...phases.map(() => 'r' as const)])];
}

/** What post needs: the leases main took (none when main failed or was skipped). */
export interface SetupVoskPostConfig {
  state?: SetupVoskState;
}

/** Reads post's typed state. */
export function readSetupVoskPostConfig(): SetupVoskPostConfig {
  const state = setupVoskState.load();
  return state ? { state } : {};
}

/** post: the job no longer uses its models, so eviction may take them (the lease keeper then ends by itself); it has nothing to publish. */
export async function runSetupVoskPost(config: SetupVoskPostConfig, deps: { logger: Logger }): Promise<void> {
  const { state } = config;
  if (!state) {
    deps.logger.debug('setup-vosk post: main saved no state (it failed or was skipped); nothing to release.');
    return;
  }
  const store = new LocalStore(state.cacheDir, deps.logger);
  for (const lease of state.leases) await store.release(lease);
  deps.logger.debug(`setup-vosk post: released ${state.leases.length} lease(s).`);
}
