import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import { readLocalConfig } from '../health/config.ts';
import type { HealthThresholds } from '../health/score.ts';
import { detectRunner } from '../runner.ts';

/** Where the exporter's metrics go: an HTTP endpoint, or a file for node_exporter's textfile collector. */
export type ExporterOutput = { kind: 'http'; host: string; port: number } | { kind: 'textfile'; dir: string; intervalMs: number; once: boolean };

/** Everything `runner-kit exporter` needs, read and checked once. */
export interface ExporterConfig {
  runner: string;
  labels: string[];
  /** The workspace first, then every cache path (health-gate's disk measures). */
  paths: string[];
  networkUrls: string[];
  networkTimeoutMs: number;
  thresholds: HealthThresholds;
  oomStateFile: string;
  /** The model cache (setup-vosk's LocalStore) to report on, if any. */
  modelCache?: { dir: string; limitBytes?: number };
  output: ExporterOutput;
  /** How long one measurement answers scrapes, so that two scrapers do not measure twice. */
  maxAgeMs: number;
}

export const DEFAULT_LISTEN = '127.0.0.1:9464';
/** Shorter than any sensible scrape interval; long enough that an HA pair of Prometheus servers often shares one measurement. */
export const MEASURE_MAX_AGE_MS = 5000;

/**
 * Reads the exporter's settings from named values (the CLI's flags): `listen`, `textfile`,
 * `interval`, `once`, `runner-name`, `labels`, `workspace`, `cache-paths`, `network-check`,
 * `network-timeout`, `thresholds`, `cache-dir`, `cache-max-size`. The health measures are read
 * with health-gate's own local-mode rules.
 */
export function readExporterConfig(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): ExporterConfig {
  const local = readLocalConfig(inputs, { ...env, GITHUB_WORKSPACE: inputs.optional('workspace') ?? env['GITHUB_WORKSPACE'] ?? process.cwd() });
  const textfile = inputs.optional('textfile');
  const listen = inputs.optional('listen');
  if (textfile !== undefined && listen !== undefined) throw new ConfigurationError('--listen and --textfile exclude each other: serve /metrics over HTTP, or write a file for node_exporter.');
  const once = inputs.boolean('once', false);
  if (once && textfile === undefined) throw new ConfigurationError('--once needs --textfile DIR (it writes the file once and exits).');
  const output: ExporterOutput =
    textfile === undefined
      ? { kind: 'http', ...parseListen(listen ?? DEFAULT_LISTEN) }
      : { kind: 'textfile', dir: path.resolve(textfile), intervalMs: inputs.duration('interval', 15_000, { minMs: 1000, maxMs: 3_600_000 })!, once };
  const cacheDir = inputs.optional('cache-dir') ?? (env['RUNNER_TOOL_CACHE'] ? path.join(env['RUNNER_TOOL_CACHE'], 'runner-kit', 'vosk') : undefined);
  const limitBytes = inputs.size('cache-max-size');
  if (limitBytes !== undefined && cacheDir === undefined) throw new ConfigurationError('--cache-max-size needs the model cache: pass --cache-dir DIR (or set RUNNER_TOOL_CACHE).');
  const runner = inputs.optional('runner-name') ?? detectRunner(env).name;
  return {
    runner,
    labels: inputs.list('labels'),
    paths: local.paths,
    networkUrls: local.networkUrls,
    networkTimeoutMs: local.networkTimeoutMs,
    thresholds: local.thresholds,
    oomStateFile: local.oomStateFile,
    ...(cacheDir === undefined ? {} : { modelCache: { dir: path.resolve(cacheDir), ...(limitBytes === undefined ? {} : { limitBytes }) } }),
    output,
    maxAgeMs: MEASURE_MAX_AGE_MS,
  };
}

/** `HOST:PORT` or `[IPv6]:PORT`; port 0 lets the system choose (the exporter prints the one it got). */
export function parseListen(text: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  if (!match || port > 65_535) throw new ConfigurationError(`--listen has the value '${text}'; expected HOST:PORT such as 127.0.0.1:9464, 0.0.0.0:9464 or [::1]:9464.`);
  return { host: match[1] ?? match[2]!, port };
}
