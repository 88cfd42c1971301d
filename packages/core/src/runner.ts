import os from 'node:os';
import path from 'node:path';

/** How the job's machine is provided; decides caching strategies. */
export type RunnerEnvironment = 'self-hosted' | 'github-hosted' | 'unknown';

/** What runner-kit needs to know about the machine a step runs on. */
export interface RunnerInfo {
  environment: RunnerEnvironment;
  /** As `runner.os`: `Linux`, `Windows` or `macOS`. */
  os: string;
  /** As `runner.arch`: `X64`, `ARM64`, `X86` or `ARM`. */
  arch: string;
  name: string;
  workspace: string;
  temp: string;
  toolCache: string;
}

const OS_NAMES: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
/** A Node platform as `runner.os` names it (`macOS` for `darwin`); unknown ones as they are. */
export function osName(platform: NodeJS.Platform): string {
  return OS_NAMES[platform] ?? platform;
}

const ARCH_NAMES: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };

/**
 * Reads the runner's environment variables, falling back to what Node reports so that the
 * same code works from the CLI on a runner machine outside any job.
 */
export function detectRunner(env: NodeJS.ProcessEnv = process.env): RunnerInfo {
  const declared = env['RUNNER_ENVIRONMENT']?.trim().toLowerCase();
  const environment: RunnerEnvironment =
    declared === 'self-hosted' || declared === 'github-hosted' ? declared : 'unknown';
  const temp = env['RUNNER_TEMP'] || os.tmpdir();
  return {
    environment,
    os: env['RUNNER_OS'] || osName(process.platform),
    arch: env['RUNNER_ARCH'] || ARCH_NAMES[process.arch] || process.arch,
    name: env['RUNNER_NAME'] || os.hostname(),
    workspace: path.resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
    temp,
    toolCache: env['RUNNER_TOOL_CACHE'] || path.join(temp, 'tool-cache'),
  };
}
